"""Lee 2020 anode-free cell: targets L1-L7 scored as written (misses as strict
xfails with the measured numbers and the mechanism), the losses attributed by
switching each off, the mesh converged."""

import numpy as np
import pytest

from assb_models.reproductions import lee2020
from assb_models.reproductions.kim2024.paper import FORMED_BOUNDS
from assb_models.simulation.analysis import ANODE_FREE_LI_LOSSES


@pytest.fixture(scope="module")
def repro(lee2020_run):
    """The session's Lee2020 reproduction (its results cached)."""
    return lee2020_run.repro


def test_l1_capacity_at_0_2c(repro):
    """L1: 6.60 mAh/cm2, 209 mAh/g at 0.2C vs 6.8 and 215 (+-5 %), a hit. The Ni90
    OCP's Li range is fitted to the 233 mAh/g formation charge and the NCM law's
    drop start to the 93.1 % first-cycle efficiency of the cell without the Ag-C
    layer (Fig. S7), so with a layer that costs nothing (L2) the discharge follows
    from those two fits: a consequence of fitted values, not a prediction. With
    the NCM kinetic loss off: 221 mAh/g (+3.0 %)."""
    target = repro.score("L1")
    assert target.passed, target.model


@pytest.mark.xfail(
    strict=True,
    reason=(
        "L2 missed on the layer's share: ICE 93.2 % (224 / 208 mAh/g) vs 91.8 +- "
        "2 is inside its band only because the Ni90 drop start is fitted to the "
        "93.1 % of the cell without the layer (Fig. S7, a 0.1 um layer), and the "
        "Ag-C layer costs 0.01 points (0.5-2.5 required). Its traps fill to their "
        "recipe capacity (0.0379 mol/m2 = 0.101 mAh/cm2, 1.4 % of the charge), "
        "but the 0.2C discharge ends on the cathode with 0.38 mAh/cm2 still at "
        "the anode (the NCM's kinetic loss and the Li of the SE oxidised at the "
        "cathode), which pays for them; with those two off the layer costs 1.57 "
        "points. The layer, at its porosity fitted to Fig. 4 (0.149), takes 0.67 "
        "mAh/cm2 on its first lithiation; the Li left at the anode sits in it (its "
        "stoichiometry is 0.68 when the discharge ends, where the paper sees the "
        "Ag recrystallise). A cost with the reserve needs > 0.5 mAh/cm2 kept: with "
        "its traps set to keep 0.60 mAh/cm2 (layer_keep_scan) the cell gives ICE "
        "91.5 %, a cost of 1.72 points and a plating onset at 1.12 mAh/cm2 (L2 "
        "and L6 met): 90 % of the layer's first lithiation kept. Its potential "
        "does not stand in for that: raised by 0.1 / 0.3 / 0.6 V (a delithiation "
        "branch above the lithiation one) the layer costs 0.02 / 0.07 / 0.26 "
        "points (layer_potential_scan), as the NCM's voltage falls steeply where "
        "the discharge ends"
    ),
)
def test_l2_first_cycle(repro):
    assert repro.score("L2").passed


def test_l3_capacity_at_0_5c_is_a_fitted_hit(repro):
    """L3: 151 mAh/g at 0.5C vs 146 +- 5 %, a hit, but not a prediction: the
    composite law's exponent (2.53) was chosen inside the window where Kim 2024's
    K2 and K10 and this L3 all hold (experiments/composite_transport_band.py); the
    row says so. With the percolation estimate's middle, 2.25, L3 is 159.5 mAh/g
    (+9.2 %). Two losses share the 0.5C loss: the SE's ionic path across the 119 um
    composite and the Ni90's diffusion near full lithiation."""
    target = repro.score("L3")
    assert target.passed, target.model
    fitted = target.details["fitted, not a prediction"]
    assert "L3" in fitted["Positive electrode obstruction exponent"][0]


def test_l4_coulombic_efficiency(repro):
    """Mean CE of the 0.5C cycles 2-5 >= 99.8 % (the first 0.5C cycle, 96.2 %,
    follows the 0.2C formation and leaves Li at the anode)."""
    target = repro.score("L4")
    assert target.passed, target.model
    assert target.details["CE of the first 0.5C cycle (not scored)"] < 0.99


def test_l6_plating_onset_is_a_fitted_hit(repro):
    """L6: Li plates from 0.64 mAh/cm2 vs 0.5-1.12, a hit, but not a prediction:
    the Ag-C layer's porosity (0.149) is fitted to Fig. 4's storage (0.5 mAh/cm2
    by 3.5 V, 0.64 by 3.55 V; the model 0.55 and 0.60, the shape of the layer's
    estimated potential curve limits the match), and the row says so. At the
    estimate it replaced, 0.4, Li plated from 0.45 mAh/cm2 (a miss)."""
    target = repro.score("L6")
    assert target.passed, target.model
    fitted = target.details["fitted, not a prediction"]
    assert "L6" in " ".join(fitted["Ag-C layer porosity (LAYER_POROSITY)"])
    model = target.details["layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"]
    paper = target.details["paper: layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"]
    assert all(abs(m - q) < 0.06 for m, q in zip(model, paper, strict=True))


def test_the_layer_porosity_is_the_least_squares_fit_to_fig_4(repro):
    """The frozen porosity (Lee2020.LAYER_POROSITY) minimises the squared
    difference to Fig. 4's storage: 0.03 either side fits worse (the fit itself,
    experiments/lee2020_calibration.py, finds 0.149). The set's value is read from
    the session's Lee run; only the two neighbours are solved."""
    from assb_models.parameter_sets import Lee2020

    p = Lee2020.LAYER_POROSITY
    stored = repro.first_cycle()["layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"]
    at = lee2020.cells.storage_misfit(stored)
    assert at < lee2020.cells.storage_residual(p - 0.03)
    assert at < lee2020.cells.storage_residual(p + 0.03)


def test_l7_passes_as_written_but_not_through_the_silver(repro):
    """L7 as written, CE(1:1) < CE(1:3): the mean CE of the 0.5C cycles is 1.1e-5
    lower at Ag:C 1:1, beyond the 1.6e-6 that doubling the mesh changes the gap,
    so it counts. But with the losses the paper names (Li kept by the Ag-C layer,
    Ag migration) switched off the gap stays (8.7e-6): the 1:1 layer is denser and
    holds the formation's leftover Li differently, a first-0.5C-cycle effect. The
    paper's 1:1 layer falls below 95 % and shorts; no short or Li9Ag4 isolation at
    1:1 is modelled, so L7 passes for another reason and is reported so."""
    target = repro.score("L7")
    assert target.passed, target.model
    off = target.details[lee2020.targets.L7_OFF]
    assert off["pass"], "the gap would then be the named losses' (update the note)"
    assert target.details["gap 1:3 - 1:1 of the mean CE"] < 1e-4


@pytest.mark.slow
def test_li_kept_by_the_layer_costs_ice_only_beyond_the_anode_reserve():
    """Li the Ag-C layer keeps on its first cycle costs ICE one for one once it
    exceeds the Li the cathode-limited discharge leaves at the anode, and nothing
    below: at the set's estimate the layer costs < 0.05 points; at 0.65 mAh/cm2
    its cost is (kept - estimate - Li left at the anode) / charge within 5 %."""
    scan = lee2020.layer_keep_scan(kept=(0.65,))
    estimate, high = scan["rows"]
    cost = "the layer's cost [points]"
    assert abs(estimate[cost]) < 0.05
    charge = estimate["charge [mA.h.cm-2]"]
    excess = (
        high["kept by the layer [mA.h.cm-2]"]
        - estimate["kept by the layer [mA.h.cm-2]"]
        - estimate["Li left at the anode [mA.h.cm-2]"]
    )
    assert high[cost] == pytest.approx(100 * excess / charge, rel=0.05)


def test_the_formed_cathode_is_within_the_kim2024_interphase_bounds(repro):
    """Lee's formation (60 C, CV at 4.25 V) runs the Kim2024 laws hotter and
    longer; what it leaves must still pass the bounds Kim 2024's formed cells are
    scored on (the NCM's CEI: its coating keeps the SE off, so no lower bound)."""
    formed = repro.first_cycle()["formed cathode"]
    for name in (
        "carbon product thickness [nm]",
        "SE consumed [%]",
        "SE consumed, max local [%]",
        "CEI thickness [nm]",
    ):
        assert formed[name] <= FORMED_BOUNDS[name][1], (name, formed)
    assert formed["carbon product thickness [nm]"] > 0


def test_the_ag_c_layer_never_goes_below_lithium_metal(repro):
    u = repro.solved()[1]["Ag-C interlayer open-circuit potential [V]"].entries
    assert u.min() > -1e-6


def test_attribution_each_loss_switched_off():
    """The cathode side carries the CE of the 0.5C cycles (without it the Li-limited
    anode losses are mostly hidden by the Li the NCM leaves at the anode); every
    loss off gives CE = 1 from the second 0.5C cycle on."""
    out = lee2020.attribution(cycles=3)
    on, off = out["all on"], out["all off"]
    # 99.993 % (the carbon side self-limited after the formation, the parabolic
    # CEI still growing)
    assert np.all(1 - on["CE (0.5C cycles)"][1:] > 5e-5)
    np.testing.assert_allclose(off["CE (0.5C cycles)"][1:], 1, atol=2e-5)
    cathode_off = out["cathode side (60 C, 4.25 V) off"]
    # without the cathode side, what a 0.5C cycle does not give back is at most the
    # anode's own losses of that cycle (the Li the formation left in the Ag-C layer
    # pays for them, except where the discharge ends on the layer's rising
    # potential: 0 to 3e-5), and less than with the cathode side on
    ce = np.asarray(cathode_off["CE (0.5C cycles)"])
    charge = np.asarray(cathode_off["discharge [mA.h.cm-2]"][1:]) / ce
    anode = sum(
        np.asarray(cathode_off[f"lost to {k} [mA.h.cm-2]"][1:])
        for k in ANODE_FREE_LI_LOSSES
    )
    assert np.all(1 - ce[1:] <= anode[1:] / charge[1:])
    assert np.all(1 - ce[1:] < 1 - np.asarray(on["CE (0.5C cycles)"][1:]))
    # 93.8 vs 93.1 %
    assert cathode_off["first-cycle CE"] > on["first-cycle CE"] + 0.005
    # the NCM's kinetic first-cycle loss carries most of the ICE deficit (98.7 %
    # without it, 93.1 % with it); it is not a loss of Li, so the later 0.5C CE
    # hardly moves
    kinetic_off = out["NCM kinetic loss off"]
    assert kinetic_off["first-cycle CE"] > on["first-cycle CE"] + 0.03
    np.testing.assert_allclose(
        kinetic_off["CE (0.5C cycles)"][1:], on["CE (0.5C cycles)"][1:], atol=1e-3
    )
    for loss in ("isolated lithium", "Li kept by the Ag-C layer", "silver migration"):
        row = out[f"{loss} off"]
        np.testing.assert_allclose(
            row["CE (0.5C cycles)"][1:], on["CE (0.5C cycles)"][1:], atol=1e-4
        )


def test_l3_rate_loss_is_the_se_ionic_path(repro):
    """The SE's ionic path across the composite carries part of the 0.5C loss: with
    the SE 100x more conductive the 0.5C discharge gives 181 mAh/g instead of 151,
    with the composite's ohmic number 12 at the end of the 0.5C discharge and its
    SE drop (0.22 V) the largest ohmic term."""
    on = repro.score("L3").details
    budget = on["budget at the end of the 0.5C charge and discharge"]
    assert budget["discharge"]["ohmic number"] > 5
    for step in ("charge", "discharge"):
        ionic = abs(budget[step]["SE drop across the composite [V]"])
        assert ionic > 0.1
        assert ionic > 10 * abs(budget[step]["SE drop across the separator [V]"])
        assert ionic > 10 * abs(budget[step]["electronic drop in the composite [V]"])
    table, _ = lee2020.run(1, off=(lee2020.SE_IONIC_RESISTANCE,))
    fast = float(table["discharge [mA.h.cm-2]"][1])
    assert fast > 1.1 * on["value [mA.h.cm-2]"], (fast, on["value [mA.h.cm-2]"])


def test_reported_numbers_converged_on_a_doubled_mesh():
    change = lee2020.convergence()["change [%]"]
    assert max(change.values()) < 2, change


@pytest.fixture(scope="module")
def long_repro():
    return lee2020.Lee2020(long=True)


@pytest.mark.slow
def test_l5_retention_is_a_fitted_hit(long_repro):
    """L5: retention after 600 and 1,000 0.5C cycles vs 95 and 89 % (+-3), a hit,
    but not a prediction: the isolated Li fraction is fitted to the 1,000-cycle
    point, inside the 3e-4 bound the paper's CE sets (at the bound: 90.8 / 80.8 %,
    a miss). The 600-cycle point hardly depends on it (94.3-94.4 % from 5e-5 to
    2e-4): until then the Li the formation left at the anode pays for the isolated
    Li. The paper's named losses carry the fade: the cathode side at 60 C / 4.25 V
    the first 600 cycles (99.3 / 93.2 % with it off), the isolated Li the faster
    fade after the anode's reserve is spent (94.4 / 92.6 % with it off), the Li the
    layer keeps 1.6 points at 1,000 (94.4 / 90.6 %)."""
    target = long_repro.score("L5")
    assert target.passed, target.model
    fitted = target.details["fitted, not a prediction"]
    assert "L5" in " ".join(
        fitted["Isolated lithium fraction of stripped lithium (ISOLATED_FRACTION)"]
    )
    assert abs(target.details["retention at 1000"] - 0.89) < 0.005


@pytest.mark.slow
def test_l4_over_the_long_run(long_repro):
    target = long_repro.score("L4")
    assert target.passed, target.model
