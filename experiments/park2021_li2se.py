"""Park et al. 2021 (Adv. Sci. 8, 2004204): Li2Se interlayers on lithium metal.

Cells (paper): Li6PS5Cl pellets (2 mS/cm), pressed at 50 MPa, between bare Li or Li
coated with Li2Se nanoparticles (NP), nanorods (NR, 5 um after pressing) or nanowalls
(NW, 15 um with pores). Protocols: 1 mAh/cm2 per half-cycle at 0.1 and 0.2 mA/cm2;
a current stepped from 0.1 to 0.7 mA/cm2.

Model: :class:`assb_models.SymmetricCell` with an SE-reduction interphase
(diffusion-limited growth), voids and Li creep at the contact ("creep"), and for
the Li2Se cells the interlayer ("resistive"), which blocks SE reduction and spreads
the current over the SE. Parameters: the Park2021 set (five values fitted, see
``Park2021.FITTED``; ``fit_interface_values`` re-does the P1/P2 fit).

Targets (``../shared/targets/park2021_li2se.md``):

- P1 mean overpotential at 0.1 mA/cm2: bare 25, NP 8, NR 9, NW 10 mV (+-20 %;
  bare/NR 2.2-3.4). Fitted: bare Li (two values) and the three Li2Se cells (two
  shared values, the Li exchange-current density and the Li2Se conductivity).
- P2 the same at 0.2 mA/cm2: NP 10, NR 12, NW 20 mV (+-20 %; NW > NR). Predicted.
- P3 bare Li at 0.2 mA/cm2 shorts between cycles 30 and 60; Li2Se cells do not in
  100 cycles (the creep length is fitted on the bare short).
- P4 stepped current (protocol not given; here one cycle of 1 h + 1 h at each of
  0.1 ... 0.7 mA/cm2): bare Li shorts at a critical current in [0.2, 0.3] mA/cm2,
  Li2Se cells reach 0.7 mA/cm2. Predicted.

P5 (impedance) and P6-P7 (full cells) are not simulated here yet.

Run ``python experiments/park2021_li2se.py``; it writes
``experiments/output/park2021_li2se.png`` and ``park2021_li2se.json``.
"""

import json
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pybamm  # noqa: E402
from scipy.optimize import least_squares  # noqa: E402

import assb_models  # noqa: E402
from assb_models.models import (  # noqa: E402
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from assb_models.parameter_sets import Park2021  # noqa: E402
from assb_models.reporting import jsonable  # noqa: E402

OUTPUT = pathlib.Path(__file__).parent / "output"
CELLS = ("none", "NP", "NR", "NW")
LABEL = {"none": "bare Li", "NP": "Li2Se-NP", "NR": "Li2Se-NR", "NW": "Li2Se-NW"}
AREA_CM2 = 1.0
CAPACITY = 1.0  # mAh/cm2 per half-cycle

#: paper numbers (targets file) [mV]
PAPER_P1 = {"none": 25, "NP": 8, "NR": 9, "NW": 10}
PAPER_P2 = {"none": 25, "NP": 10, "NR": 12, "NW": 20}
TOL = 0.2
BARE_NR_RANGE = (2.2, 3.4)
P3_WINDOW = (30, 60)
P3_CYCLES = 100
P4_CURRENTS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
P4_BARE_RANGE = (0.2, 0.3)


def cell(interlayer):
    """Model and parameters of one symmetric cell ("none" for bare Li)."""
    options = {"anode interlayer": "none" if interlayer == "none" else "resistive"}
    return SymmetricCell(options), assb_models.get_parameter_values(
        "Park2021", interlayer=interlayer
    )


def mean_overpotential(interlayer, current_mA_cm2, cycles=3, parameter_values=None):
    """Time-averaged |V| [mV] over ``cycles`` cycles of 1 mAh/cm2 half-cycles."""
    model, pv = cell(interlayer)
    if parameter_values is not None:
        pv = parameter_values
    steps = plating_stripping_experiment(
        current_mA_cm2, AREA_CM2, cycles=cycles, capacity_mAh_cm2=CAPACITY
    )
    sol, stop = run_plating_stripping(model, pv, steps)
    if stop is not None:
        raise RuntimeError(f"{LABEL[interlayer]} stopped early: {stop['event']}")
    t = sol["Time [s]"].entries
    v = sol["Cell overpotential [V]"].entries
    return 1e3 * np.trapezoid(v, t) / (t[-1] - t[0])


def fit_interface_values(cycles=3):
    """Re-do the fit of the Li exchange-current density and Li2Se conductivity.

    Least squares of the log residuals of the three interlayer overpotentials of P1
    (NP, NR, NW at 0.1 mA/cm2); P2 stays a prediction. Returns (j0 [A.m-2],
    kappa [S.m-1]).
    """
    names = (
        "Exchange-current density for lithium metal electrode [A.m-2]",
        "Interlayer ionic conductivity [S.m-1]",
    )

    def residuals(log_p):
        res = []
        for il in ("NP", "NR", "NW"):
            pv = assb_models.get_parameter_values("Park2021", interlayer=il)
            pv.update(dict(zip(names, np.exp(log_p))))
            res.append(np.log(mean_overpotential(il, 0.1, cycles, pv) / PAPER_P1[il]))
        return res

    fit = least_squares(residuals, np.log([Park2021.J0_LI, Park2021.KAPPA_LI2SE]))
    return tuple(np.exp(fit.x))


def _bare_short_cycle(parameter_values, cycles=P3_CYCLES):
    """Cycle at which bare Li shorts at 0.2 mA/cm2 (None: no short)."""
    steps = plating_stripping_experiment(
        0.2, AREA_CM2, cycles=cycles, capacity_mAh_cm2=CAPACITY, period="1 hour"
    )
    _, stop = run_plating_stripping(SymmetricCell(), parameter_values, steps)
    return stop["cycle"] if stop and stop["short circuit"] else None


def fit_creep_limited_current(target_cycle=45, bounds=(1.0, 1.99), iterations=12):
    """Re-do the fit of the creep-limited stripping current [A.m-2] on P3.

    Bisection for the current at which bare Li shorts at ``target_cycle`` (the
    middle of the paper's window) at 0.2 mA/cm2; it fixes the Li creep length.
    """
    pv = assb_models.get_parameter_values("Park2021")
    lo, hi = bounds
    for _ in range(iterations):
        mid = (lo + hi) / 2
        pv["Lithium metal creep length [m]"] = Park2021.creep_length(mid)
        short = _bare_short_cycle(pv)
        if short is not None and short < target_cycle:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def _overpotential_rows(paper, current, cycles, cells):
    rows = {}
    for il in cells:
        model = mean_overpotential(il, current, cycles)
        rows[il] = {
            "model [mV]": model,
            "paper [mV]": paper[il],
            "pass": abs(model / paper[il] - 1) <= TOL,
        }
    return rows


def target_p1(cycles=3):
    """Mean overpotential at 0.1 mA/cm2, and the bare/NR ratio."""
    rows = _overpotential_rows(PAPER_P1, 0.1, cycles, CELLS)
    ratio = rows["none"]["model [mV]"] / rows["NR"]["model [mV]"]
    ratio_ok = BARE_NR_RANGE[0] <= ratio <= BARE_NR_RANGE[1]
    return {
        "what": "symmetric-cell mean overpotential at 0.1 mA/cm2, 1 mAh/cm2",
        "tolerance": f"+-{TOL:.0%}; bare/NR in {BARE_NR_RANGE}",
        "fitted": "bare Li (contact fraction, interphase conductivity); NP/NR/NW "
        "(Li exchange-current density, Li2Se conductivity)",
        "cells": rows,
        "bare/NR": {"model": ratio, "paper": 25 / 9, "pass": ratio_ok},
        "pass": ratio_ok and all(r["pass"] for r in rows.values()),
    }


def target_p2(cycles=3):
    """Mean overpotential of the Li2Se cells at 0.2 mA/cm2 (bare: reported only)."""
    rows = _overpotential_rows(PAPER_P2, 0.2, cycles, ("NP", "NR", "NW"))
    order = rows["NW"]["model [mV]"] > rows["NR"]["model [mV]"]
    bare = mean_overpotential("none", 0.2, cycles)
    return {
        "what": "symmetric-cell mean overpotential at 0.2 mA/cm2, 1 mAh/cm2",
        "tolerance": f"+-{TOL:.0%} for the Li2Se cells; NW > NR",
        "cells": rows,
        "NW > NR": order,
        "bare Li (no tolerance) [mV]": {"model": bare, "paper": PAPER_P2["none"]},
        "pass": order and all(r["pass"] for r in rows.values()),
    }


def target_p3(cycles=P3_CYCLES, cells=CELLS):
    """Cycling at 0.2 mA/cm2: bare Li shorts in cycles 30-60, Li2Se cells never."""
    rows, curves = {}, {}
    for il in cells:
        model, pv = cell(il)
        steps = plating_stripping_experiment(
            0.2, AREA_CM2, cycles=cycles, capacity_mAh_cm2=CAPACITY, period="1 hour"
        )
        sol, stop = run_plating_stripping(model, pv, steps)
        short = stop["cycle"] if stop and stop["short circuit"] else None
        if il == "none":
            ok = short is not None and P3_WINDOW[0] <= short <= P3_WINDOW[1]
        else:
            ok = short is None
        rows[il] = {
            "short at cycle": short,
            "cycles run": len(sol.cycles),
            "event": stop["event"] if stop else None,
            "pass": ok,
        }
        curves[il] = (sol["Time [h]"].entries, sol["Voltage [V]"].entries)
    return {
        "what": "cycling at 0.2 mA/cm2, 1 mAh/cm2",
        "paper": "bare Li: overpotential drops after about 40 cycles, short at "
        "cycle 60; Li2Se cells: no short in 100 cycles",
        "tolerance": f"bare short in cycles {P3_WINDOW}; Li2Se no short in {cycles}",
        "fitted": "Li creep length (bare short)",
        "cells": rows,
        "pass": all(r["pass"] for r in rows.values()),
    }, curves


def target_p4(cells=CELLS, currents=P4_CURRENTS, cycles_per_step=1):
    """Stepped current: critical current of each cell [mA/cm2]."""
    rows, curves = {}, {}
    for il in cells:
        model, pv = cell(il)
        steps = plating_stripping_experiment(
            currents, AREA_CM2, cycles=cycles_per_step, half_cycle_hours=1.0
        )
        sol, stop = run_plating_stripping(model, pv, steps)
        critical = stop["current [mA.cm-2]"] if stop and stop["short circuit"] else None
        if il == "none":
            ok = critical is not None and (
                P4_BARE_RANGE[0] <= critical <= P4_BARE_RANGE[1] + 1e-9
            )
        else:
            ok = critical is None
        rows[il] = {
            "critical current [mA/cm2]": critical,
            "max overpotential [mV]": 1e3
            * float(np.max(sol["Cell overpotential [V]"].entries)),
            "pass": ok,
        }
        curves[il] = (sol["Time [h]"].entries, sol["Voltage [V]"].entries)
    return {
        "what": f"current stepped {currents[0]}-{currents[-1]} mA/cm2, "
        f"{cycles_per_step} cycle(s) of 1 h + 1 h per step",
        "paper": "bare Li shorts at 0.3 mA/cm2; all Li2Se cells reach 0.7 mA/cm2",
        "tolerance": f"bare in {P4_BARE_RANGE}; Li2Se no short up to {currents[-1]}",
        "cells": rows,
        "pass": all(r["pass"] for r in rows.values()),
    }, curves


def plot(p1, p2, p3_curves, p4_curves, path):
    fig, ax = plt.subplots(2, 2, figsize=(11, 8))
    x = np.arange(len(CELLS))
    for a, row, paper, title in (
        (ax[0, 0], p1, PAPER_P1, "P1: 0.1 mA/cm2"),
        (ax[0, 1], p2, PAPER_P2, "P2: 0.2 mA/cm2"),
    ):
        cells = [c for c in CELLS if c in row["cells"]]
        xs = [CELLS.index(c) for c in cells]
        a.bar(
            np.array(xs) - 0.2,
            [row["cells"][c]["model [mV]"] for c in cells],
            0.4,
            label="model",
        )
        a.errorbar(
            np.array(xs) + 0.2,
            [paper[c] for c in cells],
            yerr=[TOL * paper[c] for c in cells],
            fmt="ko",
            label="Park 2021 (+-20 %)",
        )
        if "bare Li (no tolerance) [mV]" in row:
            a.bar(
                -0.2,
                row["bare Li (no tolerance) [mV]"]["model"],
                0.4,
                color="C0",
                alpha=0.4,
            )
            a.plot(0.2, PAPER_P2["none"], "kx", label="Park 2021 (no tolerance)")
        a.set_xticks(x, [LABEL[c] for c in CELLS])
        a.set_ylabel("mean overpotential [mV]")
        a.set_title(title)
        a.legend(fontsize=8)
    a = ax[1, 0]
    for il, (t, v) in p3_curves.items():
        a.plot(t, 1e3 * v, lw=0.6, label=LABEL[il])
    a.axvspan(
        P3_WINDOW[0] * 10,
        P3_WINDOW[1] * 10,
        color="grey",
        alpha=0.2,
        label="paper: bare short window (cycles 30-60)",
    )
    a.set_xlabel("time [h] (10 h per cycle)")
    a.set_ylabel("voltage [mV]")
    a.set_title("P3: 0.2 mA/cm2, 1 mAh/cm2")
    a.legend(fontsize=7)
    a = ax[1, 1]
    for il, (t, v) in p4_curves.items():
        a.plot(t, 1e3 * v, lw=0.8, label=LABEL[il])
    a.axvline(4, color="k", ls="--", lw=0.8, label="paper: bare short at 0.3 mA/cm2")
    a.set_xlabel("time [h] (2 h per current step)")
    a.set_ylabel("voltage [mV]")
    a.set_title("P4: 0.1 -> 0.7 mA/cm2")
    a.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main():
    OUTPUT.mkdir(exist_ok=True)
    print("fit check: Li j0 and Li2Se conductivity on P1 ...", flush=True)
    j0, kappa = fit_interface_values()
    print("fit check: creep-limited stripping current on P3 ...", flush=True)
    i_creep = fit_creep_limited_current()
    print("P1, P2: mean overpotentials ...", flush=True)
    p1, p2 = target_p1(), target_p2()
    print("P3: 100 cycles at 0.2 mA/cm2 ...", flush=True)
    p3, p3_curves = target_p3()
    print("P4: stepped current ...", flush=True)
    p4, p4_curves = target_p4()
    plot(p1, p2, p3_curves, p4_curves, OUTPUT / "park2021_li2se.png")
    result = {
        "paper": "Park et al., Adv. Sci. 2021, 8, 2004204",
        "model": "assb_models.SymmetricCell (diffusion-limited interphase, creep "
        "contact; Li2Se cells with the resistive interlayer)",
        "targets": {"P1": p1, "P2": p2, "P3": p3, "P4": p4},
        "fit check": {
            "j0 [A.m-2]": {"refit": j0, "in set": Park2021.J0_LI},
            "Li2Se conductivity [S.m-1]": {
                "refit": kappa,
                "in set": Park2021.KAPPA_LI2SE,
            },
            "creep-limited stripping current [A.m-2]": {
                "refit": i_creep,
                "in set": Park2021.I_CREEP,
            },
        },
        "fitted parameters": Park2021.FITTED,
        "parameters": {
            il: {
                "values": dict(
                    assb_models.get_parameter_values("Park2021", interlayer=il).items()
                ),
                "sources": assb_models.get_sources("Park2021", interlayer=il),
            }
            for il in CELLS
        },
        "pybamm version": pybamm.__version__,
    }
    (OUTPUT / "park2021_li2se.json").write_text(json.dumps(jsonable(result), indent=1))
    for name, row in result["targets"].items():
        print(f"{name}: pass={row['pass']}")
        for il, r in row["cells"].items():
            print(f"   {LABEL[il]:<10} {jsonable(r)}")
    print(f"wrote {OUTPUT / 'park2021_li2se.png'} and park2021_li2se.json")
    return 0 if all(row["pass"] for row in result["targets"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
