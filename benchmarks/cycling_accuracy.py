"""Solver accuracy and work on ``bench_cycling.py``'s ASSB cell, against a tight
reference.

The Kim 2024 80/0 wt% cell with every degradation option
(``SolidStateDFN(Kim2024.MODEL_OPTIONS)``, or with ``--model spme`` the reduced
model of ``bench_cycling.py``'s second ratio: ``SolidStateSPMe`` on lithium metal)
is formed at 0.05 C and cycled ``--cycles`` times at 0.2 C with
:class:`~assb_models.solver.SolidStateSolver`, once at ``rtol`` 1e-8, ``atol``
1e-10 (the reference) and once per IDAKLU option set given (JSON, e.g.
``'{"max_nonlinear_iterations": 40}'``; ``'{}'`` is the solver's default) at the
model's default tolerances (``--rtol`` overrides the relative one). Printed per
run: IDA's counters summed over the experiment, CPU time [s], and the largest
relative difference from the reference over the cycles of the 0.2 C discharge
capacity, the x-averaged CEI thickness and the SE oxidation capacity (each at the
end of a discharge), and of "Total lithium [mol]".

Run ``python benchmarks/cycling_accuracy.py [--model dfn|spme] [--rtol R]
[--cycles N] [OPTIONS ...]``.
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
from bench_cycling import CELL, CYCLE, FORMATION, SPME_ANODE  # noqa: E402
from profile_cycling import (  # noqa: E402
    COUNTERS,
    LI_STEPS,
    print_table,
    solve_capturing_stats,
)

#: {column: variable at the end of each discharge}
OUTPUTS = {
    "0.2 C capacity": "Discharge capacity [A.h]",
    "CEI thickness": "X-averaged positive electrode CEI thickness [m]",
    "SE oxidation": "SE oxidation capacity [A.h]",
    "total Li": "Total lithium [mol]",
}


def case(model_name):
    """(model, parameter values, (formation, cycle) steps) of ``model_name``."""
    if model_name == "spme":
        values = assb_models.get_parameter_values(
            "Kim2024", pristine=True, **SPME_ANODE, **CELL
        )
        model = assb_models.SolidStateSPMe({**Kim2024.MODEL_OPTIONS, **SPME_ANODE})
        return model, values, LI_STEPS
    values = assb_models.get_parameter_values("Kim2024", pristine=True, **CELL)
    return (
        assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
        values,
        (FORMATION, CYCLE),
    )


def run(n_cycles, model_name="dfn", rtol=None, atol=None, options=None):
    """IDA counters, CPU time [s] and {column: values per cycle} of one run, at
    the model's default tolerances unless given."""
    model, values, (formation, cycle) = case(model_name)
    default = model.default_solver
    solver = SolidStateSolver(
        rtol=default.rtol if rtol is None else rtol,
        atol=default.atol if atol is None else atol,
        options={"print_stats": True, **(options or {})},
        expand=default.expand,
    )
    sim = pybamm.Simulation(
        model,
        parameter_values=values,
        experiment=pybamm.Experiment([formation] + [cycle] * n_cycles),
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
    parser.add_argument("--model", choices=["dfn", "spme"], default="dfn")
    parser.add_argument("--rtol", type=float, default=None)
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("options", nargs="*", default=["{}"])
    args = parser.parse_args()
    _, reference = run(args.cycles, args.model, rtol=1e-8, atol=1e-10)
    rows = {}
    for options in args.options:
        row, outputs = run(
            args.cycles, args.model, rtol=args.rtol, options=json.loads(options)
        )
        for column, series in outputs.items():
            ref = reference[column]
            row[column] = float(np.max(np.abs(series - ref) / np.abs(ref)))
        rows[options] = row
    print(
        f"{args.model}: formation + {args.cycles} cycles at 0.2 C; largest "
        "relative difference from rtol 1e-8, atol 1e-10\n"
    )
    print_table(rows, "{:.3g}")


if __name__ == "__main__":
    main()
