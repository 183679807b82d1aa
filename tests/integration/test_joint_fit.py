"""Joint fit of a discharge and an impedance spectrum of the same (synthetic) cell.

The voltage of a constant-current discharge sees the exchange-current rate
constant k and the AM/SE contact fraction theta only as the product k*theta (the
charge-transfer resistance): on it alone the pair trades off (correlation -1.00)
and the profile of theta is flat from bound to bound. The spectrum sees theta
also through the double-layer capacitance of the contact area, in another
combination, so the joint fit bounds both, and its profile intervals cover the
truth. (On this spectrum alone the pair is identifiable too, correlation of the
Jacobian columns 0.98: this model has no pair flat on each data set alone.) The
knee below 2.6 V is left out of the voltage residuals, as in the round-trip test.
"""

import warnings

import numpy as np
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.fitting import FitParameter, SpectrumData, fit, profile_likelihood
from assb_models.fitting.runner import noise_levels
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.impedance import eis

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}
RATE = "Positive electrode exchange-current density rate constant [A.m-2.(m3.mol-1)1.5]"
CONTACT = "Positive electrode active material-solid electrolyte contact fraction"
SIGMA_V, SIGMA_OHM = 5e-3, 0.2


def model():
    return assb_models.SolidStateDFN({"surface form": "differential"})


def test_joint_fit_bounds_a_pair_the_voltage_cannot_separate():
    truth = assb_models.get_parameter_values("Kim2024")
    discharge = simulate_discharge(
        truth, 1.0, noise_V=SIGMA_V, seed=5, model=model(), var_pts=VAR_PTS
    )
    f = np.logspace(4, -1, 16)
    rng = np.random.default_rng(6)
    z = eis.impedance(model(), truth, f, var_pts=VAR_PTS)
    z = z + rng.normal(0, SIGMA_OHM, f.size) + 1j * rng.normal(0, SIGMA_OHM, f.size)
    params = [
        FitParameter(RATE, 1.3 * truth[RATE], (truth[RATE] / 10, truth[RATE] * 10)),
        FitParameter(CONTACT, 0.8 * truth[CONTACT], (truth[CONTACT] / 5, 1.0)),
    ]
    kwargs = dict(
        model=model(), var_pts=VAR_PTS, voltage_window=(2.6, 5.0), progress=False
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # identifiability and bound warnings
        alone = fit(discharge, params, truth, **kwargs)
        joint = fit(
            discharge,
            params,
            truth,
            spectra=[SpectrumData(f, z, SIGMA_OHM, source="synthetic EIS")],
            sigma_V=SIGMA_V,
            **kwargs,
        )
    # the voltage alone: a ridge, theta flat from bound to bound
    alone_profiles = profile_likelihood(alone)
    assert alone_profiles[CONTACT].flat
    assert alone_profiles.tradeoffs and alone_profiles.tradeoffs[0][2] < -0.99
    # jointly: bounded, and the truth inside both kinds of interval
    true = np.array([truth[RATE], truth[CONTACT]])
    assert not joint.at_bounds, joint
    assert np.all(joint.lower95 <= true) and np.all(true <= joint.upper95), joint
    joint_profiles = profile_likelihood(joint, known_noise=True)
    for name, value in zip((RATE, CONTACT), true, strict=True):
        profile = joint_profiles[name]
        assert not profile.flat, joint_profiles
        assert profile.lower95 <= value <= profile.upper95, joint_profiles
    assert joint.rmse_ohm[0] < 2 * SIGMA_OHM


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
