"""Interrupted cycling runs keep their finished cycles and resume from them."""

import dataclasses
import json
import logging
import pathlib

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets._ncm import NCM_MATERIALS, ncm_table
from assb_models.reproductions import lee2020
from assb_models.reproductions.kim2024 import cells as kim_cells
from assb_models.simulation.runs import RunInterruptedWarning, run_cycles
from assb_models.solver import SolidStateSolver

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8}
CYCLE = ("Discharge at 1C for 5 minutes", "Charge at 1C for 4 minutes")


class StopAtCycle(pybamm.callbacks.Callback):
    """Raises ``error`` as cycle ``n`` (counted over the whole run) ends."""

    def __init__(self, n, error):
        self.n, self.error, self.count = n, error, 0

    def on_cycle_end(self, logs):
        self.count += 1
        if self.count == self.n:
            raise self.error


@pytest.fixture(scope="module")
def setup():
    model = assb_models.SolidStateDFN()
    return model, model.default_parameter_values


@pytest.fixture(scope="module")
def full_run(setup):
    model, pv = setup
    return run_cycles(model, pv, [CYCLE] * 4, var_pts=VAR_PTS)


@pytest.mark.parametrize("error", [KeyboardInterrupt(), pybamm.SolverError("boom")])
def test_interrupted_run_returns_and_saves_finished_cycles(
    setup, full_run, tmp_path, error
):
    model, pv = setup
    saved = tmp_path / "run.pkl"
    stop = StopAtCycle(3, error)
    with pytest.warns(RunInterruptedWarning, match="after 2 of 4 cycles"):
        partial = run_cycles(
            model,
            pv,
            [CYCLE] * 4,
            save_to=saved,
            var_pts=VAR_PTS,
            solve_kwargs={"callbacks": [stop]},
        )
    assert len(partial.cycles) == 2 and partial.termination.startswith("interrupted")
    assert len(pybamm.load(saved).cycles) == 2
    resumed = run_cycles(model, pv, [CYCLE] * 4, resume_from=saved, var_pts=VAR_PTS)
    assert len(resumed.cycles) == 4
    np.testing.assert_allclose(
        resumed["Voltage [V]"].entries[-1],
        full_run["Voltage [V]"].entries[-1],
        rtol=1e-6,
    )


def test_other_errors_carry_the_finished_cycles(setup):
    model, pv = setup
    stop = StopAtCycle(2, RuntimeError("disk full"))
    with pytest.raises(RuntimeError, match="disk full") as err:
        run_cycles(
            model, pv, [CYCLE] * 3, var_pts=VAR_PTS, solve_kwargs={"callbacks": [stop]}
        )
    assert len(err.value.completed_solution.cycles) == 1
    assert "1 completed cycles" in "".join(err.value.__notes__)


def _summaries(solution):
    names = solution.summary_variables.all_variables
    return {name: np.asarray(solution.summary_variables[name]) for name in names}


def test_default_run_keeps_summaries_of_every_cycle_and_two_cycles(
    setup, full_run, tmp_path
):
    """The default run keeps the first and latest cycles' output and the same
    per-cycle summaries as a keep-everything run; its store resumes the run."""
    model, pv = setup
    everything = run_cycles(
        model, pv, [CYCLE] * 4, save_at_cycles=None, var_pts=VAR_PTS
    )
    assert all(c is not None for c in everything.cycles)
    assert [c is not None for c in full_run.cycles] == [True, False, False, True]
    expected, got = _summaries(everything), _summaries(full_run)
    assert expected.keys() == got.keys() and len(expected) > 5
    for name, values in expected.items():
        np.testing.assert_allclose(got[name], values, rtol=1e-9, err_msg=name)
    store = tmp_path / "store.pkl"
    run_cycles(model, pv, [CYCLE] * 2, save_to=store, var_pts=VAR_PTS)
    resumed = run_cycles(model, pv, [CYCLE] * 4, resume_from=store, var_pts=VAR_PTS)
    for name, values in expected.items():
        np.testing.assert_allclose(
            _summaries(resumed)[name], values, rtol=1e-9, err_msg=name
        )


def test_every_nth_cycle_is_kept():
    model = assb_models.SolidStateDFN()
    solution = run_cycles(
        model,
        model.default_parameter_values,
        [CYCLE] * 5,
        save_at_cycles=2,
        var_pts=VAR_PTS,
    )
    assert [c is not None for c in solution.cycles] == [True, True, False, True, True]


def test_a_cycle_that_cannot_start_is_skipped_and_the_run_goes_on(setup):
    """A CV hold whose current is already below its limit (right after a hold to
    C/20, asked to end at 2C) cannot start: PyBaMM skips it, the run warns and
    goes on from the last cycle that ran."""
    model, pv = setup
    cycles = [
        (
            "Discharge at 1C for 5 minutes",
            "Charge at 1C until 3.6 V",
            "Hold at 3.6 V until C/20",
        ),
        ("Hold at 3.6 V until 2C",),
        ("Rest for 1 minute",),
        ("Discharge at 1C for 1 minute",),
    ]
    from assb_models.simulation.runs import CycleSkippedWarning

    with pytest.warns(CycleSkippedWarning, match="cycles 2 to 2: no step could start"):
        solution = run_cycles(model, pv, cycles, var_pts=VAR_PTS)
    assert len(solution.cycles) == 3 and solution.termination == "final time"
    v = solution.cycles[-1]["Voltage [V]"].entries
    assert np.all(np.isfinite(v)) and v[-1] < v[0]


class FailingStep(pybamm.IDAKLUSolver):
    """IDAKLU whose ``fail_at``-th step of the run (counted over its copies) fails."""

    def __init__(self, fail_at, counter=None, **kwargs):
        super().__init__(**kwargs)
        self.fail_at, self.counter = fail_at, counter if counter is not None else [0]

    def step(self, *args, **kwargs):
        self.counter[0] += 1
        if self.counter[0] == self.fail_at:
            raise pybamm.SolverError("IDA_BAD_K (a stand-in failure)")
        return super().step(*args, **kwargs)


def test_a_cycle_cut_short_by_a_solver_failure_is_not_counted(setup, tmp_path):
    """The 4th step is the 2nd of cycle 2: PyBaMM keeps cycle 2's first step as a
    cycle; the run ends with cycle 1, the state a resumed run starts cycle 2 from."""
    model, pv = setup
    store = tmp_path / "run.pkl"
    with pytest.warns(RunInterruptedWarning, match="SolverError in cycle 2"):
        partial = run_cycles(
            model,
            pv,
            [CYCLE] * 3,
            var_pts=VAR_PTS,
            solver=FailingStep(4),
            save_to=store,
        )
    assert len(partial.cycles) == 1
    assert "interrupted: SolverError in cycle 2" in partial.termination
    resumed = run_cycles(model, pv, [CYCLE] * 3, var_pts=VAR_PTS, resume_from=store)
    assert len(resumed.cycles) == 3 and resumed.termination == "final time"


#: the state at which the 1,000-cycle Lee2020 SPMe run stopped (cycle 601)
CV_HOLD_STATE = pathlib.Path(__file__).with_name("lee2020_cv_hold_state.json")


def test_a_cv_hold_pybamms_idaklu_cannot_start_runs_with_the_default_solver():
    """The CV hold after a CC charge to 4.25 V runs to C/20 with the models'
    default solver. From the stored state (the end of the CC charge at which the
    1,000-cycle run stopped, while the model's states still match it) PyBaMM's
    IDAKLU cannot take the first step (IDA_BAD_K after h ~ 1e-60 s) although the
    state is consistent, and the default solver solves the step again with IDA's
    full-system initialisation; otherwise the hold starts from a fresh CC charge."""
    model = assb_models.SolidStateSPMe(
        {"anode": "anode-free", "anode interphase": "diffusion-limited"}
    )
    experiment = pybamm.Experiment(
        [("Charge at 0.5C until 4.25 V", "Hold at 4.25 V until C/20")]
    )
    simulation = assb_models.Simulation(
        model, parameter_values=lee2020.parameter_values(), experiment=experiment
    )
    simulation.build_for_experiment()
    hold = simulation.steps_to_built_models[experiment.steps[1].basic_repr()]
    state = json.loads(CV_HOLD_STATE.read_text())
    y = np.array(state["y"])[:, np.newaxis]
    stored = y.shape[0] == hold.len_rhs_and_alg
    if stored:
        start = pybamm.Solution(np.array([state["t [s]"]]), y, hold, {})
    else:
        # the model's states changed since the state was stored: start the hold
        # from the end of a fresh CC charge to 4.25 V instead
        charge = assb_models.Simulation(
            model,
            parameter_values=lee2020.parameter_values(),
            experiment=pybamm.Experiment([experiment.steps[0]]),
        ).solve()
        assert "Voltage cut-off" in charge.termination or "voltage" in (
            charge.termination.lower()
        )
        start = charge.last_state
    try:
        pybamm.IDAKLUSolver().step(start, hold, 86400.0, save=False)
        reproduced = False
    except pybamm.SolverError:
        reproduced = True
    step = SolidStateSolver().step(start, hold, 86400.0, save=False)
    assert "C-rate cut-off" in step.termination
    current = step["Current [A]"].entries
    assert current[0] < 0 and abs(current[-1]) < abs(current[0]) / 5
    if stored:
        # the stored state is the one PyBaMM's IDAKLU could not start from
        assert reproduced, "PyBaMM's IDAKLU now starts the stored hold"


def test_a_discharge_that_fails_at_default_tolerances_reaches_its_cut_off(caplog):
    """The 0.05 C formation discharge of a carbon-free Kim 2024 cell (90/0 wt%,
    side reactions off, NCM811 diffusivity drop from x = 0.7131) fails at rtol 1e-4
    about two minutes before its 1.9 V cut-off, both ways of starting the step,
    when the NCM surface reaches x = 0.9994; the default solver then solves the
    step at tolerances 10x tighter and the discharge reaches its cut-off instead of
    being lost."""
    material = dataclasses.replace(NCM_MATERIALS["NCM811"], drop_start=0.7131000271)
    overrides = {name: value for name, (value, _) in ncm_table(material).items()}
    with caplog.at_level(logging.WARNING, logger="pybamm.logger"):
        result = kim_cells.formation(90, 0, overrides=overrides, side_reactions=False)
    assert "solving it again at rtol 1e-05" in caplog.text
    voltage = result["solution"]["Voltage [V]"].entries
    assert voltage[-1] == pytest.approx(1.9, abs=1e-6)
    assert result["discharge [mAh/g]"] > 100
