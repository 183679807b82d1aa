"""The anode table: what each anode provides, and registering a new one."""

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

TOY = "toy constant-OCP electrode"


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
