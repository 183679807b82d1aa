"""Long cycling runs that keep what finished.

``pybamm.Simulation.solve`` with an experiment holds the finished cycles in local
variables: an error that is not a solver failure, or Ctrl-C, loses all of them.
:func:`run_cycles` runs the experiment a few cycles at a time, continuing each
chunk from the last (PyBaMM's ``starting_solution``), so that after every chunk
the completed cycles exist as a solution and, with ``save_to``, as a file
(written to a temporary file and renamed, so never half-written).

- A solver failure or Ctrl-C (KeyboardInterrupt) stops the run: the completed
  cycles are returned, with a :class:`RunInterruptedWarning` and
  ``solution.termination`` = "interrupted: <why>".
- Any other exception is raised with the completed cycles attached
  (``error.completed_solution``) and a note naming the saved file.
- ``run_cycles(..., resume_from=saved)`` (a solution or the saved file) continues
  after the cycles already done.
"""

import os
import pathlib
import warnings

import pybamm

from assb_models.validation import InvalidInputError

from .simulation import Simulation


class RunInterruptedWarning(UserWarning):
    """A cycling run stopped early; the completed cycles are returned."""


def _save(solution, path):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    solution.save(temporary)
    os.replace(temporary, path)


def _resumed(resume_from):
    if resume_from is None or isinstance(resume_from, pybamm.Solution):
        return resume_from
    path = pathlib.Path(resume_from)
    if not path.is_file():
        raise InvalidInputError(f"resume_from = {str(path)!r}: no such file")
    return pybamm.load(path)


def run_cycles(
    model,
    parameter_values,
    cycles,
    every=1,
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
    save_to : str or pathlib.Path, optional
        Pickle of the completed cycles (:func:`pybamm.load` reads it), rewritten
        after each chunk.
    resume_from : pybamm.Solution or path, optional
        A solution (or its saved file) of the first cycles of this run; the run
        continues after its ``len(solution.cycles)`` cycles.
    experiment_kwargs, solve_kwargs : dict, optional
        Passed to :class:`pybamm.Experiment` and to ``solve``.
    **simulation_kwargs
        Passed to :class:`assb_models.Simulation` (var_pts, solver, ...).

    Returns
    -------
    pybamm.Solution
        All completed cycles; if the run stopped early, ``solution.termination`` is
        "interrupted: <why>".
    """
    if not isinstance(every, int) or isinstance(every, bool) or every < 1:
        raise InvalidInputError(
            f"'every' = {every!r} is outside the allowed range [1, inf)"
        )
    cycles = [c if isinstance(c, tuple) else (c,) for c in cycles]
    solution = _resumed(resume_from)
    done = 0 if solution is None else len(solution.cycles)
    if done > len(cycles):
        raise InvalidInputError(
            f"resume_from has {done} cycles, more than the {len(cycles)} of this run"
        )
    simulations = {}  # one per distinct chunk, reused (built once)
    reason = None
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
            solution = simulations[key].solve(
                starting_solution=solution, **(solve_kwargs or {})
            )
            if save_to is not None:
                _save(solution, save_to)
            if solution.termination not in ("final time", None) and len(
                solution.cycles
            ) < start + len(chunk):
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
