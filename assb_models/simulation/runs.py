"""Long cycling runs that keep what finished.

``pybamm.Simulation.solve`` with an experiment holds the finished cycles in local
variables: an error that is not a solver failure, or Ctrl-C, loses all of them.
:func:`run_cycles` runs the experiment a few cycles at a time, continuing each
chunk from the last (PyBaMM's ``starting_solution``), so that after every chunk
the completed cycles exist as a solution and, with ``save_to``, as a file
(written to a temporary file and renamed, so never half-written).

- A solver failure or Ctrl-C (KeyboardInterrupt) stops the run: the completed
  cycles are returned, with a :class:`RunInterruptedWarning` and
  ``solution.termination`` = "interrupted: <why>". A cycle a solver failure cut
  short is not among them (PyBaMM keeps its steps that ran as a cycle): the run
  ends with the last chunk that completed, the state a resumed run starts from.
- Any other exception is raised with the completed cycles attached
  (``error.completed_solution``) and a note naming the saved file.
- ``run_cycles(..., resume_from=saved)`` (a solution or the saved file) continues
  after the cycles already done.

Memory stays constant over a long run: the summary variables of every cycle are
kept (``solution.summary_variables``, as a keep-everything run gives them), but
the full output only of the cycles in ``save_at_cycles`` (PyBaMM's meaning: a list
of 1-based cycle numbers or every n-th cycle; the first and the latest cycle
always) - the latest cycle is the state the next chunk starts from. The same
solution is the store on disk (``save_to``) that a run resumes from.
``save_at_cycles=None`` keeps every cycle. A cycle whose every step cannot start
(PyBaMM skips a step whose end condition already holds, e.g. a CV hold whose
current is already below its limit) is skipped with a :class:`CycleSkippedWarning`
and the run goes on, as in a ``pybamm.Experiment``.
"""

import json
import os
import pathlib
import warnings

import numpy as np
import pybamm

from assb_models.validation import InvalidInputError

from .analysis import (
    OutsideValidityWarning,
    largest_ohmic_number,
    warn_beyond_ohmic_limit,
)
from .simulation import Simulation


class RunInterruptedWarning(UserWarning):
    """A cycling run stopped early; the completed cycles are returned."""


class CycleSkippedWarning(UserWarning):
    """No step of a cycle could start (its end conditions held at once)."""


class _SolverErrors(pybamm.callbacks.Callback):
    """Records the solver failure PyBaMM's experiment loop logs and steps past."""

    def __init__(self):
        self.error = None

    def on_experiment_error(self, logs):
        self.error = logs["error"]


def _with_recorder(solve_kwargs, recorder):
    """``solve_kwargs`` with ``recorder`` added to the user's callbacks."""
    kwargs = dict(solve_kwargs or {})
    callbacks = kwargs.get("callbacks")
    if callbacks is None:
        callbacks = []
    elif not isinstance(callbacks, (list, tuple)):
        callbacks = [callbacks]
    kwargs["callbacks"] = [*callbacks, recorder]
    return kwargs


def _position_file(path):
    """The store's companion file: experiment cycles run, solved or skipped (a
    skipped cycle has no entry in ``solution.cycles``)."""
    path = pathlib.Path(path)
    return path.with_name(path.name + ".json")


def _wanted(number, save_at_cycles):
    """Whether cycle ``number`` (1-based) keeps its full output (PyBaMM's rule)."""
    if save_at_cycles is None or number == 1:
        return True
    if isinstance(save_at_cycles, int):
        return number % save_at_cycles == 0
    return number in save_at_cycles


def _detach(state):
    """A one-point state without the step output it was cut from: PyBaMM cuts its
    states as views of the step's arrays (``y[:, -1:]``, and the event state
    ``y_event``), which keep the whole step's output alive, so the state's arrays
    are copied and its cached first and last states dropped."""
    if isinstance(state, pybamm.Solution):
        state._sub_solutions = []
        all_ys = [_own(y) for y in state._all_ys]
        if state._all_ys_and_sens is state._all_ys:
            state._all_ys_and_sens = all_ys
        else:
            state._all_ys_and_sens = [_own(y) for y in state._all_ys_and_sens]
        state._all_ys = all_ys
        if state._all_yps is not None:
            state._all_yps = [_own(yp) for yp in state._all_yps]
        state._y_event = _own(state._y_event)
        state._t_event = _own(state._t_event)
        # the states of a state are cut from the same output, when asked for
        state._first_state = None
        state._last_state = None


def _own(array):
    """``array`` itself, or a copy if it is a view of a larger numpy array."""
    if isinstance(array, np.ndarray) and array.base is not None:
        return array.copy()
    return array


def _compact(solution, save_at_cycles):
    """The run's solution with full output only for the wanted and the latest cycle;
    every cycle's summary variables kept (their first and last states detached from
    the cycle's output, so a dropped cycle frees its memory)."""
    cycles = list(solution.cycles)
    kept = [
        cycle if (i == len(cycles) or _wanted(i, save_at_cycles)) else None
        for i, cycle in enumerate(cycles, start=1)
    ]
    summaries = list(solution.all_summary_variables)
    first_states = list(solution.all_first_states)
    for summary in summaries:
        _detach(getattr(summary, "first_state", None))
        _detach(getattr(summary, "last_state", None))
    for state in first_states:
        _detach(state)
    compact = pybamm.Solution.from_sub_solutions([c for c in kept if c is not None])
    compact.cycles = kept
    compact.update_summary_variables(summaries)
    compact.all_first_states = first_states
    compact.termination = solution.termination
    return compact


def _save(solution, path, position):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    solution.save(temporary)
    os.replace(temporary, path)
    companion = _position_file(path)
    temporary = companion.with_name(f".{companion.name}.tmp")
    temporary.write_text(json.dumps({"cycles run": position}))
    os.replace(temporary, companion)


def _resumed(resume_from):
    if resume_from is None or isinstance(resume_from, pybamm.Solution):
        return resume_from
    path = pathlib.Path(resume_from)
    if not path.is_file():
        raise InvalidInputError(f"resume_from = {str(path)!r}: no such file")
    return pybamm.load(path)


def _position(solution, resume_from):
    """Experiment cycles a run has been through: from the store's companion file,
    else the solution's cycles."""
    if not isinstance(resume_from, pybamm.Solution):
        companion = _position_file(resume_from)
        if companion.is_file():
            return json.loads(companion.read_text())["cycles run"]
    return len(solution.cycles)


def _skipped(solution):
    """Whether a chunk ended because its last cycle's steps could not start
    (PyBaMM skipped them), rather than by an event or a failure."""
    return "initial conditions" in str(solution.termination)


def _check_save_at_cycles(save_at_cycles):
    if save_at_cycles is None:
        return
    if isinstance(save_at_cycles, int) and not isinstance(save_at_cycles, bool):
        if save_at_cycles >= 1:
            return
    elif isinstance(save_at_cycles, (list, tuple, range)) and all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 1
        for n in save_at_cycles
    ):
        return
    raise InvalidInputError(
        f"'save_at_cycles' = {save_at_cycles!r} must be None, an integer in [1, inf) "
        "(every n-th cycle) or a list of cycle numbers in [1, inf)"
    )


def run_cycles(
    model,
    parameter_values,
    cycles,
    every=1,
    save_at_cycles=(),
    save_to=None,
    resume_from=None,
    experiment_kwargs=None,
    solve_kwargs=None,
    **simulation_kwargs,
):
    """Run ``cycles`` (as for :class:`pybamm.Experiment`), keeping finished cycles.

    Parameters
    ----------
    model : pybamm.BaseModel
    parameter_values : pybamm.ParameterValues
    cycles : list
        The experiment's cycles (strings, steps or tuples of them).
    every : int, optional
        Cycles per chunk (default 1): what is kept when the run stops is every
        complete chunk.
    save_at_cycles : int, list of int or None, optional
        Cycles (1-based) that keep their full output, as PyBaMM's ``solve``: a list
        of numbers, or every n-th cycle; the first and the latest cycle always.
        Default: those two only, so memory does not grow with the number of
        cycles; None keeps every cycle. Every cycle's summary variables are kept.
    save_to : str or pathlib.Path, optional
        Pickle of the run's solution (:func:`pybamm.load` reads it), rewritten
        after each chunk: the store the run resumes from.
    resume_from : pybamm.Solution or path, optional
        A solution (or its saved file) of the first cycles of this run; the run
        continues after its ``len(solution.cycles)`` cycles.
    experiment_kwargs, solve_kwargs : dict, optional
        Passed to :class:`pybamm.Experiment` and to ``solve``.
    **simulation_kwargs
        Passed to :class:`assb_models.Simulation` (var_pts, solver,
        ``output_variables`` ...).

    Returns
    -------
    pybamm.Solution
        The completed cycles (``solution.cycles``: None for a cycle whose output
        was not kept) with every cycle's summary variables; if the run stopped
        early, ``solution.termination`` is "interrupted: <why>".

    Warns
    -----
    OutsideValidityWarning
        Once per run, with the largest ohmic number of every chunk, when the
        reduced model ran beyond the range where it follows the DFN (each
        chunk's own warning from :class:`assb_models.Simulation` is withheld).
    """
    if not isinstance(every, int) or isinstance(every, bool) or every < 1:
        raise InvalidInputError(
            f"'every' = {every!r} is outside the allowed range [1, inf)"
        )
    _check_save_at_cycles(save_at_cycles)
    cycles = [c if isinstance(c, tuple) else (c,) for c in cycles]
    solution = _resumed(resume_from)
    done = 0 if solution is None else _position(solution, resume_from)
    if done > len(cycles):
        raise InvalidInputError(
            f"resume_from has {done} cycles, more than the {len(cycles)} of this run"
        )
    simulations = {}  # one per distinct chunk, reused (built once)
    reason = None
    pi_max = None  # the reduced model's largest ohmic number over the run
    try:
        for start in range(done, len(cycles), every):
            chunk = cycles[start : start + every]
            key = repr(chunk)
            if key not in simulations:
                experiment = pybamm.Experiment(chunk, **(experiment_kwargs or {}))
                simulations[key] = Simulation(
                    model,
                    parameter_values=parameter_values,
                    experiment=experiment,
                    **simulation_kwargs,
                )
            before = 0 if solution is None else len(solution.cycles)
            previous_termination = (
                "final time" if solution is None else solution.termination
            )
            recorder = _SolverErrors()
            # the reduced model's range is checked once for the whole run
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", OutsideValidityWarning)
                result = simulations[key].solve(
                    starting_solution=solution,
                    **_with_recorder(solve_kwargs, recorder),
                )
            pi = largest_ohmic_number(model, result)
            if pi is not None:
                pi_max = pi if pi_max is None else max(pi_max, pi)
            ran = len(result.cycles) - before
            skipped = _skipped(result)
            if recorder.error is not None:
                # PyBaMM ends the cycle at a solver failure and keeps the steps
                # that ran as a cycle: the run stops at the last complete chunk
                # (a resumed run starts the failed cycle from its beginning)
                if solution is None:
                    solution = _compact(result, save_at_cycles)
                    if save_to is not None:
                        _save(solution, save_to, start + ran)
                reason = (
                    f"SolverError in cycle {start + ran + (ran < len(chunk))}: "
                    f"{recorder.error}"
                )
                break
            if ran < len(chunk) and (skipped or result.termination == "final time"):
                warnings.warn(
                    f"cycles {start + ran + 1} to {start + len(chunk)}: no step could "
                    f"start ({result.termination}); skipped",
                    CycleSkippedWarning,
                    stacklevel=2,
                )
                ran = len(chunk)
                # the run goes on from the last cycle that ran: PyBaMM's solver
                # steps no further from a solution that ended "in initial
                # conditions"
                last = result.cycles[-1] if result.cycles else None
                if skipped:
                    result.termination = (
                        previous_termination if last is None else last.termination
                    )
            solution = _compact(result, save_at_cycles)
            if save_to is not None:
                _save(solution, save_to, start + ran)
            if ran < len(chunk):
                reason = f"the experiment stopped: {solution.termination}"
                break
    except (pybamm.SolverError, KeyboardInterrupt) as error:
        if solution is None:
            raise
        reason = f"{type(error).__name__}: {error}"
    except Exception as error:
        if solution is not None:
            error.completed_solution = solution
            error.add_note(
                f"assb_models.run_cycles: {len(solution.cycles)} completed cycles are "
                f"in error.completed_solution"
                + (f" and saved to {save_to}" if save_to is not None else "")
            )
        raise
    warn_beyond_ohmic_limit(pi_max, f"run_cycles ({len(solution.cycles)} cycles)")
    if reason is not None:
        where = f" (saved to {save_to})" if save_to is not None else ""
        warnings.warn(
            f"run stopped after {len(solution.cycles)} of {len(cycles)} cycles{where}; "
            f"{reason}. Resume with run_cycles(..., resume_from=...)",
            RunInterruptedWarning,
            stacklevel=2,
        )
        solution.termination = f"interrupted: {reason}"
    return solution
