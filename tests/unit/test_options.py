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
    assert again.options.ours == model.options.ours
    assert not hasattr(model, "assb_options")


@pytest.mark.parametrize("options", ["anode", ["anode", "lithium metal"]])
def test_options_must_be_a_dict(options):
    for model in (assb_models.SolidStateDFN, assb_models.SymmetricCell):
        with pytest.raises(pybamm.OptionError, match="options must be a dict, got"):
            model(options)


def test_misspelt_option_names_suggest_the_nearest():
    with pytest.raises(pybamm.OptionError, match="did you mean 'anode'") as err:
        assb_models.SolidStateDFN({"anodes": "Li-In"})
    assert "[]" not in str(err.value)
    with pytest.raises(pybamm.OptionError, match="'surface form'"):
        assb_models.SolidStateDFN({"surface from": "differential"})
    with pytest.raises(pybamm.OptionError, match="'anode contact'"):
        assb_models.SymmetricCell({"anode contacts": "full"})
    with pytest.raises(pybamm.OptionError, match="the options of ours are"):
        assb_models.SolidStateDFN({"xyzzy": "1"})


def test_options_that_need_another_are_refused():
    with pytest.raises(pybamm.OptionError, match="needs one of") as err:
        assb_models.SolidStateDFN({"SE consumption": "true"})
    assert "SE oxidation on carbon" in str(err.value)
    with pytest.raises(pybamm.OptionError, match="needs the stack pressure"):
        assb_models.SolidStateDFN({"contact loss": "chemo-mechanical"})
    with pytest.raises(pybamm.OptionError, match="needs a side reaction"):
        assb_models.SolidStateDFN({"CEI growth": "side-reaction driven"})
    on = assb_models.SolidStateDFN({"SE oxidation on carbon": "self-limiting Tafel"})
    assert on.options["SE consumption"] == "true"


def test_stack_pressure_has_one_vocabulary():
    """The symmetric cell spells "stack pressure" as the full cells do."""
    assert assb_models.SymmetricCell().options["stack pressure"] == "laws"
    with pytest.raises(pybamm.OptionError, match="spelt 'laws'"):
        assb_models.SymmetricCell({"stack pressure": "constant"})
    with pytest.raises(pybamm.OptionError, match="spelt 'laws'"):
        assb_models.SolidStateDFN({"stack pressure": "constant"})
    with pytest.raises(pybamm.OptionError, match="not available in the symmetric"):
        assb_models.SymmetricCell({"stack pressure": "none"})
    allowed = assb_models.SymmetricCell().options.possible_options["stack pressure"]
    assert allowed == ["laws", "fixed gap"]
    assert set(allowed) <= set(assb_models.ASSB_OPTIONS["stack pressure"])


def test_every_option_is_described_once():
    """One table: every option of ours has values, a default and a description."""
    table = assb_models.options.OPTIONS
    assert list(assb_models.ASSB_OPTIONS) == list(table)
    for name, option in table.items():
        assert option.values and option.default == option.values[0], name
        assert len(set(option.values)) == len(option.values), name
        assert len(option.description) > 20, name
    assert assb_models.ASSB_OPTIONS["anode"][0] == "Li-In"


def test_symmetric_cell_print_options(capsys):
    assb_models.SymmetricCell().options.print_options()
    printed = capsys.readouterr().out
    possible = "['creep', 'full', 'constant', 'creep and crust']"
    assert f"'anode contact': 'creep' (possible: {possible})" in printed
    assert assb_models.options.OPTIONS["anode contact"].description in printed


def test_reduced_model_refusals_live_in_its_options():
    with pytest.raises(pybamm.OptionError, match="not available in SolidStateSPMe"):
        assb_models.SolidStateSPMe({"surface form": "differential"})
    model = assb_models.SolidStateSPMe(build=False)
    with pytest.raises(pybamm.OptionError, match="not available in SolidStateSPMe"):
        model.options = {"particle size": "distribution"}
