"""run_cycles arguments and which cycles keep their output (no solving; the runs
themselves are in tests/integration/test_cycling_runs.py)."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.simulation.runs import _detach, _wanted, run_cycles

KIM = assb_models.get_parameter_values("Kim2024")


@pytest.mark.parametrize(
    "save_at_cycles, kept",
    [
        ((), [1]),
        (None, [1, 2, 3, 4, 5, 6]),
        (2, [1, 2, 4, 6]),
        ([3, 5], [1, 3, 5]),
    ],
)
def test_cycles_kept_follow_pybamms_save_at_cycles(save_at_cycles, kept):
    """The first cycle always, then PyBaMM's rule (the latest is kept by the run)."""
    assert [n for n in range(1, 7) if _wanted(n, save_at_cycles)] == kept


@pytest.mark.parametrize(
    "kwargs, words",
    [
        ({"every": 0}, "'every' = 0"),
        ({"save_at_cycles": -1}, "'save_at_cycles' = -1"),
        ({"save_at_cycles": [1, True]}, "'save_at_cycles' = [1, True]"),
        ({"resume_from": "no/such/store.pkl"}, "no such file"),
    ],
)
def test_bad_run_arguments_are_named_before_solving(kwargs, words):
    with pytest.raises(InvalidInputError) as err:
        run_cycles(assb_models.SolidStateDFN(), KIM, ["Rest for 1 minute"], **kwargs)
    assert words in str(err.value)


def test_solver_failures_are_recorded_beside_the_users_callbacks():
    """PyBaMM logs a solver failure inside a cycle and ends the cycle; the run
    records it (to stop there) without dropping the user's callbacks."""
    import pybamm

    from assb_models.simulation.runs import _SolverErrors, _with_recorder

    user = pybamm.callbacks.Callback()
    recorder = _SolverErrors()
    for given, expected in ((None, [recorder]), (user, [user, recorder])):
        kwargs = _with_recorder({"callbacks": given}, recorder)
        assert kwargs["callbacks"] == expected
    recorder.on_experiment_error({"error": pybamm.SolverError("IDA failed")})
    assert "IDA failed" in str(recorder.error)


def test_a_detached_state_does_not_keep_its_steps_output():
    """PyBaMM cuts a cycle's first and last states as views of the step's arrays,
    which keep the whole step's output alive after the cycle is dropped (the
    memory of a long run then grows with the model's size); a detached state owns
    one point, with the same values."""
    model = pybamm.BaseModel()
    y_step = np.arange(12.0).reshape(3, 4)
    state = pybamm.Solution(
        np.array([3.0]),
        y_step[:, -1:],
        model,
        {},
        t_event=np.array([3.0]),
        y_event=y_step[:, -1],
        all_yps=[y_step[:, -1:] * 2],
    )
    assert state.last_state is not None  # cached, cut from the same arrays
    assert state.all_ys[0].base is not None
    _detach(state)
    for array, expected in (
        (state.all_ys[0], y_step[:, -1:]),
        (state._all_ys_and_sens[0], y_step[:, -1:]),
        (state.all_yps[0], 2 * y_step[:, -1:]),
        (state.y_event, y_step[:, -1]),
        (state.last_state.all_ys[0], y_step[:, -1:]),
    ):
        assert array.base is None or array.base is state.all_ys[0]
        assert not np.shares_memory(array, y_step)
        np.testing.assert_array_equal(array, expected)
