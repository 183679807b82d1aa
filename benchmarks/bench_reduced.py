"""SolidStateSPMe against SolidStateDFN: speed and voltage difference, side by side.

Both models run in one process on the same mesh (the default ``var_pts``) with
PyBaMM's default solver (IDAKLU), on two cells:

- **Kim2024 80/3**: 80 wt% NCM, 3 wt% carbon, Li-In, the clean core model (the
  transport protocol of ``experiments/kim2024_carbon.py``): a charged cell is
  discharged to the lower cut-off;
- **Sakka2022**: its ``MODEL_OPTIONS`` (stack-pressure laws); the set's cell is
  discharged, so the DFN charges it once at C/10 to the upper cut-off and rests it
  2 h, and both models start the discharge from that (uniform) NCM concentration.

For each cell, a constant-current discharge at C/10 to the lower cut-off is timed:

- build+solve: construct a fresh model, create the ``pybamm.Simulation`` and solve;
- solve-only: the same discharge on a simulation already built and solved once;

both the median of ``--repeats`` runs (default 5), SPMe and DFN interleaved. The
maximum |V_SPMe - V_DFN| up to 95 % of the DFN's discharge capacity (the knee at the
end of discharge excluded) is printed for C/10 and C/2. The goals:
solve-only time <= 0.3 x the DFN's; for Kim2024 80/3 within 2 mV of the DFN at C/10
and 10 mV at C/2. Where the map of ``benchmarks/spme_validity.py`` puts a case
beyond the SPMe's validity, the difference says so rather than a failure of the code.

Timings use the default mesh; ``--mesh-factor N`` refines the mesh of the voltage
comparison (C/10 is converged on the default mesh, 2.25 vs 2.26 mV at 2x; the C/2
difference at the knee is not: 41.6 mV at 1x, 36.6 at 3x, 36.0 at 4x).

The last two lines are, for Kim2024 80/3, ``max voltage difference at C/10 [mV]: X``
and ``solve-time ratio SPMe/DFN: Y`` (solve-only medians). Writes
``benchmarks/output/bench_reduced.json``.

Run with ``python benchmarks/bench_reduced.py [--repeats N]`` (about half a minute).
"""

import argparse
import json
import statistics
from pathlib import Path

import pybamm
from timing import timed

import assb_models
from assb_models.parameter_sets import Sakka2022
from assb_models.simulation.analysis import max_voltage_difference

#: cell: (set, recipe, options, charge first)
CELLS = {
    "Kim2024 80/3": (
        "Kim2024",
        {"am_wt_percent": 80, "carbon_wt_percent": 3},
        {},
        False,
    ),
    "Sakka2022": ("Sakka2022", {}, Sakka2022.MODEL_OPTIONS, True),
}
MODELS = {"SPMe": assb_models.SolidStateSPMe, "DFN": assb_models.SolidStateDFN}
TIMED_RATE = 0.1
RATES = (0.1, 0.5)
OUTPUT = Path(__file__).parent / "output" / "bench_reduced.json"


def charged_values(set_name, recipe, options, charge_first):
    """Parameter values of a charged cell (see the module docstring)."""
    pv = assb_models.get_parameter_values(set_name, **recipe)
    if charge_first:
        charge = pybamm.Experiment(
            [
                f"Charge at {TIMED_RATE:g}C until {pv['Upper voltage cut-off [V]']} V",
                "Rest for 2 hours",
            ]
        )
        sim = pybamm.Simulation(
            assb_models.SolidStateDFN(options), parameter_values=pv, experiment=charge
        )
        c = sim.solve()["Positive particle concentration [mol.m-3]"].entries[:, :, -1]
        pv["Initial concentration in positive electrode [mol.m-3]"] = float(c.mean())
    return pv


def build_and_solve(model_class, options, pv, c_rate, mesh_factor=1):
    """A fresh model's simulation, solved for a discharge at ``c_rate``, on the
    default mesh refined ``mesh_factor`` times."""
    pv = pv.copy()
    pv["Current function [A]"] = c_rate * pv["Nominal cell capacity [A.h]"]
    model = model_class(options)
    var_pts = {k: mesh_factor * n for k, n in model.default_var_pts.items()}
    sim = pybamm.Simulation(model, parameter_values=pv, var_pts=var_pts)
    sim.solve([0, 1.3 * 3600 / c_rate])
    return sim


def bench_cell(set_name, recipe, options, charge_first, repeats, mesh_factor):
    pv = charged_values(set_name, recipe, options, charge_first)
    times = {case: {m: [] for m in MODELS} for case in ("build+solve", "solve-only")}
    sims = {}
    for _ in range(repeats):
        for name, cls in MODELS.items():
            t, sims[name] = timed(build_and_solve, cls, options, pv, TIMED_RATE)
            times["build+solve"][name].append(t)
    for _ in range(repeats):
        for name, sim in sims.items():
            t, _ = timed(sim.solve, [0, 1.3 * 3600 / TIMED_RATE])
            times["solve-only"][name].append(t)
    difference = {}
    for rate in RATES:
        sols = {
            n: build_and_solve(cls, options, pv, rate, mesh_factor).solution
            for n, cls in MODELS.items()
        }
        difference[rate] = 1e3 * max_voltage_difference(sols["SPMe"], sols["DFN"])
    medians = {
        c: {m: statistics.median(ts) for m, ts in by.items()} for c, by in times.items()
    }
    return {
        "options": options,
        "charged_by_the_dfn_first": charge_first,
        "times_s": times,
        "median_s": medians,
        "ratio_spme_over_dfn": {c: m["SPMe"] / m["DFN"] for c, m in medians.items()},
        "states": {n: int(s.built_model.len_rhs_and_alg) for n, s in sims.items()},
        "max_voltage_difference_mV": {f"{r:g}C": v for r, v in difference.items()},
        "mesh_factor_of_the_voltage_difference": mesh_factor,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument(
        "--mesh-factor",
        type=int,
        default=1,
        help="refine the mesh of the voltage comparison (not of the timing) N times",
    )
    args = parser.parse_args()

    results = {
        cell: bench_cell(*spec, args.repeats, args.mesh_factor)
        for cell, spec in CELLS.items()
    }
    print(
        f"PyBaMM {pybamm.__version__}, C/{1 / TIMED_RATE:g} discharge timed, "
        f"median of {args.repeats}, default var_pts (voltage difference: "
        f"{args.mesh_factor}x)"
    )
    print(
        f"{'cell':<13} | {'case':<11} | {'SPMe [s]':>9} | {'DFN [s]':>9} | "
        "ratio SPMe/DFN"
    )
    for cell, r in results.items():
        for case, m in r["median_s"].items():
            print(
                f"{cell:<13} | {case:<11} | {m['SPMe']:9.4f} | {m['DFN']:9.4f} | "
                f"{r['ratio_spme_over_dfn'][case]:.3f}"
            )
    for cell, r in results.items():
        print(
            f"{cell}: states (rhs+alg) SPMe {r['states']['SPMe']}, "
            f"DFN {r['states']['DFN']}; "
            "max |V_SPMe - V_DFN| to 95 % of the DFN capacity: "
            + ", ".join(
                f"{k} {v:.2f} mV" for k, v in r["max_voltage_difference_mV"].items()
            )
        )

    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                "pybamm_version": pybamm.__version__,
                "timed_c_rate": TIMED_RATE,
                "repeats": args.repeats,
                "cells": results,
            },
            indent=2,
        )
    )
    print(f"written {OUTPUT}")
    kim = results["Kim2024 80/3"]
    print(
        "max voltage difference at C/10 [mV]: "
        f"{kim['max_voltage_difference_mV']['0.1C']:.2f}"
    )
    print(f"solve-time ratio SPMe/DFN: {kim['ratio_spme_over_dfn']['solve-only']:.3f}")


if __name__ == "__main__":
    main()
