"""IDA's work per simulated hour in ``bench_cycling.py``'s two cells.

The ratio of ``bench_cycling.py`` compares wall times over a fixed number of
cycles. The two cells do not fade alike: PyBaMM's DFN with "reaction limited" SEI
(Chen2020 SEI values) loses about half its 0.2 C capacity in 100 cycles, so its
cycles shorten and it integrates less simulated time than the ASSB cell, which
keeps its capacity. This script prints, for the ASSB cell (Kim 2024 80/0 wt%,
every degradation option) and PyBaMM's DFN with SEI on the same protocol
(formation and ``--cycles`` cycles at 0.2 C): IDA's steps and residual
evaluations, the simulated time [h], steps per simulated hour, and the 0.2 C
discharge capacity of the first and last cycles.

Run ``python benchmarks/cycling_work.py [--cycles N]``; prints a Markdown table.
"""

import argparse
import re
import sys
from pathlib import Path

import assb_models
from assb_models.parameter_sets import Kim2024

sys.path.insert(0, str(Path(__file__).parent))
from bench_cycling import CELL, CYCLE, FORMATION, dfn_with_sei  # noqa: E402
from profile_cycling import (  # noqa: E402
    COUNTERS,
    LI_STEPS,
    _simulation,
    print_table,
    solve_capturing_stats,
)


def work(model, values, steps, n_cycles):
    """IDA counters, simulated time [h] and 0.2 C capacities [mA.h] of one run."""
    sim = _simulation(model, values, steps, n_cycles, print_stats=True)
    sol, text = solve_capturing_stats(sim, [1, 2, n_cycles + 1])
    row = {}
    for key in ("Number of steps", "Number of calls to residual function"):
        row[COUNTERS[key]] = sum(
            int(v) for v in re.findall(re.escape(key) + r" = (\d+)", text)
        )
    hours = (sol.t[-1] - sol.t[0]) / 3600
    row["simulated [h]"] = hours
    row["steps per h"] = row["IDA steps"] / hours

    def discharge(cycle):
        q = sol.cycles[cycle].steps[1]["Discharge capacity [A.h]"].entries
        return float(q[-1] - q[0]) * 1e3

    row["0.2 C first [mAh]"] = discharge(1)
    row["0.2 C last [mAh]"] = discharge(-1)
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    args = parser.parse_args()
    assb = assb_models.get_parameter_values("Kim2024", pristine=True, **CELL)
    li = assb_models.get_parameter_values(
        "Kim2024", pristine=True, anode="lithium metal", **CELL
    )
    dfn, dfn_values = dfn_with_sei(li)
    rows = {
        "ASSB DFN, all options": work(
            assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
            assb,
            (FORMATION, CYCLE),
            args.cycles,
        ),
        "PyBaMM DFN + SEI": work(dfn, dfn_values, LI_STEPS, args.cycles),
    }
    print(f"IDA work, formation + {args.cycles} cycles at 0.2 C\n")
    print_table(rows, "{:.3g}")


if __name__ == "__main__":
    main()
