"""Impedance spectrum of a full cell: assb_models.impedance.eis against PyBaMM's
EISSimulation.

The Kim 2024 80/3 wt% cell (Li-In, "surface form": "differential", x = 0.6) at 100
frequencies from 1 MHz to 10 mHz, set up and solved from scratch, median of 5, by
both methods side by side (they give the same spectrum; see
tests/integration/test_impedance.py), and a symmetric Li|SE|Li cell by
``assb_models.impedance.eis``. Goal: the full-cell spectrum in under 5 s.

Run ``python benchmarks/bench_eis.py``; writes ``benchmarks/output/bench_eis.json``.
"""

import json
import statistics
from pathlib import Path

import numpy as np
import pybamm
from timing import timed

import assb_models
from assb_models.impedance import eis

OUTPUT = Path(__file__).parent / "output" / "bench_eis.json"
FREQUENCIES = np.logspace(6, -2, 100)
REPEATS = 5


def main():
    pv = assb_models.get_parameter_values("Kim2024")
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    pv.update({"Initial concentration in positive electrode [mol.m-3]": 0.6 * c_max})
    options = {"surface form": "differential"}
    sym_pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    cases = {
        "full cell, assb_models.impedance.eis": lambda: eis.impedance(
            assb_models.SolidStateDFN(options), pv, FREQUENCIES
        ),
        "full cell, pybamm.EISSimulation": lambda: pybamm.EISSimulation(
            assb_models.SolidStateDFN(options), parameter_values=pv
        ).solve(FREQUENCIES),
        "symmetric cell, assb_models.impedance.eis": lambda: eis.impedance(
            assb_models.SymmetricCell(options), sym_pv, FREQUENCIES
        ),
    }
    times = {
        name: [timed(run)[0] for _ in range(REPEATS)] for name, run in cases.items()
    }
    medians = {name: statistics.median(t) for name, t in times.items()}
    for name, t in times.items():
        print(
            f"{name:<34} median {medians[name]:.3f} s  "
            f"({', '.join(f'{x:.3f}' for x in t)})"
        )
    ratio = (
        medians["full cell, assb_models.impedance.eis"]
        / medians["full cell, pybamm.EISSimulation"]
    )
    print(
        "ratio assb_models.impedance.eis / pybamm.EISSimulation (full cell): "
        f"{ratio:.2f}"
    )
    goal = medians["full cell, assb_models.impedance.eis"] < 5
    print(
        "goal: full-cell spectrum (100 frequencies) under 5 s -> "
        f"{'met' if goal else 'missed'}"
    )
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                "times [s]": times,
                "medians [s]": medians,
                "ratio": ratio,
                "frequencies": [FREQUENCIES[0], FREQUENCIES[-1], len(FREQUENCIES)],
                "pybamm version": pybamm.__version__,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
