"""Physical results of the AnodeFreeSolidStateDFN zoo entry (Lee2020)."""

import numpy as np
import pybamm
import pytest

from assb_models.zoo.anode_free_solid_state_dfn import AnodeFreeSolidStateDFN

FARADAY = 96485.33212  # C/mol


@pytest.fixture(scope="module")
def first_charge():
    """Two hours of the first charge at C/10 (the entry's default current): the
    interlayer fills (0.67 mAh/cm2, about an hour), then Li plates."""
    model = AnodeFreeSolidStateDFN()
    simulation = pybamm.Simulation(
        model, parameter_values=model.default_parameter_values
    )
    return simulation.solve(np.linspace(0, 7200, 241))


def test_charge_goes_into_interlayer_and_plated_lithium(first_charge):
    """Faraday: Li in the Ag-C interlayer (with the Li its traps keep) plus plated
    Li is the charge passed / F, and the Li taken from the NCM is the same amount."""
    solution = first_charge
    charge_mol = -solution["Discharge capacity [A.h]"].entries * 3600 / FARADAY
    anode = (
        solution["Lithium in Ag-C interlayer [mol]"].entries
        + solution["Lithium in Ag-C interlayer traps [mol]"].entries
        + solution["Lithium in plated lithium [mol]"].entries
    )
    # (1e-5: the trap state adds solver error to the counted charge, ~3e-6)
    np.testing.assert_allclose(anode - anode[0], charge_mol, rtol=1e-5, atol=1e-12)
    cathode = solution["Lithium in positive active material [mol]"].entries
    np.testing.assert_allclose(cathode[0] - cathode, charge_mol, rtol=1e-6, atol=1e-12)


def test_interlayer_fills_before_lithium_plates(first_charge):
    """Li plates beneath the Ag-C interlayer only once the interlayer holds 95 % of its
    capacity ("Ag-C interlayer lithium capacity [mol.m-2]" x area)."""
    solution = first_charge
    values = solution.all_models[0].default_parameter_values
    area = values["Electrode height [m]"] * values["Electrode width [m]"]
    capacity = values["Ag-C interlayer lithium capacity [mol.m-2]"] * area
    interlayer = solution["Lithium in Ag-C interlayer [mol]"].entries
    plated = solution["Lithium in plated lithium [mol]"].entries
    assert interlayer[0] < 0.01 * capacity
    assert plated[-1] > 0.1 * capacity
    plating = plated > 1e-6 * capacity
    assert np.all(interlayer[plating] > 0.95 * capacity)
