"""Kim 2024 targets, computed by the experiment script itself."""

import pytest


def test_k1(kim2024_experiment):
    row = kim2024_experiment.target_k1()
    assert row["pass"], row


def test_k2_k3(kim2024_experiment):
    k2, k3 = kim2024_experiment.target_k2_k3()
    assert 0.07 <= k2["model"] <= 0.14, k2
    assert k3["pass"], k3


@pytest.mark.xfail(
    strict=True,
    reason="K7 missed (issue 10, one transport law, no fit): 0.5 C / 0.05 C retention "
    "0.889 / 0.887 / 0.885 for 80 / 85 / 90 wt%; the 90 wt% cell's pristine ionic "
    "path (6.7e-4 S/m, 200 Ohm.cm2) is not limiting at 0.5 C, the NCM diffusion is",
)
def test_k7(kim2024_experiment):
    row, _, _ = kim2024_experiment.target_k7(c_rates=(0.05, 0.5))
    assert row["pass"], row


@pytest.fixture(scope="module")
def formation_targets(kim2024_experiment):
    return kim2024_experiment.target_k4_k5_k6()


def test_k4_calibration_holds(formation_targets):
    k4 = formation_targets[0]
    for cell in k4["cells"].values():
        assert abs(cell["model"] - cell["paper"]) <= 0.10 * cell["paper"], k4


@pytest.mark.xfail(
    strict=True,
    reason="K5 missed (issue 10, 5 e- per Li6PS5Cl): 27.0 / 37.9 / 42.2 / 40.7 mAh/g "
    "for SC 0-3 wt%; at 2-3 wt% the SE runs out (60 % consumed) and the charge "
    "ends early, so SC 3 oxidises no more than SC 2",
)
def test_k5_irreversible_capacity_rises_with_carbon(formation_targets):
    irr = formation_targets[1]["model"]
    assert irr[0] < irr[1] < irr[2] < irr[3], irr


@pytest.mark.xfail(
    strict=True,
    reason="K6 missed (prediction): model CE 70.9 / 72.7 / 78.8 % for 80 / 85 / 90 "
    "wt% NCM, i.e. 90 wt% is 6-8 points higher, not 1-3 points lower: the cells "
    "with more SE have more SE to oxidise before their layers passivate",
)
def test_k6_ce_lower_at_90_wt_percent(formation_targets):
    ce = formation_targets[2]["model"]
    for other in (80, 85):
        assert 1.0 <= ce[other] - ce[90] <= 3.0, ce


@pytest.mark.xfail(
    strict=True,
    reason="K8 missed (issue 10): after 5 e- stoichiometry and the bounded carbon "
    "area the 3 wt% pulse series never reaches 3.4 V (high window NaN); below 3.2 V "
    "the polarisation starts at 0.71 V for SC 0 (electronically poor lithiated NCM)",
)
def test_k8_pulse_polarisation(kim2024_experiment):
    row, _ = kim2024_experiment.target_k8()
    assert row["pass below 3.2 V"], row
    assert row["pass extra growth"], row


@pytest.mark.xfail(
    strict=True,
    reason="K9 missed (issue 10): after formation the 90/3 cell has 39 % of its SE "
    "left and cannot start a 0.5 C charge below 3.7 V (PyBaMM: all steps infeasible)",
)
def test_k9_short_cycling(kim2024_experiment):
    """Five 0.5 C cycles after formation (the 50-cycle study is marked slow)."""
    row, caps = kim2024_experiment.target_k9(n_cycles=5)
    assert row["pass"], row


@pytest.mark.slow
def test_k9_fifty_cycles(kim2024_experiment):
    row, _ = kim2024_experiment.target_k9(n_cycles=50)
    assert row["pass"], row
