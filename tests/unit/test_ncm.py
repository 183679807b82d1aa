"""The NCM law (parameter_sets/_ncm.py): log-linear interpolation and its materials."""

import math

import pybamm
import pytest

from assb_models.parameter_sets import Kim2024
from assb_models.parameter_sets._ncm import (
    D0_NAME,
    EA_NAME,
    NCM_MATERIALS,
    diffusivity,
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


def test_diffusivity_is_arrhenius_about_25_c_with_the_materials_energy():
    """The kinetic first-cycle loss is a diffusion limit: D(x, T) carries the
    material's Arrhenius factor, 1 at 25 C (where D0 and the fitted x_k hold, so
    25 C sets do not move) and exp[E/R (1/298.15 - 1/T)] elsewhere, at every x."""
    values = pybamm.ParameterValues(Kim2024.get_parameter_values())
    d = values["Positive particle diffusivity [m2.s-1]"]
    material = NCM_MATERIALS["NCM811"]
    assert values[EA_NAME] == material.activation_energy_J_mol
    assert 10e3 < material.activation_energy_J_mol < 60e3
    factor = math.exp(
        material.activation_energy_J_mol
        / pybamm.constants.R.value
        * (1 / 298.15 - 1 / 333.15)
    )
    for x in (0.5, 0.9, 1.0):
        at_25 = values.evaluate(d(pybamm.Scalar(x), pybamm.Scalar(298.15)))
        at_60 = values.evaluate(d(pybamm.Scalar(x), pybamm.Scalar(333.15)))
        assert at_60 / at_25 == pytest.approx(factor, rel=1e-12)
    assert values.evaluate(
        d(pybamm.Scalar(0.5), pybamm.Scalar(298.15))
    ) == pytest.approx(material.d0_m2_s, rel=1e-12)


def test_diffusivity_without_the_drop_has_no_kinetic_end():
    """``drop=False`` (attribution of the kinetic loss): D = D0 at every x."""
    values = pybamm.ParameterValues(Kim2024.get_parameter_values())
    d = diffusivity(NCM_MATERIALS["NCM811"], drop=False)
    for x in (0.5, 0.95, 1.0):
        assert values.evaluate(
            d(pybamm.Scalar(x), pybamm.Scalar(298.15))
        ) == pytest.approx(NCM_MATERIALS["NCM811"].d0_m2_s)
    with_drop = diffusivity(NCM_MATERIALS["NCM811"])
    assert (
        values.evaluate(with_drop(pybamm.Scalar(1.0), pybamm.Scalar(298.15)))
        < 0.1 * NCM_MATERIALS["NCM811"].d0_m2_s
    )
