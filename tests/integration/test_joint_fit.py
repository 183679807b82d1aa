"""Joint fit of a discharge and an impedance spectrum of the same (synthetic) cell.

The pair: the solid-electrolyte conductivity at the reference temperature
(25 C) kappa_ref and its activation energy E_a,
kappa(T) = kappa_ref exp(-E_a/R (1/T - 1/T_ref)). The cell is discharged at C/2
and 60 C (SPMe, 5 mV noise, samples 2.6-3.7 V) and its spectrum measured at
0 C and full charge (the set's initial state; DFN with double layers, 100 kHz -
0.1 Hz, 0.5 Ohm noise). Each measurement, at one temperature, sees the pair only
through kappa at its temperature: a ridge ln kappa_ref - E_a/R (1/T - 1/T_ref)
= const along which both profiles run into a bound (flat). The two ridges cross
(60 C and 0 C lie on either side of T_ref), so the joint fit bounds both and
its profile intervals cover the truth.

At one temperature no pair of this model is flat on the spectrum: the spectrum
resolves every resistance the discharge lumps together (the SE resistance, the
Li-In and the cathode charge transfer: correlations 1.000 on a C/2 discharge,
0.61-0.81 on the spectrum), and the pair the spectrum separates least (rate
constant and contact fraction, correlation 0.99) is seen by the discharge only
through the same product.
"""

import warnings

import numpy as np
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.fitting import (
    FitParameter,
    ImpedanceProblem,
    LeastSquaresCost,
    SpectrumData,
    Term,
    fit,
    plot_profiles,
    profile_cost,
    profile_likelihood,
)
from assb_models.fitting.optimiser import least_squares
from assb_models.fitting.runner import log_bounds, noise_levels, resolve_parameters
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.impedance import eis

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}
KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
E_A = "Solid electrolyte conductivity activation energy [J.mol-1]"
TEMPERATURES = ("Ambient temperature [K]", "Initial temperature [K]")
T_DISCHARGE, T_EIS = 333.15, 273.15
SIGMA_V, SIGMA_OHM = 5e-3, 0.5


def dfn():
    return assb_models.SolidStateDFN({"surface form": "differential"})


def at(values, temperature):
    values = values.copy()
    values.update(dict.fromkeys(TEMPERATURES, temperature))
    return values


@pytest.fixture(scope="module")
def profiles():
    truth = at(assb_models.get_parameter_values("Kim2024"), T_DISCHARGE)
    spme = assb_models.SolidStateSPMe
    discharge = simulate_discharge(
        truth, 0.5, noise_V=SIGMA_V, seed=3, model=spme(), var_pts=VAR_PTS
    )
    f = np.logspace(5, -1, 19)
    z = eis.impedance(dfn(), at(truth, T_EIS), f, var_pts=VAR_PTS)
    rng = np.random.default_rng(103)
    z = z + rng.normal(0, SIGMA_OHM, f.size) + 1j * rng.normal(0, SIGMA_OHM, f.size)
    spectrum = SpectrumData(f, z, SIGMA_OHM, source="EIS at 0 C", temperature_K=T_EIS)
    params = [
        FitParameter(KAPPA, 1.5 * truth[KAPPA], (truth[KAPPA] / 10, truth[KAPPA] * 10)),
        FitParameter(E_A, 0.7 * truth[E_A], (truth[E_A] / 10, truth[E_A] * 3)),
    ]
    kwargs = dict(
        model=spme(),
        var_pts=VAR_PTS,
        voltage_window=(2.6, 5.0),
        progress=False,
        sigma_V=SIGMA_V,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # identifiability and bound warnings
        alone = fit(discharge, params, truth, **kwargs)
        joint = fit(
            discharge,
            params,
            truth,
            spectra=[spectrum],
            impedance_model=dfn(),
            **kwargs,
        )
        # the spectrum alone: its cost, minimised by the fit's optimiser
        resolved = resolve_parameters(params, truth, dfn())
        bounds = log_bounds(resolved)
        cost = LeastSquaresCost(
            [
                Term(
                    ImpedanceProblem(dfn(), truth, spectrum, resolved, VAR_PTS),
                    SIGMA_OHM,
                )
            ]
        )
        x0 = np.log([p.initial for p in resolved])
        optimum = least_squares(cost, x0, bounds, 60, 4.0, False, volts=False)
    return truth, {
        "C/2 discharge at 60 C alone": profile_likelihood(alone, known_noise=True),
        "EIS at 0 C alone": profile_cost(cost, optimum.x, bounds, known_noise=True),
        "joint": profile_likelihood(joint, known_noise=True),
    }


def test_each_measurement_alone_leaves_both_flat(profiles):
    _, results = profiles
    for label in ("C/2 discharge at 60 C alone", "EIS at 0 C alone"):
        for name in (KAPPA, E_A):
            assert results[label][name].flat, (label, results[label])


def test_joint_fit_bounds_the_pair_and_covers_the_truth(profiles, tmp_path):
    truth, results = profiles
    joint = results["joint"]
    for name in (KAPPA, E_A):
        profile = joint[name]
        assert not profile.flat, joint
        assert profile.lower95 <= truth[name] <= profile.upper95, joint
        # a few per cent, where each measurement alone spans the bounds
        assert profile.upper95 / profile.lower95 < 1.15, joint
    path = plot_profiles(results, tmp_path / "profiles.png", truth=truth)
    assert path.stat().st_size > 1000


def test_spectrum_temperature_sets_the_model_temperature():
    truth = assb_models.get_parameter_values("Kim2024")
    f = np.logspace(3, 0, 4)
    spectrum = SpectrumData(f, np.ones(4) * (1 - 1j), 0.1, temperature_K=T_EIS)
    problem = ImpedanceProblem(dfn(), truth, spectrum, [])
    for name in TEMPERATURES:
        assert problem.values[name] == T_EIS
    with pytest.raises(InvalidInputError, match="temperature_K"):
        SpectrumData(f, np.ones(4) * (1 - 1j), 0.1, temperature_K=-1.0)


def test_noise_levels_one_for_all_or_one_per_dataset():
    np.testing.assert_allclose(noise_levels(None, 2), [1.0, 1.0])
    np.testing.assert_allclose(noise_levels(5e-3, 2), [5e-3, 5e-3])
    np.testing.assert_allclose(noise_levels([2e-3, 5e-3], 2), [2e-3, 5e-3])
    for bad in ([1e-3, 2e-3, 3e-3], 0.0, -1e-3, float("nan")):
        with pytest.raises(InvalidInputError, match="'sigma_V'"):
            noise_levels(bad, 2)


def test_spectrum_data_checks_its_noise_and_values():
    f = np.logspace(3, 0, 5)
    with pytest.raises(InvalidInputError, match="sigma_ohm"):
        SpectrumData(f, np.ones(5) * (1 - 1j), 0.0)
    with pytest.raises(InvalidInputError, match="frequency"):
        SpectrumData(-f, np.ones(5) * (1 - 1j), 0.1)
