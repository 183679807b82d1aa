"""The anode table, solved: a toy anode registered through the one entry."""

import time

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models.anodes import (
    Anode,
    register_anode,
    unregister_anode,
)
from assb_models.submodels.anode import CounterElectrodeOCP

TOY = "toy constant-OCP electrode"


@pytest.fixture
def toy_anode():
    """A planar counter electrode at the constant "Negative electrode OCP [V]"
    (PyBaMM's Li-metal interface, nothing of ours), registered for one test."""
    anode = register_anode(
        Anode(
            name=TOY,
            set_submodels=lambda model: None,
            inventory=None,
            open_circuit_potential=CounterElectrodeOCP,
            parameter_set="Kim2024",
            parameter_set_kwargs={"anode": "Li-In"},
            description="constant-OCP planar counter electrode (test)",
        )
    )
    yield anode
    unregister_anode(TOY)


def test_toy_anode_registers_builds_and_solves(toy_anode):
    """One call registers an anode; its cell discharges as the Li-In cell does
    (same constant OCP, no Li-In inventory, which does not enter the voltage)."""
    assert TOY in assb_models.ASSB_OPTIONS["anode"]
    start = time.perf_counter()
    model = assb_models.SolidStateDFN({"anode": TOY})
    assert model.anode is toy_anode
    assert "Voltage vs Li-In [V]" not in model.variables
    pv = model.default_parameter_values
    t_eval = np.linspace(0, 600, 11)
    sol = pybamm.Simulation(model, parameter_values=pv).solve(t_eval)
    li_in = assb_models.SolidStateDFN()
    ref = pybamm.Simulation(li_in, parameter_values=pv).solve(t_eval)
    assert time.perf_counter() - start < 10
    V = sol["Voltage [V]"].entries
    assert V[-1] < V[0]  # a discharge
    np.testing.assert_allclose(V, ref["Voltage [V]"].entries, atol=1e-6)
    np.testing.assert_allclose(
        sol["Voltage vs Li [V]"].entries,
        V + pv["Negative electrode OCP [V]"],
        rtol=1e-12,
    )
