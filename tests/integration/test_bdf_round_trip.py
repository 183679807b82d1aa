"""BDF files from a solved cell: a round trip that recovers a parameter."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import data
from assb_models.fitting import FitParameter, fit
from assb_models.parameter_sets import Sakka2022

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}


KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"


def test_c5_discharge_round_trip_through_bdf(tmp_path):
    truth = assb_models.get_parameter_values("Kim2024")
    capacity = truth["Nominal cell capacity [A.h]"]
    cutoff = truth["Lower voltage cut-off [V]"]
    experiment = pybamm.Experiment(
        [f"Discharge at {0.2 * capacity:.10g} A until {cutoff} V"], period="180 seconds"
    )
    sim = pybamm.Simulation(
        assb_models.SolidStateSPMe(),
        parameter_values=truth,
        experiment=experiment,
        var_pts=VAR_PTS,
    )
    path = data.write_bdf(sim.solve(), tmp_path / "c5.bdf.csv")
    header = path.read_text().split("\n", 1)[0].split(",")
    assert header[:5] == [
        "test_time_second",
        "voltage_volt",
        "current_ampere",
        "cycle_count",
        "step_count",
    ]
    measured = data.load(path)
    assert measured.table["Current [A]"].iloc[1] == pytest.approx(0.2 * capacity)
    # without noise the fit returns the truth to 1e-9; seed 1: one draw of 3 mV noise
    noise = np.random.default_rng(1).normal(0, 3e-3, len(measured.table))
    measured.table["Voltage [V]"] += noise
    result = fit(
        measured,
        [FitParameter(KAPPA, initial=1.3 * truth[KAPPA])],
        truth,
        model=assb_models.SolidStateSPMe(),
        var_pts=VAR_PTS,
        voltage_window=(2.6, 5.0),
        progress=False,
    )
    assert result.lower95[0] <= truth[KAPPA] <= result.upper95[0], result
    np.testing.assert_allclose(result.values[0], truth[KAPPA], rtol=0.03)


def test_stack_pressure_is_written_as_applied_pressure(tmp_path):
    values = assb_models.get_parameter_values("Sakka2022")
    model = assb_models.SolidStateSPMe(Sakka2022.MODEL_OPTIONS)
    assert "Stack pressure [Pa]" in model.variables
    capacity = values["Nominal cell capacity [A.h]"]
    experiment = pybamm.Experiment(
        [f"Charge at {0.5 * capacity:.10g} A for 10 minutes", "Rest for 5 minutes"],
        period="60 seconds",
    )
    sim = pybamm.Simulation(model, parameter_values=values, experiment=experiment)
    path = data.write_bdf(sim.solve(), tmp_path / "p.bdf.csv")
    header = path.read_text().split("\n", 1)[0]
    assert header.endswith("applied_pressure_pa")
    table = data.load(path).table
    np.testing.assert_allclose(
        table["Applied pressure [Pa]"], values["Stack pressure at assembly [Pa]"]
    )
    np.testing.assert_allclose(
        table["Ambient temperature [K]"], values["Ambient temperature [K]"]
    )
    assert list(np.unique(table["Step"])) == [1, 2]
    charge = table["Step"] == 1
    np.testing.assert_allclose(table.loc[charge, "Current [A]"], -0.5 * capacity)
    assert np.all(table.loc[~charge, "Current [A]"].abs() < 1e-12)
