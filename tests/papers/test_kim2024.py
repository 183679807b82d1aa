"""Kim 2024 targets, from the session's run of the reproduction (the ``kim2024``
fixture: :mod:`assb_models.reproductions.kim2024`, as ``assb reproduce`` runs it),
scored as written."""

import numpy as np
import pytest

from assb_models.parameter_sets import Kim2024
from assb_models.reproductions import kim2024
from assb_models.reproductions.kim2024.cells import least_budget
from assb_models.reproductions.kim2024.loading import (
    k7_similarity,
    loading_scan,
    mesh_change,
)
from assb_models.simulation import refined_var_pts


@pytest.fixture(scope="module")
def kim(kim2024_run):
    """The session's Kim2024 reproduction (its results cached)."""
    return kim2024_run.repro


def test_k1(kim):
    row = kim.row("K1")
    assert row["pass"], row


def test_k2_k3(kim):
    k2, k3 = kim.conductivities()
    assert 0.07 <= k2["model"] <= 0.14, k2
    assert k3["pass"], k3


@pytest.fixture(scope="module")
def k7(kim):
    return kim.row("K7")


@pytest.mark.xfail(
    strict=True,
    reason="K7 missed on formed cells (composite obstruction, packing 0.75, exponent "
    "2.53): 0.5 C / 0.05 C retention 0.809 / 0.809 / 0.699 for 80 / 85 / 90 wt% "
    "(criterion >= 0.85, 90 wt% 0.15 lower): 90 wt% drops, by 0.11, through its "
    "ionic path (472 Ohm.cm2 formed); 80 and 85 wt% lose 19 % to the NCM's "
    "diffusion",
)
def test_k7(k7):
    assert k7["pass"], k7


@pytest.mark.xfail(
    strict=True,
    reason="K7 misses without side reactions "
    "too (formed cells: 0.812 / 0.812 / 0.745): the miss is the transport law's "
    "and the NCM's",
)
def test_k7_holds_without_side_reactions(k7):
    assert k7["without side reactions"]["pass"], k7


@pytest.fixture(scope="module")
def formation_targets(kim):
    return kim.formation()


@pytest.mark.xfail(
    strict=True,
    reason="K4 missed under the formed-cell bounds: 22.27 / 23.28 mAh/g for 90/0 and "
    "90/3 (paper 26.3 +-2.6 / 42.9 +-4.3; passivation lengths 2.61 / 1.07 nm fitted "
    "to it as far as the bounds let them): with the written reaction (33 cm3 of "
    "products per mol e-) the CEI (<= 20 nm) and carbon product (<= 10 nm) bounds "
    "cap the side charge at 0.71 and 1.58 mAh/g beside the NCM's kinetic loss "
    "(21.56 / 21.70); 90/3's extra 16.6 mAh/g would oxidise ~43 % of its cathode SE "
    "at 5 e- (bound 30 %), and lattice-oxygen products on the NCM need 4.9x its "
    "whole surface even with the carbon at full contact; only carbon in contact "
    "with SE over its whole BET area and an NCM loss >= 25.9 mAh/g fit "
    "(cells.k4_edge_against_ncm_loss)",
)
def test_k4_calibration_holds(formation_targets):
    k4 = formation_targets[0]
    for cell in k4["cells"].values():
        assert abs(cell["model"] - cell["paper"]) <= 0.10 * cell["paper"], k4


@pytest.mark.xfail(
    strict=True,
    reason="K5 missed: 22.27 / 22.86 / 23.12 / "
    "23.28 mAh/g for SC 0-3, rising by 0.17-0.59 mAh/g per step, below the 1 mAh/g "
    "significance margin: the bounded carbon product layer (<= 10 nm) holds the "
    "carbon-side charge to ~0.9 mAh/g",
)
def test_k5_irreversible_capacity_rises_with_carbon(formation_targets):
    row = formation_targets[1]
    assert row["pass"], row


def test_k5_fails_without_side_reactions(formation_targets):
    assert not formation_targets[1]["without side reactions"]["pass"]


@pytest.mark.xfail(
    strict=True,
    reason="K6 missed (prediction): CE 88.06 / 88.04 "
    "/ 87.82 % for 80 / 85 / 90 wt%: 90 wt% is lower, as in the paper, but by 0.23 "
    "points, not 1-3: the side charge per g of NCM is nearly the same in series A "
    "and the 0.05 C discharge of 90/3 is only slightly transport-limited",
)
def test_k6_ce_lower_at_90_wt_percent(formation_targets):
    ce = formation_targets[2]["model"]
    for other in (80, 85):
        assert 1.0 <= ce[other] - ce[90] <= 3.0, ce


@pytest.fixture(scope="module")
def k8(kim):
    return kim.pulses()[0]


@pytest.mark.xfail(
    strict=True,
    reason="K8 missed below 3.2 V: the 1 C pulse polarisation "
    "falls with carbon (1.045 / 0.858 / 0.787 / 0.771 V on the pulses inside the "
    "side reactions' calibrated range) through the composite law's SE path, which "
    "falls with carbon (carbon dilutes the AM from its packing limit; Cho 2024 "
    "measured the opposite): with the SE conductivity x100 the four cells lie "
    "within 13 mV, with the electronic conductivities x100 nothing moves, and at "
    "no loading from 6 to 20 mg/cm2 does the order turn "
    "(experiments/kim2024_loading.py); the 3.4-3.7 V extra growth is not scored "
    "(null): every pulse there drives the side reactions above their calibrated "
    "4.33 V vs Li",
)
def test_k8_pulse_polarisation(k8):
    assert k8["pass below 3.2 V"], k8
    assert k8["pass extra growth"], k8


def test_k8_below_3p2_v_fails_without_side_reactions(k8):
    assert not k8["without side reactions"]["pass below 3.2 V"], k8


@pytest.mark.slow
def test_k8_order_below_3p2_v_is_the_se_path_not_the_electrons():
    """Without side reactions, the pulse polarisation below 3.2 V falls with
    carbon through the SE path: with the SE conductivity x100 the four cells'
    means lie within 20 mV of each other; with the NCM's and the carbon's
    electronic conductivities x100 each moves by less than 10 mV. K9's first
    0.5 C capacities follow the same path."""
    kappa = "Solid electrolyte conductivity at reference temperature [S.m-1]"
    kappa_se = Kim2024.get_parameter_values()[kappa]

    def means(overrides):
        pulses = {
            sc: kim2024.pulse_polarisation(
                sc, side_reactions=False, overrides=overrides
            )
            for sc in kim2024.SERIES_C
        }
        return kim2024.score_k8(pulses)["model"]["below 3.2 V"]

    base = means({})
    ionic = means({kappa: 100 * kappa_se})
    electronic = means(
        {
            "Positive electrode conductivity [S.m-1]": 100.0,
            "Positive electrode carbon conductivity [S.m-1]": 1e4,
        }
    )
    assert base[0] - base[3] > 0.2, base
    assert max(ionic.values()) - min(ionic.values()) < 0.02, ionic
    for sc in kim2024.SERIES_C:
        assert abs(electronic[sc] - base[sc]) < 0.01, (sc, base, electronic)
    # K9's first 0.5 C capacities (SC 0 lowest) are the same SE path: with the
    # SE conductivity x100 the four formed cells agree within 1 mAh/g
    q = [
        kim2024.formed_cell(90, sc, overrides={kappa: 100 * kappa_se})[
            "capacity at 0.5 C [mAh/g]"
        ]
        for sc in kim2024.SERIES_C
    ]
    assert max(q) - min(q) < 1.0, q


@pytest.mark.xfail(
    strict=True,
    reason="K8 attribution not scored: the 3.4-3.7 V window is null in both runs "
    "(scored on the same pulses as the run with side reactions, which left their "
    "calibrated range at 3.01-3.17 V vs Li-In); on all pulses, extrapolated rates "
    "included, the extra growth passed without side reactions too",
)
def test_k8_extra_growth_fails_without_side_reactions(k8):
    assert k8["without side reactions"]["pass extra growth"] is False, k8


@pytest.fixture(scope="module")
def k9(formation_targets):
    """Three 0.5 C cycles after formation (the 50-cycle study is marked slow)."""
    k5 = formation_targets[1]
    return kim2024.target_k9(
        n_cycles=3,
        irreversible=k5["model"],
        clean_irreversible=k5["without side reactions"]["model"],
    )


@pytest.mark.xfail(
    strict=True,
    reason="K9 missed: over three 0.5 C cycles the formed cells keep 100.9 / 99.9 / "
    "99.8 / 99.7 % for SC 0-3 (the self-limited layers fade slowly) and SC 0 has "
    "the lowest first 0.5 C capacity (54.6 / 93.1 / 111.5 / 115.9 mAh/g: the 90/0 "
    "cell's SE path, 983 Ohm.cm2, and its poorly conducting lithiated NCM limit the "
    "end of discharge)",
)
def test_k9_short_cycling(k9):
    assert k9[0]["pass"], k9[0]


def test_k9_fails_without_side_reactions(k9):
    row = k9[0]["without side reactions"]
    assert not row["pass"], row
    # without side reactions nothing fades; the transport-limited carbon-free cell
    # gains 1.0 % over its first 0.5 C cycles as it settles
    retention = np.array(
        list(row["retention of each cell's own first 0.5 C cycle"].values())
    )
    assert retention.min() > 0.99 and retention.max() < 1.02, retention


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="K9 missed over 50 cycles: retention 0.996 / "
    "0.983 / 0.980 / 0.977 for SC 0-3 (in the order of the irreversible capacity, "
    "but SC 2 and 3 lose 2 points, not 5 more than SC 0 and 1; without side "
    "reactions 1.010 / 1.001 / 1.000 / 1.000), first 0.5 C capacity 54.6 / 93.1 / "
    "111.5 / 115.9 mAh/g",
)
def test_k9_fifty_cycles(kim):
    """The reproduction's K9 row (50 cycles after its formation)."""
    assert kim.n_cycles == 50
    row = kim.row("K9")
    assert row["pass"], row


def test_k10(kim):
    row = kim.row("K10")
    assert row["pass"], row


def test_k4_is_mesh_converged(formation_targets):
    """The default mesh is the experiments' mesh: K4 (SC 0) moves < 2 % on a
    doubled mesh (all of K4, K7 and K9 in the slow test)."""
    model = kim2024.aged_model()
    fine = refined_var_pts(model)
    a = formation_targets[3][0]["irreversible [mAh/g]"]
    b = kim2024.formation(90, 0, var_pts=fine)["irreversible [mAh/g]"]
    assert abs(b - a) / b < 0.02, (a, b)


def test_k9_is_opt_in():
    """K9 (50 cycles of series C, twice) runs only with ``full=True`` (the
    script's ``--full``); the default run and its JSON name the command."""
    default, full = kim2024.Kim2024(), kim2024.Kim2024(full=True)
    assert "K9" not in default.target_ids
    assert "--full" in default.slow_targets["K9"][1]
    assert full.target_ids == default.target_ids[:8] + ("K9", "K10")


@pytest.mark.slow
def test_k4_k7_k9_are_mesh_converged():
    changes = kim2024.mesh_convergence(n_cycles=3)
    for name, (a, b, change) in changes.items():
        assert change < 0.02, (name, a, b)


# ------------------------------------------------------------- formed cells
FORMED_RESISTANCE_MISS = (
    "formed-cell resistance missed: the 90 wt% cells total 624-1132 Ohm.cm2 (bound "
    "20-300; 90/0 1132, 90/1 767, 90/2 651, 90/3 624), their SE ionic path alone "
    "472-983 Ohm.cm2 in the composite obstruction law (packing 0.75, exponent 2.53; "
    "K2's 0.091 ratio puts 90/3 ~9x the 80/3 cell's 52 Ohm.cm2) with 1.3-4.1 % of "
    "the SE consumed; the side reactions add 20-26 Ohm.cm2 of CEI; 80/3 and 85/3: "
    "208 and 271. 'SE consumption': 'shell' lowers the 90 wt% SE paths by 0.6-2.1 % "
    "only. No NCM loading (not given) helps: the SE path grows with it, charge "
    "transfer and CEI fall with it, and the least budgets are 476-648 Ohm.cm2 "
    "(90/3-90/0, at 5.3-3.6 mg/cm2)"
)
FORMED_KEYS = {
    "CEI thickness [nm]",
    "carbon product thickness [nm]",
    "SE consumed [%]",
    "SE consumed, max local [%]",
    "resistance budget [Ohm.cm2]",
    "capacity at 0.05 C [mAh/g]",
    "capacity at 0.5 C [mAh/g]",
}


@pytest.fixture(scope="module")
def formed(kim):
    return kim.formed_cells()


def test_every_formed_cell_is_reported(formed):
    assert set(formed) == {f"{am}/{sc}" for am, sc in kim2024.FORMED_CELLS}
    for state in formed.values():
        assert FORMED_KEYS <= set(state)
        budget = state["resistance budget [Ohm.cm2]"]
        parts = [v for k, v in budget.items() if k != "total" and "not in" not in k]
        assert budget["total"] == pytest.approx(sum(parts))
        assert state["total lithium drift (relative)"] < 1e-10


def test_formed_cells_layers_se_and_capacity_are_plausible(formed):
    """The bounds on thickness, SE consumed and 0.5 C capacity (targets file)."""
    bounds = kim2024.FORMED_BOUNDS
    for name, state in formed.items():
        for check in (
            "CEI thickness [nm]",
            "carbon product thickness [nm]",
            "SE consumed [%]",
            "SE consumed, max local [%]",
        ):
            low, high, _ = bounds[check]
            assert low <= state[check] <= high, (name, check, state[check])
        if name.endswith("/0"):
            assert state["carbon product thickness [nm]"] == 0.0
        q05 = state["capacity at 0.5 C [mAh/g]"]
        assert q05 > 0, name
        if name in ("80/3", "85/3"):
            assert q05 >= kim2024.FORMED_KEEP * state["capacity at 0.05 C [mAh/g]"]


def test_no_loading_brings_a_90_wt_cell_under_the_resistance_bound(formed):
    """The least formed-cell budget over the NCM loading (cells.least_budget):
    above the bound for every 90 wt% cell, below it for 80/3."""
    bound = kim2024.FORMED_BOUNDS["resistance budget total [Ohm.cm2]"][1]
    loading = Kim2024.get_recipe().am_loading_mg_cm2
    least = {
        name: least_budget(state["resistance budget [Ohm.cm2]"], loading)[
            "budget total [Ohm.cm2]"
        ]
        for name, state in formed.items()
    }
    assert all(least[f"90/{sc}"] > bound for sc in kim2024.SERIES_C), least
    assert least["80/3"] < bound, least


@pytest.mark.slow
def test_k7_drop_and_the_resistance_bound_need_a_faster_se_than_measured():
    """Along m ~ sqrt(kappa) formed 90/3 keeps its 0.5 C retention within 5 % (the
    drop goes as m^2/kappa) while the budget follows R(s) within 1 %; at K7's
    threshold every 90 wt% cell meets the 300 Ohm.cm2 bound only with an SE above
    2.5x the fastest Li6PS5Cl of the project's sets (Park 2021: 2 mS/cm)."""
    from assb_models.parameter_sets import Park2021

    out = k7_similarity()
    assert out["largest retention change along the similarity"] < 0.05, out
    assert out["largest budget-law difference"] < 0.01, out
    fastest = Park2021.SE_CONDUCTIVITY
    needed = out[
        "SE conductivity at which the budget at K7's threshold meets the bound [S/m]"
    ]
    # None: no conductivity meets the bound (the electronic path rises with s)
    assert all(
        needed[f"90/{sc}"] is None or needed[f"90/{sc}"] > 2.5 * fastest
        for sc in kim2024.SERIES_C
    ), needed
    assert needed["80/3"] < out["set's SE conductivity [S/m]"], needed


@pytest.mark.slow
def test_loading_scan_follows_the_budget_law_and_leaves_the_ncm_loss():
    """Solved at 6 and 20 mg/cm2 (half and 5/3 of the set's estimate): the
    budget's loading law holds within 5 %, and the 80/3 and 85/3 cells lose the
    same share at 0.5 C at both loadings (their loss is the NCM's, not the
    composite's transport), while 90/3 loses far more at 20; all of it within 2 %
    of the doubled mesh."""
    scan = loading_scan((6.0, 20.0), pulses=False)
    summary = scan["summary"]["least resistance budget over the loading"]
    assert summary["law against the scanned cells, largest relative difference"] < 0.05
    k7 = {m: row["K7"]["model"] for m, row in scan["loadings"].items()}
    for am in (80, 85):
        assert abs(k7[6.0][am] - k7[20.0][am]) < 0.02, k7
    assert k7[20.0][90] < k7[6.0][90] - 0.3, k7
    # converged: budget and retention move < 2 % on the doubled mesh
    assert mesh_change((6.0, 20.0))["largest"] < 0.02


@pytest.mark.xfail(strict=True, reason=FORMED_RESISTANCE_MISS)
def test_formed_cells_are_plausible(kim):
    """Every check of the targets file, the total resistance included."""
    row = kim.plausibility()
    assert row["pass"], row["failed"]


def test_resistance_budget_has_every_path_with_a_literature_range(kim):
    budget = kim.budget()  # target_resistance_budget of the formation's series C
    names = set(kim2024.LITERATURE_ASR)
    assert set(budget["literature"]) == names
    for values in budget["cells"].values():
        assert names <= set(values)
        assert all(values[n] > 0 for n in names)
    # carbon opens the electronic path, SE consumption closes the ionic one
    cells = budget["cells"]
    # (Ni-rich NCM conducts 5 mS/cm even lithiated: 0.41 -> 0.024 Ohm.cm2)
    assert cells["90/3"]["electronic path"] < 0.1 * cells["90/0"]["electronic path"]
    for sc in kim2024.SERIES_C:
        pv = kim2024.cell(90, sc)
        kappa, _ = kim2024.effective_conductivities(90, sc)
        pristine = 1e4 * pv["Positive electrode thickness [m]"] / (3 * kappa)
        assert cells[f"90/{sc}"]["SE ionic path"] > pristine
