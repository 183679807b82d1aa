"""Checked simulations that solve: solver failures explained, PyBaMM behaviour
kept, initial_soc measured against the anode."""

import numpy as np
import pybamm
import pytest

import assb_models


def test_solver_failure_names_a_low_se_conductivity():
    pv = assb_models.get_parameter_values("Kim2024")
    kappa = "Solid electrolyte conductivity at reference temperature [S.m-1]"
    pv.update({kappa: 1e-4})
    sim = assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)
    with pytest.raises(pybamm.SolverError) as err:
        sim.solve([0, 100])
    assert "SE separator alone drops 153 V" in str(err.value) and kappa in str(
        err.value
    )


def test_behaves_as_pybamm_simulation():
    sim = assb_models.Simulation(assb_models.SolidStateDFN())
    sol = sim.solve([0, 600])
    assert isinstance(sim, pybamm.Simulation)
    assert (
        sol["Voltage vs Li-In [V]"].entries[-1] < sol["Voltage vs Li-In [V]"].entries[0]
    )


@pytest.mark.parametrize("initial_soc, expected", [(1, 3.7), ("3.4 V", 3.4)])
def test_initial_soc_is_measured_against_the_li_in_anode(initial_soc, expected):
    """SOC 1 rests at 'Open-circuit voltage at 100% SOC [V]' of the cell (vs Li-In),
    not 0.62 V lower (PyBaMM's half-cell path alone takes the anode to be Li metal)."""
    pv = assb_models.get_parameter_values("Kim2024")
    assert pv["Negative electrode OCP [V]"] == 0.62
    assert pv["Open-circuit voltage at 100% SOC [V]"] == 3.7
    # at rest, SOC 1 sits on the upper cut-off (3.7 V) itself, where the
    # "Maximum voltage [V]" event holds or not by round-off: the cut-off is lifted
    pv.update({"Current function [A]": 0, "Upper voltage cut-off [V]": 3.75})
    sim = assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)
    sol = sim.solve([0, 60], initial_soc=initial_soc)
    np.testing.assert_allclose(sol["Voltage [V]"].entries, expected, atol=1e-6)
    np.testing.assert_allclose(
        sol["Voltage vs Li [V]"].entries, expected + 0.62, atol=1e-6
    )
    # the cell-voltage parameters are kept as given
    assert sim.parameter_values["Open-circuit voltage at 100% SOC [V]"] == 3.7
    assert sim.parameter_values["Upper voltage cut-off [V]"] == 3.75
