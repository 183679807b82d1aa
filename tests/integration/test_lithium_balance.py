"""Atoms, not only charge: "Total lithium [mol]" counts every Li-bearing phase."""

import numpy as np
import pybamm
import pytest

import assb_models

PROTOCOL = ["Discharge at C/2 for 30 minutes", "Charge at C/2 for 20 minutes"]


def total_lithium(model, pv):
    sim = pybamm.Simulation(
        model, parameter_values=pv, experiment=pybamm.Experiment(PROTOCOL)
    )
    return sim.solve()


@pytest.mark.parametrize("anode", ["Li-In", "lithium metal"])
@pytest.mark.parametrize("surface_form", ["false", "differential"])
def test_total_lithium_is_constant_in_the_clean_cell(anode, surface_form):
    model = assb_models.SolidStateDFN({"anode": anode, "surface form": surface_form})
    sol = total_lithium(model, assb_models.get_parameter_values("Kim2024", anode=anode))
    n = sol["Total lithium [mol]"].entries
    # the double layer stores charge, not Li atoms: ~4e-6 of the total
    np.testing.assert_allclose(n, n[0], rtol=1e-5)
    # the anode really moves: a balance that left it out would not close
    n_anode = sol["Lithium in negative electrode [mol]"].entries
    assert np.ptp(n_anode) > 10 * np.ptp(n) + 1e-9


def test_total_lithium_counts_each_phase():
    model = assb_models.SolidStateDFN()
    sol = total_lithium(model, assb_models.get_parameter_values("Kim2024"))
    phases = [
        "Lithium in positive active material [mol]",
        "Lithium in solid electrolyte [mol]",
        "Lithium in negative electrode [mol]",
    ]
    np.testing.assert_allclose(
        sum(sol[name].entries for name in phases),
        sol["Total lithium [mol]"].entries,
        rtol=1e-12,
    )
