"""The anode table: what each anode provides, and registering a new one."""

import time

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models.anodes import (
    ANODES,
    Anode,
    get_anode,
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


def test_unregister_removes_the_option_value():
    register_anode(Anode(name=TOY, set_submodels=lambda model: None, inventory=None))
    unregister_anode(TOY)
    assert TOY not in ANODES
    assert TOY not in assb_models.ASSB_OPTIONS["anode"]
    with pytest.raises(pybamm.OptionError, match="allowed values are"):
        assb_models.SolidStateDFN({"anode": TOY})


def test_an_anode_name_registers_once():
    with pytest.raises(pybamm.OptionError, match="already registered"):
        register_anode(ANODES["Li-In"])


def test_the_anode_option_is_the_table():
    assert list(assb_models.ASSB_OPTIONS["anode"]) == list(ANODES)
    assert list(ANODES)[:4] == ["Li-In", "lithium metal", "anode-free", "silicon"]
    assert get_anode("silicon").domain is not None
    assert not get_anode("anode-free").initial_soc


@pytest.mark.parametrize(
    "anode, options, ok",
    [
        ("lithium metal", {"anode interlayer": "resistive"}, True),
        ("anode-free", {"anode interphase": "diffusion-limited"}, True),
        ("silicon", {"anode interphase": "reaction-limited"}, True),
        ("silicon", {"anode contact": "creep"}, False),
        ("anode-free", {"anode interlayer": "resistive"}, False),
        ("Li-In", {"anode interphase": "constant"}, False),
    ],
)
def test_li_metal_options_each_anode_accepts(anode, options, ok):
    assert ok == (set(options) <= set(ANODES[anode].li_metal_options))
    if ok:
        assb_models.SolidStateDFN({"anode": anode, **options}, build=False)
        return
    with pytest.raises(pybamm.OptionError, match="need 'anode'") as err:
        assb_models.SolidStateDFN({"anode": anode, **options}, build=False)
    assert f"got 'anode': {anode!r}" in str(err.value)


def test_anode_free_refuses_initial_soc():
    model = assb_models.SolidStateDFN({"anode": "anode-free"})
    sim = assb_models.Simulation(model, parameter_values=model.default_parameter_values)
    with pytest.raises(assb_models.InvalidInputError, match="'anode-free'"):
        sim.set_initial_state(0.5)
