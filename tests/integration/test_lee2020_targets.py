"""Lee 2020 anode-free cell: targets L1-L3 scored as written (misses as strict
xfails with the measured numbers), the loss attributed, the mesh converged."""

import numpy as np
import pytest

from assb_models.reproductions import lee2020


@pytest.fixture(scope="module")
def repro():
    return lee2020.Lee2020()


@pytest.mark.xfail(strict=True, reason=(
    "model 5.75 mAh/cm2 vs paper > 6.8: the NCM is the Kim2024 NCM811 stand-in "
    "(169 mAh/g at 0.1C to 4.25 V) at an estimated 34 mg/cm2; the paper's Ni90 "
    "NCM and its loading were not at hand"))
def test_l1_areal_capacity(repro):
    assert repro.score("L1").passed


@pytest.mark.xfail(strict=True, reason=(
    "the first 0.5C cycle after the 0.1C formation has CE 91.0 %: at 0.5C the NCM "
    "refills less deeply and 0.51 mAh/cm2 more stays at the anode; the next cycles "
    "are at >= 99.99 %, and the SE reduction alone takes 0.26-0.19 % per cycle "
    "(anode CE 99.74-99.81 %)"))
def test_l2_coulombic_efficiency(repro):
    assert repro.score("L2").passed


def test_l2_later_cycles_and_the_anode_ce(repro):
    """After the rate change the measured CE is >= 99.8 % (the Li the NCM left at
    the anode covers the loss); the SE reduction alone takes 0.26 % falling to
    0.19 % per cycle (parabolic growth): the anode's own CE rises."""
    table = repro.cycling()
    assert np.all(table["CE"][2:] >= 0.998)
    anode = table["anode CE"][1:]
    assert np.all(np.diff(anode) > 0) and anode.min() > 0.997


def test_attribution_the_se_reduction_is_the_loss():
    """With the NCM relithiable (no Li reserve), CE < 1 only with the SE reduction."""
    out = lee2020.attribution(cycles=2)
    on = out["relithiable NCM, SE reduction on"]
    off = out["relithiable NCM, SE reduction off"]
    assert np.all(on["CE (0.5C cycles)"][1:] < 0.9995)
    np.testing.assert_allclose(off["CE (0.5C cycles)"][1:], 1, atol=1e-5)
    np.testing.assert_allclose(off["lost to SE reduction [mA.h.cm-2]"], 0, atol=0)
    # the published (pristine) NCM leaves a reserve at the anode that hides the loss
    published = out["published NCM, SE reduction on"]
    assert published["lost to SE reduction [mA.h.cm-2]"][1:].min() > 0
    assert published["CE (0.5C cycles)"][-1] > 0.9999


def test_reported_numbers_converged_on_a_doubled_mesh():
    change = lee2020.convergence()["change [%]"]
    assert max(change.values()) < 2, change


@pytest.mark.slow
def test_l3_retention_after_1000_cycles():
    """The growth constant is fitted on this number: the check of the fit."""
    repro = lee2020.Lee2020(long=True)
    target = repro.score("L3")
    assert target.passed, target.model
