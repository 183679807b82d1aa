"""Lee 2020 anode-free cell: targets L1-L3 scored as written (misses as strict
xfails with the measured numbers), the loss attributed, the mesh converged."""

import numpy as np
import pytest

from assb_models.reproductions import lee2020


@pytest.fixture(scope="module")
def repro(lee2020_run):
    """The session's Lee2020 reproduction (its results cached)."""
    return lee2020_run.repro


@pytest.mark.xfail(
    strict=True,
    reason=(
        "model 5.75 mAh/cm2 vs paper > 6.8: the NCM is the Kim2024 NCM811 stand-in "
        "(169 mAh/g at 0.1C to 4.25 V) at an estimated 34 mg/cm2; the paper's Ni90 "
        "NCM and its loading were not at hand"
    ),
)
def test_l1_areal_capacity(repro):
    assert repro.score("L1").passed


@pytest.mark.xfail(
    strict=True,
    reason=(
        "the first 0.5C cycle after the 0.1C formation has CE 91.0 %: at 0.5C the NCM "
        "refills less deeply and 0.52 mAh/cm2 more stays at the anode; the next cycles "
        "are at 100.000 %: the SE reduction at Park2021's growth constant takes ~1e-6 "
        "of the charge per cycle (anode CE 99.9999 %)"
    ),
)
def test_l2_coulombic_efficiency(repro):
    assert repro.score("L2").passed


def test_l2_later_cycles_and_the_anode_ce(repro):
    """After the rate change the measured CE is >= 99.8 % (the Li the NCM left at
    the anode covers the loss); the SE reduction alone takes Li every cycle, less
    each cycle (parabolic growth)."""
    table = repro.cycling()
    assert np.all(table["CE"][2:] >= 0.998)
    lost = table["lost to SE reduction [mA.h.cm-2]"]
    assert np.all(lost > 0) and np.all(np.diff(lost) <= 0)
    assert table["anode CE"][1:].min() > 0.9999


def test_attribution_the_se_reduction_is_the_loss():
    """With the NCM relithiable (no Li reserve), CE < 1 only with the SE reduction
    (at the growth L3 would need, so that the loss shows in the CE)."""
    out = lee2020.attribution(cycles=2)
    on = out["relithiable NCM, SE reduction at the k_D L3 would need"]
    off = out["relithiable NCM, SE reduction off"]
    assert np.all(on["CE (0.5C cycles)"][1:] < 0.9995)
    assert (
        out["relithiable NCM, SE reduction on"][
            "lost to SE reduction [mA.h.cm-2]"
        ].min()
        > 0
    )
    np.testing.assert_allclose(off["CE (0.5C cycles)"][1:], 1, atol=1e-5)
    np.testing.assert_allclose(off["lost to SE reduction [mA.h.cm-2]"], 0, atol=0)
    # the published (pristine) NCM leaves a reserve at the anode that hides the loss
    published = out["published NCM, SE reduction at the k_D L3 would need"]
    assert published["lost to SE reduction [mA.h.cm-2]"][1:].min() > 0
    assert published["CE (0.5C cycles)"][-1] > 0.9999


def test_reported_numbers_converged_on_a_doubled_mesh():
    change = lee2020.convergence()["change [%]"]
    assert max(change.values()) < 2, change


@pytest.fixture(scope="module")
def long_repro():
    return lee2020.Lee2020(long=True)


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason=(
        "L3 missed: 100.0 % kept after 1,000 cycles vs ~89 % (recalled): at Park2021's "
        "growth constant (7.3e-23 m2/s) the SE reduction takes ~1e-6 of the charge per "
        "cycle; the set fits nothing to this paper, so the fade the paper reports has "
        "another cause in the model's terms (not the anode's SE reduction as modelled)"
    ),
)
def test_l3_retention_after_1000_cycles(long_repro):
    target = long_repro.score("L3")
    assert target.passed, target.model


@pytest.mark.slow
def test_l3_would_need_a_growth_constant_park_does_not_allow(long_repro):
    """The conflict in numbers: the k_D that gives L3 is 1e5 times Park's."""
    row = long_repro.row("L3")
    assert abs(row["retention at the k_D L3 would need"] - 0.89) <= 0.05
    assert row["k_D [m2.s-1] L3 would need"] > 1e5 * row["k_D [m2.s-1] (set, Park2021)"]
