"""Park 2021 targets P1-P7 scored: each ``target_*`` returns the row of one target (a
dict with ``"what"``, ``"pass"`` and the numbers), the misses are explained by
mechanism (:func:`miss_mechanisms`), and :class:`Park2021` scores the rows as
:class:`~assb_models.reproductions.base.Target` records and draws the figures.

Targets and tolerances: ``../shared/targets/park2021_li2se.md``; numbers: the report.
"""

import numpy as np
from scipy.optimize import brentq

from assb_models.models import (
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from assb_models.parameter_sets import Park2021 as park_set
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.reproductions.base import Reproduction

from . import figures as draw
from .cells import (
    cell,
    first_cycle,
    fit_creep_limited_current,
    fit_full_cell,
    fit_interface_values,
    full_cell,
    full_cell_cycling,
    impedance_after,
    mean_overpotential,
    rate_capacities,
    run_full_cell,
)
from .paper import (
    AREA_CM2,
    BARE_NR_RANGE,
    CAPACITY,
    CELLS,
    CYCLING_CYCLES,
    CYCLING_RATE,
    FULL_CELLS,
    LABEL,
    P3_CYCLES,
    P3_WINDOW,
    P4_BARE_RANGE,
    P4_CURRENTS,
    P5_FREQUENCIES,
    P5_GROWTH_TOL,
    P6_TOL_CAPACITY,
    P6_TOL_CE,
    P7_MUCH_MORE,
    P7_RATES,
    PAPER,
    PAPER_P1,
    PAPER_P2,
    PAPER_P5,
    PAPER_P6,
    TOL,
)


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


def target_p6(cells=FULL_CELLS):
    """First cycle at 0.05 C: charge capacity, CE and polarisation of each cell."""
    rows, curves = {}, {}
    for anode in cells:
        row = first_cycle(anode)
        curves[anode] = row.pop("curves")
        q_paper, ce_paper = PAPER_P6[anode]
        row.update(
            {
                "paper charge [mAh/g]": q_paper,
                "paper CE [%]": ce_paper,
                "charge pass": abs(row["charge [mAh/g]"] - q_paper) <= P6_TOL_CAPACITY,
                "CE pass": abs(row["CE [%]"] - ce_paper) <= P6_TOL_CE,
                "fitted": anode == "Li-In",
            }
        )
        rows[anode] = row
    polarisation = {a: r["polarisation [mV]"] for a, r in rows.items()}
    largest = max(polarisation, key=polarisation.get) == "bare Li"
    return {
        "what": "full-cell first cycle at 0.05 C, 4.3-3.0 V vs Li",
        "tolerance": f"+-{P6_TOL_CAPACITY:g} mAh/g; +-{P6_TOL_CE:g} points; bare Li "
        "has the largest polarisation",
        "fitted": "Li-In cell (LiCoO2 SE oxidation rate constant, LiCoO2|SE exchange "
        "current); bare Li and Li2Se-NR are predictions",
        "cells": rows,
        "bare Li largest polarisation": largest,
        "pass": largest
        and all(r["charge pass"] and r["CE pass"] for r in rows.values()),
    }, curves


def target_p7(rates=P7_RATES, cells=FULL_CELLS):
    """Rate capability: all cells reach 1 C, Li-In and Li2Se-NR above bare Li."""
    caps, reached, events = {}, {}, {}
    for anode in cells:
        caps[anode], ran, sol = rate_capacities(anode, rates)
        reached[anode] = all(ran)
        events[anode] = sol.termination
    bare = caps["bare Li"]
    above = {a: bool(np.all(caps[a] > bare)) for a in ("Li-In", "Li2Se-NR")}
    gap = {a: ((caps[a] - bare) / bare).tolist() for a in ("Li-In", "Li2Se-NR")}
    much_more = all(min(g) >= P7_MUCH_MORE for g in gap.values())
    # why the protocol charges slowly: plating on bare Li at its initial contact
    # reaches the critical local current density at this charge rate
    _, pv = full_cell("bare Li")
    one_c = pv["Nominal cell capacity [A.h]"] / (
        pv["Electrode height [m]"] * pv["Electrode width [m]"]
    )
    critical_rate = (
        pv["Critical local current density [A.m-2]"]
        * pv["Initial lithium metal contact fraction"]
        / one_c
    )
    return {
        "what": "discharge capacity at 0.05-1 C (charge at 0.05 C), 4.3-3.0 V vs Li",
        "paper": "all reach 1 C; Li-In and Li2Se-NR keep much more capacity than "
        "bare Li at every rate",
        "tolerance": "ordering",
        "capacities [mAh/g]": {
            a: dict(zip(map(str, rates), caps[a].tolist(), strict=False)) for a in cells
        },
        "all reach 1 C": reached,
        "above bare Li at every rate": above,
        "gap over bare Li [-]": gap,
        f"much more (our reading: >= {P7_MUCH_MORE:.0%} above bare Li)": much_more,
        "last event": events,
        "bare Li: charge rate at which plating reaches the critical current [C]": (
            critical_rate
        ),
        "pass": all(reached.values()) and all(above.values()),
    }, caps


# ---------------------------------------------------------------- misses by mechanism
def p2_mechanisms(cycles=3):
    """P2: can contact, interlayer porosity or kinetics make NR sub-linear?

    The paper's NR overpotential grows x1.33 from 0.1 to 0.2 mA/cm2 (NP x1.25), its
    NW x2.0. Returns the model's NR ratio with creep contact and with full contact,
    the NW ratio, and the Li charge-transfer overpotential per interface that
    Butler-Volmer would need for x1.33 (asinh(2x)/asinh(x) = 1.33), against the
    model's at 0.1 mA/cm2.
    """
    ratios = {}
    for contact in ("creep", "full"):
        pv = get_parameter_values("Park2021", interlayer="NR")
        options = {"anode interlayer": "resistive", "anode contact": contact}
        model = SymmetricCell(options)
        mv = []
        for current in (0.1, 0.2):
            steps = plating_stripping_experiment(
                current, AREA_CM2, cycles=cycles, capacity_mAh_cm2=CAPACITY
            )
            sol, _ = run_plating_stripping(model, pv, steps)
            t, v = sol["Time [s]"].entries, sol["Cell overpotential [V]"].entries
            mv.append(np.trapezoid(v, t) / (t[-1] - t[0]))
        ratios[f"NR, {contact} contact"] = mv[1] / mv[0]
    ratios["NW"] = mean_overpotential("NW", 0.2, cycles) / mean_overpotential(
        "NW", 0.1, cycles
    )
    x = brentq(lambda x: np.arcsinh(2 * x) / np.arcsinh(x) - 12 / 9, 0.1, 100)
    pv = get_parameter_values("Park2021", interlayer="NR")
    j0 = pv["Exchange-current density for lithium metal electrode [A.m-2]"]
    return {
        "paper ratio 0.2/0.1 mA/cm2": {"NP": 10 / 8, "NR": 12 / 9, "NW": 20 / 10},
        "model ratio 0.2/0.1 mA/cm2": ratios,
        "Butler-Volmer: charge-transfer overpotential per interface for x1.33 [mV]": (
            2e3 * park_set.RT_F * np.arcsinh(x)
        ),
        "model charge-transfer overpotential per interface at 0.1 mA/cm2 [mV]": (
            2e3 * park_set.RT_F * np.arcsinh(1.0 / (2 * j0))
        ),
        "reading": "Butler-Volmer is linear below 2RT/F = 51 mV; the films are ohmic; "
        "creep contact loss at 0.2 mA/cm2 (above the creep-limited 0.13 mA/cm2) makes "
        "it slightly super-linear. NW (x2.0) and NR (x1.33) share the Li|Li2Se "
        "interface: a current-independent part (nucleation) of 6 mV in NR would "
        "show in NW too. The model follows NW and P1: NP/NR miss.",
    }


def p4_window():
    """P4: the critical local current density each cell's target allows [mA/cm2].

    A cell shorts at the first step whose plating current over its SE contact,
    i / f_SE, reaches i_crit (contact changes little over the 1-h steps: f stays
    within 2 % of f0). Bare Li shorts in [0.2, 0.3] if 0.2/f0 < i_crit <= 0.3/f0;
    a Li2Se cell (f_SE = 1 - porosity) reaches 0.7 if i_crit > 0.7/f_SE.
    """
    bare = get_parameter_values("Park2021")
    f0 = bare["Initial lithium metal contact fraction"]
    windows = {"bare Li": (P4_BARE_RANGE[0] / f0, P4_BARE_RANGE[1] / f0)}
    for il in ("NP", "NR", "NW"):
        f_se = (
            1 - get_parameter_values("Park2021", interlayer=il)["Interlayer porosity"]
        )
        windows[LABEL[il]] = (P4_CURRENTS[-1] / f_se, None)  # no upper bound
    low = max(w[0] for w in windows.values())
    high = min(w[1] for w in windows.values() if w[1] is not None)
    return {
        "allowed critical local current density [mA/cm2]": windows,
        "bare Li contact fraction f0 (fitted on P1)": f0,
        "one value satisfies all": bool(low < high),
        "model value [mA/cm2]": bare["Critical local current density [A.m-2]"] / 10,
        "reading": "bare Li needs i_crit <= 0.3/f0 = "
        f"{windows['bare Li'][1]:.2f}; NW with its 25 % pores (estimate) needs > "
        f"{windows['Li2Se-NW'][0]:.2f} mA/cm2. The model keeps 1 mA/cm2 and follows "
        "the three Li2Se cells: bare Li shorts at 0.4 mA/cm2.",
    }


def p5_bound(cycles_p1=PAPER_P1):
    """P5: the NR interface resistance P1 allows against the bare R1 [Ohm.cm2].

    Per interface at 0.1 mA/cm2 (1 A/m2), less the SE drop of the model's pellet:
    NR's whole interface (R1 + R2) at the top of P1's tolerance, and bare Li's R1
    as the paper's own cycle-1 share (62 of 62 + 91 Ohm) of bare P1.
    """
    pv = get_parameter_values("Park2021")
    se = (
        pv["Separator thickness [m]"]
        / pv["Solid electrolyte conductivity at reference temperature [S.m-1]"]
    )
    per_side = {
        il: (cycles_p1[il] * 1e-3 * scale - se) / 2
        for il, scale in (("NR", 1 + TOL), ("none", 1.0))
    }
    nr_max = per_side["NR"] * 1e4
    bare_r1 = park_set.BARE_R1_SHARE * per_side["none"] * 1e4
    return {
        "NR R1 + R2 per interface, at most (P1 +20 %) [Ohm.cm2]": nr_max,
        "bare R1 per interface (P1 x paper's cycle-1 share) [Ohm.cm2]": bare_r1,
        "R1(NR) > R1(bare) possible with P1": bool(nr_max > bare_r1),
        "reading": "P5's R1(NR) > R1(bare) needs more NR interface resistance than "
        "P1's 9 mV allows; the model follows P1 (a direct-current measurement).",
    }


def p6_anode_resistance(factor=10.0):
    """P6: bare-Li first charge and P1 with a ``factor`` x interphase resistance."""
    name = "Lithium metal interphase ionic conductivity [S.m-1]"
    _, pv = full_cell("bare Li")
    sol = run_full_cell("bare Li", (0.05,), {name: pv[name] / factor})
    row = first_cycle("bare Li", sol)
    sym = get_parameter_values("Park2021")
    sym[name] = sym[name] / factor
    return {
        "interphase resistance factor": factor,
        "bare Li first charge [mAh/g]": row["charge [mAh/g]"],
        "bare Li P1 overpotential at 0.1 mA/cm2 [mV]": mean_overpotential(
            "none", 0.1, 1, sym
        ),
        "reading": "135 +-5 mAh/g needs about 10x the anode resistance that P1 "
        "measures; the model follows P1 (25 mV) and charges bare Li to 146 mAh/g.",
    }


def miss_mechanisms():
    """The physics behind the misses P2, P4, P5, P6, with numbers."""
    return {
        "P2": p2_mechanisms(),
        "P4": p4_window(),
        "P5": p5_bound(),
        "P6": p6_anode_resistance(),
    }


def target_p5():
    """R1, R2 after 1 and 50 cycles, bare Li vs Li2Se-NR: growth and orderings."""
    cells, spectra = {}, {}
    for il in PAPER_P5:
        fits = {}
        for n in (1, 50):
            z, fit = impedance_after(il, n)
            spectra[(il, n)] = (P5_FREQUENCIES, z)
            fits[n] = {k: fit.values[k] * AREA_CM2 for k in ("R0", "R1", "R2")}
        growth = {r: 100 * (fits[50][r] / fits[1][r] - 1) for r in ("R1", "R2")}
        paper_growth = {r: 100 * (b / a - 1) for r, (a, b) in PAPER_P5[il].items()}
        cells[il] = {
            "model [Ohm]": {"cycle 1": fits[1], "cycle 50": fits[50]},
            "paper [Ohm]": PAPER_P5[il],
            "growth model [%]": growth,
            "growth paper [%]": paper_growth,
            "pass growth": all(
                abs(growth[r] - paper_growth[r]) <= P5_GROWTH_TOL for r in growth
            ),
        }
    bare, nr = (cells[il]["model [Ohm]"] for il in ("none", "NR"))
    r1_order = nr["cycle 1"]["R1"] > bare["cycle 1"]["R1"]
    total_order = (
        nr["cycle 50"]["R1"] + nr["cycle 50"]["R2"]
        < bare["cycle 50"]["R1"] + bare["cycle 50"]["R2"]
    )
    row = {
        "what": "impedance of symmetric cells after 1 and 50 cycles at 0.2 mA/cm2: "
        "R1 (interphase/interlayer arc) and R2 (charge-transfer arc)",
        "cells": cells,
        "tolerance": f"relative growth +-{P5_GROWTH_TOL:g} points; R1(NR) > R1(bare) "
        "at cycle 1; R1+R2 (NR) < bare at cycle 50",
        "pass R1(NR) > R1(bare) at cycle 1": bool(r1_order),
        "pass R1+R2 (NR) < bare at cycle 50": bool(total_order),
        "pass": bool(
            r1_order and total_order and all(c["pass growth"] for c in cells.values())
        ),
        "note": "the paper's absolute R (146 Ohm for NR at cycle 1) and its P1 "
        "overpotential (9 mV at 0.1 mA/cm2, i.e. 90 Ohm.cm2) do not fit one cell "
        "area; only growth and orderings are compared",
    }
    return row, spectra


def _summary(target_id, row):
    """The model's value of a target as one line of text (the report's cell)."""
    cells = row.get("cells", {})

    def each(fmt):
        return "; ".join(f"{LABEL.get(c, c)} {fmt(r)}" for c, r in cells.items())

    def short(r):
        return (
            f"short at cycle {r['short at cycle']}"
            if r["short at cycle"]
            else f"no short ({r['cycles run']} cycles)"
        )

    def critical(r):
        i = r["critical current [mA/cm2]"]
        return f"short at {i:g} mA/cm2" if i is not None else "no short"

    def growth(r):
        g = r["growth model [%]"]
        return f"R1 {g['R1']:+.0f} %, R2 {g['R2']:+.0f} %"

    texts = {
        "P1": lambda: (
            each(lambda r: f"{r['model [mV]']:.1f} mV")
            + f"; bare/NR {row['bare/NR']['model']:.2f}"
        ),
        "P2": lambda: (
            each(lambda r: f"{r['model [mV]']:.1f} mV")
            + f"; bare Li {row['bare Li (no tolerance) [mV]']['model']:.1f}"
            f" mV; NW > NR: {row['NW > NR']}"
        ),
        "P3": lambda: each(short),
        "P4": lambda: each(critical),
        "P5": lambda: (
            each(growth) + "; R1(NR) > R1(bare) at cycle 1: "
            f"{row['pass R1(NR) > R1(bare) at cycle 1']}; R1+R2 (NR) < bare at cycle "
            f"50: {row['pass R1+R2 (NR) < bare at cycle 50']}"
        ),
        "P6": lambda: (
            each(lambda r: f"{r['charge [mAh/g]']:.1f} mAh/g, CE {r['CE [%]']:.1f} %")
            + f"; bare Li largest polarisation: {row['bare Li largest polarisation']}"
        ),
        "P7": lambda: (
            "1 C: "
            + ", ".join(
                f"{a} {c[str(P7_RATES[-1])]:.1f}"
                for a, c in row["capacities [mAh/g]"].items()
            )
            + f" mAh/g; all reach 1 C: {all(row['all reach 1 C'].values())}; above "
            "bare Li at every rate: "
            f"{all(row['above bare Li at every rate'].values())}"
        ),
    }
    return texts[target_id]()


class Park2021(Reproduction):
    """Park et al. 2021, targets P1-P7 (module docstring); the fit checks, the misses
    by mechanism and the full-cell ageing study (not a target) as methods."""

    name = "park2021"
    title = (
        "Park et al. 2021: nanostructured Li2Se interlayers on lithium metal "
        "(symmetric cells and LiCoO2 full cells)"
    )
    citation = "Park2021"
    parameter_set = "Park2021"
    target_ids = ("P1", "P2", "P3", "P4", "P5", "P6", "P7")

    def _rows(self, key, text, compute):
        return self.cached(key, lambda: self.step(text, compute))

    def fit_interface(self):
        """:func:`fit_interface_values` (j0, kappa)."""
        return self._rows(
            "fit interface",
            "fit check: Li j0 and Li2Se conductivity on P1",
            fit_interface_values,
        )

    def fit_creep(self):
        """:func:`fit_creep_limited_current`."""
        return self._rows(
            "fit creep",
            "fit check: creep-limited stripping current on P3",
            fit_creep_limited_current,
        )

    def fit_full(self):
        """:func:`fit_full_cell` (rate constant, j0 at half lithiation)."""
        return self._rows(
            "fit full",
            "fit check: LiCoO2 SE oxidation and exchange current on P6 (Li-In)",
            fit_full_cell,
        )

    def result(self, target_id):
        """``(row, curves)`` of one target (curves None for P1, P2)."""
        steps = {
            "P1": ("P1, P2: mean overpotentials", lambda: (target_p1(), None)),
            "P2": ("P2: mean overpotentials", lambda: (target_p2(), None)),
            "P3": ("P3: 100 cycles at 0.2 mA/cm2", target_p3),
            "P4": ("P4: stepped current", target_p4),
            "P5": ("P5: impedance after 1 and 50 cycles", target_p5),
            "P6": ("P6, P7: LiCoO2 full cells", target_p6),
            "P7": ("P7: rate capability", target_p7),
        }
        text, compute = steps[target_id]
        first = {"P2": "P1", "P7": "P6"}.get(target_id)
        if first and ("row", first) in self._cache:  # under the progress line of P1/P6
            return self.cached(("row", target_id), compute)
        return self._rows(("row", target_id), text, compute)

    def row(self, target_id):
        """The row of one target, as the ``target_*`` functions return it."""
        return self.result(target_id)[0]

    def mechanisms(self):
        """:func:`miss_mechanisms`."""
        return self._rows(
            "mechanisms", "misses by mechanism (P2, P4, P5, P6)", miss_mechanisms
        )

    def ageing(self):
        """The full-cell ageing study (:func:`.cells.full_cell_cycling`)."""

        return self._rows(
            "ageing",
            f"full-cell cycling: {CYCLING_CYCLES} cycles at {CYCLING_RATE:g} C",
            full_cell_cycling,
        )

    def ageing_figure(self, path):
        """The figure of :meth:`ageing` (capacity and CE per cycle) at ``path``."""
        return draw.full_cell_cycling(self.ageing(), path)

    paper = PAPER
    summary = staticmethod(_summary)

    def figures(self, out, ids=None, stem=None):
        out, stem, ids = self.figure_folder(out, ids, stem)
        paths = []
        if {"P1", "P2", "P3", "P4"} <= ids:
            paths.append(
                draw.symmetric_cells(
                    self.row("P1"),
                    self.row("P2"),
                    self.result("P3")[1],
                    self.result("P4")[1],
                    out / f"{stem}_li2se.png",
                )
            )
        if "P5" in ids:
            paths.append(
                draw.impedance(*self.result("P5"), out / f"{stem}_impedance.png")
            )
        if {"P6", "P7"} <= ids:
            p6, curves = self.result("P6")
            p7, caps = self.result("P7")
            paths.append(
                draw.full_cells(p6, curves, p7, caps, out / f"{stem}_full_cells.png")
            )
        return paths

    def fit_check(self):
        """The refitted values beside the set's (after :meth:`fit_interface`,
        :meth:`fit_creep` and :meth:`fit_full`)."""
        (j0, kappa), i_creep = self.fit_interface(), self.fit_creep()
        k_am, j0_lco = self.fit_full()
        fitted = park_set.FITTED_FULL_CELL
        return {
            "j0 [A.m-2]": {"refit": j0, "in set": park_set.J0_LI},
            "Li2Se conductivity [S.m-1]": {
                "refit": kappa,
                "in set": park_set.KAPPA_LI2SE,
            },
            "creep-limited stripping current [A.m-2]": {
                "refit": i_creep,
                "in set": park_set.I_CREEP,
            },
            "LiCoO2 SE oxidation rate constant [A.m-2]": {
                "refit": k_am,
                "in set": fitted[
                    "Positive electrode SE oxidation rate constant [A.m-2]"
                ],
            },
            "LiCoO2 exchange-current density at half lithiation [A.m-2]": {
                "refit": j0_lco,
                "in set": fitted["exchange-current density at half lithiation"],
            },
        }
