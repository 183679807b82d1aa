"""Bad input in fits that solve: a replay beyond the cell's charge, a fit stopped
early, a fit ending at a bound."""

import dataclasses

import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.data.table import CURRENT
from assb_models.fitting import (
    BoundWarning,
    FitInterruptedWarning,
    FitParameter,
    FitProblem,
    fit,
)
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.simulation import protocol

KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8}
KIM = assb_models.get_parameter_values("Kim2024")


@pytest.fixture(scope="module")
def discharge():
    return simulate_discharge(KIM, 1.0, noise_V=2e-3, seed=2, var_pts=VAR_PTS)


def test_replaying_far_more_charge_than_the_model_holds_is_named(discharge):
    big = dataclasses.replace(discharge, table=discharge.table.copy())
    big.table[CURRENT] *= 200
    with pytest.raises(InvalidInputError, match="Nominal cell capacity"):
        protocol.replay_parameters(KIM, big)


def test_interrupted_fit_keeps_the_best_point(discharge, monkeypatch):
    calls = {"n": 0}
    residuals = FitProblem.residuals

    def stop_after_four(self, x):
        calls["n"] += 1
        if calls["n"] == 5:  # Ctrl-C once, during the fifth evaluation
            raise KeyboardInterrupt
        return residuals(self, x)

    monkeypatch.setattr(FitProblem, "residuals", stop_after_four)
    with pytest.warns(FitInterruptedWarning, match="after 4 model evaluations"):
        result = fit(
            discharge,
            [FitParameter(KAPPA, initial=0.06)],
            "Kim2024",
            var_pts=VAR_PTS,
            progress=False,
        )
    assert (
        result.message.startswith("interrupted") and "INTERRUPTED" in result.summary()
    )
    assert result.values[0] != 0.06  # it kept a better point than the start
    assert result.rmse_V[0] < 1.0


def test_fit_ending_at_a_bound_warns(discharge, capsys):
    with pytest.warns(BoundWarning, match="ended at its upper bound 0.08"):
        result = fit(
            discharge,
            [FitParameter(KAPPA, initial=0.05, bounds=(0.02, 0.08))],
            "Kim2024",
            var_pts=VAR_PTS,
        )
    assert result.at_bounds == [KAPPA] and "AT A BOUND" in result.summary()
    progress = capsys.readouterr().err
    assert "fit: evaluation 1: RMS residual" in progress
