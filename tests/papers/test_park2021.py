"""Park 2021 targets P1-P7, from the session's run of the package's reproduction
(the ``park2021_run`` fixture, as ``assb reproduce park2021`` runs it), and the
checks of its misses and of the full-cell ageing."""

import pybamm
import pytest

from assb_models.reproductions import park2021 as park
from assb_models.simulation import refined_var_pts


@pytest.fixture(scope="module")
def repro(park2021_run):
    """The session's Park2021 reproduction (its results cached)."""
    return park2021_run.repro


def test_p1_overpotentials_and_bare_over_nr(repro):
    row = repro.row("P1")
    assert row["pass"], row
    mv = {il: r["model [mV]"] for il, r in row["cells"].items()}
    assert mv["none"] > mv["NW"] > mv["NR"]


@pytest.fixture(scope="module")
def p2(repro):
    return repro.row("P2")


def test_p2_nw_above_nr_and_nw_within_tolerance(p2):
    assert p2["NW > NR"], p2
    assert p2["cells"]["NW"]["pass"], p2


def test_p2_nr_within_its_band(p2):
    """NR 17.0 mV at 0.2 mA/cm2 against 12 mV +-50 %."""
    assert p2["cells"]["NR"]["pass"], p2


@pytest.mark.xfail(
    strict=True,
    reason="P2 missed: NP 17.0 mV at 0.2 mA/cm2 (paper 10 +-50 %); its overpotential "
    "doubles from 0.1 mA/cm2 (paper x1.25): Butler-Volmer is linear at these "
    "overpotentials, the films are ohmic and the Li2Se cells keep full contact; NW "
    "(paper x2.0) shares the Li|Li2Se interface; the model follows NW and P1",
)
def test_p2_np_within_its_band(p2):
    assert p2["cells"]["NP"]["pass"], p2


def test_p3_bare_lithium_shorts_within_the_window_li2se_does_not(repro):
    row = repro.row("P3")
    assert row["pass"], row


@pytest.fixture(scope="module")
def p4(repro):
    return repro.row("P4")


def test_p4_li2se_cells_reach_0p7_bare_li_shorts_before(p4):
    for il in ("NP", "NR", "NW"):
        assert p4["cells"][il]["pass"], p4
    critical = p4["cells"]["none"]["critical current [mA/cm2]"]
    assert critical is not None and critical < 0.7, p4


def test_p4_bare_critical_current_in_window_a_finite_time_into_the_step(p4):
    """Bare Li shorts in [0.2, 0.3] mA/cm2, not as the step starts: the filaments
    need time (and charge) to cross the separator."""
    row = p4["cells"]["none"]
    assert row["pass"], p4
    assert row["short after the step starts [h]"] > 0.1, row
    assert row["charge passed in that step to the short [mAh/cm2]"] > 0.01, row


# ---------------------------------------------------------------- full cells (P6, P7)
@pytest.fixture(scope="module")
def p6(repro):
    return repro.row("P6")


#: why the P6 full cells miss: with sourced kinetics the LiCoO2 reaches its 4.3 V
#: equilibrium and the shared passivation length caps the side charge
P6_CAP = (
    "with ~100 Ohm.cm2 of charge transfer (j0 0.2 A/m2, estimate) the LiCoO2 "
    "charges to its 4.3 V equilibrium of the Rieger OCP (x = 0.434 against 0.43: "
    "155.5 mAh/g from x = 0.998), and the CEI passivation length shared with "
    "Kim2024 (2.61 nm) holds the SE oxidation on LiCoO2 to 1.8 mAh/g (CE -1.15 "
    "points). 148 mAh/g at 86 % needs 21 mAh/g lost: as side charge it leaves the "
    "LiCoO2 127 mAh/g (194 mV of end-of-charge polarisation or 18 % of it out of "
    "reach) and a CEI ~10x what XPS sees through; as the LiCoO2's own loss it "
    "stops the discharge at x = 0.92. No source gives either here "
    "(miss_mechanisms 'P6 charge budget')"
)


@pytest.mark.xfail(
    strict=True,
    reason="P6 Li-In missed (a prediction, nothing fitted): charge 156.0 mAh/g "
    "(paper 148 +-5), CE 98.77 % (86 +-2): " + P6_CAP,
)
def test_p6_li_in_first_cycle_within_the_bands(p6):
    row = p6["cells"]["Li-In"]
    assert not row["fitted"], row
    assert row["charge pass"] and row["CE pass"], row


@pytest.mark.xfail(
    strict=True,
    reason="missed: bare Li CE 98.77 % (paper 87 +-2): " + P6_CAP,
)
def test_p6_predicted_bare_li_ce(p6):
    assert p6["cells"]["bare Li"]["CE pass"], p6


@pytest.mark.xfail(
    strict=True,
    reason="missed: Li2Se-NR charges 155.9 mAh/g (paper 144 +-5): " + P6_CAP,
)
def test_p6_predicted_li2se_nr_charge_capacity(p6):
    assert p6["cells"]["Li2Se-NR"]["charge pass"], p6


@pytest.fixture(scope="module")
def p6_budget():
    return park.p6_charge_budget()


def test_p6_lco_charges_to_its_4p3_v_equilibrium(p6_budget):
    """With the sourced exchange current the Li-In cell's LiCoO2 ends its charge
    within 0.01 of the stoichiometry its OCP has at 4.3 V, with < 20 mV of
    polarisation, so its charge is the OCP's (148-160 mAh/g) plus the side charge."""
    end = p6_budget["Li-In as set"]["end of charge"]
    assert abs(end["LiCoO2 stoichiometry"] - p6_budget["stoichiometry at 4.3 V"]) < 0.01
    assert sum(abs(v) for v in end["overpotentials [mV]"].values()) < 20, end
    assert 148 < p6_budget["LiCoO2 charge to 4.3 V at the OCP [mAh/g]"] < 160
    as_set = p6_budget["Li-In as set"]
    ocp_charge = p6_budget["LiCoO2 charge to 4.3 V at the OCP [mAh/g]"]
    assert (
        abs(as_set["charge [mAh/g]"] - ocp_charge - as_set["SE oxidation [mAh/g]"]) < 2
    )


def test_p6_side_charge_for_86_percent_needs_a_cei_thicker_than_xps_allows(p6_budget):
    """The pre-refit passivation length (44.9 nm) brings the CE near 86 % only with
    ~20 mAh/g of SE oxidation, a LiCoO2 CEI beyond the 20 nm XPS sees through, and a
    charge far above the paper's 148 mAh/g."""
    run = p6_budget["with a 44.9 nm passivation length"]
    assert run["SE oxidation [mAh/g]"] > 15, run
    assert run["largest CEI thickness [nm]"] > 100, run
    assert run["charge [mAh/g]"] > 148 + 5, run


def test_p6_se_oxidation_off_raises_the_ce_by_its_share():
    """Attribution: with the SE oxidation on LiCoO2 off, each cell's CE gains the
    SE oxidation's share of its first charge (to 0.05 points) and is then within
    0.1 points of 100 %."""
    rows = park.p6_attribution()["cells"]
    for anode, row in rows.items():
        share = row["SE oxidation share of the first charge [points]"]
        assert share > 0.5, (anode, row)
        assert abs(row["CE gain [points]"] - share) < 0.05, (anode, row)
        assert row["CE, SE oxidation off [%]"] > 99.9, (anode, row)


def test_p6_li_in_first_cycle_is_converged_on_mesh_doubling():
    """Charge, CE and SE-oxidation charge of the Li-In first cycle change < 2 % when
    every mesh is doubled (measured: < 0.03 %)."""
    model, pv = park.full_cell("Li-In")
    experiment = pybamm.Experiment([park.cells._cycle(0.05, pv)])
    rows = []
    for factor in (1, 2):
        var_pts = refined_var_pts(model, factor)
        sim = pybamm.Simulation(
            model, parameter_values=pv, experiment=experiment, var_pts=var_pts
        )
        rows.append(park.first_cycle("Li-In", sim.solve()))
    for key in ("charge [mAh/g]", "CE [%]", "SE oxidation [mAh/g]"):
        assert abs(rows[1][key] / rows[0][key] - 1) < 0.02, (key, rows)


def test_p6_bare_li_has_the_largest_polarisation(p6):
    assert p6["bare Li largest polarisation"], p6


@pytest.mark.xfail(
    strict=True,
    reason="P6 missed: bare Li charges 155.7 mAh/g (paper 135 +-5), above it now: "
    "its anode adds 10 mV of polarisation (42 against 32 mV for Li-In) on "
    "LiCoO2's flat end of charge; " + P6_CAP,
)
def test_p6_bare_li_charge_capacity(p6):
    assert p6["cells"]["bare Li"]["charge pass"], p6


@pytest.mark.xfail(
    strict=True,
    reason="missed: Li2Se-NR CE 98.78 % (paper 84 +-2): " + P6_CAP,
)
def test_p6_li2se_nr_ce(p6):
    assert p6["cells"]["Li2Se-NR"]["CE pass"], p6


def test_anode_interphase_takes_excess_lithium_not_capacity():
    """SE reduction on bare Li consumes Li metal, which a Li foil has in excess: a
    10^4 x faster interphase growth takes several mAh/g of Li, and the LiCoO2
    capacities do not change (both films 10^4 x more conductive and the crust's
    crystallites 10^4 x taller, so that none adds a polarisation)."""
    growth = "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"
    kappa = "Lithium metal interphase ionic conductivity [S.m-1]"
    crust = "Lithium metal non-wetted crystallite height [m]"
    _, pv = park.full_cell("bare Li")
    slow = {kappa: 1e4 * pv[kappa], crust: 1e4 * pv[crust]}
    fast = {growth: 1e4 * pv[growth], **slow}
    base = park.first_cycle("bare Li", park.run_full_cell("bare Li", (0.05,), slow))
    grown = park.first_cycle("bare Li", park.run_full_cell("bare Li", (0.05,), fast))
    assert grown["Li lost to anode interphase [mAh/g]"] > 3, grown
    for key in ("charge [mAh/g]", "discharge [mAh/g]"):
        assert abs(grown[key] - base[key]) < 0.1, (key, grown[key], base[key])


@pytest.fixture(scope="module")
def p7(repro):
    return repro.row("P7")


def test_p7_all_cells_reach_1c_li_in_and_li2se_nr_above_bare_li(p7):
    assert all(p7["all reach 1 C"].values()), p7
    assert all(p7["above bare Li at every rate"].values()), p7


@pytest.mark.xfail(
    strict=True,
    reason="P7 'much more' missed: Li-In and Li2Se-NR keep only 0.07-0.7 % more "
    "than bare Li at 0.05-1 C (1 C: 151.0 / 150.9 vs 150.0 mAh/g); with ~100 "
    "Ohm.cm2 at the LiCoO2 the cells discharge near the OCP and the anode "
    "resistance P1 measures costs little on LiCoO2's flat discharge plateau",
)
def test_p7_much_more_capacity_than_bare_li(p7):
    key = next(k for k in p7 if k.startswith("much more"))
    assert p7[key], p7


@pytest.fixture(scope="module")
def p5(repro):
    return repro.row("P5")


def test_p5_li2se_keeps_the_interface_resistance_lower(p5):
    """P5: after 50 cycles R1 + R2 of the Li2Se-NR cell stays below bare Li's, and
    bare Li's arcs grow."""
    assert p5["pass R1+R2 (NR) < bare at cycle 50"], p5
    bare = p5["cells"]["none"]["growth model [%]"]
    assert bare["R1"] > 10, bare


def test_p5_growth_within_tolerance_and_the_crust_carries_r2(p5):
    """P5's growth (bare Li fitted through the crust height, Li2Se-NR predicted)
    within +-15 points; attribution: with the crust off bare R2 no longer grows."""
    assert all(c["pass growth"] for c in p5["cells"].values()), p5
    off = p5["attribution"]["bare Li growth, crust off ('anode contact': 'creep') [%]"]
    assert abs(off["R2"]) < 1, off
    assert p5["cells"]["none"]["growth model [%]"]["R2"] > 15, p5


@pytest.mark.xfail(
    strict=True,
    reason="P5 missed: NR R1 1.9 Ohm.cm2 (its 5-um Li2Se arc lies above 1 MHz, in "
    "R0) < bare R1 77 Ohm.cm2 at cycle 1 (paper 81 > 62 Ohm). No Li2Se "
    "conductivity orders them with NR's P1 held at 9 mV: NR's R1 peaks near 70 "
    "Ohm.cm2 (2e-3 S/m), where NW's P1 is 27 mV (paper 10); the ordering needs "
    "bare Li's voids healed at rest (p5_layer_conductivity)",
)
def test_p5_interlayer_arc_above_bare_li_at_cycle_1(p5):
    assert p5["pass R1(NR) > R1(bare) at cycle 1"], p5


# ---------------------------------------------------------------- full-cell ageing
def check_cycling(study, cycles):
    cells = study["cells"]
    assert set(cells) == {"bare Li", "Li-In", "Li2Se-NR"}
    for anode, row in cells.items():
        assert row["cycles run"] == cycles, (anode, row["last event"])
        assert len(row["discharge capacity [mAh/g]"]) == len(row["CE [%]"]) == cycles
        # the first charge pays most for the CEI; later cycles nearly reversible
        assert row["CE [%]"][0] < row["CE [%]"][-1] <= 100.5, row["CE [%]"]
    lost = {a: r["Li lost to the anode interphase [mAh/g]"] for a, r in cells.items()}
    # only bare Li reduces the SE; its loss grows every cycle
    assert lost["Li-In"] == [0.0] * cycles and lost["Li2Se-NR"] == [0.0] * cycles
    assert all(
        b > a for a, b in zip(lost["bare Li"], lost["bare Li"][1:], strict=False)
    )


@pytest.fixture(scope="module")
def two_cycles():
    return park.full_cell_cycling(cycles=2)


def test_full_cell_cycling_reports_capacity_and_ce_per_cycle(two_cycles):
    check_cycling(two_cycles, 2)


@pytest.mark.xfail(
    strict=True,
    reason="first-cycle CE 99.80-99.82 % for every anode (P6 paper 84-87 %): " + P6_CAP,
)
def test_first_full_cell_cycle_pays_for_the_cei(two_cycles):
    for row in two_cycles["cells"].values():
        assert row["CE [%]"][0] < 95, row["CE [%]"]


@pytest.mark.slow
def test_full_cell_cycling_100_cycles():
    """The 100-cycle study on the DFN and on the SPMe; the SPMe within 0.5 % of the
    DFN's capacity and 0.05 points of its CE at every cycle, and it keeps its Li."""
    dfn = park.full_cell_cycling()
    spme = park.full_cell_cycling(model="SPMe")
    check_cycling(dfn, 100)
    check_cycling(spme, 100)
    for anode, row in park.spme_against_dfn(dfn, spme).items():
        assert row["max |capacity difference| [%]"] < 0.5, (anode, row)
        assert row["max |CE difference| [points]"] < 0.05, (anode, row)
        assert spme["cells"][anode]["Total lithium relative drift"] < 1e-10


def test_p4_short_needs_both_voids_and_intrusion():
    """Attribution: with the intrusion law off, or with the voids off (full
    contact), bare Li no longer shorts within [0.2, 0.3] mA/cm2."""
    row = park.p4_attribution()
    assert row["as set"]["critical current [mA/cm2]"] in (0.2, 0.3), row
    assert row["intrusion off"]["critical current [mA/cm2]"] is None, row
    off = row["voids off (full contact)"]["critical current [mA/cm2]"]
    assert off is None or off > 0.3, row
    assert row["as set"]["lowest contact fraction"] < 0.5, row


def test_p5_one_area_cannot_match_both_cells(repro):
    """The fitted area maps bare Li above the paper and Li2Se-NR below it."""
    row = park.p5_area(repro.row("P5"))
    model = row["R1 + R2 at cycle 1, model at that area [Ohm]"]
    paper = row["R1 + R2 at cycle 1, paper [Ohm]"]
    assert 0.1 < row["fitted cell area [cm2]"] < 2, row
    assert model["bare Li"] > paper["bare Li"], row
    assert model["Li2Se-NR"] < paper["Li2Se-NR"], row


def test_p5_layer_resistive_enough_for_r1_breaks_p1(repro):
    """P5's R1(NR) > R1(bare) against P1 under one Li2Se conductivity: at 2e-3 S/m
    (Li exchange current refitted so that NR's P1 stays 9 mV) NR's R1 is still
    below bare Li's cycle-1 R1 and NW's P1 is more than twice the paper's; with
    bare Li's voids healed (full contact) its R1 would be below NR's."""
    out = park.p5_layer_conductivity(repro.row("P5"), conductivities=(2.0e-3,))
    row = out["rows"][0]
    assert row["NR cycle-1 R1 [Ohm.cm2]"] < out["bare Li cycle-1 R1 [Ohm.cm2]"], out
    assert row["NR cycle-1 R1 [Ohm.cm2]"] > 20, out  # the layer now shows in R1
    assert row["P1 [mV]"]["NW"] > 2 * out["paper P1 [mV]"]["NW"], out
    # with bare Li's voids healed the ordering would hold at that conductivity
    healed = out[
        "bare Li cycle-1 R1, R2 with its voids healed (full contact) [Ohm.cm2]"
    ]
    assert healed[0] < row["NR cycle-1 R1 [Ohm.cm2]"], out
