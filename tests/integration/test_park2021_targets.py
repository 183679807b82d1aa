"""Park 2021 targets P1-P4, computed by the experiment script itself."""

import pytest


@pytest.fixture(scope="module")
def park(park2021_experiment):
    return park2021_experiment


def test_p1_overpotentials_and_bare_over_nr(park):
    row = park.target_p1()
    assert row["pass"], row
    mv = {il: r["model [mV]"] for il, r in row["cells"].items()}
    assert mv["none"] > mv["NW"] > mv["NR"]


@pytest.fixture(scope="module")
def p2(park):
    return park.target_p2()


def test_p2_nw_above_nr_and_nw_within_tolerance(p2):
    assert p2["NW > NR"], p2
    assert p2["cells"]["NW"]["pass"], p2


@pytest.mark.xfail(
    strict=True,
    reason="known miss: the paper's NP/NR overpotentials grow by 1.25-1.33x from "
    "0.1 to 0.2 mA/cm2; ohmic films and Butler-Volmer at < 10 mV give 2x",
)
@pytest.mark.parametrize("interlayer", ["NP", "NR"])
def test_p2_np_nr_within_tolerance(p2, interlayer):
    assert p2["cells"][interlayer]["pass"], p2


def test_p3_bare_lithium_shorts_within_the_window_li2se_does_not(park):
    row, _ = park.target_p3(cells=("none", "NR", "NW"))
    assert row["pass"], row


@pytest.fixture(scope="module")
def p4(park):
    return park.target_p4()[0]


def test_p4_li2se_cells_reach_0p7_bare_li_shorts_before(p4):
    for il in ("NP", "NR", "NW"):
        assert p4["cells"][il]["pass"], p4
    critical = p4["cells"]["none"]["critical current [mA/cm2]"]
    assert critical is not None and critical < 0.7, p4


@pytest.mark.xfail(
    strict=True,
    reason="known miss: bare Li shorts at 0.4 mA/cm2 (paper 0.3); its contact "
    "fraction fitted on P1 (0.38) with a 1 mA/cm2 critical current puts it there",
)
def test_p4_bare_critical_current_in_window(p4):
    assert p4["cells"]["none"]["pass"], p4
