"""Stack-pressure laws, their validation and their off switch."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.submodels.pressure import laws

MPA = 1e6


PRESSURES = np.array([1, 6, 12, 25, 50, 100, 200]) * MPA


def sakka(**overrides):
    pv = assb_models.get_parameter_values("Sakka2022")
    pv.update(overrides)
    return pv


def at(pv, expr):
    return float(pv.evaluate(expr))


def test_porosity_falls_and_contact_rises_with_pressure():
    pv = sakka()
    p = pybamm.Vector(PRESSURES)
    for name in (
        "Positive electrode void fraction vs pressure",
        "Separator void fraction vs pressure",
    ):
        assert np.all(np.diff(np.ravel(pv.evaluate(laws.law(name, p)))) < 0)
    for name in (
        "Positive electrode active material-solid electrolyte contact fraction vs "
        "pressure",
        "Positive electrode active material-solid electrolyte real contact fraction "
        "vs pressure",
        "Positive electrode connected active material fraction vs pressure",
        "Solid electrolyte grain contact fraction vs pressure",
    ):
        assert np.all(np.diff(np.ravel(pv.evaluate(laws.law(name, p)))) > 0), name


def test_pressure_history_keeps_the_densest_state():
    """Plastic memory: 100 MPa then 6 MPa keeps the 100 MPa porosity and contact,
    while the (elastic) real contact follows the present pressure."""
    high = sakka(**{"Stack pressure at assembly [Pa]": 100 * MPA})
    back = sakka(
        **{
            "Stack pressure at assembly [Pa]": 6 * MPA,
            "Highest previous stack pressure [Pa]": 100 * MPA,
        }
    )
    fresh = sakka(**{"Stack pressure at assembly [Pa]": 6 * MPA})
    for key in (
        "positive electrode solid electrolyte volume fraction",
        "separator solid electrolyte volume fraction",
        "positive electrode thickness [m]",
    ):
        s_high, s_back, s_fresh = (
            assb_models.pressure_structure(pv, pv["Stack pressure at assembly [Pa]"])[
                key
            ]
            for pv in (high, back, fresh)
        )
        assert s_back == pytest.approx(s_high, rel=1e-12), key
        assert abs(s_fresh - s_high) > 0.05 * s_high, key
    assert at(back, laws.real_contact_factor()) == pytest.approx(
        at(fresh, laws.real_contact_factor())
    )
    assert at(high, laws.real_contact_factor()) == pytest.approx(1.0)


@pytest.mark.parametrize(
    "options",
    [
        {"stack pressure": "laws"},
        {"stack pressure": "laws", "contact loss": "chemo-mechanical"},
        {"stack pressure": "laws", "interface film": "resistive"},
        {"stack pressure": "laws", "surface form": "differential"},
        {
            "stack pressure": "laws",
            "SE consumption": "true",
            "SE oxidation on carbon": "self-limiting Tafel",
        },
        {"stack pressure": "fixed gap"},
        {"stack pressure": "fixed gap", "contact loss": "chemo-mechanical"},
        {
            "stack pressure": "fixed gap",
            "anode": "lithium metal",
            "anode contact": "creep",
        },
    ],
)
def test_well_posed(options):
    assb_models.SolidStateDFN(options).check_well_posedness()


def test_symmetric_cell_in_a_fixed_gap_is_well_posed():
    assb_models.SymmetricCell({"stack pressure": "fixed gap"}).check_well_posedness()


def test_contact_loss_needs_the_pressure_laws():
    with pytest.raises(pybamm.OptionError, match="'stack pressure' to 'laws' or"):
        assb_models.SolidStateDFN({"contact loss": "chemo-mechanical"})


def test_negative_pressure_is_rejected():
    with pytest.raises(
        assb_models.InvalidInputError,
        match=r"'Stack pressure at assembly \[Pa\]' = -1000000.0 is outside",
    ):
        assb_models.get_parameter_values("Sakka2022", stack_pressure_MPa=-1)
    with pytest.raises(assb_models.InvalidInputError, match="Highest previous"):
        assb_models.validate_parameter_values(
            sakka(**{"Highest previous stack pressure [Pa]": -5.0})
        )


@pytest.mark.parametrize(
    "name, law, words",
    [
        (
            "Positive electrode connected active material fraction vs pressure",
            lambda p: 1.2 + 0 * p,
            "= 1.2 at 0 MPa is outside the allowed range [0, 1]",
        ),
        (
            "Positive electrode active material-solid electrolyte contact fraction vs "
            "pressure",
            lambda p: p / (50 * MPA),
            "at 55 MPa is outside the allowed range",
        ),
        (
            "Positive electrode solid electrolyte tortuosity vs pressure",
            lambda p: 0.9 + 0 * p,
            "allowed range [1, inf]",
        ),
    ],
)
def test_laws_leaving_their_range_are_rejected(name, law, words):
    with pytest.raises(assb_models.InvalidInputError) as err:
        assb_models.validate_parameter_values(sakka(**{name: law}))
    assert name in str(err.value) and words in str(err.value)


def test_coefficients_that_push_a_law_out_of_range_are_rejected():
    with pytest.raises(
        assb_models.InvalidInputError, match="void fraction vs pressure"
    ):
        assb_models.validate_parameter_values(
            sakka(**{"Positive electrode void fraction at high pressure": -0.1})
        )


def test_user_law_replaces_the_default():
    pv = sakka(
        **{"Positive electrode void fraction vs pressure": lambda p: 0.3 + 0 * p}
    )
    assert at(
        pv,
        laws.law(
            "Positive electrode void fraction vs pressure", pybamm.Scalar(80 * MPA)
        ),
    ) == pytest.approx(0.3)


def test_set_loads_through_pybamm_with_sources():
    pv = pybamm.ParameterValues("Sakka2022")
    sources = assb_models.get_sources("Sakka2022")
    assert set(sources) >= set(
        k for k in pv.keys() if k not in ("chemistry", "citations")
    )
    assert all(isinstance(s, str) and s for s in sources.values())


# ------------------------------------------------- mass-conserving compaction
COMPACTION_PRESSURES = np.array([0, 1, 6, 12, 25, 50, 100, 500]) * MPA


def test_compaction_keeps_fractions_summing_to_one_and_masses_fixed():
    pv = sakka()
    s = assb_models.pressure_structure(pv, COMPACTION_PRESSURES)
    composite = [
        s[f"positive electrode {k} volume fraction"]
        for k in ("active material", "solid electrolyte", "carbon", "void")
    ]
    np.testing.assert_allclose(sum(composite), 1, rtol=0, atol=1e-9)
    np.testing.assert_allclose(
        s["separator solid electrolyte volume fraction"]
        + s["separator void volume fraction"],
        1,
        rtol=0,
        atol=1e-9,
    )
    L_p, L_s = s["positive electrode thickness [m]"], s["separator thickness [m]"]
    rho_se = pv["Solid electrolyte density [kg.m-3]"]
    masses = {
        "Positive electrode active material mass per area [kg.m-2]": s[
            "positive electrode active material volume fraction"
        ]
        * L_p
        * pv["Positive electrode active material density [kg.m-3]"],
        "Positive electrode solid electrolyte mass per area [kg.m-2]": s[
            "positive electrode solid electrolyte volume fraction"
        ]
        * L_p
        * rho_se,
        "Separator solid electrolyte mass per area [kg.m-2]": s[
            "separator solid electrolyte volume fraction"
        ]
        * L_s
        * rho_se,
    }
    for name, mass in masses.items():
        np.testing.assert_allclose(mass, pv[name], rtol=1e-12, err_msg=name)
    # the recipe's loading: 60 mg/cm2 NCM, 1:1 NCM:LGPS by mass
    np.testing.assert_allclose(
        masses["Positive electrode active material mass per area [kg.m-2]"], 0.6
    )
    np.testing.assert_allclose(
        masses["Positive electrode solid electrolyte mass per area [kg.m-2]"], 0.6
    )
    assert np.all(np.diff(L_p) < 0) and np.all(np.diff(L_s) < 0)


def test_structure_dict_has_the_documented_keys():
    s = assb_models.pressure_structure(sakka(), 6 * MPA)
    assert set(s) == {
        "positive electrode thickness [m]",
        "separator thickness [m]",
        *(
            f"positive electrode {k} volume fraction"
            for k in ("active material", "solid electrolyte", "carbon", "void")
        ),
        "separator solid electrolyte volume fraction",
        "separator void volume fraction",
    }
    assert all(isinstance(v, float) for v in s.values())


def test_numeric_pressure_keeps_physical_mesh_coordinates():
    """With a numeric pressure the layers get PyBaMM's uniform meshes in metres."""
    pv = sakka(**{"Stack pressure at assembly [Pa]": 6 * MPA})
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN({"stack pressure": "laws"}), parameter_values=pv
    )
    sim.build()
    edges = sim.mesh["positive electrode"].edges
    s = assb_models.pressure_structure(pv, 6 * MPA)
    np.testing.assert_allclose(
        edges[-1] - edges[0], s["positive electrode thickness [m]"], rtol=1e-12
    )


@pytest.mark.parametrize(
    "override, words",
    [
        ({"Positive electrode porosity": 0.7}, "must add up to 1"),
        (
            {"Positive electrode void volume fraction": pybamm.Scalar(1.2)},
            "'positive electrode void volume fraction' = 1.2 at 0 MPa is outside",
        ),
        (
            {"Positive electrode carbon mass per area [kg.m-2]": -0.2},
            "'Positive electrode carbon mass per area \\[kg.m-2\\]' = -0.2 is outside",
        ),
        (
            {"Separator solid electrolyte mass per area [kg.m-2]": -1.0},
            (
                "'Separator solid electrolyte mass per area \\[kg.m-2\\]' = -1.0 "
                "is outside"
            ),
        ),
        (
            {"Fixed-gap stack stiffness [Pa.m-1]": -1.0},
            "stiffness .* outside the allowed",
        ),
    ],
)
def test_validation_rejects_structures_leaving_the_unit_interval(override, words):
    with pytest.raises(assb_models.InvalidInputError, match=words):
        assb_models.validate_parameter_values(sakka(**override))
