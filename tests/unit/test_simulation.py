import numpy as np
import pybamm
import pytest

import assb_models


def test_bad_values_are_caught_before_building():
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({"Positive electrode thickness [m]": -5e-5})
    with pytest.raises(assb_models.InvalidInputError, match="Positive electrode thickness"):
        assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)


def test_solver_failure_says_what_to_check():
    """A pristine (discharged) cell asked to discharge starts below its cut-off."""
    pv = assb_models.get_parameter_values("Kim2024", pristine=True)
    pv.update({"Lower voltage cut-off [V]": 3.0})
    sim = assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)
    with pytest.raises(pybamm.SolverError, match="Initial concentration in positive"):
        sim.solve([0, 3600])


def test_behaves_as_pybamm_simulation():
    sim = assb_models.Simulation(assb_models.SolidStateDFN())
    sol = sim.solve([0, 600])
    assert isinstance(sim, pybamm.Simulation)
    assert sol["Voltage vs Li-In [V]"].entries[-1] < sol["Voltage vs Li-In [V]"].entries[0]


@pytest.mark.parametrize("initial_soc, expected", [(1, 3.7), ("3.4 V", 3.4)])
def test_initial_soc_is_measured_against_the_li_in_anode(initial_soc, expected):
    """SOC 1 rests at 'Open-circuit voltage at 100% SOC [V]' of the cell (vs Li-In),
    not 0.62 V lower (PyBaMM's half-cell path alone takes the anode to be Li metal)."""
    pv = assb_models.get_parameter_values("Kim2024")
    assert pv["Negative electrode OCP [V]"] == 0.62
    assert pv["Open-circuit voltage at 100% SOC [V]"] == 3.7
    pv.update({"Current function [A]": 0})
    sim = assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)
    sol = sim.solve([0, 60], initial_soc=initial_soc)
    np.testing.assert_allclose(sol["Voltage [V]"].entries, expected, atol=1e-6)
    np.testing.assert_allclose(sol["Voltage vs Li [V]"].entries, expected + 0.62, atol=1e-6)
    # the cell-voltage parameters are kept as given
    assert sim.parameter_values["Open-circuit voltage at 100% SOC [V]"] == 3.7
    assert sim.parameter_values["Upper voltage cut-off [V]"] == 3.7
