"""Fits that solve the model: replay, set-up errors, provenance, the CLI."""

import dataclasses
import json

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.fitting import (
    FitParameter,
    IdentifiabilityWarning,
    fit,
    load_fitted_parameters,
)
from assb_models.fitting.problem import SOLVER_TOLERANCES
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.simulation import protocol

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}


RATE = "Positive electrode exchange-current density rate constant [A.m-2.(m3.mol-1)1.5]"


CONTACT = "Positive electrode active material-solid electrolyte contact fraction"


KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"


@pytest.fixture(scope="module")
def params():
    return assb_models.get_parameter_values("Kim2024")


@pytest.fixture(scope="module")
def one_c(params):
    return simulate_discharge(params, 1.0, noise_V=5e-3, seed=1, var_pts=VAR_PTS)


def test_replayed_current_reproduces_the_experiment(params):
    clean = simulate_discharge(params, 1.0, var_pts=VAR_PTS)
    values = protocol.replay_parameters(params, clean)
    # the same tolerances as the synthetic data's solve
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(),
        parameter_values=values,
        var_pts=VAR_PTS,
        solver=pybamm.IDAKLUSolver(**SOLVER_TOLERANCES),
    )
    t = clean.table["Time [s]"].to_numpy()
    sol = sim.solve([0, t[-1]], t_interp=t)
    v = np.interp(t, sol.t, sol["Voltage [V]"].entries)
    # all but the last sample (the cut-off instant, where dV/dt is steepest)
    np.testing.assert_allclose(
        v[:-1], clean.table["Voltage [V]"].to_numpy()[:-1], atol=1e-3
    )


def test_experiment_from_steps_matches_the_data(params):
    clean = simulate_discharge(params, 0.5, var_pts=VAR_PTS)
    experiment = protocol.experiment_from_steps(clean, end="limit")
    assert [s.description for s in experiment.steps] == [
        f"Discharge at {0.5 * params['Nominal cell capacity [A.h]']:.6g} A for "
        f"{clean.table['Time [s]'].iloc[-1]:.6g} seconds or until 1.9000 V"
    ]
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(),
        parameter_values=params,
        experiment=experiment,
        var_pts=VAR_PTS,
    )
    q = sim.solve()["Discharge capacity [A.h]"].entries[-1]
    assert q == pytest.approx(
        clean.table["Discharge capacity [A.h]"].iloc[-1], rel=2e-3
    )


def test_product_pair_is_flagged_not_identifiable(one_c):
    # contact fraction x rate constant multiply in the kinetics: only their product
    # changes the voltage
    start = [
        FitParameter(RATE, bounds=(1e-8, 1e-6)),
        FitParameter(CONTACT, 0.4, (0.05, 1)),
    ]
    with pytest.warns(IdentifiabilityWarning, match="not identifiable"):
        result = fit(one_c, start, "Kim2024", var_pts=VAR_PTS)
    assert result.singular
    [(a, b, rho)] = result.non_identifiable
    assert {a, b} == {RATE, CONTACT} and rho < -0.99
    assert np.isinf(result.upper95).all()
    # the product is what the data fix: it matches the true one
    product = result.values[0] * result.values[1]
    params = assb_models.get_parameter_values("Kim2024")
    assert product == pytest.approx(params[RATE] * params[CONTACT], rel=0.05)


def test_fitted_set_carries_provenance(one_c, tmp_path):
    result = fit(one_c, [FitParameter(KAPPA, initial=0.09)], "Kim2024", var_pts=VAR_PTS)
    assert result.values[0] != pytest.approx(0.09, rel=1e-3)  # it moved
    sources = assb_models.get_sources(result.parameter_values)
    assert sources[KAPPA].startswith("fitted to synthetic 1C discharge")
    assert (
        sources["Positive electrode porosity"]
        == assb_models.get_sources("Kim2024")["Positive electrode porosity"]
    )
    path = result.save(tmp_path / "fit.json")
    assert json.loads(path.read_text())["fitted"][KAPPA]["value"] == result.values[0]
    reloaded = load_fitted_parameters(path)
    assert reloaded[KAPPA] == result.values[0]
    assert assb_models.get_sources(reloaded)[KAPPA] == sources[KAPPA]
    assert result.plot_residuals(tmp_path / "res.png").exists()


def test_cli_fits_a_neware_file(params, tmp_path, capsys):
    from assb_models import cli

    clean = simulate_discharge(params, 1.0, noise_V=2e-3, seed=3).table
    neware = tmp_path / "cell.csv"
    neware.write_text(
        "DataPoint,Cycle Index,Step Index,Step Type,Cumulative Time,Current(A),"
        "Voltage(V)\n"
        + "".join(
            f"{k + 1},1,1,CC DChg,{t:.3f},{-i:.8f},{v:.5f}\n"
            for k, (t, i, v) in enumerate(
                zip(
                    clean["Time [s]"],
                    clean["Current [A]"],
                    clean["Voltage [V]"],
                    strict=False,
                )
            )
        )
    )
    out = tmp_path / "out"
    code = cli.main(
        [
            "fit",
            str(neware),
            "--param",
            f"{KAPPA}=0.01:1",
            "--voltage-window",
            "2.6",
            "3.7",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert KAPPA in printed and (out / "fit_residuals.png").exists()
    fitted = load_fitted_parameters(out / "fit.json")[KAPPA]
    assert fitted == pytest.approx(params[KAPPA], rel=0.05)
    assert cli.main(["fit", str(neware), "--param", "No such parameter"]) == 2


def test_areal_replay_scales_to_the_model_area(params, one_c):
    half = dataclasses.replace(one_c, area_cm2=0.5)  # half the model's 1 cm2
    current = protocol.replay_current(half, params, areal=True)
    assert np.ravel(current.y)[0] == pytest.approx(
        2 * one_c.table["Current [A]"].iloc[0]
    )
    with pytest.raises(InvalidInputError, match="areal=True needs"):
        protocol.replay_current(one_c, params, areal=True)


@pytest.mark.parametrize(
    "parameter, words",
    [
        (FitParameter("Positive electrode thickness [m]"), "sets the model geometry"),
        (
            FitParameter("Electrolyte conductivity [S.m-1]"),
            "is a function of the state",
        ),
        (FitParameter("Solid electrolyte conductivity [S.m-1]"), "did you mean"),
        (
            FitParameter(KAPPA, initial=1.0, bounds=(0.01, 0.5)),
            "outside the allowed range",
        ),
        (FitParameter(KAPPA, bounds=(-1, 0.5)), "(0, inf)"),
    ],
)
def test_bad_parameters_are_named(one_c, parameter, words):
    with pytest.raises(InvalidInputError) as error:
        fit(one_c, [parameter], "Kim2024", var_pts=VAR_PTS)
    assert words in str(error.value)
