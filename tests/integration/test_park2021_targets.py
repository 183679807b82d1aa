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


# ---------------------------------------------------------------- full cells (P6, P7)
@pytest.fixture(scope="module")
def p6(park):
    return park.target_p6()[0]


def test_p6_li_in_cell_reproduces_its_fitted_numbers(p6):
    row = p6["cells"]["Li-In"]
    assert row["fitted"] and row["charge pass"] and row["CE pass"], row


@pytest.mark.xfail(
    strict=True,
    reason="missed since issue 10 (5 e- per Li6PS5Cl, Kim2024 CEI passivation length "
    "45 nm): bare Li CE 84.5 % (paper 87 +-2); the CE, set by SE oxidation on "
    "LiCoO2, fell from ~86 to 84.3-84.5 % for every anode",
)
def test_p6_predicted_bare_li_ce(p6):
    assert p6["cells"]["bare Li"]["CE pass"], p6


@pytest.mark.xfail(
    strict=True,
    reason="missed since issue 10: Li2Se-NR charges 149.5 mAh/g (paper 144 +-5)",
)
def test_p6_predicted_li2se_nr_charge_capacity(p6):
    assert p6["cells"]["Li2Se-NR"]["charge pass"], p6


def test_p6_bare_li_has_the_largest_polarisation(p6):
    assert p6["bare Li largest polarisation"], p6


@pytest.mark.xfail(
    strict=True,
    reason="known miss: bare Li charges 146.3 mAh/g (paper 135 +-5); its anode "
    "resistance from the symmetric cells (P1, ~110 Ohm.cm2) adds ~13 mV of "
    "polarisation at 0.05 C, worth ~2 mAh/g on the LiCoO2 curve; 13 mAh/g would "
    "need ~10x that resistance",
)
def test_p6_bare_li_charge_capacity(p6):
    assert p6["cells"]["bare Li"]["charge pass"], p6


def test_p6_li2se_nr_ce(p6):
    """Since issue 10 the CE of every anode is 84.3-84.5 % (paper 84 +-2 here)."""
    assert p6["cells"]["Li2Se-NR"]["CE pass"], p6


def test_anode_interphase_takes_excess_lithium_not_capacity(park):
    """SE reduction on bare Li consumes Li metal, which a Li foil has in excess: a
    10^4 x faster interphase growth takes several mAh/g of Li, and the LiCoO2
    capacities do not change (both films 10^4 x more conductive, so that neither
    adds a polarisation)."""
    growth = "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"
    kappa = "Lithium metal interphase ionic conductivity [S.m-1]"
    _, pv = park.full_cell("bare Li")
    slow = {kappa: 1e4 * pv[kappa]}
    fast = {growth: 1e4 * pv[growth], **slow}
    base = park.first_cycle("bare Li", park.run_full_cell("bare Li", (0.05,), slow))
    grown = park.first_cycle("bare Li", park.run_full_cell("bare Li", (0.05,), fast))
    assert grown["Li lost to anode interphase [mAh/g]"] > 3, grown
    for key in ("charge [mAh/g]", "discharge [mAh/g]"):
        assert abs(grown[key] - base[key]) < 0.1, (key, grown[key], base[key])


@pytest.fixture(scope="module")
def p7(park):
    return park.target_p7()[0]


def test_p7_all_cells_reach_1c_li_in_and_li2se_nr_above_bare_li(p7):
    assert all(p7["all reach 1 C"].values()), p7
    assert all(p7["above bare Li at every rate"].values()), p7


@pytest.mark.xfail(
    strict=True,
    reason="known miss: Li-In / Li2Se-NR keep only 1-3 % more than bare Li (117.4 vs "
    "120.8 / 120.4 mAh/g at 1 C), not 'much more'; the same anode resistance as in "
    "P6 costs little on LiCoO2's flat discharge plateau",
)
def test_p7_much_more_capacity_than_bare_li(p7):
    key = next(k for k in p7 if k.startswith("much more"))
    assert p7[key], p7


@pytest.fixture(scope="module")
def p5(park2021_experiment):
    return park2021_experiment.target_p5()[0]


def test_p5_li2se_keeps_the_interface_resistance_lower(p5):
    """P5: after 50 cycles R1 + R2 of the Li2Se-NR cell stays below bare Li's, and
    bare Li's arcs grow."""
    assert p5["pass R1+R2 (NR) < bare at cycle 50"], p5
    bare = p5["cells"]["none"]["growth model [%]"]
    assert bare["R1"] > 10 and bare["R2"] > 10, bare


@pytest.mark.xfail(
    strict=True,
    reason="P5 missed: the Li2Se-NR interlayer arc is 4.6 Ohm (paper 81 Ohm, above "
    "bare Li's 62): the Li2Se conductivity fitted on P1 (9 mV at 0.1 mA/cm2, i.e. "
    "90 Ohm.cm2 in all) cannot also give the paper's 146 Ohm of NR arcs; growth "
    "bare R1 +33 % (paper +50), NR R2 +22 % (paper +5)",
)
def test_p5_interlayer_arc_and_growth(p5):
    assert p5["pass R1(NR) > R1(bare) at cycle 1"], p5
    assert all(c["pass growth"] for c in p5["cells"].values()), p5
