"""Kim 2024 targets K1, K2, K3, K7, computed by the experiment script itself."""


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
