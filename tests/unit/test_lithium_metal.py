"""Li-metal anode physics: options, limits and analytic checks of each submodel."""

import pybamm
import pytest

import assb_models
from assb_models.models import SymmetricCell, plating_stripping_experiment

LI = {"anode": "lithium metal"}


@pytest.mark.parametrize(
    "options",
    [
        {"anode interphase": "diffusion-limited"},
        {"anode interlayer": "resistive", "anode contact": "creep"},
        {"anode contact": "creep and crust", "anode penetration": "intrusion"},
        {
            "anode interphase": "reaction-limited",
            "anode contact": "constant",
            "surface form": "differential",
        },
    ],
)
def test_full_cell_options_well_posed(options):
    assb_models.SolidStateDFN({**LI, **options}).check_well_posedness()


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"anode interlayer": "resistive"},
        {"anode contact": "full"},
        {"anode contact": "creep and crust"},
        {"anode interphase": "none", "anode interlayer": "resistive"},
    ],
)
def test_symmetric_cell_well_posed(options):
    SymmetricCell(options).check_well_posedness()


def test_interface_options_need_lithium_metal():
    with pytest.raises(pybamm.OptionError, match="need 'anode': 'lithium metal'"):
        assb_models.SolidStateDFN({"anode interlayer": "resistive"})


def test_bad_symmetric_options():
    with pytest.raises(pybamm.OptionError, match="not recognised"):
        SymmetricCell({"anode": "Li-In"})
    with pytest.raises(
        pybamm.OptionError, match=r"\['creep', 'full', 'constant', 'creep and crust'\]"
    ):
        SymmetricCell({"anode contact": "glued"})


def test_experiment_helper_converts_areal_current_and_capacity():
    steps = plating_stripping_experiment(
        [0.1, 0.5], 2.0, cycles=2, capacity_mAh_cm2=1.0
    )
    assert len(steps) == 4
    strip, plate = steps[2]
    assert strip.value == pytest.approx(0.5e-3 * 2.0)
    assert plate.value == pytest.approx(-0.5e-3 * 2.0)
    assert strip.duration == pytest.approx(2 * 3600)


@pytest.mark.parametrize(
    "kwargs, words",
    [
        (
            {"current_mA_cm2": -0.1, "area_cm2": 1, "capacity_mAh_cm2": 1},
            "current_mA_cm2",
        ),
        ({"current_mA_cm2": 0.1, "area_cm2": 0, "capacity_mAh_cm2": 1}, "area_cm2"),
        ({"current_mA_cm2": 0.1, "area_cm2": 1}, "exactly one"),
        (
            {"current_mA_cm2": 0.1, "area_cm2": 1, "half_cycle_hours": 1, "cycles": 0},
            "'cycles'",
        ),
    ],
)
def test_experiment_helper_rejects_bad_input(kwargs, words):
    with pytest.raises(
        (assb_models.InvalidInputError, pybamm.OptionError), match=words
    ):
        plating_stripping_experiment(**kwargs)


def test_park2021_loads_through_pybamm_and_has_a_source_for_every_value():
    from assb_models.parameter_sets import Park2021

    pv = pybamm.ParameterValues("Park2021")
    assert pv["Solid electrolyte conductivity at reference temperature [S.m-1]"] == 0.2
    for il in ("none", "NP", "NR", "NW"):
        values = Park2021.get_parameter_values(interlayer=il)
        sources = assb_models.get_sources("Park2021", interlayer=il)
        assert set(sources) == set(values) - {"chemistry", "citations"}
        assert all(isinstance(s, str) and s for s in sources.values())
    sources = assb_models.get_sources("Park2021")
    for name in Park2021.FITTED:
        assert sources[name].startswith("fitted"), name
    with pytest.raises(assb_models.InvalidInputError, match="'interlayer' = 'NX'"):
        Park2021.get_parameter_values(interlayer="NX")
