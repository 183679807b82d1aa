"""Kim 2024 targets, computed by the experiment script itself."""

import pytest


def test_k1(kim2024_experiment):
    row = kim2024_experiment.target_k1()
    assert row["pass"], row


def test_k2_k3(kim2024_experiment):
    k2, k3 = kim2024_experiment.target_k2_k3()
    assert 0.07 <= k2["model"] <= 0.14, k2
    assert k3["pass"], k3


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


def test_k5_irreversible_capacity_rises_with_carbon(formation_targets):
    irr = formation_targets[1]["model"]
    assert irr[0] < irr[1] < irr[2] < irr[3], irr


@pytest.mark.xfail(
    strict=True,
    reason="K6 missed (prediction): model CE 75.8 / 76.6 / 78.5 % for 80 / 85 / 90 "
    "wt% NCM, i.e. 90 wt% is 1.8-2.7 points higher, not 1-3 points lower; at 80 wt% "
    "the cell reaches the cut-off later and the carbon-side oxidation runs longer",
)
def test_k6_ce_lower_at_90_wt_percent(formation_targets):
    ce = formation_targets[2]["model"]
    for other in (80, 85):
        assert 1.0 <= ce[other] - ce[90] <= 3.0, ce


def test_k8_pulse_polarisation(kim2024_experiment):
    row, _ = kim2024_experiment.target_k8()
    assert row["pass below 3.2 V"], row
    assert row["pass extra growth"], row


def test_k9_short_cycling(kim2024_experiment):
    """Five 0.5 C cycles after formation (the 50-cycle study is marked slow)."""
    row, caps = kim2024_experiment.target_k9(n_cycles=5)
    assert row["pass"], row


@pytest.mark.slow
def test_k9_fifty_cycles(kim2024_experiment):
    row, _ = kim2024_experiment.target_k9(n_cycles=50)
    assert row["pass"], row
