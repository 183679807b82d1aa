"""SolidStateSPMe: options, variables shared with the DFN, fitting plumbing."""

import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024, Sakka2022


@pytest.mark.parametrize(
    "option, value",
    [
        ("surface form", "differential"),
        ("surface form", "algebraic"),
        ("intercalation kinetics", "asymmetric Butler-Volmer"),
        ("particle size", "distribution"),
    ],
)
def test_options_it_cannot_honour_are_rejected_by_name(option, value):
    with pytest.raises(pybamm.OptionError, match=f"'{option}' = '{value}'"):
        assb_models.SolidStateSPMe({option: value})


def test_default_kinetics_given_explicitly_keeps_the_explicit_form():
    model = assb_models.SolidStateSPMe(
        {"intercalation kinetics": "symmetric Butler-Volmer"}
    )
    assert model.options["surface form"] == "false"


def test_solid_state_options_are_validated_as_in_the_dfn():
    with pytest.raises(pybamm.OptionError, match="'anode'"):
        assb_models.SolidStateSPMe({"anode": "graphite"})


@pytest.mark.parametrize(
    "options",
    [
        {},
        Kim2024.MODEL_OPTIONS,
        {"interface film": "resistive", "anode": "lithium metal"},
        Sakka2022.MODEL_OPTIONS,
        {"stack pressure": "laws", "contact loss": "chemo-mechanical"},
        {
            "CEI growth": "diffusion-limited",
            "anode": "lithium metal",
            "anode interphase": "diffusion-limited",
            "anode contact": "creep",
        },
    ],
    ids=[
        "core",
        "Kim2024",
        "film, Li metal",
        "Sakka2022",
        "contact loss",
        "Li-metal interface",
    ],
)
def test_well_posed_with_the_dfn_variable_names(options):
    spme = assb_models.SolidStateSPMe(options)
    spme.check_well_posedness()
    dfn = assb_models.SolidStateDFN(options)
    # the DFN's own algebraic states (" variable [") have no counterpart
    missing = sorted(
        name
        for name in set(dfn.variables) - set(spme.variables)
        if " variable [" not in name
    )
    assert not missing, f"DFN variables missing in the SPMe: {missing}"
    assert spme.summary_variables == dfn.summary_variables
    assert isinstance(spme, pybamm.lithium_ion.SPMe)


def test_side_reaction_states_are_x_averaged_by_default():
    """PyBaMM's "x-average side reactions": "true" by default in the SPMe: no state
    of the positive electrode is resolved in x; "false" resolves them as the DFN."""
    averaged = assb_models.SolidStateSPMe(Kim2024.MODEL_OPTIONS)
    assert averaged.options["x-average side reactions"] == "true"
    resolved = assb_models.SolidStateSPMe(
        {**Kim2024.MODEL_OPTIONS, "x-average side reactions": "false"}
    )
    dfn = assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS)

    def in_x(model):
        return sorted(v.name for v in model.rhs if v.domain == ["positive electrode"])

    assert in_x(averaged) == []
    assert in_x(resolved) == in_x(dfn) != []
    assert "X-averaged positive electrode CEI thickness [m]" in {
        v.name for v in averaged.rhs
    }
