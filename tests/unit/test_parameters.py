import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError, validate_parameter_values


def test_kim2024_loads_through_pybamm_entry_point():
    pv = pybamm.ParameterValues("Kim2024")
    ours = assb_models.get_parameter_values("Kim2024")
    for name in ("Positive electrode thickness [m]", "Positive electrode porosity"):
        assert pv[name] == ours[name]


def test_every_value_has_a_source():
    values = assb_models.parameter_sets.Kim2024.get_parameter_values()
    sources = assb_models.get_sources("Kim2024")
    missing = set(values) - set(sources) - {"chemistry", "citations"}
    assert not missing
    assert all(isinstance(s, str) and len(s) > 5 for s in sources.values())


def test_unknown_set_is_named():
    with pytest.raises(InvalidInputError, match="Unknown parameter set 'Kim2042'"):
        assb_models.get_parameter_values("Kim2042")


def test_unknown_anode_is_named():
    with pytest.raises(InvalidInputError, match="'anode' = 'Na'"):
        assb_models.get_parameter_values("Kim2024", anode="Na")


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("Separator thickness [m]", -5e-4, "(0, inf)"),
        (
            "Positive electrode thickness [m]",
            0.0,
            "'Positive electrode thickness [m]' = 0.0",
        ),
        ("Positive electrode carbon density [kg.m-3]", -670.0, "(0, inf)"),
        ("Positive electrode porosity", 1.3, "[0, 1]"),
        ("Positive electrode active material volume fraction", 0.9, "at most 1"),
        ("Cation transference number", 0.4, "single-ion conductor"),
        ("Separator thickness [m]", np.float32(-5e-4), "(0, inf)"),
        ("Separator thickness [m]", np.array(-5e-4), "(0, inf)"),
        ("Ambient temperature [K]", -10.0, "[223.15, 473.15]"),
        ("Initial temperature [K]", 0, "[223.15, 473.15]"),
        ("Ambient temperature [K]", 1000.0, "[223.15, 473.15]"),
        ("Negative electrode conductivity [S.m-1]", -1.0, "(0, inf)"),
        ("CEI ionic conductivity [S.m-1]", -1e-6, "(0, inf)"),
        (
            "Solid electrolyte conductivity activation energy [J.mol-1]",
            -1e6,
            "[0, 500000]",
        ),
        ("Positive electrode Bruggeman coefficient (electrolyte)", -3, "[0, 10]"),
        ("Positive particle diffusivity [m2.s-1]", -1e-14, "(0, inf)"),
        ("Initial concentration in positive electrode [mol.m-3]", 6e4, "(0, 48828.1)"),
        (
            "Positive electrode active material-solid electrolyte contact fraction",
            0.0,
            "(0, 1]",
        ),
        ("Nominal cell capacity [A.h]", 0, "(0, inf)"),
        ("Lower voltage cut-off [V]", 4.0, "below 'Upper voltage cut-off [V]'"),
        ("Positive electrode thickness [m]", 4.33, "[0, 0.01]"),
    ],
)
def test_bad_values_are_rejected(name, value, words):
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({name: value})
    with pytest.raises(InvalidInputError) as err:
        validate_parameter_values(pv)
    assert words in str(err.value)
    assert name in str(err.value)


def test_recipe_kwargs_reach_the_set():
    thin = assb_models.get_parameter_values("Kim2024", am_loading_mg_cm2=6)
    thick = assb_models.get_parameter_values("Kim2024", am_loading_mg_cm2=12)
    ratio = (
        thick["Positive electrode thickness [m]"]
        / thin["Positive electrode thickness [m]"]
    )
    assert ratio == pytest.approx(2.0)


@pytest.mark.parametrize(
    "name, author", [("Kim2024", "Kim"), ("Park2021", "Park"), ("Sakka2022", "Sakka")]
)
def test_print_citations_after_each_set(name, author, tmp_path):
    """pybtex formats every entry (an @article without a journal made it crash)."""
    pytest.importorskip("pybtex", reason="pybamm[cite] not installed")
    pybamm.citations._reset()
    assb_models.get_parameter_values(name)
    out = tmp_path / "citations.txt"
    pybamm.print_citations(str(out))
    text = out.read_text()
    assert author in text and "PyBaMM" in text


@pytest.mark.parametrize("name", ["Kim2024", "Park2021", "Sakka2022"])
def test_numpy_scalars_are_accepted_like_floats(name):
    pv = assb_models.get_parameter_values(name)
    # a value that is a number in each set (Sakka2022's thicknesses are
    # expressions of the stack pressure)
    key = next(
        k
        for k in ("Positive particle radius [m]", "Separator thickness [m]")
        if k in pv.keys() and isinstance(pv[k], float)
    )
    pv.update({key: np.float32(pv[key])})
    validate_parameter_values(pv)
