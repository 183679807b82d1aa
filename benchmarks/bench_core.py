"""Speed of the lithium-metal ASSB core against PyBaMM's own DFN, side by side.

Both models run in one process with PyBaMM's IDAKLU solver on the same mesh: the
solid-state model's ``default_var_pts`` and ``default_submesh_types`` (its AM
particles clustered at the surface) for both, since on PyBaMM's uniform particle
mesh the DFN would solve a different discretisation of the cell (4 % more 1C
capacity, fewer steps). The models are :class:`assb_models.SolidStateDFN` with the
Kim2024 lithium-metal set and the physically identical half-cell DFN of
:func:`assb_models.models.reference.equivalent_pybamm_dfn`. Cases:

- build+solve: construct a fresh model, create the ``pybamm.Simulation`` and solve a
  1C discharge over [0, 3600] s (it stops at the lower voltage cut-off);
- solve-only: the same discharge on a simulation already built and solved once;
- cycling: one run of a CC-CV experiment (1C discharge to 2.5 V, 1C charge to 4.3 V,
  hold at 4.3 V until C/20), 100 cycles by default.

The first two cases are the median of ``--repeats`` runs, ASSB and DFN interleaved.
The 1C discharge capacities of the two must agree within
:data:`CAPACITY_AGREEMENT` (relative), or the script stops: a ratio of two
different cells' solves measures nothing. Prints a table with the ratio ASSB/DFN
(the project's goal is <= 1.0 for build+solve and solve-only) and writes
``benchmarks/output/bench_core.json``.

Run with ``python benchmarks/bench_core.py [--repeats N] [--cycles N]``.
"""

import argparse
import json
import statistics
from pathlib import Path

import pybamm
from timing import timed

import assb_models
from assb_models.models.reference import equivalent_pybamm_dfn

PARAMETER_SET = "Kim2024"
OPTIONS = {"anode": "lithium metal"}
T_EVAL = [0, 3600]
OUTPUT = Path(__file__).parent / "output" / "bench_core.json"
#: largest relative difference of the two models' 1C discharge capacities
CAPACITY_AGREEMENT = 1e-3


def build_and_solve(new_model, parameter_values, mesh):
    """Simulation of a freshly constructed model on ``mesh`` (``var_pts`` and
    ``submesh_types``), solved once."""
    sim = pybamm.Simulation(new_model(), parameter_values=parameter_values, **mesh)
    sim.solve(T_EVAL)
    return sim


def discharge_capacity(sim):
    """Charge [A.h] of the last solve of ``sim``."""
    return float(sim.solution["Discharge capacity [A.h]"].entries[-1])


def check_same_cell(sims):
    """Relative difference of the ASSB's 1C discharge capacity from the DFN's;
    raises ``RuntimeError`` beyond :data:`CAPACITY_AGREEMENT`."""
    q = {name: discharge_capacity(sim) for name, sim in sims.items()}
    difference = q["ASSB"] / q["PyBaMM DFN"] - 1
    if abs(difference) > CAPACITY_AGREEMENT:
        raise RuntimeError(
            f"1C discharge capacities differ by {difference:.1e} (ASSB "
            f"{1e3 * q['ASSB']:.5f}, DFN {1e3 * q['PyBaMM DFN']:.5f} mA.h), more than "
            f"{CAPACITY_AGREEMENT:g}: the two models do not solve the same cell; "
            "check equivalent_pybamm_dfn and the mesh both are given"
        )
    return difference


def cycling_experiment(n_cycles, parameter_values):
    """CC-CV cycles, with cut-offs kept within the set's voltage limits."""
    lower = parameter_values["Lower voltage cut-off [V]"]
    upper = parameter_values["Upper voltage cut-off [V]"]
    v_min, v_max = max(2.5, lower), min(4.3, upper)
    cycle = (
        f"Discharge at 1C until {v_min} V",
        f"Charge at 1C until {v_max} V",
        f"Hold at {v_max} V until C/20",
    )
    return pybamm.Experiment([cycle] * n_cycles), cycle


def final_discharge_capacity(solution):
    """Charge passed in the last cycle's discharge step [A.h]."""
    q = solution.cycles[-1].steps[0]["Discharge capacity [A.h]"].entries
    return float(q[-1] - q[0])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--cycles", type=int, default=100)
    args = parser.parse_args()

    pv = assb_models.get_parameter_values(PARAMETER_SET, anode=OPTIONS["anode"])
    reference = assb_models.SolidStateDFN(OPTIONS)
    var_pts = reference.default_var_pts
    mesh = {"var_pts": var_pts, "submesh_types": reference.default_submesh_types}
    _, pv_dfn = equivalent_pybamm_dfn(pv)
    models = {
        "ASSB": (lambda: assb_models.SolidStateDFN(OPTIONS), pv),
        "PyBaMM DFN": (lambda: equivalent_pybamm_dfn(pv)[0], pv_dfn),
    }

    times = {
        case: {name: [] for name in models} for case in ("build+solve", "solve-only")
    }
    sims = {}
    for _ in range(args.repeats):
        for name, (new_model, values) in models.items():
            t, sims[name] = timed(build_and_solve, new_model, values, mesh)
            times["build+solve"][name].append(t)
    for _ in range(args.repeats):
        for name, sim in sims.items():
            t, _ = timed(sim.solve, T_EVAL)
            times["solve-only"][name].append(t)
    one_discharge = check_same_cell(sims)

    experiment, cycle = cycling_experiment(args.cycles, pv)
    capacity = {}
    times[f"{args.cycles} cycles"] = {}
    for name, (new_model, values) in models.items():
        print(f"{args.cycles} cycles of {cycle}: {name} ...", flush=True)
        sim = pybamm.Simulation(
            new_model(), parameter_values=values, experiment=experiment, **mesh
        )
        t, solution = timed(sim.solve)
        times[f"{args.cycles} cycles"][name] = [t]
        capacity[name] = final_discharge_capacity(solution)
        print(f"  done in {t:.1f} s, {len(solution.cycles)} cycles", flush=True)

    medians = {
        case: {name: statistics.median(ts) for name, ts in by_model.items()}
        for case, by_model in times.items()
    }
    ratios = {case: m["ASSB"] / m["PyBaMM DFN"] for case, m in medians.items()}
    states = {name: int(sim.built_model.len_rhs_and_alg) for name, sim in sims.items()}
    solver = {name: type(sim.solver).__name__ for name, sim in sims.items()}

    print(
        f"\nPyBaMM {pybamm.__version__}, {PARAMETER_SET} ({OPTIONS['anode']}), "
        f"solver {solver}, var_pts {var_pts}"
    )
    for case, by_model in times.items():
        for name, ts in by_model.items():
            print(f"{case:>12} {name:>10}: " + " ".join(f"{t:.4f}" for t in ts))
    print(f"\n{'case':<12} | {'ASSB [s]':>9} | {'PyBaMM DFN [s]':>14} | ratio ASSB/DFN")
    for case, m in medians.items():
        print(
            f"{case:<12} | {m['ASSB']:9.4f} | {m['PyBaMM DFN']:14.4f} | "
            f"{ratios[case]:.3f}"
        )
    print(f"states (rhs+alg): ASSB {states['ASSB']}, PyBaMM DFN {states['PyBaMM DFN']}")
    difference = capacity["ASSB"] / capacity["PyBaMM DFN"] - 1
    print(
        "final discharge capacity [mA.h]: "
        + ", ".join(f"{name} {1e3 * q:.5f}" for name, q in capacity.items())
        + f" (relative difference {difference:.1e})"
    )
    print(f"1C discharge capacity, relative difference ASSB/DFN: {one_discharge:.1e}")

    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                "pybamm_version": pybamm.__version__,
                "parameter_set": PARAMETER_SET,
                "options": OPTIONS,
                "solver": solver,
                "var_pts": var_pts,
                "positive particle submesh": str(
                    mesh["submesh_types"]["positive particle"]
                ),
                "1C discharge capacity relative difference": one_discharge,
                "repeats": args.repeats,
                "cycle": cycle,
                "times_s": times,
                "median_s": medians,
                "ratio_assb_over_dfn": ratios,
                "states": states,
                "final_discharge_capacity_Ah": capacity,
            },
            indent=2,
        )
    )
    print(f"written {OUTPUT}")


if __name__ == "__main__":
    main()
