"""Solver accuracy and work on ``bench_cycling.py``'s ASSB cell, against a tight
reference.

The Kim 2024 80/0 wt% cell with every degradation option
(``SolidStateDFN(Kim2024.MODEL_OPTIONS)``) is formed at 0.05 C and cycled
``--cycles`` times at 0.2 C with :class:`~assb_models.solver.SolidStateSolver`,
once at ``rtol`` 1e-8, ``atol`` 1e-10 (the reference) and once per IDAKLU option
set given (JSON, e.g. ``'{"max_nonlinear_iterations": 40}'``; ``'{}'`` is the
solver's default) at the default tolerances. Printed per run: IDA's counters
summed over the experiment, CPU time [s], and the largest relative difference from
the reference over the cycles of the 0.2 C discharge capacity, the x-averaged CEI
thickness and the SE oxidation capacity (each at the end of a discharge), and of
"Total lithium [mol]".

Run ``python benchmarks/cycling_accuracy.py [--cycles N] [OPTIONS ...]``.
"""

import argparse
import json
import re
import sys
import time
from pathlib import Path

import numpy as np
import pybamm

import assb_models
from assb_models.parameter_sets import Kim2024
from assb_models.solver import SolidStateSolver

sys.path.insert(0, str(Path(__file__).parent))
from bench_cycling import CELL, CYCLE, FORMATION  # noqa: E402
from profile_cycling import COUNTERS, print_table, solve_capturing_stats  # noqa: E402

#: {column: variable at the end of each discharge}
OUTPUTS = {
    "0.2 C capacity": "Discharge capacity [A.h]",
    "CEI thickness": "X-averaged positive electrode CEI thickness [m]",
    "SE oxidation": "SE oxidation capacity [A.h]",
    "total Li": "Total lithium [mol]",
}


def run(n_cycles, rtol=1e-4, atol=1e-6, options=None):
    """IDA counters, CPU time [s] and {column: values per cycle} of one run."""
    values = assb_models.get_parameter_values("Kim2024", pristine=True, **CELL)
    solver = SolidStateSolver(
        rtol=rtol, atol=atol, options={"print_stats": True, **(options or {})}
    )
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
        parameter_values=values,
        experiment=pybamm.Experiment([FORMATION] + [CYCLE] * n_cycles),
        solver=solver,
    )
    start = time.process_time()
    sol, text = solve_capturing_stats(sim, list(range(1, n_cycles + 2)))
    row = {"CPU [s]": time.process_time() - start}
    for key, column in COUNTERS.items():
        row[column] = sum(
            int(v) for v in re.findall(re.escape(key) + r" = (\d+)", text)
        )
    outputs = {}
    for column, name in OUTPUTS.items():
        series = []
        for cycle in sol.cycles:
            entries = cycle.steps[1][name].entries
            if name == "Discharge capacity [A.h]":
                series.append(entries[-1] - entries[0])
            else:
                series.append(entries[-1])
        outputs[column] = np.array(series)
    return row, outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("options", nargs="*", default=["{}"])
    args = parser.parse_args()
    _, reference = run(args.cycles, rtol=1e-8, atol=1e-10)
    rows = {}
    for options in args.options:
        row, outputs = run(args.cycles, options=json.loads(options))
        for column, series in outputs.items():
            ref = reference[column]
            row[column] = float(np.max(np.abs(series - ref) / np.abs(ref)))
        rows[options] = row
    print(
        f"formation + {args.cycles} cycles at 0.2 C; largest relative difference "
        "from rtol 1e-8, atol 1e-10\n"
    )
    print_table(rows, "{:.3g}")


if __name__ == "__main__":
    main()
