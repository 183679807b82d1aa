"""1,000 cycles with ``run_cycles`` (default settings: constant memory).

Two long runs, each printing ``cycles completed: N`` and its wall time:

- the Lee 2020 anode-free cell (NCM | Li6PS5Cl | Ag-C, ``Lee2020.MODEL_OPTIONS``:
  Li plated under the Ag-C layer, SE reduction at the anode) on the SPMe: 0.1 C
  formation, then CC-CV 0.5 C cycles between 2.5 and 4.25 V (the protocol of
  :mod:`assb_models.reproductions.lee2020`). With the composite transport law
  the 100 um cathode runs at an ohmic number of about 11 at 0.5 C, beyond the
  reduced model's 10 mV range (Pi <= 7): ``run_cycles`` warns once (about
  22 mV); the run measures the long-run machinery, the DFN gives the numbers;
- the Kim 2024 90/0 wt% cell (NCM | Li6PS5Cl, no carbon, Li-In) on the DFN with
  every degradation submodel (``Kim2024.MODEL_OPTIONS``): 0.05 C formation, then
  0.2 C cycles between 1.9 and 3.7 V.

A run that stops early (the cell dies, the solver fails) prints how far it got.
Run ``python benchmarks/bench_long.py [--cycles N]``; writes
``benchmarks/output/bench_long.json``.
"""

import argparse
import json
import time
import warnings
from pathlib import Path

import pybamm

import assb_models
from assb_models.parameter_sets import Kim2024, Lee2020
from assb_models.reproductions import lee2020

OUTPUT = Path(__file__).parent / "output" / "bench_long.json"
KIM_CELL = {"am_wt_percent": 90, "carbon_wt_percent": 0}
KIM_FORMATION = ("Charge at 0.05C until 3.7 V", "Discharge at 0.05C until 1.9 V")
KIM_CYCLE = ("Charge at 0.2C until 3.7 V", "Discharge at 0.2C until 1.9 V")


def long_run(name, model, values, cycles):
    """Run ``cycles`` with :func:`assb_models.run_cycles`; print and return the
    cycles completed and the wall time [s]."""
    print(f"{name}: {len(cycles)} cycles ...", flush=True)
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter(
            "always", assb_models.simulation.runs.RunInterruptedWarning
        )
        solution = assb_models.run_cycles(model, values, cycles)
    elapsed = time.perf_counter() - start
    done = len(solution.cycles)
    print(f"{name}: cycles completed: {done}")
    print(f"{name}: wall time [s]: {elapsed:.1f}")
    for warning in caught:
        print(f"{name}: {warning.message}")
    return {
        "cycles asked": len(cycles),
        "cycles completed": done,
        "wall time [s]": elapsed,
        "termination": str(solution.termination),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=1000)
    args = parser.parse_args()
    n = args.cycles
    results = {
        "Lee2020 anode-free, SPMe": long_run(
            "Lee2020 anode-free, SPMe",
            assb_models.SolidStateSPMe(Lee2020.MODEL_OPTIONS),
            lee2020.parameter_values(),
            [lee2020.FORMATION] + [lee2020.CYCLE] * (n - 1),
        ),
        "Kim2024 90/0, DFN": long_run(
            "Kim2024 90/0, DFN",
            assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
            assb_models.get_parameter_values("Kim2024", pristine=True, **KIM_CELL),
            [KIM_FORMATION] + [KIM_CYCLE] * (n - 1),
        ),
    }
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps({**results, "pybamm version": pybamm.__version__}, indent=1)
    )


if __name__ == "__main__":
    main()
