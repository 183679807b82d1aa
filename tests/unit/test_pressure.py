"""Stack-pressure laws, their validation and their off switch (issue 4)."""

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
    for name in ("Positive electrode void fraction vs pressure",
                 "Separator void fraction vs pressure"):
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
    high = sakka(**{"Stack pressure [Pa]": 100 * MPA})
    back = sakka(**{"Stack pressure [Pa]": 6 * MPA,
                    "Highest previous stack pressure [Pa]": 100 * MPA})
    fresh = sakka(**{"Stack pressure [Pa]": 6 * MPA})
    for domain, eps in laws.se_volume_fractions().items():
        assert at(back, eps) == pytest.approx(at(high, eps), rel=1e-12), domain
        assert at(fresh, eps) < at(high, eps) - 0.05, domain
    assert at(back, laws.real_contact_factor()) == pytest.approx(
        at(fresh, laws.real_contact_factor())
    )
    assert at(high, laws.real_contact_factor()) == pytest.approx(1.0)


@pytest.mark.parametrize("options", [
    {"stack pressure": "laws"},
    {"stack pressure": "laws", "contact loss": "chemo-mechanical"},
    {"stack pressure": "laws", "interface film": "resistive"},
    {"stack pressure": "laws", "surface form": "differential"},
    {"stack pressure": "laws", "SE consumption": "true",
     "SE oxidation on carbon": "self-limiting Tafel"},
])
def test_well_posed(options):
    assb_models.SolidStateDFN(options).check_well_posedness()


def test_contact_loss_needs_the_pressure_laws():
    with pytest.raises(pybamm.OptionError, match="'stack pressure' to 'laws'"):
        assb_models.SolidStateDFN({"contact loss": "chemo-mechanical"})


def test_negative_pressure_is_rejected():
    with pytest.raises(assb_models.InvalidInputError,
                       match=r"'Stack pressure \[Pa\]' = -1000000.0 is outside"):
        assb_models.get_parameter_values("Sakka2022", stack_pressure_MPa=-1)
    with pytest.raises(assb_models.InvalidInputError, match="Highest previous"):
        assb_models.validate_parameter_values(
            sakka(**{"Highest previous stack pressure [Pa]": -5.0})
        )


@pytest.mark.parametrize("name, law, words", [
    ("Positive electrode connected active material fraction vs pressure",
     lambda p: 1.2 + 0 * p, "= 1.2 at 0 MPa is outside the allowed range [0, 1]"),
    ("Positive electrode active material-solid electrolyte contact fraction vs "
     "pressure", lambda p: p / (50 * MPA), "at 55 MPa is outside the allowed range"),
    ("Positive electrode solid electrolyte tortuosity vs pressure",
     lambda p: 0.9 + 0 * p, "allowed range [1, inf]"),
])
def test_laws_leaving_their_range_are_rejected(name, law, words):
    with pytest.raises(assb_models.InvalidInputError) as err:
        assb_models.validate_parameter_values(sakka(**{name: law}))
    assert name in str(err.value) and words in str(err.value)


def test_coefficients_that_push_a_law_out_of_range_are_rejected():
    with pytest.raises(assb_models.InvalidInputError, match="void fraction vs pressure"):
        assb_models.validate_parameter_values(
            sakka(**{"Positive electrode void fraction at high pressure": -0.1})
        )


def test_user_law_replaces_the_default():
    pv = sakka(**{"Positive electrode void fraction vs pressure": lambda p: 0.3 + 0 * p})
    assert at(pv, laws.law("Positive electrode void fraction vs pressure",
                           pybamm.Scalar(80 * MPA))) == pytest.approx(0.3)


def test_set_loads_through_pybamm_with_sources():
    pv = pybamm.ParameterValues("Sakka2022")
    sources = assb_models.get_sources("Sakka2022")
    assert set(sources) >= set(k for k in pv.keys() if k not in ("chemistry",
                                                                    "citations"))
    assert all(isinstance(s, str) and s for s in sources.values())
