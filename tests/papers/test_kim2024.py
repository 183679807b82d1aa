"""Kim 2024 targets, from the session's run of the reproduction (the ``kim2024``
fixture: :mod:`assb_models.reproductions.kim2024`, as ``assb reproduce`` runs it),
scored as written."""

import numpy as np
import pytest

from assb_models.reproductions import kim2024


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
    reason="K7 missed (one transport law, no fit): 0.5 C / 0.05 C retention "
    "0.889 / 0.887 / 0.885 for 80 / 85 / 90 wt%; the 90 wt% cell's pristine ionic "
    "path (6.7e-4 S/m, ~200 Ohm.cm2) does not limit at 0.5 C, the NCM diffusion does",
)
def test_k7(k7):
    assert k7["pass"], k7


@pytest.mark.xfail(
    strict=True,
    reason="K7 is scored on the model without side reactions, so it misses there "
    "too (retention 0.889 / 0.887 / 0.885)",
)
def test_k7_holds_without_side_reactions(k7):
    assert k7["without side reactions"]["pass"], k7


@pytest.fixture(scope="module")
def formation_targets(kim):
    return kim.formation()


def test_k4_calibration_holds(formation_targets):
    k4 = formation_targets[0]
    for cell in k4["cells"].values():
        assert abs(cell["model"] - cell["paper"]) <= 0.10 * cell["paper"], k4


@pytest.mark.xfail(
    strict=True,
    reason="K5 missed (5 e- per Li6PS5Cl): 26.3 / 35.9 / 40.3 / 39.5 mAh/g "
    "for SC 0-3 wt%; at 2-3 wt% the SE runs out (59 % consumed at SC 3) and the "
    "charge ends early, so SC 3 oxidises no more SE than SC 2",
)
def test_k5_irreversible_capacity_rises_with_carbon(formation_targets):
    irr = formation_targets[1]["model"]
    assert irr[0] < irr[1] < irr[2] < irr[3], irr


@pytest.mark.xfail(
    strict=True,
    reason="K5 attribution missed: without side reactions the irreversible capacity "
    "is 16.97 / 17.08 / 17.10 / 17.11 mAh/g, monotonic by 0.14 mAh/g (carbon "
    "conducts better at the end of discharge), so the criterion as written passes",
)
def test_k5_fails_without_side_reactions(formation_targets):
    assert not formation_targets[1]["without side reactions"]["pass"]


@pytest.mark.xfail(
    strict=True,
    reason="K6 missed (prediction): model CE 67.3 / 72.6 / 80.0 % for 80 / 85 / 90 "
    "wt% NCM, i.e. 90 wt% is 7-13 points higher, not 1-3 points lower: the cells "
    "with more SE have more SE to oxidise before their layers passivate",
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
    reason="K8 missed: below 3.2 V the 1 C pulse polarisation falls with "
    "carbon (0.71 / 0.61 / 0.58 / 0.57 V: lithiated NCM conducts electrons poorly, "
    "carbon helps); at 3.4-3.7 V most pulses hit the 4.2 V cycler limit (6-8 per "
    "cell), leaving only SC 2 with a value",
)
def test_k8_pulse_polarisation(k8):
    assert k8["pass below 3.2 V"], k8
    assert k8["pass extra growth"], k8


def test_k8_below_3p2_v_fails_without_side_reactions(k8):
    assert not k8["without side reactions"]["pass below 3.2 V"], k8


@pytest.mark.xfail(
    strict=True,
    reason="K8 attribution missed: without side reactions the 3.4-3.7 V growth over "
    "the low window is -0.04 / 0.019 / 0.030 / 0.031 V for SC 0-3, so 'extra growth "
    "for 2 and 3 wt%' passes by 0.011 V without the mechanism",
)
def test_k8_extra_growth_fails_without_side_reactions(k8):
    assert not k8["without side reactions"]["pass extra growth"], k8


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
    reason="K9 missed: after formation SC 1-3 have 38-59 % of their SE "
    "consumed; SC 1 delivers 57 then 13 mAh/g, SC 2 and 3 cannot run a 0.5 C cycle "
    "(0 mAh/g, so SC 3 is not the lowest alone and SC 2/3 show no 'fade' from 0); "
    "SC 0 keeps 95.7 % after 3 cycles but its CEI grows in every CV step",
)
def test_k9_short_cycling(k9):
    assert k9[0]["pass"], k9[0]


def test_k9_fails_without_side_reactions(k9):
    row = k9[0]["without side reactions"]
    assert not row["pass"], row
    # without side reactions nothing fades
    retention = row["retention of each cell's own first 0.5 C cycle"]
    np.testing.assert_allclose(list(retention.values()), 1.0, atol=0.01)


@pytest.mark.slow
@pytest.mark.xfail(
    strict=True,
    reason="K9 missed over 50 cycles: SC 0 keeps 42 % (106 -> 44 mAh/g, CEI growth "
    "in each CV step), SC 1 57 -> 0 mAh/g, SC 2 and 3 deliver 0 after formation",
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
    fine = {k: 2 * v for k, v in model.default_var_pts.items()}
    a = formation_targets[3][0]["irreversible [mAh/g]"]
    b = kim2024.formation(90, 0, var_pts=fine)["irreversible [mAh/g]"]
    assert abs(b - a) / b < 0.02, (a, b)


@pytest.mark.slow
def test_k4_k7_k9_are_mesh_converged():
    changes = kim2024.mesh_convergence(n_cycles=3)
    for name, (a, b, change) in changes.items():
        assert change < 0.02, (name, a, b)


def test_resistance_budget_has_every_path_with_a_literature_range(kim):
    budget = kim.budget()  # target_resistance_budget of the formation's series C
    names = set(kim2024.LITERATURE_ASR)
    assert set(budget["literature"]) == names
    for values in budget["cells"].values():
        assert names <= set(values)
        assert all(values[n] > 0 for n in names)
    # carbon opens the electronic path, SE consumption closes the ionic one
    cells = budget["cells"]
    # (Ni-rich NCM conducts when lithiated, 5.22 mS/cm: carbon lowers the path
    # about 17-fold, not by decades)
    assert cells["90/3"]["electronic path"] < 0.1 * cells["90/0"]["electronic path"]
    assert cells["90/3"]["SE ionic path"] > cells["90/0"]["SE ionic path"]
