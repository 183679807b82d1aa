"""Protocols from data, fit set-up errors, identifiability flags and provenance."""

import dataclasses

import numpy as np
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.fitting import (
    FitParameter,
    fit,
)
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.simulation import protocol

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}


KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"


@pytest.fixture(scope="module")
def params():
    return assb_models.get_parameter_values("Kim2024")


@pytest.fixture(scope="module")
def one_c(params):
    return simulate_discharge(params, 1.0, noise_V=5e-3, seed=1, var_pts=VAR_PTS)


def test_areal_replay_scales_to_the_model_area(params, one_c):
    half = dataclasses.replace(one_c, area_cm2=0.5)  # half the model's 1 cm2
    current = protocol.replay_current(half, params, areal=True)
    assert np.ravel(current.y)[0] == pytest.approx(
        2 * one_c.table["Current [A]"].iloc[0]
    )
    with pytest.raises(InvalidInputError, match="areal=True needs"):
        protocol.replay_current(one_c, params, areal=True)


@pytest.mark.parametrize(
    "parameter, words",
    [
        (FitParameter("Positive electrode thickness [m]"), "sets the model geometry"),
        (
            FitParameter("Electrolyte conductivity [S.m-1]"),
            "is a function of the state",
        ),
        (FitParameter("Solid electrolyte conductivity [S.m-1]"), "did you mean"),
        (
            FitParameter(KAPPA, initial=1.0, bounds=(0.01, 0.5)),
            "outside the allowed range",
        ),
        (FitParameter(KAPPA, bounds=(-1, 0.5)), "(0, inf)"),
    ],
)
def test_bad_parameters_are_named(one_c, parameter, words):
    with pytest.raises(InvalidInputError) as error:
        fit(one_c, [parameter], "Kim2024", var_pts=VAR_PTS)
    assert words in str(error.value)
