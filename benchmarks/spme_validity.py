"""Where SolidStateSPMe is valid: its voltage error against SolidStateDFN.

The map runs constant-current discharges of charged Kim 2024 cells (clean core
model, Li-In anode) over

- C-rate: C/20, C/10, C/5, C/2, 1 C, 2 C;
- NCM fraction: 80, 85 and 90 wt% NCM with 3 wt% carbon (Kim 2024 series A);
- SE conductivity: 0.3x, 1x and 3x the set's Li6PS5Cl (0.13 S/m at 25 C),

each with both models on the same mesh (the default ``var_pts``). The error is the
maximum |V_SPMe - V_DFN| up to 95 % of the DFN's discharge capacity (the knee at
the end excluded). Beside it, the dimensionless numbers of
:class:`assb_models.submodels.reduced.ReactionDistribution` at the start of the
discharge:

- ``Pi``, the ohmic drop across the composite over the thermal voltage,
  :math:`\\Pi = |I| L_p (1/\\kappa_{eff} + 1/\\sigma_{eff}) F/RT`;
- ``nu2``, the composite's ohmic over its reaction resistance,
  :math:`\\nu^2 = a L_p^2 (1/\\kappa_{eff} + 1/\\sigma_{eff})/R_d`.

A power law error = A Pi^n is fitted (log-log least squares, 1 <= Pi <= 20: below
Pi = 1 the errors, 0.1-0.7 mV, are a floor that does not follow Pi) and the Pi at
which it reaches 2 mV and 10 mV is printed. Cells whose voltage starts below the
cut-off (90 wt% at low SE conductivity and high rate) are skipped. Writes
``benchmarks/output/spme_validity.json`` and ``spme_validity.png``.

Run with ``python benchmarks/spme_validity.py`` (about a minute).
"""

import json
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pybamm

import assb_models
from assb_models.simulation.analysis import max_voltage_difference

RATES = (0.05, 0.1, 0.2, 0.5, 1.0, 2.0)
AM_WT_PERCENT = (80, 85, 90)
CONDUCTIVITY_FACTORS = (0.3, 1.0, 3.0)
KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
CAPACITY_FRACTION = 0.95
#: the fit covers the range where the reduction is in use (beyond it the error
#: saturates at the size of the whole polarisation)
PI_FIT_MAX = 20.0
#: smallest Pi of the fit: below it the error is a sub-millivolt floor
PI_FIT_MIN = 1.0
OUTPUT = Path(__file__).parent / "output"


def discharge_simulation(model, parameter_values, inputs=(KAPPA,)):
    """A built simulation of a constant-current discharge, current and ``inputs``
    as input parameters."""
    pv = parameter_values.copy()
    pv.update(
        {"Current function [A]": "[input]", **{name: "[input]" for name in inputs}}
    )
    sim = pybamm.Simulation(model, parameter_values=pv)
    sim.build()
    return sim


def discharge(sim, capacity_Ah, c_rate, inputs=None):
    """Solve a discharge at ``c_rate`` until the cut-off (at most 1.3 x nominal)."""
    inputs = {"Current function [A]": c_rate * capacity_Ah, **(inputs or {})}
    return sim.solve([0, 1.3 * 3600 / c_rate], inputs=inputs)


def dimensionless_numbers(solution, parameter_values):
    """Pi and nu^2 at the start of a reduced-model discharge."""
    RT_F = (
        pybamm.constants.R.value
        * parameter_values["Ambient temperature [K]"]
        / (pybamm.constants.F.value)
    )
    L = parameter_values["Positive electrode thickness [m]"]
    nu2 = float(solution["Positive electrode reaction distribution number"].entries[0])
    kappa = float(
        np.mean(solution["Positive electrode effective conductivity"].entries[:, 0])
    )
    se = solution["Solid electrolyte effective conductivity [S.m-1]"].entries[:, 0]
    kappa_se = float(np.mean(se[se.size // 2 :]))
    i = abs(float(solution["Current collector current density [A.m-2]"].entries[0]))
    return {"Pi": i * L * (1 / kappa_se + 1 / kappa) / RT_F, "nu2": nu2}


def run_map():
    rows = []
    for am in AM_WT_PERCENT:
        pv = assb_models.get_parameter_values(
            "Kim2024", am_wt_percent=am, carbon_wt_percent=3
        )
        capacity = pv["Nominal cell capacity [A.h]"]
        kappa_0 = pv[KAPPA]
        sims = {
            name: discharge_simulation(cls(), pv)
            for name, cls in (
                ("SPMe", assb_models.SolidStateSPMe),
                ("DFN", assb_models.SolidStateDFN),
            )
        }
        for factor in CONDUCTIVITY_FACTORS:
            for rate in RATES:
                inputs = {KAPPA: factor * kappa_0}
                try:
                    sols = {
                        n: discharge(s, capacity, rate, inputs) for n, s in sims.items()
                    }
                except pybamm.SolverError as error:
                    # the voltage starts below the cut-off: no discharge to compare
                    print(
                        f"{am} wt%, kappa x{factor:g}, {rate:g} C: skipped ({error})"[
                            :120
                        ]
                    )
                    continue
                q = sols["DFN"]["Discharge capacity [A.h]"].entries[-1]
                row = {
                    "am_wt_percent": am,
                    "se_conductivity_factor": factor,
                    "se_conductivity_S_m": factor * kappa_0,
                    "c_rate": rate,
                    "dfn_capacity_fraction": float(q / capacity),
                    "max_voltage_difference_mV": 1e3
                    * max_voltage_difference(
                        sols["SPMe"], sols["DFN"], CAPACITY_FRACTION
                    ),
                    **dimensionless_numbers(sols["SPMe"], pv),
                }
                rows.append(row)
                print(
                    f"{am} wt%, kappa x{factor:g}, {rate:g} C: "
                    f"{row['max_voltage_difference_mV']:8.2f} mV, Pi {row['Pi']:7.3f}, "
                    f"nu2 {row['nu2']:7.3f}, "
                    f"DFN capacity {row['dfn_capacity_fraction']:.2f}",
                    flush=True,
                )
    return rows


def power_law(rows, key):
    """error [mV] = A key^n fitted in log-log over rows with PI_FIT_MIN <= Pi <=
    PI_FIT_MAX; returns A, n and R^2."""
    rows = [r for r in rows if PI_FIT_MIN <= r["Pi"] <= PI_FIT_MAX]
    x = np.log([r[key] for r in rows])
    y = np.log([r["max_voltage_difference_mV"] for r in rows])
    n, log_a = np.polyfit(x, y, 1)
    r2 = 1 - np.sum((y - (n * x + log_a)) ** 2) / np.sum((y - y.mean()) ** 2)
    return float(np.exp(log_a)), float(n), float(r2)


def plot(rows, fits, path):
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4.5))
    markers = dict(zip(AM_WT_PERCENT, "osD", strict=False))
    colours = dict(
        zip(CONDUCTIVITY_FACTORS, ("tab:red", "tab:blue", "tab:green"), strict=False)
    )
    for am in AM_WT_PERCENT:
        for factor in CONDUCTIVITY_FACTORS:
            sel = [
                r
                for r in rows
                if r["am_wt_percent"] == am and r["se_conductivity_factor"] == factor
            ]
            ax1.plot(
                [r["c_rate"] for r in sel],
                [r["max_voltage_difference_mV"] for r in sel],
                marker=markers[am],
                color=colours[factor],
                label=f"{am} wt%, SE x{factor:g}",
            )
            ax2.scatter(
                [r["Pi"] for r in sel],
                [r["max_voltage_difference_mV"] for r in sel],
                marker=markers[am],
                color=colours[factor],
            )
    a, n, r2 = fits["Pi"]
    pi = np.logspace(
        np.log10(min(r["Pi"] for r in rows)), np.log10(max(r["Pi"] for r in rows))
    )
    ax2.plot(pi, a * pi**n, "k--", label=f"{a:.2g} Pi^{n:.2f} (R2 {r2:.2f})")
    for ax in (ax1, ax2):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.axhline(2, color="grey", lw=0.8)
        ax.axhline(10, color="grey", lw=0.8, ls=":")
        ax.set_ylabel("max |V_SPMe - V_DFN| to 95 % capacity [mV]")
    ax1.set_xlabel("C-rate")
    ax1.legend(fontsize=6, ncol=3)
    ax2.set_xlabel("Pi = ohmic drop across the composite / (RT/F)")
    ax2.legend(fontsize=8)
    fig.suptitle("SolidStateSPMe vs SolidStateDFN, Kim 2024 series A (3 wt% carbon)")
    fig.tight_layout()
    fig.savefig(path, dpi=150)


def main():
    rows = run_map()
    fits = {key: power_law(rows, key) for key in ("Pi", "nu2")}
    a, n, _ = fits["Pi"]
    thresholds = {f"{mv} mV": float((mv / a) ** (1 / n)) for mv in (2, 10)}
    for key, (a_k, n_k, r2_k) in fits.items():
        print(f"error [mV] = {a_k:.3g} {key}^{n_k:.2f}, R^2 {r2_k:.2f}")
    print(
        "Pi at which the fitted error reaches "
        + ", ".join(f"{k}: {v:.3g}" for k, v in thresholds.items())
    )
    OUTPUT.mkdir(exist_ok=True)
    plot(rows, fits, OUTPUT / "spme_validity.png")
    (OUTPUT / "spme_validity.json").write_text(
        json.dumps(
            {
                "pybamm_version": pybamm.__version__,
                "capacity_fraction": CAPACITY_FRACTION,
                "rows": rows,
                "power_law_fits": {
                    k: dict(zip(("A", "n", "R2"), v, strict=False))
                    for k, v in fits.items()
                },
                "Pi_thresholds": thresholds,
            },
            indent=2,
        )
    )
    print(f"written {OUTPUT / 'spme_validity.json'} and spme_validity.png")


if __name__ == "__main__":
    main()
