import pybamm
import pytest

import assb_models


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"anode": "lithium metal"},
        {"interface film": "resistive"},
        {"transport efficiency": "tortuosity factor"},
        {"surface form": "differential"},
        {"surface form": "algebraic", "anode": "lithium metal"},
        {"particle": "uniform profile"},
    ],
)
def test_well_posed(options):
    assb_models.SolidStateDFN(options).check_well_posedness()


@pytest.mark.parametrize(
    "options, words",
    [
        ({"anode": "sodium"}, "Option 'anode' has value 'sodium'; allowed values are"),
        ({"interface film": "thick"}, "['none', 'resistive']"),
        ({"working electrode": "both"}, "only supports 'positive'"),
        (
            {"transport efficiency": "ordered packing"},
            "allowed values for the solid-state",
        ),
        ({"thermal": "lumped"}, "'thermal'"),
    ],
)
def test_bad_options_list_the_allowed_ones(options, words):
    with pytest.raises(pybamm.OptionError) as err:
        assb_models.SolidStateDFN(options)
    assert words in str(err.value)


def test_unknown_option_name_is_rejected():
    with pytest.raises(pybamm.OptionError, match="not recognised"):
        assb_models.SolidStateDFN({"anodes": "Li-In"})


def test_no_electrolyte_concentration_states():
    """The SE needs no concentration states: fewer states than PyBaMM's DFN."""
    model = assb_models.SolidStateDFN({"anode": "lithium metal"})
    names = [v.name for v in model.rhs]
    assert not any(
        "concentration [mol.m-3]" in n and "particle" not in n for n in names
    )
    dfn = pybamm.lithium_ion.DFN({"working electrode": "positive"})
    assert "Porosity times concentration [mol.m-3]" in [v.name for v in dfn.rhs]


def test_reports_voltage_vs_li_in_and_specific_capacity():
    li_in = assb_models.SolidStateDFN()
    li = assb_models.SolidStateDFN({"anode": "lithium metal"})
    assert "Voltage vs Li-In [V]" in li_in.variables
    assert "Voltage vs Li-In [V]" not in li.variables
    for model in (li_in, li):
        assert "Specific capacity [mA.h.g-1]" in model.variables
    assert "Negative electrode lithium inventory [mol]" in li.variables


def test_print_options_lists_ours_with_descriptions(capsys):
    model = assb_models.SolidStateDFN({"anode": "lithium metal"})
    assert isinstance(model.options, pybamm.BatteryModelOptions)
    assert model.options["anode"] == "lithium metal"
    model.options.print_options()
    printed = capsys.readouterr().out
    assert "'surface form': 'false'" in printed  # PyBaMM's, as before
    for name, allowed in assb_models.ASSB_OPTIONS.items():
        line = f"{name!r}: {model.options[name]!r} (possible: {list(allowed)!r})"
        assert line in printed
        description = assb_models.options.ASSB_OPTION_DESCRIPTIONS[name]
        assert len(description) > 20 and description in printed
    # the options object can be passed back to build the same model
    again = assb_models.SolidStateDFN(model.options)
    assert again.assb_options == model.assb_options
