"""A first experiment step that cannot run: an error that names the way out."""

import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError


@pytest.mark.parametrize(
    "steps, words",
    [
        (
            ["Rest for 1 minute", "Discharge at C/2 until 3.69 V"],
            "rested voltage 3.684 V",
        ),
        (["Discharge at C/2 until 3.6 V"], "no step of the experiment ran"),
    ],
)
def test_a_first_step_that_cannot_run_is_an_error_not_an_empty_solution(steps, words):
    sim = assb_models.Simulation(
        assb_models.SolidStateDFN(), experiment=pybamm.Experiment(steps)
    )
    with pytest.raises(InvalidInputError, match=words):
        sim.solve()
