"""Hybrid polymer/sulfide electrolytes: targets M1-M8 from the session's run of
the reproduction (the ``hybrid_electrolytes_run`` fixture), misses as strict
xfails with the measured numbers; attribution, Li balance and the long runs."""

import numpy as np
import pytest

from assb_models.reproductions.hybrid_electrolytes import (
    HybridElectrolytes,
    rate_capacities,
)


@pytest.fixture(scope="module")
def repro(hybrid_electrolytes_run):
    """The session's reproduction (its results cached)."""
    return hybrid_electrolytes_run.repro


def test_the_reproduction_scores_its_targets(repro, tmp_path):
    ids = [t.id for t in repro.targets()]
    assert ids == ["M1", "M2", "M4", "M5", "M6", "M7", "M8"]
    assert "M3" in repro.slow_targets
    names = sorted(p.name for p in repro.figures(tmp_path, ["M1", "M4"]))
    assert names == [
        "hybrid_electrolytes_conductivity.png",
        "hybrid_electrolytes_rates.png",
    ]


@pytest.mark.xfail(
    strict=True,
    reason=(
        "M1 missed: model 169.2, 168.7, 79.2, 47.0 mAh/g vs 158.1, 144, 133.3, 86.2 "
        "(+7.0, +17.2, -40.6, -45.5 %; the 1 C drop, 0.28 of 0.1 C, holds): at "
        "0.5-1 C and 40 C the polymer in the cathode runs out of salt and the run "
        "stops at the zero-salt event (2.90 and 2.85 V, above the 2.5 V cut-off); at "
        "0.1-0.2 C nothing limits. The LFP/PEO exchange current (0.01-1 A/m2 at 60 "
        "C) moves the capacities by at most 10 mAh/g; no one LFP loading serves M1 "
        "and M2 (1 mg/cm2: 169.3, 169.0, 168.1, 134.2; 3 mg/cm2: 169.1, 114.7, "
        "44.6, 30.8), and salt depletion gives a cliff, not the paper's loss of ~10 "
        "mAh/g per rate doubling from 0.1 C. Missing: that gradual loss (the "
        "paper's LFP particle sizes and solid-state transport; Prada2013's 50 nm "
        "particles empty in 424 s) and Chen 2016's loading"
    ),
)
def test_m1_chen2016_rate_capability(repro):
    assert repro.score("M1").passed


def test_m1_the_one_c_drop_holds(repro):
    row = repro.row("M1")
    assert row["1 C / 0.1 C"] < 0.6


@pytest.mark.xfail(
    strict=True,
    reason=(
        "M2 missed: model 169.4, 169.2, 168.5, 167.3 mAh/g vs 158, 148, 138, 99 "
        "(+7.2, +14.3, +22.1, +69.0 %): at 60 C the amorphous PEO carries 1 C of "
        "the 2 mg/cm2 cathode without salt depletion, the LFP/PEO charge transfer "
        "(estimated 0.1 A/m2; 0.01 A/m2 gives 169.2, 168.9, 168.0, 166.5) and the "
        "50 nm Prada2013 LFP (D / 10 gives 167.8, 166.4, 162.1, 154.9) do not "
        "limit; 3 mg/cm2 gives 169.3, 169.1, 168.2, 85.6 (a cliff at 1 C). "
        "Missing: the gradual rate loss from 0.1 C (the paper's LFP particle sizes "
        "and solid-state transport) and Zhao 2016's loading"
    ),
)
def test_m2_zhao2016_rate_capability(repro):
    assert repro.score("M2").passed


def test_m4_conductivity_of_the_dispersed_hybrid(repro):
    t = repro.score("M4")
    assert t.passed
    assert t.details["conductivity [mS/cm]"] == pytest.approx(0.236, rel=0.01)
    assert t.details["transference number"] > 0.99


def test_m5_the_hybrid_stays_below_the_neat_sulfide(repro):
    t = repro.score("M5")
    assert t.passed and all(t.details["below the neat sulfide"])


@pytest.mark.xfail(
    strict=True,
    reason=(
        "M6 missed: model PEO/hybrid 713/428 Ohm = 1.67 vs 913/180 = 5.1 (3-7); "
        "the hybrid drifts +0.7 % over 27 days (passes). The model's only "
        "difference is the PEO's crystallites at 40 C (bulk 442 vs 156 Ohm, 2.83 x; "
        "succinonitrile keeps the PEO amorphous, Chopade et al. 2017); both share "
        "the estimated Li charge transfer (270 Ohm, more than the paper's whole "
        "hybrid cell). Without any charge transfer the ratio is still 2.83 < 3: "
        "missing are SN's raising of the amorphous conductivity itself and its "
        "effect on the Li interface (no source at hand for either)"
    ),
)
def test_m6_symmetric_resistances(repro):
    assert repro.score("M6").passed


def test_m6_the_model_equals_its_layers_in_series(repro):
    row = repro.row("M6")
    for cell in ("hybrid", "PEO"):
        assert row[cell]["model [Ohm]"] == pytest.approx(
            row[cell]["total [Ohm]"], rel=0.01
        )
    assert abs(row["hybrid drift over the days"]) <= 0.2


def test_m7_failure_order_and_mechanisms(repro):
    t = repro.score("M7")
    assert t.passed
    cells = t.details["cells"]
    # 56 h (paper 224 h; M7 scores the order): the growing interphase together
    # with the stripping voids of the creep contact law; with full contact the
    # cell still reads only 1.06 V at 140 h
    assert cells["LGPS"]["failure at [h]"] == pytest.approx(56, rel=0.05)
    assert cells["PEO"]["short circuit at [h]"] == pytest.approx(4126, rel=0.01)
    assert cells["70 wt% LGPS-PEO"]["failure at [h]"] is None
    for cell in cells.values():
        assert cell["mechanism"]
        assert cell["Total lithium drift"] < 1e-12


def test_m8_spei_growth(repro):
    t = repro.score("M8")
    assert t.passed and "linear" in t.details["law"]


def test_the_named_causes_switched_off(repro):
    """LGPS without its reduction does not fail; PEO without dead Li does not
    short; the hybrid with its LGPS on the Li fails like LGPS."""
    a = repro.attribution()
    on = a["LGPS, SE reduction on: failure at [h]"]
    off = a["LGPS, SE reduction off: failure at [h]"]
    assert off is None or off > 1e3 * on
    assert a["PEO, no dead Li: short circuit at [h]"] is None
    assert a["hybrid with its LGPS on the Li: failure at [h]"] < 2 * on


def test_the_full_cells_keep_their_lithium_and_equal_pybamm(repro):
    rates = repro.rates("Zhao2016")
    assert rates["Total lithium drift"] < 1e-8
    pybamm_dfn = rate_capacities("Zhao2016", (0.1, 1.0), pybamm_dfn=True)
    np.testing.assert_allclose(
        pybamm_dfn["capacity [mAh/g]"],
        rates["capacity [mAh/g]"][[0, 3]],
        rtol=1e-4,
    )


@pytest.mark.slow
def test_the_capacities_are_converged(repro):
    for row in repro.convergence().values():
        assert np.all(row["change [%]"] < 2)


@pytest.fixture(scope="module")
def long_run():
    return HybridElectrolytes(long=True)


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason=(
        "M3 missed: retention 1.000 (168.5 -> 168.5 mAh/g) after 50 cycles at 0.5 "
        "C, 60 C vs 0.925 (0.88-0.96): no fade mechanism acts in this cell (no "
        "sulfide touches Li or LFP, the Li excess hides dead Li; SPEI growth on the "
        "1 wt% LGPS (effective-medium law) over the run's ~220 h at 60 C lowers "
        "the membrane's conductivity by 1.7 %, too little to matter). Zhao 2016 "
        "was not at hand to name one; the LFP/polymer interface is stable (J. "
        "Mater. Chem. A 2015, doi 10.1039/c5ta02485d, abstract checked); polymer "
        "oxidation at "
        "4 V and Li/PEO interphase growth are not modelled"
    ),
)
def test_m3_fifty_cycles(long_run):
    assert long_run.score("M3").passed


@pytest.mark.slow
def test_m7_over_the_whole_1700_hours(long_run):
    t = long_run.score("M7")
    assert t.passed
    lgps = t.details["cells"]["LGPS"]
    assert not lgps["extrapolated"] and lgps["failure at [h]"] < 224
