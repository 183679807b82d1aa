"""Time of a 3-parameter fit to a 1C + 0.2C discharge pair (goal: under 60 s).

Synthetic discharges of the Kim2024 Li-In cell on the model's **default mesh**, 5 mV
Gaussian noise, start 30 % off the truth for SE conductivity, NCM diffusivity and the
NCM/SE exchange-current rate constant, fitted by :func:`assb_models.fitting.fit`
(model build included). Prints wall time, its ratio to the 60 s budget and to one
solve of the pair (how many model runs the fit costs), the recovered values and
whether the truth is inside each 95 % interval; with ``--seeds N`` repeats over N
noise seeds and prints the coverage. Writes ``benchmarks/output/bench_fit.json``.

Run with ``python benchmarks/bench_fit.py [--seeds N]``.
"""

import argparse
import json
import time
from pathlib import Path

import numpy as np
import pybamm

import assb_models
from assb_models.fitting import FitParameter, fit
from assb_models.fitting.synthetic import simulate_discharge

BUDGET_S = 60.0
RATES = (1.0, 0.2)
START = (1.3, 0.7, 1.3)
VOLTAGE_WINDOW = (2.6, 5.0)
OUTPUT = Path(__file__).parent / "output" / "bench_fit.json"


def names(params):
    diffusivity = "Positive particle diffusivity at low lithiation [m2.s-1]"
    if diffusivity not in params.keys():
        diffusivity = "Positive particle diffusivity [m2.s-1]"
    return [
        "Solid electrolyte conductivity at reference temperature [S.m-1]",
        diffusivity,
        (
            "Positive electrode exchange-current density rate constant "
            "[A.m-2.(m3.mol-1)1.5]"
        ),
    ]


def one_fit(truth, seed):
    fitted = names(truth)
    datasets = [
        simulate_discharge(truth, r, 5e-3, seed=2 * seed + k)
        for k, r in enumerate(RATES)
    ]
    start = [
        FitParameter(n, initial=f * truth[n], bounds=(truth[n] / 5, truth[n] * 5))
        for n, f in zip(fitted, START, strict=False)
    ]
    t0 = time.perf_counter()
    result = fit(datasets, start, "Kim2024", voltage_window=VOLTAGE_WINDOW)
    wall = time.perf_counter() - t0
    true = np.array([truth[n] for n in fitted])
    inside = (result.lower95 <= true) & (true <= result.upper95)
    return wall, result, true, inside, datasets


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=1)
    args = parser.parse_args()
    truth = assb_models.get_parameter_values("Kim2024")
    runs = []
    for seed in range(args.seeds):
        wall, result, true, inside, datasets = one_fit(truth, seed)
        error = result.values / true - 1
        runs.append(
            {
                "seed": seed,
                "wall [s]": wall,
                "relative error": error.tolist(),
                "inside 95%": inside.tolist(),
                "evaluations": result.nfev,
            }
        )
        print(
            f"seed {seed}: {wall:.1f} s, {result.nfev} evaluations, errors "
            f"{np.round(100 * error, 2)} %, inside 95 % {inside.tolist()}"
        )
    # one solve of the pair at the truth, for the ratio
    t0 = time.perf_counter()
    for data in datasets:
        sim = pybamm.Simulation(assb_models.SolidStateDFN(), parameter_values=truth)
        sim.solve([0, data.table["Time [s]"].iloc[-1]])
    single = time.perf_counter() - t0
    walls = [r["wall [s]"] for r in runs]
    coverage = np.mean([r["inside 95%"] for r in runs], axis=0)
    print(result.summary())
    print(f"\nfit wall time (median of {len(walls)}): {np.median(walls):.1f} s")
    print(f"ratio fit / 60 s budget: {np.median(walls) / BUDGET_S:.3f}")
    print(f"ratio fit / one build+solve of the pair: {np.median(walls) / single:.1f}")
    print(f"95 % interval coverage per parameter over {len(runs)} seed(s): {coverage}")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                "runs": runs,
                "budget [s]": BUDGET_S,
                "single pair solve [s]": single,
                "coverage": coverage.tolist(),
                "parameters": names(truth),
                "start factors": START,
                "rates": RATES,
                "voltage window [V]": VOLTAGE_WINDOW,
                "pybamm": pybamm.__version__,
            },
            indent=2,
        )
    )
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
