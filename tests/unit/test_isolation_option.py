"""The "active material isolation" option and its parameters: what it needs and
what it cannot be combined with (no solving)."""

import re

import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024
from assb_models.validation import InvalidInputError

ISOLATION = {"active material isolation": "SE percolation"}
THRESHOLD = "Positive electrode SE percolation threshold"
EXPONENT = "Positive electrode connected active material percolation exponent"
OXIDISING = {"SE oxidation on carbon": "self-limiting Tafel"}


def test_isolation_needs_se_consumption():
    with pytest.raises(pybamm.OptionError, match="needs 'SE consumption'"):
        assb_models.SolidStateDFN(ISOLATION)


@pytest.mark.parametrize(
    "other",
    [{"stack pressure": "laws"}, {"loss of active material": "current-driven"}],
)
def test_isolation_sets_the_am_fraction_alone(other):
    with pytest.raises(pybamm.OptionError, match="sets the active material"):
        assb_models.SolidStateDFN({**OXIDISING, **ISOLATION, **other})


def test_isolation_adds_the_cut_off_lithium():
    model = assb_models.SolidStateDFN({**Kim2024.MODEL_OPTIONS, **ISOLATION})
    assert "Lithium in lost positive active material [mol]" in model.variables
    assert "Positive electrode connected active material fraction" in model.variables


@pytest.mark.parametrize(
    "name, value, allowed",
    [
        ("Positive electrode SE percolation threshold", 0.5, "[0, 0.12"),
        ("Positive electrode SE percolation threshold", -0.1, "[0, 0.12"),
        (
            "Positive electrode connected active material percolation exponent",
            0,
            "(0, 2]",
        ),
    ],
)
def test_percolation_values_are_checked(name, value, allowed):
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3
    )
    pv.update(
        {THRESHOLD: 0.1, EXPONENT: 0.41},
        check_already_exists=False,
    )
    pv.update({name: value})
    with pytest.raises(InvalidInputError, match=re.escape(f"range {allowed}")):
        assb_models.validate_parameter_values(pv)
