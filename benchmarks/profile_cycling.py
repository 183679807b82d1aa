"""Where the time of ``bench_cycling.py`` goes: a profile table per model.

For the four models of ``bench_cycling.py`` (the Kim 2024 80/0 wt% cell with every
degradation option, PyBaMM's DFN with SEI growth, the SPMe with every degradation
option and PyBaMM's SPM with SEI growth), on
the same protocol (formation and ``--cycles`` cycles at 0.2 C), one run each:

- the discretised model: states (differential + algebraic), termination events,
  non-zeros of the Jacobian;
- IDA's counters summed over every step of the experiment (``print_stats``):
  integration steps, residual evaluations, Jacobian evaluations, error-test and
  nonlinear-convergence failures;
- the share of the solution's time points (IDA's steps) that fall in the first
  :data:`TRANSIENT_S` seconds of an experiment step: the transient after each
  change of current (the particle surface, resolved more finely on the package's
  surface-clustered particle mesh than on PyBaMM's uniform one, and the side
  reactions), against the slow part of the step;
- wall time split (``cProfile``) into building the experiment's models (parameters
  and discretisation), setting up the solver (CasADi functions), IDA's integration
  (``idaklu.solve``) and the rest of the experiment loop (step set-up, solution
  and summary processing).

With ``--same-mesh`` PyBaMM's models get the package's surface-clustered particle
mesh instead of their uniform one, so that both sides resolve the particle
surface alike (the Kim 2024 cell's 0.2 C capacity differs by about 2 % between
the two meshes).

Run ``python benchmarks/profile_cycling.py [--cycles N] [--same-mesh]``; prints a
Markdown table.
"""

import argparse
import cProfile
import os
import pstats
import re
import sys
import tempfile
from pathlib import Path

import pybamm

import assb_models
from assb_models.models.solid_state_dfn import SolidStateCell, particle_submesh
from assb_models.parameter_sets import Kim2024
from assb_models.solver import SolidStateSolver

sys.path.insert(0, str(Path(__file__).parent))
from bench_cycling import (  # noqa: E402
    CELL,
    CYCLE,
    FORMATION,
    SPME_ANODE,
    dfn_with_sei,
)

#: the protocol in Li-metal voltages (Li-In + 0.62 V), as in bench_cycling.py
LI_STEPS = (
    ("Charge at 0.05C until 4.32 V", "Discharge at 0.05C until 2.52 V"),
    ("Charge at 0.2C until 4.32 V", "Discharge at 0.2C until 2.52 V"),
)
#: the start of an experiment step counted as its transient [s]
TRANSIENT_S = 100.0
#: IDA counters printed by ``print_stats``, and their column names
COUNTERS = {
    "Number of steps": "IDA steps",
    "Number of calls to residual function": "residuals",
    "Number of Jacobian evaluations": "Jacobians",
    "Number of error test failures": "error-test fails",
    "Number of nonlinear convergence failures": "Newton fails",
}


def cases():
    """{name: (model, parameter values, (formation, cycle) steps)}."""
    assb = assb_models.get_parameter_values("Kim2024", pristine=True, **CELL)
    li = assb_models.get_parameter_values(
        "Kim2024", pristine=True, anode="lithium metal", **CELL
    )
    dfn, dfn_values = dfn_with_sei(li)
    spm, spm_values = dfn_with_sei(li, pybamm.lithium_ion.SPM)
    return {
        "ASSB DFN, all options": (
            assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
            assb,
            (FORMATION, CYCLE),
        ),
        "PyBaMM DFN + SEI": (dfn, dfn_values, LI_STEPS),
        "ASSB SPMe, all options": (
            assb_models.SolidStateSPMe({**Kim2024.MODEL_OPTIONS, **SPME_ANODE}),
            li,
            LI_STEPS,
        ),
        "PyBaMM SPM + SEI": (spm, spm_values, LI_STEPS),
    }


def _solver_for(model, print_stats):
    options = {"print_stats": print_stats}
    if isinstance(model, SolidStateCell):
        # the model's default tolerances (the reduced model's are tighter)
        default = model.default_solver
        return SolidStateSolver(
            rtol=default.rtol, atol=default.atol, options=options, expand=default.expand
        )
    return pybamm.IDAKLUSolver(options=options)


def _simulation(model, values, steps, n_cycles, print_stats=False, same_mesh=False):
    """The experiment's simulation; with ``same_mesh`` a PyBaMM model gets the
    package's surface-clustered particle mesh (:func:`particle_submesh`)."""
    experiment = pybamm.Experiment([steps[0]] + [steps[1]] * n_cycles)
    submesh_types = None
    if same_mesh and not isinstance(model, SolidStateCell):
        submesh_types = {**model.default_submesh_types}
        submesh_types["positive particle"] = particle_submesh()
    return pybamm.Simulation(
        model,
        parameter_values=values,
        experiment=experiment,
        solver=_solver_for(model, print_stats),
        submesh_types=submesh_types,
    )


def solve_capturing_stats(sim, save_at_cycles):
    """(solution, the text IDAKLU's ``print_stats`` wrote to standard output)."""
    sys.stdout.flush()
    saved = os.dup(1)
    with tempfile.TemporaryFile(mode="w+") as capture:
        os.dup2(capture.fileno(), 1)
        try:
            sol = sim.solve(save_at_cycles=save_at_cycles)
        finally:
            sys.stdout.flush()
            os.dup2(saved, 1)
            os.close(saved)
        capture.seek(0)
        return sol, capture.read()


def ida_counters(model, values, steps, n_cycles, same_mesh=False):
    """IDA's counters summed over the run (read from its ``print_stats`` output,
    which IDAKLU writes to the process's standard output)."""
    sim = _simulation(
        model, values, steps, n_cycles, print_stats=True, same_mesh=same_mesh
    )
    sol, text = solve_capturing_stats(sim, None)
    totals = dict.fromkeys(COUNTERS.values(), 0)
    for key, column in COUNTERS.items():
        for value in re.findall(re.escape(key) + r" = (\d+)", text):
            totals[column] += int(value)
    built = next(iter(sim.steps_to_built_models.values()))
    solver = next(iter(sim.steps_to_built_solvers.values()))
    totals["states"] = f"{built.len_rhs_and_alg} ({built.len_rhs} + {built.len_alg})"
    totals["events"] = sum(
        e.event_type == pybamm.EventType.TERMINATION for e in built.events
    )
    totals["Jacobian nnz"] = solver.get_jacobian_sparsity().nnz
    totals[f"points in a step's first {TRANSIENT_S:g} s [%]"] = 100 * transient_share(
        sol
    )
    return totals


def transient_share(solution):
    """Share of the time points of every experiment step that lie in the first
    :data:`TRANSIENT_S` seconds of their step."""
    early = total = 0
    for cycle in solution.cycles:
        for step in cycle.steps:
            t = step.t - step.t[0]
            early += int((t < TRANSIENT_S).sum())
            total += t.size
    return early / total


def time_split(model, values, steps, n_cycles, same_mesh=False):
    """Wall time [s] of one run, split by cProfile's cumulative times."""
    sim = _simulation(model, values, steps, n_cycles, same_mesh=same_mesh)
    profile = cProfile.Profile()
    profile.enable()
    sim.solve(save_at_cycles=[1, n_cycles + 1])
    profile.disable()
    stats = pstats.Stats(profile).stats

    def cumulative(file_part, function):
        return sum(
            value[3]
            for (file, _, name), value in stats.items()
            if file_part in file and name == function
        )

    total = cumulative("simulation.py", "solve")
    build = cumulative("simulation.py", "build_for_experiment")
    set_up = cumulative("idaklu_solver.py", "set_up")
    ida = sum(
        value[3] for (_, _, name), value in stats.items() if "idaklu.solve" in name
    )
    return {
        "total [s]": total,
        "build [s]": build,
        "solver set-up [s]": set_up,
        "IDA [s]": ida,
        "loop, rest [s]": total - build - set_up - ida,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=20)
    parser.add_argument(
        "--same-mesh",
        action="store_true",
        help="give PyBaMM's models the package's surface-clustered particle mesh",
    )
    args = parser.parse_args()
    rows = {}
    for name, (model, values, steps) in cases().items():
        rows[name] = {
            **ida_counters(model, values, steps, args.cycles, args.same_mesh),
            **time_split(model, values, steps, args.cycles, args.same_mesh),
        }
    print(f"profile of formation + {args.cycles} cycles at 0.2 C (one run each)\n")
    print_table(rows, "{:.2f}")


def print_table(rows, float_format):
    """Print ``{model: {column: value}}`` as a Markdown table."""
    columns = list(next(iter(rows.values())))
    print("| model | " + " | ".join(columns) + " |")
    print("| --- " * (len(columns) + 1) + "|")
    for name, row in rows.items():
        cells = [
            float_format.format(v) if isinstance(v, float) else str(v)
            for v in row.values()
        ]
        print(f"| {name} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
