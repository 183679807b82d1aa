"""Physical results of the SiliconSolidStateDFN zoo entry (Tan2021)."""

import numpy as np
import pybamm
import pytest

from assb_models.zoo.silicon_solid_state_dfn import SiliconSolidStateDFN

FARADAY = 96485.33212  # C/mol


@pytest.fixture(scope="module")
def first_charge():
    """One hour of the first charge at C/10 (the entry's default current)."""
    model = SiliconSolidStateDFN()
    values = model.default_parameter_values
    simulation = pybamm.Simulation(model, parameter_values=values)
    return values, simulation.solve(np.linspace(0, 3600, 121))


def test_lithium_in_silicon_is_charge_passed(first_charge):
    """Faraday: with no SE reduction the Li in the Si film grows by charge / F."""
    _, solution = first_charge
    charge_mol = -solution["Discharge capacity [A.h]"].entries * 3600 / FARADAY
    silicon = solution["Lithium in silicon [mol]"].entries
    np.testing.assert_allclose(silicon - silicon[0], charge_mol, rtol=1e-6, atol=1e-12)


def test_film_swells_by_partial_molar_volume(first_charge):
    """The film thickens by the Li inserted x its partial molar volume / area."""
    values, solution = first_charge
    silicon = solution["Lithium in silicon [mol]"].entries
    area = values["Electrode height [m]"] * values["Electrode width [m]"]
    expected = (
        (silicon - silicon[0])
        * values["Silicon lithium partial molar volume [m3.mol-1]"]
        / area
    )
    swelling = solution["Negative electrode thickness change [m]"].entries
    np.testing.assert_allclose(swelling - swelling[0], expected, rtol=1e-6, atol=1e-15)
