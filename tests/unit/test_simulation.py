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
