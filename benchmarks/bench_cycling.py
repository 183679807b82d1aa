"""100 cycles at 0.2 C of a Kim 2024 cell with SE oxidation, side by side.

The cell (Li-In, 80 wt% NCM, no carbon) is formed at 0.05 C and cycled at 0.2 C
with every degradation submodel on (``Kim2024.MODEL_OPTIONS``). It is chosen so
that it still delivers at least half of its 0.05 C capacity in every cycle (the
90/3 cell of Kim 2024 cannot run a 0.5 C cycle after formation in this model, and
a benchmark of a dead cell measures nothing); the script checks it. The same
protocol runs on PyBaMM's own half-cell DFN (t+ = 1, same parameters through
``equivalent_pybamm_dfn`` on the Li-metal set) with PyBaMM's "reaction limited" SEI
model on its lithium counter electrode (SEI values of PyBaMM's Chen2020 set), so
that both models carry a degradation state, for a ratio. Goal (issue 3): the
100-cycle run under one minute on a 2-core machine; ratio ASSB/DFN <= 1.

Memory: with ``save_at_cycles`` only the first and last cycles keep their full
output, so memory must not grow with the number of cycles. The script runs 25 and
100 cycles and prints, for each, the peak Python memory (``tracemalloc``) and the
growth of the process's resident memory over the run (Linux ``/proc``, which also
sees CasADi's and the solver's C++ allocations), and the growth per cycle between
the two runs.

Run ``python benchmarks/bench_cycling.py [--cycles N]``; writes
``benchmarks/output/bench_cycling.json``.
"""

import argparse
import json
import time
import tracemalloc
from pathlib import Path

import pybamm

import assb_models
from assb_models.models.reference import equivalent_pybamm_dfn
from assb_models.parameter_sets import Kim2024

OUTPUT = Path(__file__).parent / "output" / "bench_cycling.json"
CELL = {"am_wt_percent": 80, "carbon_wt_percent": 0}
FORMATION = ("Charge at 0.05C until 3.7 V", "Discharge at 0.05C until 1.9 V")
CYCLE = ("Charge at 0.2C until 3.7 V", "Discharge at 0.2C until 1.9 V")


def dfn_with_sei(li_metal_values):
    """PyBaMM's half-cell DFN equal to the ASSB core, plus its SEI model."""
    _, values = equivalent_pybamm_dfn(li_metal_values)
    chen = pybamm.ParameterValues("Chen2020")
    values.update(
        {k: v for k, v in chen.items() if "SEI" in k and k not in values},
        check_already_exists=False,
    )
    model = pybamm.lithium_ion.DFN(
        {
            "working electrode": "positive",
            "interface utilisation": ("full", "constant"),
            "SEI": "reaction limited",
        }
    )
    return model, values


def resident_mb():
    """Resident memory of this process [MB] (Linux), or nan elsewhere."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return float(line.split()[1]) / 1e3
    except OSError:
        pass
    return float("nan")


def run(model, parameter_values, steps, n_cycles):
    """Wall time [s], peak Python memory [MB], resident growth [MB], last discharge
    [A.h], first (0.05 C) discharge [A.h]."""
    experiment = pybamm.Experiment([steps[0]] + [steps[1]] * n_cycles)
    sim = pybamm.Simulation(
        model, parameter_values=parameter_values, experiment=experiment
    )
    rss0 = resident_mb()
    tracemalloc.start()
    start = time.perf_counter()
    sol = sim.solve(save_at_cycles=[1, n_cycles + 1])
    elapsed = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    q = sol.cycles[-1].steps[1]["Discharge capacity [A.h]"].entries
    q0 = sol.cycles[0].steps[1]["Discharge capacity [A.h]"].entries
    return (
        elapsed,
        peak,
        resident_mb() - rss0,
        float(q[-1] - q[0]),
        float(q0[-1] - q0[0]),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    args = parser.parse_args()

    assb = assb_models.get_parameter_values("Kim2024", pristine=True, **CELL)
    li = assb_models.get_parameter_values(
        "Kim2024", pristine=True, anode="lithium metal", **CELL
    )
    dfn, dfn_values = dfn_with_sei(li)
    # the same protocol in Li-metal voltages (Li-In + 0.62 V)
    dfn_steps = (
        ("Charge at 0.05C until 4.32 V", "Discharge at 0.05C until 2.52 V"),
        ("Charge at 0.2C until 4.32 V", "Discharge at 0.2C until 2.52 V"),
    )
    rows = {}
    for n in (25, args.cycles):
        print(f"ASSB with SE oxidation, {n} cycles ...", flush=True)
        rows[f"ASSB {n}"] = run(
            assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
            assb,
            (FORMATION, CYCLE),
            n,
        )
    print(f"PyBaMM DFN, {args.cycles} cycles ...", flush=True)
    rows[f"DFN {args.cycles}"] = run(dfn, dfn_values, dfn_steps, args.cycles)

    t_assb, m_assb, _, q_assb, q_first = rows[f"ASSB {args.cycles}"]
    delivers = q_assb >= 0.5 * q_first
    t_dfn = rows[f"DFN {args.cycles}"][0]
    growth = (m_assb - rows["ASSB 25"][1]) / (args.cycles - 25) * 1e3
    print(
        f"\n{'run':<12}{'time [s]':>10}{'Python peak [MB]':>18}{'RSS growth [MB]':>17}"
    )
    for name, (t, m, rss, *_) in rows.items():
        print(f"{name:<12}{t:>10.2f}{m:>18.1f}{rss:>17.1f}")
    print(f"ratio ASSB/DFN ({args.cycles} cycles): {t_assb / t_dfn:.2f}")
    print(
        f"Python memory growth per cycle (25 -> {args.cycles} cycles): {growth:.1f} kB"
    )
    print(
        f"ASSB cell: last 0.2 C discharge {q_assb * 1e3:.3f} mAh, 0.05 C formation "
        f"{q_first * 1e3:.3f} mAh -> at least half: {delivers}"
    )
    print(
        f"goal: {args.cycles} cycles under 60 s -> {'met' if t_assb < 60 else 'missed'}"
    )
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                "runs": {
                    k: dict(
                        zip(
                            (
                                "time [s]",
                                "Python peak memory [MB]",
                                "resident memory growth [MB]",
                                "last discharge [A.h]",
                                "formation discharge [A.h]",
                            ),
                            v, strict=False,
                        )
                    )
                    for k, v in rows.items()
                },
                "ratio ASSB/DFN": t_assb / t_dfn,
                "last cycle delivers at least half of the 0.05 C capacity": delivers,
                "reference": "PyBaMM half-cell DFN, SEI 'reaction limited' (Chen2020 "
                "SEI values), same protocol",
                "Python memory growth per cycle [kB]": growth,
                "options": Kim2024.MODEL_OPTIONS,
                "cell": "Kim2024 80/0 wt% (NCM/SC), Li-In",
                "pybamm version": pybamm.__version__,
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
