"""Physical results of the SolidStateDFN zoo entry (Kim2024, Li-In anode)."""

import numpy as np
import pybamm
import pytest

from assb_models.zoo.solid_state_dfn import SolidStateDFN

FARADAY = 96485.33212  # C/mol


@pytest.fixture(scope="module")
def slow_discharge():
    """A 0.05 C discharge of the Kim2024 cell from its charged state to the cut-off."""
    model = SolidStateDFN()
    values = model.default_parameter_values
    current = 0.05 * values["Nominal cell capacity [A.h]"]
    cut_off = values["Lower voltage cut-off [V]"]
    experiment = pybamm.Experiment([f"Discharge at {current} A until {cut_off} V"])
    simulation = pybamm.Simulation(
        model, parameter_values=values, experiment=experiment
    )
    return values, simulation.solve()


def _lithium_capacity_Ah(values, delta_stoichiometry):
    """Charge [A.h] of a change of the mean NCM stoichiometry: F c_max eps_AM L A dx."""
    volume = (
        values["Positive electrode active material volume fraction"]
        * values["Positive electrode thickness [m]"]
        * values["Electrode height [m]"]
        * values["Electrode width [m]"]
    )
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]
    return FARADAY * c_max * volume * delta_stoichiometry / 3600


def test_charge_passed_is_lithium_inserted(slow_discharge):
    """Faraday: the discharge capacity is the Li taken up by the NCM."""
    values, solution = slow_discharge
    x = solution["Average positive particle stoichiometry"].entries
    capacity = solution["Discharge capacity [A.h]"].entries[-1]
    np.testing.assert_allclose(
        capacity, _lithium_capacity_Ah(values, x[-1] - x[0]), rtol=1e-4
    )


def test_slow_capacity_near_theoretical(slow_discharge):
    """At 0.05 C the cell gives 85-100 % of its theoretical capacity.

    The theoretical capacity is the NCM's lithiation window from the charged state
    x0 to x = 1: the open-circuit voltage vs Li-In stays above the cut-off up to
    x = 1 (checked here), so only diffusion at the lithiation tail keeps the cell
    from reaching it.
    """
    values, solution = slow_discharge
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]
    x0 = values["Initial concentration in positive electrode [mol.m-3]"] / c_max
    ocp = values["Positive electrode OCP [V]"]
    full = ocp(pybamm.Scalar(1.0)).evaluate() - values["Negative electrode OCP [V]"]
    assert full > values["Lower voltage cut-off [V]"]
    theoretical = _lithium_capacity_Ah(values, 1.0 - x0)
    ratio = solution["Discharge capacity [A.h]"].entries[-1] / theoretical
    assert 0.85 < ratio < 1.0, ratio
