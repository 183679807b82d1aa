"""100 cycles at 0.2 C of a Kim 2024 cell with SE oxidation, side by side.

The cell (Li-In, 80 wt% NCM, no carbon) is formed at 0.05 C and cycled at 0.2 C
with every degradation submodel on (``Kim2024.MODEL_OPTIONS``). It is chosen so
that it still delivers at least half of its 0.05 C capacity in every cycle (the
90/3 cell of Kim 2024 cannot run a 0.5 C cycle after formation in this model, and
a benchmark of a dead cell measures nothing); the script checks it for each ASSB
run. The same protocol runs on PyBaMM's own half-cell DFN (t+ = 1, same parameters
through ``equivalent_pybamm_dfn`` on the Li-metal set) with PyBaMM's "reaction
limited" SEI model on its lithium counter electrode (SEI values of PyBaMM's Chen2020
set, the exchange current at 1 % so that the reference, too, still delivers what the
ASSB cell does: :data:`REFERENCE_SEI_EXCHANGE_FRACTION`), so that both models carry
a degradation state and run the same hours, for a ratio. Goal: the
100-cycle run under one minute on a 2-core machine; ratio ASSB/DFN <= 1.

The reduced model is timed the same way: ``SolidStateSPMe`` with every degradation
option (``Kim2024.MODEL_OPTIONS``) on the lithium-metal version of the cell against
PyBaMM's SPM with the same "reaction limited" SEI model and values; goal: ratio
SPMe/SPM <= 2. Both run with their defaults, which x-average the side-reaction
states (PyBaMM's option "x-average side reactions", which its SPM forces and the
reduced model takes by default); the reduced model's default solver evaluates its
residual and Jacobian as CasADi SX functions, PyBaMM's as MX functions (expanded,
PyBaMM's SPM too would take about a quarter less time). Build + solve: one 0.2 C
discharge of the charged cell, SPMe against the DFN (both ``SolidStateCell``, core
options); goal <= 1.

Memory: with ``save_at_cycles`` only the first and last cycles keep their full
output, so memory must not grow with the number of cycles. The ASSB cell with SE
oxidation (``SolidStateDFN(Kim2024.MODEL_OPTIONS)``, the cell of the first ratio) is
run for ``--memory-cycles`` (default 1,000) cycles by ``run_cycles`` with its default
settings; the growth of the process's resident memory (Linux ``/proc``, which also
sees CasADi's and the solver's C++ allocations) from cycle 20 to the last, per
1,000 cycles, is printed.

Ratios are of medians of ``REPEATS`` runs alternated in one process, each run
started from a full garbage collection (``timing.timed``). Run
``python benchmarks/bench_cycling.py [--cycles N] [--memory-cycles M]``; writes
``benchmarks/output/bench_cycling.json``.
"""

import argparse
import gc
import json
import statistics
from pathlib import Path

import pybamm
from timing import timed

import assb_models
from assb_models.models.reference import equivalent_pybamm_dfn
from assb_models.parameter_sets import Kim2024

OUTPUT = Path(__file__).parent / "output" / "bench_cycling.json"
CELL = {"am_wt_percent": 80, "carbon_wt_percent": 0}
FORMATION = ("Charge at 0.05C until 3.7 V", "Discharge at 0.05C until 1.9 V")
CYCLE = ("Charge at 0.2C until 3.7 V", "Discharge at 0.2C until 1.9 V")
#: runs per timing; the median is reported
REPEATS = 3
#: the reduced model runs the lithium-metal version of the cell, as PyBaMM's SPM
SPME_ANODE = {"anode": "lithium metal"}


#: the reference's SEI exchange current as a fraction of Chen2020's (1.5e-7 A/m2).
#: Chen2020's value is a graphite SEI's; on the half cell's lithium counter
#: electrode it grows the SEI from 5 to 118 nm in 20 cycles, whose resistance
#: halves the reference's 0.2 C capacity (0.42 of its formation capacity after 100
#: cycles, against 0.85 without SEI and ~0.83 for the ASSB cell), so the reference
#: would simulate ~27 % fewer hours than the ASSB cell. At 1 % the SEI still grows
#: (5 -> 10 nm over 100 cycles) and the reference delivers 0.85: both models then
#: run the same protocol for the same hours.
REFERENCE_SEI_EXCHANGE_FRACTION = 0.01


def dfn_with_sei(li_metal_values, model_class=pybamm.lithium_ion.DFN):
    """PyBaMM's half-cell DFN (or ``model_class``, e.g. its SPM) equal to the ASSB
    core, plus its "reaction limited" SEI model with Chen2020's SEI values, the
    exchange current scaled by :data:`REFERENCE_SEI_EXCHANGE_FRACTION`."""
    _, values = equivalent_pybamm_dfn(li_metal_values)
    chen = pybamm.ParameterValues("Chen2020")
    values.update(
        {k: v for k, v in chen.items() if "SEI" in k and k not in values},
        check_already_exists=False,
    )
    name = "SEI reaction exchange current density [A.m-2]"
    values.update({name: REFERENCE_SEI_EXCHANGE_FRACTION * values[name]})
    model = model_class(
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
    """Wall time [s], resident growth [MB], last discharge [A.h], first (0.05 C)
    discharge [A.h]. The time is taken with no tracer running (``tracemalloc``
    slows Python-side work, model building most, and so the models unequally)."""
    experiment = pybamm.Experiment([steps[0]] + [steps[1]] * n_cycles)
    sim = pybamm.Simulation(
        model, parameter_values=parameter_values, experiment=experiment
    )
    gc.collect()
    rss0 = resident_mb()
    elapsed, sol = timed(lambda: sim.solve(save_at_cycles=[1, n_cycles + 1]))
    q = sol.cycles[-1].steps[1]["Discharge capacity [A.h]"].entries
    q0 = sol.cycles[0].steps[1]["Discharge capacity [A.h]"].entries
    return (
        elapsed,
        resident_mb() - rss0,
        float(q[-1] - q[0]),
        float(q0[-1] - q0[0]),
    )


def median_times(function_a, function_b, repeats=REPEATS):
    """Median wall times [s] of ``repeats`` calls of each function, alternated in
    one process (a then b, ``repeats`` times), so a change of the machine's load
    affects both alike."""
    times_a, times_b = [], []
    for _ in range(repeats):
        for function, times in ((function_a, times_a), (function_b, times_b)):
            times.append(timed(function)[0])
    return statistics.median(times_a), statistics.median(times_b)


def cycle_pair(model_a, values_a, steps_a, model_b, values_b, steps_b, n_cycles):
    """Median times [s] of two 100-cycle runs, alternated in one process, and the
    last run's outputs of each."""
    times_a, times_b, out = [], [], {}
    for _ in range(REPEATS):
        out["a"] = run(model_a, values_a, steps_a, n_cycles)
        times_a.append(out["a"][0])
        out["b"] = run(model_b, values_b, steps_b, n_cycles)
        times_b.append(out["b"][0])
    return statistics.median(times_a), statistics.median(times_b), out


def build_and_solve(model, parameter_values):
    """Build and solve one 0.2 C discharge of a charged cell."""
    sim = pybamm.Simulation(
        model,
        parameter_values=parameter_values,
        experiment=pybamm.Experiment(["Discharge at 0.2C until 1.9 V"]),
    )
    sim.solve()


def rss_growth_per_1000_cycles(n_cycles):
    """Resident memory growth [MB] per 1000 cycles of ``run_cycles`` (default
    settings) on the Kim 2024 ASSB cell with SE oxidation (``SolidStateDFN`` with
    ``Kim2024.MODEL_OPTIONS``), measured from cycle 20 to the last; also the cycles
    completed, the cycles the solution keeps, and the last and the formation
    discharge capacities [A.h]."""
    readings = []

    class Memory(pybamm.callbacks.Callback):
        def on_cycle_end(self, logs):
            readings.append(resident_mb())

    values = assb_models.get_parameter_values("Kim2024", pristine=True, **CELL)
    solution = assb_models.run_cycles(
        assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
        values,
        [FORMATION] + [CYCLE] * (n_cycles - 1),
        solve_kwargs={"callbacks": [Memory()]},
    )
    done = len(readings)
    growth = (readings[-1] - readings[19]) / (done - 20) * 1000
    print(
        f"resident memory [MB]: cycle 1 {readings[0]:.1f}, cycle 20 "
        f"{readings[19]:.1f}, cycle {done} {readings[-1]:.1f}, largest "
        f"{max(readings):.1f}"
    )
    q = solution.cycles[-1].steps[1]["Discharge capacity [A.h]"].entries
    q0 = solution.cycles[0].steps[1]["Discharge capacity [A.h]"].entries
    return (
        growth,
        done,
        len(solution.cycles),
        float(q[-1] - q[0]),
        float(q0[-1] - q0[0]),
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=100)
    parser.add_argument("--memory-cycles", type=int, default=1000)
    args = parser.parse_args()
    n = args.cycles

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
    print(f"ASSB with SE oxidation vs PyBaMM DFN, {n} cycles x {REPEATS} ...")
    t_assb, t_dfn, out = cycle_pair(
        assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
        assb,
        (FORMATION, CYCLE),
        dfn,
        dfn_values,
        dfn_steps,
        n,
    )
    _, _, q_assb, q_first = out["a"]
    _, _, q_dfn, q_dfn_first = out["b"]

    print(f"SPMe vs PyBaMM SPM, both with degradation, {n} cycles x {REPEATS} ...")
    spm, spm_values = dfn_with_sei(li, pybamm.lithium_ion.SPM)
    t_spme, t_spm, out_reduced = cycle_pair(
        assb_models.SolidStateSPMe({**Kim2024.MODEL_OPTIONS, **SPME_ANODE}),
        li,
        dfn_steps,
        spm,
        spm_values,
        dfn_steps,
        n,
    )
    _, _, q_spme, q_spme_first = out_reduced["a"]
    _, _, q_spm, q_spm_first = out_reduced["b"]

    print(f"SPMe vs DFN build + solve x {REPEATS} ...")
    charged = assb_models.get_parameter_values("Kim2024", **CELL)
    t_build_spme, t_build_dfn = median_times(
        lambda: build_and_solve(assb_models.SolidStateSPMe(), charged),
        lambda: build_and_solve(assb_models.SolidStateDFN(), charged),
    )

    print(f"run_cycles memory over {args.memory_cycles} cycles ...", flush=True)
    growth, done, kept, q_memory, q_memory_first = rss_growth_per_1000_cycles(
        args.memory_cycles
    )
    print(f"cycles completed: {done} (solution keeps {kept} cycle entries)")
    delivery = {
        "ASSB DFN": (q_assb, q_first),
        "PyBaMM DFN + SEI": (q_dfn, q_dfn_first),
        "ASSB SPMe (Li metal)": (q_spme, q_spme_first),
        "PyBaMM SPM + SEI": (q_spm, q_spm_first),
        f"ASSB DFN, run_cycles x {done}": (q_memory, q_memory_first),
    }
    for name, (q_last, q_formation) in delivery.items():
        print(
            f"{name}: last 0.2 C discharge {q_last * 1e3:.3f} mAh, 0.05 C formation "
            f"{q_formation * 1e3:.3f} mAh ({q_last / q_formation:.3f}) -> at least "
            f"half: {q_last >= 0.5 * q_formation}"
        )
    results = {
        f"ratio ASSB/DFN ({n} cycles)": t_assb / t_dfn,
        "RSS growth per 1000 cycles [MB]": growth,
        "ratio SPMe/DFN build+solve": t_build_spme / t_build_dfn,
        f"ratio SPMe/PyBaMM SPM ({n} cycles)": t_spme / t_spm,
    }
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                **results,
                "median times [s]": {
                    "ASSB": t_assb,
                    "DFN": t_dfn,
                    "SPMe": t_spme,
                    "SPM": t_spm,
                    "SPMe build+solve": t_build_spme,
                    "DFN build+solve": t_build_dfn,
                },
                "last cycle delivers at least half of the 0.05 C capacity": {
                    name: q_last >= 0.5 * q_formation
                    for name, (q_last, q_formation) in delivery.items()
                },
                "options": Kim2024.MODEL_OPTIONS,
                "SPMe options": {**Kim2024.MODEL_OPTIONS, **SPME_ANODE},
                "cell": "Kim2024 80/0 wt% (NCM/SC), Li-In",
                "pybamm version": pybamm.__version__,
            },
            indent=1,
        )
    )
    for name, value in results.items():
        print(f"{name}: {value:.2f}")


if __name__ == "__main__":
    main()
