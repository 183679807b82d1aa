"""The NCM law (parameter_sets/_ncm.py): log-linear interpolation and its materials."""

import math

import pybamm
import pytest

from assb_models.parameter_sets import Kim2024
from assb_models.parameter_sets._ncm import (
    D0_NAME,
    NCM_MATERIALS,
    electronic_conductivity,
    log_linear,
)
from assb_models.validation import InvalidInputError


def _at(fn, x):
    return float(fn(pybamm.Scalar(x)).evaluate())


def test_log_linear_passes_through_points_and_is_geometric_between():
    f = log_linear(((0.25, 1.0), (0.5, 1e-2), (1.0, 1e-5)))
    assert _at(f, 0.25) == pytest.approx(1.0)
    assert _at(f, 0.5) == pytest.approx(1e-2)
    assert _at(f, 1.0) == pytest.approx(1e-5)
    # midway in x is the geometric mean, not the arithmetic one
    assert _at(f, 0.75) == pytest.approx(math.sqrt(1e-2 * 1e-5))
    # ends are held
    assert _at(f, 0.0) == pytest.approx(1.0)
    # numbers in, numbers out (the same interpolation)
    assert f(0.75) == pytest.approx(_at(f, 0.75))
    assert f(1.2) == pytest.approx(1e-5)


@pytest.mark.parametrize(
    "points",
    [((0.5, 1.0),), ((0.5, 1.0), (0.4, 2.0)), ((0.2, 1.0), (0.9, 0.0))],
)
def test_log_linear_rejects_bad_points(points):
    with pytest.raises(InvalidInputError):
        log_linear(points)


def test_kim2024_uses_the_law_log_linearly():
    values = Kim2024.get_parameter_values()
    sigma = values["Positive electrode conductivity [S.m-1]"]
    # measured points 1 S/m (x = 0.25) and 0.522 S/m (x = 1), log-linear between
    x = 0.98
    expected = math.exp(math.log(0.522) * (x - 0.25) / 0.75)
    assert float(sigma(pybamm.Scalar(x), 298.15).evaluate()) == pytest.approx(expected)
    assert values[D0_NAME] == NCM_MATERIALS["NCM811"].d0_m2_s
    material = NCM_MATERIALS["NCM811"]
    assert values[
        "Maximum concentration in positive electrode [mol.m-3]"
    ] == pytest.approx(material.maximum_concentration)


def test_ni90_values_are_exposed():
    ni90 = NCM_MATERIALS["Ni90"]
    assert 270 < ni90.theoretical_capacity_mAh_g < 280
    assert ni90.reversible_capacity_mAh_g == 215.0
    sigma = electronic_conductivity(ni90)
    assert float(sigma(pybamm.Scalar(1.0), 298.15).evaluate()) == pytest.approx(0.522)


def test_diffusivity_falls_by_the_stated_decades():
    values = pybamm.ParameterValues(Kim2024.get_parameter_values())
    d = values["Positive particle diffusivity [m2.s-1]"]
    material = NCM_MATERIALS["NCM811"]
    d_end = values.evaluate(d(pybamm.Scalar(1.0), pybamm.Scalar(298.15)))
    d_mid = values.evaluate(d(pybamm.Scalar(0.5), pybamm.Scalar(298.15)))
    assert d_mid == pytest.approx(material.d0_m2_s)
    assert d_end == pytest.approx(material.d0_m2_s * 10**-material.drop_decades)
