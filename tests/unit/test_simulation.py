""""""

import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError


def test_bad_values_are_caught_before_building():
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({"Positive electrode thickness [m]": -5e-5})
    with pytest.raises(
        assb_models.InvalidInputError, match="Positive electrode thickness"
    ):
        assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)


def test_impossible_first_step_says_what_to_check():
    """A pristine (discharged) cell asked to discharge: caught before solving."""
    pv = assb_models.get_parameter_values("Kim2024", pristine=True)
    pv.update({"Lower voltage cut-off [V]": 3.0})
    sim = assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=pv)
    with pytest.raises(InvalidInputError, match="Initial concentration in positive"):
        sim.solve([0, 3600])


@pytest.mark.parametrize(
    "step, words",
    [
        (
            "Discharge at C/2 until 10 V",
            "= 10.0 is outside the allowed range [1.9, 3.7]",
        ),
        (
            "Charge at C/2 until 100 V",
            "= 100.0 is outside the allowed range [1.9, 3.7]",
        ),
        (
            "Discharge at -1C until 2.5 V",
            "negative, outside the allowed range (0, inf)",
        ),
        ("Hold at 5 V for 1 hour", "= 5.0 is outside the allowed range [1.9, 3.7]"),
    ],
)
def test_impossible_steps_are_named_when_the_simulation_is_made(step, words):
    with pytest.raises(InvalidInputError) as err:
        assb_models.Simulation(
            assb_models.SolidStateDFN(), experiment=pybamm.Experiment([step])
        )
    assert step in str(err.value) and words in str(err.value)


def test_experiment_temperature_is_checked():
    with pytest.raises(InvalidInputError, match=r"temperature \[K\]. = 1000"):
        assb_models.Simulation(
            assb_models.SolidStateDFN(),
            experiment=pybamm.Experiment(["Rest for 1 minute"], temperature=1000),
        )


def test_pristine_park2021_full_cell_plain_solve_is_explained():
    from assb_models.parameter_sets import Park2021

    pv = assb_models.get_parameter_values("Park2021", cell="full")
    model = assb_models.SolidStateDFN(Park2021.full_cell_options("bare Li"))
    sim = assb_models.Simulation(model, parameter_values=pv)
    with pytest.raises(InvalidInputError, match="nothing to discharge. Charge first"):
        sim.solve([0, 3600])


@pytest.mark.parametrize(
    "initial_soc, words",
    [
        (1.5, "'initial_soc' = 1.5 is outside the allowed range [0, 1]"),
        (-0.1, "[0, 1]"),
        ("4.5 V", "= 4.5 is outside the allowed range [1.9, 3.7]"),
        ("full", "must be a state of charge in [0, 1] or a voltage"),
        ("x V", "must be a state of charge"),
    ],
)
def test_bad_initial_soc_is_named(initial_soc, words):
    sim = assb_models.Simulation(assb_models.SolidStateDFN())
    with pytest.raises(InvalidInputError) as err:
        sim.solve([0, 60], initial_soc=initial_soc)
    assert words in str(err.value)


def test_a_cv_hold_that_may_not_start_is_not_refused_before_solving():
    """A CV hold after a CC charge to the same voltage (its current may already be
    below the limit) is a valid experiment: PyBaMM skips it if it cannot start, so
    the checks before solving let it through."""
    sim = assb_models.Simulation(
        assb_models.SolidStateDFN(),
        parameter_values=assb_models.get_parameter_values("Kim2024"),
        experiment=pybamm.Experiment(
            [
                (
                    "Charge at 1C until 3.6 V",
                    "Hold at 3.6 V until C/50",
                    "Hold at 3.6 V until 2C",
                )
            ]
        ),
    )
    hold = sim.experiment.steps[2]
    assert isinstance(hold, pybamm.step.Voltage) and hold.skip_ok


def test_refined_mesh_multiplies_the_named_coordinates_only():
    """The convergence-check mesh: every count doubled, or only those named; an
    unknown coordinate is named in the error."""
    from assb_models.simulation import refined_var_pts

    model = assb_models.SolidStateDFN()
    base = model.default_var_pts
    assert refined_var_pts(model) == {k: 2 * v for k, v in base.items()}
    part = refined_var_pts(model, 3, ("x_s",))
    assert part["x_s"] == 3 * base["x_s"]
    assert all(part[k] == base[k] for k in base if k != "x_s")
    with pytest.raises(InvalidInputError, match="'x_q'"):
        refined_var_pts(model, 2, ("x_q",))
