"""Park 2021 targets P1-P7 scored: each ``target_*`` returns the row of one target (a
dict with ``"what"``, ``"pass"`` and the numbers), the misses are explained by
mechanism (:func:`miss_mechanisms`), and :class:`Park2021` scores the rows as
:class:`~assb_models.reproductions.base.Target` records and draws the figures.

Targets and tolerances: ``../shared/targets/park2021_li2se.md``; numbers: the report.
"""

import numpy as np
import pybamm
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
    bare_resistance_growth,
    cell,
    first_cycle,
    fit_creep_limited_current,
    fit_critical_current,
    fit_crust_height,
    fit_interface_values,
    full_cell,
    full_cell_cycling,
    impedance_after,
    mean_overpotential,
    p6_p7_run,
    rate_capacities,
    run_full_cell,
    spme_against_dfn,
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
    P2_TOL,
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


def _overpotential_rows(paper, current, cycles, cells, tol=TOL):
    rows = {}
    for il in cells:
        model = mean_overpotential(il, current, cycles)
        rows[il] = {
            "model [mV]": model,
            "paper [mV]": paper[il],
            "pass": abs(model / paper[il] - 1) <= tol,
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
        "fitted": "bare Li (Li creep length: the voids of stripping); NP/NR/NW "
        "(Li exchange-current density, Li2Se conductivity)",
        "cells": rows,
        "bare/NR": {"model": ratio, "paper": 25 / 9, "pass": ratio_ok},
        "pass": ratio_ok and all(r["pass"] for r in rows.values()),
    }


def target_p2(cycles=3):
    """Mean overpotential of the Li2Se cells at 0.2 mA/cm2 (bare: reported only)."""
    rows = _overpotential_rows(PAPER_P2, 0.2, cycles, ("NP", "NR", "NW"), P2_TOL)
    order = rows["NW"]["model [mV]"] > rows["NR"]["model [mV]"]
    bare = mean_overpotential("none", 0.2, cycles)
    return {
        "what": "symmetric-cell mean overpotential at 0.2 mA/cm2, 1 mAh/cm2",
        "tolerance": f"NW > NR; each Li2Se cell within +-{P2_TOL:.0%}",
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
        "fitted": "critical local plating current density (bare short)",
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
        into_step = None
        if critical is not None:
            step_hours = 2.0 * cycles_per_step  # 1 h strip + 1 h plate per cycle
            start = step_hours * list(currents).index(critical)
            into_step = float(sol["Time [h]"].entries[-1]) - start
        if il == "none":
            ok = critical is not None and (
                P4_BARE_RANGE[0] <= critical <= P4_BARE_RANGE[1] + 1e-9
            )
        else:
            ok = critical is None
        depth = sum(
            sol[f"{d} electrode lithium intrusion depth [m]"].entries
            for d in ("Negative", "Positive")
        )
        rows[il] = {
            "critical current [mA/cm2]": critical,
            "short after the step starts [h]": into_step,
            "charge passed in that step to the short [mAh/cm2]": (
                None if into_step is None else critical * into_step
            ),
            "Li intrusion depth at the end [um]": 1e6 * float(depth[-1]),
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
                "fitted": False,
            }
        )
        rows[anode] = row
    polarisation = {a: r["polarisation [mV]"] for a, r in rows.items()}
    largest = max(polarisation, key=polarisation.get) == "bare Li"
    return {
        "what": "full-cell first cycle at 0.05 C, 4.3-3.0 V vs Li",
        "tolerance": f"+-{P6_TOL_CAPACITY:g} mAh/g; +-{P6_TOL_CE:g} points; bare Li "
        "has the largest polarisation",
        "fitted": "nothing: all three cells are predictions (LiCoO2 OCP of Rieger "
        "2016, LiCoO2|SE exchange current an estimate, SE oxidation law and values "
        "of Kim2024)",
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
    # the other non-ohmic candidates, with the set's values at 0.1 mA/cm2 (1 A/m2)
    x_ct = 1.0 / (2 * j0)
    field = 1.0 / pv["Interlayer ionic conductivity [S.m-1]"]  # V/m in the layer
    hop = 3e-10  # m, estimate: a Li hop in Li2Se (antifluorite, a/2 = 3.0 Angstrom)
    return {
        "model Li charge-transfer ratio 0.2/0.1 mA/cm2 (Butler-Volmer)": float(
            np.arcsinh(2 * x_ct) / np.arcsinh(x_ct)
        ),
        "field in the Li2Se layer at 0.1 mA/cm2 [V/m]": field,
        "field of non-linear (high-field) ion hopping, RT/(F a) [V/m]": park_set.RT_F
        / hop,
        "paper P5 NR R1 growth over 50 cycles [%]": 100 * (90 / 81 - 1),
        "NR layer resistance change a conditioning between the currents needs [%]": (
            100 * (60 / 90 - 1)
        ),
        "paper ratio 0.2/0.1 mA/cm2": {"NP": 10 / 8, "NR": 12 / 9, "NW": 20 / 10},
        "model ratio 0.2/0.1 mA/cm2": ratios,
        "Butler-Volmer: charge-transfer overpotential per interface for x1.33 [mV]": (
            2e3 * park_set.RT_F * np.arcsinh(x)
        ),
        "model charge-transfer overpotential per interface at 0.1 mA/cm2 [mV]": (
            2e3 * park_set.RT_F * np.arcsinh(1.0 / (2 * j0))
        ),
        "reading": "Butler-Volmer is linear below 2RT/F = 51 mV and the films are "
        "ohmic, so with full contact under Li2Se NR doubles; voids (creep contact) "
        "make it super-linear, not sub-linear. NW (x2.0) and NR (x1.33) share the "
        "Li|Li2Se interface: a current-independent part (nucleation) of 6 mV in NR "
        "would show in NW too. High-field hopping in Li2Se needs a field 2e6 x the "
        "layer's, and a conditioning of the layer between the 0.1 and 0.2 mA/cm2 "
        "runs (-33 % for NR) runs against the paper's own EIS (NR R1 +11 % over 50 "
        "cycles). No mechanism with physical values makes these interfaces "
        "sub-linear at <= 25 mV; the model follows NW and P1.",
    }


def p4_attribution(currents=P4_CURRENTS):
    """P4: which mechanisms make bare Li short, each switched off in turn.

    The stepped protocol of P4 on bare Li as the set has it, with "anode
    penetration": "none" (no Li intrusion into the SE) and with "anode contact":
    "full" (no voids: the contact stays whole). Returns each run's critical
    current [mA/cm2] (None: no short) and its lowest contact fraction.
    """
    _, pv = cell("none")
    base = park_set.lithium_metal_options("none")
    runs = {
        "as set": base,
        "intrusion off": {**base, "anode penetration": "none"},
        "voids off (full contact)": {**base, "anode contact": "full"},
    }
    out = {}
    for name, options in runs.items():
        steps = plating_stripping_experiment(currents, AREA_CM2, half_cycle_hours=1.0)
        sol, stop = run_plating_stripping(SymmetricCell(options), pv, steps)
        f = np.minimum(
            sol["Negative electrode lithium metal contact fraction"].entries,
            sol["Positive electrode lithium metal contact fraction"].entries,
        )
        out[name] = {
            "critical current [mA/cm2]": (
                stop["current [mA.cm-2]"] if stop and stop["short circuit"] else None
            ),
            "lowest contact fraction": float(np.min(f)),
        }
    out["reading"] = (
        "bare Li shorts because stripping opens voids (the contact stress P/f "
        "balances creep supply at f ~ 0.25) and the next plating at i/f above the "
        "critical local current grows filaments across the SE: with either the "
        "voids or the intrusion switched off it reaches 0.7 mA/cm2"
    )
    return out


def p5_area(p5_row):
    """P5: the cell area (not given) that maps the model's Ohm.cm2 onto the paper's
    Ohm, fitted on the cycle-1 R1 + R2 of bare Li and Li2Se-NR together.

    Least squares in log: A = sqrt(prod_k R_model,k / R_paper,k) over the two cells.
    Returns the area, each cell's model R1 + R2 [Ohm] at that area beside the
    paper's, and the bare-Li contact fraction the rest before the spectrum leaves.
    """
    model = {
        il: sum(p5_row["cells"][il]["model [Ohm]"]["cycle 1"][k] for k in ("R1", "R2"))
        for il in PAPER_P5
    }
    paper = {il: sum(r[0] for r in PAPER_P5[il].values()) for il in PAPER_P5}
    area = float(np.exp(np.mean([np.log(model[il] / paper[il]) for il in PAPER_P5])))
    return {
        "fitted cell area [cm2]": area,
        "R1 + R2 at cycle 1, model at that area [Ohm]": {
            LABEL[il]: model[il] / area for il in PAPER_P5
        },
        "R1 + R2 at cycle 1, paper [Ohm]": {LABEL[il]: paper[il] for il in PAPER_P5},
        "model R1 + R2 at cycle 1 [Ohm.cm2]": {LABEL[il]: model[il] for il in model},
        "reading": "the DC overpotential of bare Li (P1) is about half voids; the "
        "model's creep at 1 MPa closes few of them in the 1-h rest before the "
        "spectrum (the contact stress falls back to P as f -> 1), so bare Li's "
        "cycle-1 arcs stay large beside Li2Se-NR's and one area cannot match both: "
        "the model follows P1 (direct current) over P5's absolute values",
    }


#: Li2Se conductivities [S.m-1] :func:`p5_layer_conductivity` tries: near the
#: Li2S value the set's source names (about 1e-3 S/m)
P5_LAYER_CONDUCTIVITIES = (2.4e-3, 2.0e-3, 1.6e-3)


def p5_layer_conductivity(p5_row, conductivities=P5_LAYER_CONDUCTIVITIES):
    """P5's R1(NR) > R1(bare) against P1: the Li2Se conductivity it would take.

    The set's conductivity is fitted on P1, where NW (15 um, porous) is only 1 mV
    above NR (5 um): the layer is then a small part of NR's 9 mV and its arc R1 is
    a few Ohm.cm2. For each of ``conductivities`` the Li exchange-current density
    is refitted so that NR's P1 stays at the paper's 9 mV; returns NR's cycle-1
    R1 and R2 [Ohm.cm2], NP's and NW's P1 [mV], beside bare Li's cycle-1 R1 of
    ``p5_row`` (the row of :func:`target_p5`). NR's R1 cannot exceed its share of
    the 9 mV (90 Ohm.cm2 for the cell), so the ordering needs bare Li's R1 below
    that, and a layer resistive enough for it triples NW's P1.
    """
    names = (
        "Interlayer ionic conductivity [S.m-1]",
        "Exchange-current density for lithium metal electrode [A.m-2]",
    )

    def values(il, kappa, j0):
        pv = get_parameter_values("Park2021", interlayer=il)
        pv.update(dict(zip(names, (kappa, j0), strict=True)))
        return pv

    rows = []
    for kappa in conductivities:
        log_j0 = brentq(
            lambda lj, k=kappa: (
                mean_overpotential("NR", 0.1, 3, values("NR", k, np.exp(lj)))
                - PAPER_P1["NR"]
            ),
            np.log(1.0),
            np.log(1e4),
            xtol=1e-3,
        )
        j0 = float(np.exp(log_j0))
        fit = impedance_after("NR", 1, values("NR", kappa, j0))[1].values
        rows.append(
            {
                "Li2Se conductivity [S.m-1]": kappa,
                "Li exchange-current density, NR's P1 at 9 mV [A.m-2]": j0,
                "NR cycle-1 R1 [Ohm.cm2]": fit["R1"] * AREA_CM2,
                "NR cycle-1 R2 [Ohm.cm2]": fit["R2"] * AREA_CM2,
                "P1 [mV]": {
                    il: mean_overpotential(il, 0.1, 3, values(il, kappa, j0))
                    for il in ("NP", "NW")
                },
            }
        )
    healed = impedance_after("none", 1, options={"anode contact": "full"})[1].values
    return {
        "set's Li2Se conductivity [S.m-1]": park_set.KAPPA_LI2SE,
        "bare Li cycle-1 R1 [Ohm.cm2]": p5_row["cells"]["none"]["model [Ohm]"][
            "cycle 1"
        ]["R1"],
        "bare Li cycle-1 R1, R2 with its voids healed (full contact) [Ohm.cm2]": [
            healed["R1"] * AREA_CM2,
            healed["R2"] * AREA_CM2,
        ],
        "paper P1 [mV]": {il: PAPER_P1[il] for il in ("NP", "NR", "NW")},
        "rows": rows,
        "reading": "with NR's P1 held at 9 mV (90 Ohm.cm2 for the cell, about 29 "
        "of it the SE pellet), NR's R1 peaks near 70 Ohm.cm2, below bare "
        "Li's cycle-1 R1, which keeps the voids the rest does not close; with "
        "them healed bare Li's R1 and R2 are 37 and 54, and at 2.4e-3 S/m NR's "
        "67 and 23 then match the paper's picture (R1 NR > bare, R1 + R2 alike), "
        "but a layer that resistive puts NW's P1 at 24-32 mV (paper 10): P5's R1 "
        "ordering needs both the voids healed at rest and NW's pores out of its "
        "ion path",
    }


def p6_anode_resistance(factor=10.0):
    """P6: bare-Li first charge and P1 with a ``factor`` x interphase resistance."""
    name = "Lithium metal interphase ionic conductivity [S.m-1]"
    _, pv = full_cell("bare Li")
    sol = run_full_cell("bare Li", (0.05,), {name: pv[name] / factor})
    row = first_cycle("bare Li", sol)
    sym = get_parameter_values("Park2021")
    sym[name] = sym[name] / factor
    p1 = mean_overpotential("none", 0.1, 1, sym)
    return {
        "interphase resistance factor": factor,
        "bare Li first charge [mAh/g]": row["charge [mAh/g]"],
        "bare Li P1 overpotential at 0.1 mA/cm2 [mV]": p1,
        "reading": f"with {factor:g}x the anode resistance P1 measures bare Li still "
        f"charges {row['charge [mAh/g]']:.1f} mAh/g (P1 would read {p1:.0f} mV, "
        "paper 25): 135 +-5 needs more, and the model follows P1. All three cells "
        "charge more than the paper's at a higher CE: the LiCoO2 reaches its 4.3 V "
        "equilibrium and the SE oxidation, its only cathode-side loss, passivates "
        "within a few mAh/g (numbers: 'P6 charge budget', 'P6 attribution')",
    }


#: the CEI passivation length Park read before the Kim2024 refit [m] (for P6's
#: charge budget: the side charge CE 86 % needs, and the CEI it leaves)
PRE_REFIT_PASSIVATION = 44.9e-9

#: the variables of the end-of-charge overpotential budget (electrode-averaged)
_OVERPOTENTIALS = {
    "LiCoO2|SE reaction": "Positive electrode reaction overpotential [V]",
    "CEI film": "Positive electrode film overpotential [V]",
    "LiCoO2 concentration": "Positive particle concentration overpotential [V]",
    "anode reaction": "Lithium metal interface reaction overpotential [V]",
}


def _lco_ocp(x):
    return float(np.ravel(park_set.lco_ocp(pybamm.Scalar(x)).evaluate())[0])


def _end_of_charge(sol):
    """LiCoO2 stoichiometry, its OCP and the overpotentials [mV] at the end of the
    first charge."""
    charge = sol.cycles[0].steps[0]
    x = float(charge["Average positive particle stoichiometry"].entries[-1])
    budget = {}
    for label, name in _OVERPOTENTIALS.items():
        if name in sol.all_models[0].variables:
            budget[label] = 1e3 * float(np.mean(charge[name].entries[..., -1]))
    return {
        "LiCoO2 stoichiometry": x,
        "LiCoO2 OCP [V]": _lco_ocp(x),
        "overpotentials [mV]": budget,
    }


def p6_charge_budget(delta=PRE_REFIT_PASSIVATION):
    """P6: where the Li-In cell's charge goes, against what 148 mAh/g at 86 % needs.

    The LiCoO2 charge the OCP allows at 4.3 V vs Li from the set's pristine
    stoichiometry (and to 4.4 V, against thin-film LiCoO2); the Li-In first cycle
    with its end-of-charge stoichiometry and overpotentials; the paper's discharge
    (148 x 0.86) and what it asks of the LiCoO2; and the first cycle with the CEI
    passivation length ``delta`` [m] instead of the set's (the side charge CE 86 %
    needs, and the CEI thickness it leaves, against the 2-20 nm that XPS sees
    through).
    """
    x0 = park_set.PRISTINE_STOICHIOMETRY
    theoretical = park_set.F / 3.6 / park_set.LCO_MOLAR_MASS / 1e3  # mAh/g
    x_up = brentq(lambda x: _lco_ocp(x) - park_set.UPPER_CUTOFF_VS_LI, 0.3, 0.9)
    x_44 = brentq(lambda x: _lco_ocp(x) - 4.4, 0.2, 0.9)
    q_paper, ce_paper = PAPER_P6["Li-In"]
    sol = p6_p7_run("Li-In")
    row = first_cycle("Li-In", sol)
    name = "CEI passivation thickness scale [m]"
    thick = run_full_cell("Li-In", (0.05,), {name: delta})
    row_thick = first_cycle("Li-In", thick)
    cei = thick["Positive electrode CEI thickness [m]"].entries
    # the paper's discharge bounds the LiCoO2's own charge; where that leaves it
    q_lco = q_paper * ce_paper / 100
    x_lco = x0 - q_lco / theoretical
    needed = 1e3 * (park_set.UPPER_CUTOFF_VS_LI - _lco_ocp(x_lco))
    out_of_reach = 100 * (1 - q_lco / (theoretical * (x0 - x_up)))
    # or the whole loss is the LiCoO2's own: charged 148, refilled to only
    x_refill = x0 - (q_paper - q_lco) / theoretical
    discharge = sol.cycles[0].steps[2]
    x_model = float(discharge["Average positive particle stoichiometry"].entries[-1])
    return {
        "LiCoO2 charge to 4.3 V at the OCP [mAh/g]": theoretical * (x0 - x_up),
        "stoichiometry at 4.3 V": x_up,
        "LiCoO2 charge to 4.4 V at the OCP [mAh/g]": theoretical * (x0 - x_44),
        "check of the OCP's capacity": "LiCoO2|Lipon thin films give 170 +-10 "
        "mAh/g between 3.0 and 4.4 V at 0.1 mA/cm2 (J. Electrochem. Soc. 2002, "
        "'High-Voltage Cycling Behavior of Thin-Film LiCoO2 Cathodes', abstract "
        "checked): the OCP's capacity to 4.4 V is within that",
        "paper Li-In charge / CE": PAPER_P6["Li-In"],
        "paper Li-In discharge [mAh/g]": q_lco,
        "LiCoO2 stoichiometry after only that charge": x_lco,
        "end-of-charge polarisation that needs [mV]": needed,
        "or the LiCoO2 share out of reach [%]": out_of_reach,
        "end-of-discharge stoichiometry if the loss is all LiCoO2's own": x_refill,
        "end-of-discharge stoichiometry, model": x_model,
        "Li-In as set": {
            "charge [mAh/g]": row["charge [mAh/g]"],
            "CE [%]": row["CE [%]"],
            "SE oxidation [mAh/g]": row["SE oxidation [mAh/g]"],
            "end of charge": _end_of_charge(sol),
        },
        f"with a {delta * 1e9:g} nm passivation length": {
            "charge [mAh/g]": row_thick["charge [mAh/g]"],
            "CE [%]": row_thick["CE [%]"],
            "SE oxidation [mAh/g]": row_thick["SE oxidation [mAh/g]"],
            "largest CEI thickness [nm]": float(np.max(cei)) * 1e9,
        },
        "reading": "with ~100 Ohm.cm2 of charge transfer the LiCoO2 charges to its "
        f"4.3 V equilibrium (x = {x_up:.2f}, {theoretical * (x0 - x_up):.1f} mAh/g "
        f"from x = {x0:g}), so any side charge adds to that: the paper's "
        f"{q_paper:g} mAh/g at {ce_paper:g} % split {q_paper - q_lco:.0f} mAh/g "
        "between side charge and LiCoO2 not refilled. All side charge leaves the "
        f"LiCoO2 {q_lco:.0f} mAh/g of charge: {needed:.0f} mV of end-of-charge "
        "polarisation (a kOhm.cm2 interface, as the former fit) or "
        f"{out_of_reach:.0f} % of the LiCoO2 out of reach (isolated particles); "
        f"all LiCoO2 loss stops its discharge at x = {x_refill:.2f} (the model's "
        f"constant Dualfoil diffusivity refills it to {x_model:.4f}); "
        "none with a source here; and ~20 mAh/g of SE oxidation leaves a CEI "
        "~10x thicker than XPS sees through. The model follows the sourced "
        "values: charge and CE above the paper's",
    }


def p6_attribution():
    """P6: the first cycle of each full cell with the SE oxidation on LiCoO2 off
    (its rate constant 0): the CE it gains is the SE-oxidation share."""
    name = "Positive electrode SE oxidation rate constant [A.m-2]"
    rows = {}
    for anode in FULL_CELLS:
        on = first_cycle(anode)
        off = first_cycle(anode, run_full_cell(anode, (0.05,), {name: 0.0}))
        rows[anode] = {
            "CE [%]": on["CE [%]"],
            "CE, SE oxidation off [%]": off["CE [%]"],
            "CE gain [points]": off["CE [%]"] - on["CE [%]"],
            "SE oxidation share of the first charge [points]": 100
            * on["SE oxidation [mAh/g]"]
            / on["charge [mAh/g]"],
            "charge [mAh/g]": on["charge [mAh/g]"],
            "charge, SE oxidation off [mAh/g]": off["charge [mAh/g]"],
        }
    return {
        "cells": rows,
        "reading": "the SE oxidation on LiCoO2 is the model's only cathode-side "
        "loss: switched off, the CE gains its share of the first charge; the rest "
        "(< 0.1 points) is the LiCoO2 left short of its start at the 3.0 V cut-off",
    }


def miss_mechanisms(p5_row=None):
    """The physics behind the targets' misses and shorts (P2, P4, P5, P6), with
    numbers; ``p5_row`` the row of :func:`target_p5` (computed if None)."""
    p5_row = p5_row if p5_row is not None else target_p5()[0]
    return {
        "P2": p2_mechanisms(),
        "P4": p4_attribution(),
        "P5": p5_area(p5_row),
        "P5 Li2Se conductivity": p5_layer_conductivity(p5_row),
        "P6": p6_anode_resistance(),
        "P6 charge budget": p6_charge_budget(),
        "P6 attribution": p6_attribution(),
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
    crust_off = bare_resistance_growth(options={"anode contact": "creep"})
    row = {
        "what": "impedance of symmetric cells after 1 and 50 cycles at 0.2 mA/cm2: "
        "R1 (interphase/interlayer arc) and R2 (charge-transfer arc)",
        "fitted": "bare-Li growth (the height of the non-wetted crystallites of the "
        "crust, one value on R1 and R2 together); the orderings and Li2Se-NR are "
        "predictions",
        "cells": cells,
        "attribution": {
            "bare Li growth, crust off ('anode contact': 'creep') [%]": crust_off,
            "reading": "the crust of SE-reduction products Li does not wet takes "
            "ionic contact that creep does not give back; without it the contact "
            "at the spectrum is the same after 1 and 50 cycles and R2 does not grow",
        },
        "tolerance": f"relative growth +-{P5_GROWTH_TOL:g} points; R1(NR) > R1(bare) "
        "at cycle 1; R1+R2 (NR) < bare at cycle 50",
        "pass R1(NR) > R1(bare) at cycle 1": bool(r1_order),
        "pass R1+R2 (NR) < bare at cycle 50": bool(total_order),
        "pass": bool(
            r1_order and total_order and all(c["pass growth"] for c in cells.values())
        ),
        "note": "scored on growth and orderings (area-free); the model's Ohm.cm2 "
        "against the paper's Ohm through one fitted cell area: see the P5 entry of "
        "the misses by mechanism (p5_area)",
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
        """:func:`fit_creep_limited_current` and :func:`fit_critical_current`."""
        return self._rows(
            "fit creep",
            "fit check: creep-limited stripping current on bare P1, critical local "
            "current on P3",
            lambda: (fit_creep_limited_current(), fit_critical_current()),
        )

    def fit_crust(self):
        """:func:`fit_crust_height` (non-wetted crystallite height [m])."""
        return self._rows(
            "fit crust",
            "fit check: non-wetted crystallite height on P5 (bare-Li growth)",
            fit_crust_height,
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
        p5_row = self.row("P5")
        return self._rows(
            "mechanisms",
            "misses by mechanism (P2, P4, P5, P6)",
            lambda: miss_mechanisms(p5_row),
        )

    def ageing(self):
        """The full-cell ageing study (:func:`.cells.full_cell_cycling`)."""

        def compute():
            dfn = full_cell_cycling()
            spme = full_cell_cycling(model="SPMe")
            return {
                **dfn,
                "SPMe": spme,
                "SPMe against DFN": spme_against_dfn(dfn, spme),
            }

        return self._rows(
            "ageing",
            f"full-cell cycling: {CYCLING_CYCLES} cycles at {CYCLING_RATE:g} C "
            "(DFN and SPMe)",
            compute,
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
        :meth:`fit_creep` and :meth:`fit_crust`; nothing is fitted on the full
        cells)."""
        (j0, kappa), (i_creep, i_crit) = self.fit_interface(), self.fit_creep()
        h_crust = self.fit_crust()
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
            "critical local plating current density [A.m-2]": {
                "refit": i_crit,
                "in set": park_set.I_CRIT,
            },
            "non-wetted crystallite height [m]": {
                "refit": h_crust,
                "in set": park_set.CRUST_HEIGHT,
            },
        }
