"""Kim 2024's NCM loading, which the paper does not give: the targets and the
formed-cell bounds at each loading.

The set's 12 mg/cm2 is an estimate (pellet-type cells use 10-20 mg/cm2). The
loading :math:`m` [mg.cm-2] sets the composite's thickness,
:math:`L_p \\propto m` at a fixed recipe, and so the resistance budget's SE path
:math:`L_p / (3 \\kappa_{eff}) \\propto m`; the current at a C-rate is
:math:`\\propto m` too, so the composite's ohmic drop at a C-rate goes as
:math:`m^2`. K7 asks the 90 wt% cell to lose capacity at 0.5 C through that drop,
and the formed-cell bound keeps the budget at or below 300 Ohm.cm2. The side
reactions' charge per gram of NCM (K4, K6) depends on the NCM's surface and the
SE per gram, which the loading leaves alone. :func:`loading_scan` solves the
paper's protocols at each loading and scores them as the reproduction does.

The SE's conductivity :math:`\\kappa` is not the paper's either. Scaling it by
:math:`s` with the loading by :math:`\\sqrt{s}` keeps :math:`m^2/\\kappa`, and so
the composite's drop at a C-rate, while the ionic and interface parts of the
budget fall by :math:`\\sqrt{s}` or more (the electronic path, :math:`m/\\sigma`,
rises by :math:`\\sqrt{s}`): :func:`k7_similarity` checks that on solved cells
and gives the conductivity at which K7's drop and the bound could meet.
"""

import math

from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.simulation import refined_var_pts

from .cells import (
    AREA_PARTS,
    FIXED_PARTS,
    THICKNESS_PARTS,
    aged_model,
    budget_law,
    formed_cell,
    kim_set,
    least_budget,
)
from .paper import FORMED_BOUNDS, FORMED_CELLS, K7_GAP, SERIES_A, SERIES_C
from .targets import score_k4_cells, score_k6, score_k7, target_formed_cells, target_k8

#: NCM loadings scanned [mg.cm-2]: from half the set's estimate to the top of
#: the 10-20 mg/cm2 of pellet-type cells
LOADINGS = (6.0, 8.0, 10.0, 12.0, 16.0, 20.0)


def loading_scan(loadings=LOADINGS, pulses=True, progress=None):
    """Formed cells, K4, K6, K7 and (with ``pulses``) K8 at each NCM loading.

    For each loading [mg.cm-2], the six formed cells of :func:`formed_cell` (the
    0.05 C formation, then 0.05 C and 0.5 C), scored by
    :func:`~.targets.target_formed_cells` (the bounds), K4 and K6 (the formation's
    irreversible capacity and CE), K7 (0.5 C over 0.05 C) and K8 (the pulse test,
    :func:`~.targets.target_k8`). ``progress`` (callable, optional) receives one
    line per loading. Returns ``{"loadings": {m: row}, "summary": ...}``; the
    summary lists the loadings at which each score passes and those at which the
    resistance bound and K7 pass together.
    """
    rows = {}
    for loading in loadings:
        recipe = {"am_loading_mg_cm2": float(loading)}
        formed = {
            f"{am}/{sc}": formed_cell(am, sc, recipe=recipe) for am, sc in FORMED_CELLS
        }
        bounds = target_formed_cells(formed, recipe=recipe)
        resistance = {
            name: state["resistance budget [Ohm.cm2]"] for name, state in formed.items()
        }
        row = {
            "cathode thickness [um]": {
                name: 1e6 * pristine_thickness(name, recipe) for name in formed
            },
            "resistance budget total [Ohm.cm2]": {
                name: r["total"] for name, r in resistance.items()
            },
            "resistance budget [Ohm.cm2]": resistance,
            "formed-cell bounds": {
                "failed": bounds["failed"],
                "pass": bounds["pass"],
            },
            "K4": score_k4_cells(
                {
                    int(name.split("/")[1]): state[
                        "formation irreversible capacity [mAh/g]"
                    ]
                    for name, state in formed.items()
                    if name.startswith("90/")
                }
            ),
            "K6": score_k6(
                {am: formed[f"{am}/3"]["formation CE [%]"] for am in SERIES_A}
            ),
            "K7": score_k7(formed),
        }
        if pulses:
            k8, _ = target_k8(recipe=recipe)
            row["K8"] = {
                key: k8[key]
                for key in (
                    "model",
                    "pass below 3.2 V",
                    "pass extra growth",
                    "pulses stopped at the cycler limit",
                )
            }
        rows[float(loading)] = row
        if progress:
            progress(
                f"{loading:g} mg/cm2: bounds {bounds['pass']}, K7 {row['K7']['pass']}"
            )
    return {
        "what": "Kim 2024 targets and formed-cell bounds against the NCM loading, "
        "which the paper does not give (the set's estimate: 12 mg/cm2)",
        "loadings": rows,
        "summary": _summary(rows),
    }


def _retention(state):
    """0.5 C / 0.05 C capacity of a :func:`~.cells.formed_cell` result."""
    return state["capacity at 0.5 C [mAh/g]"] / state["capacity at 0.05 C [mAh/g]"]


def mesh_change(loadings=(LOADINGS[0], LOADINGS[-1]), names=("80/3", "90/3")):
    """Relative change of the scan's numbers on the doubled mesh
    (:func:`~assb_models.simulation.refined_var_pts` of the formed cells' model):
    the formed budget's total and the 0.5 C / 0.05 C retention of cells ``names``
    at ``loadings`` [mg.cm-2]. Returns ``{"m mg/cm2 am/sc quantity": change}`` and
    ``"largest"``."""
    fine = refined_var_pts(aged_model())
    out = {}
    for loading in loadings:
        recipe = {"am_loading_mg_cm2": float(loading)}
        for name in names:
            am, sc = (int(x) for x in name.split("/"))
            a, b = (
                formed_cell(am, sc, recipe=recipe, var_pts=pts) for pts in (None, fine)
            )
            for quantity, value in (
                ("budget total", lambda r: r["resistance budget [Ohm.cm2]"]["total"]),
                ("0.5 C retention", _retention),
            ):
                out[f"{loading:g} mg/cm2 {name} {quantity}"] = abs(
                    value(b) / value(a) - 1
                )
    out["largest"] = max(out.values())
    return out


def pristine_thickness(name, recipe):
    """Cathode thickness [m] of cell "am/sc" at ``recipe``."""
    am, sc = (int(x) for x in name.split("/"))
    pv = get_parameter_values(
        "Kim2024", am_wt_percent=am, carbon_wt_percent=sc, pristine=True, **recipe
    )
    return pv["Positive electrode thickness [m]"]


def _summary(rows):
    """The loadings at which each score passes, and at which the formed-cell
    resistance bound and K7 pass together."""

    def passing(test):
        return [m for m, row in rows.items() if test(row)]

    def resistance_ok(row):
        return not any(
            "resistance budget total [Ohm.cm2]" in failed
            for failed in row["formed-cell bounds"]["failed"].values()
        )

    summary = {
        "formed-cell resistance bound (every cell)": passing(resistance_ok),
        "all formed-cell bounds": passing(lambda r: r["formed-cell bounds"]["pass"]),
        "K4 (both cells)": passing(lambda r: all(c["pass"] for c in r["K4"].values())),
        "K6": passing(lambda r: r["K6"]["pass"]),
        "K7": passing(lambda r: r["K7"]["pass"]),
        "K7 and the resistance bound together": passing(
            lambda r: r["K7"]["pass"] and resistance_ok(r)
        ),
    }
    if all("K8" in row for row in rows.values()):
        summary["K8 below 3.2 V"] = passing(lambda r: r["K8"]["pass below 3.2 V"])
    # the budget's loading law, from the scanned loading nearest the set's
    set_loading = kim_set.get_recipe().am_loading_mg_cm2
    reference = min(rows, key=lambda m: abs(m - set_loading))
    budgets = rows[reference]["resistance budget [Ohm.cm2]"]
    least = {name: least_budget(b, reference) for name, b in budgets.items()}
    deviation = max(
        abs(
            budget_law(least[name]["law"], m)
            / row["resistance budget total [Ohm.cm2]"][name]
            - 1
        )
        for m, row in rows.items()
        for name in least
    )
    summary["least resistance budget over the loading"] = {
        "what": "R(m) = a m + b/m + c (least_budget) from the budget at "
        f"{reference:g} mg/cm2: the loading that minimises each cell's budget "
        "and that least total, against the bound of 300 Ohm.cm2",
        "cells": least,
        "law against the scanned cells, largest relative difference": deviation,
    }
    return summary


#: the SE's conductivity scales (x the set's) of the similarity check
SIMILARITY_SCALES = (0.25, 1.0, 4.0)

_KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
#: the budget part that goes as m / kappa (the other thickness parts go as m / sigma)
_SE_PATH = "SE ionic path"


def k7_similarity(
    scales=SIMILARITY_SCALES, bracket=(10.0, 16.0), tol=0.02, var_pts=None
):
    """K7's 90 wt% drop and the formed-cell resistance bound under the SE's
    conductivity, which the paper does not give.

    1. K7's threshold: the 0.5 C / 0.05 C retention of formed 80/3 and 85/3
       less :data:`~.paper.K7_GAP`, and the loading :math:`m^*` [mg.cm-2] in
       ``bracket`` at which formed 90/3 falls to it (bisection to ``tol``).
    2. Similarity: formed 90/3 with the SE conductivity :math:`s\\kappa` at the
       loading :math:`m^*\\sqrt{s}`, for each ``s`` in ``scales``: the composite's
       drop :math:`\\propto m^2/\\kappa` is unchanged, so is the retention if the
       drop sets it.
    3. Each formed cell's budget at :math:`m^*`, and its parts scaled to
       :math:`s`: the SE path through the composite (:math:`\\propto m/\\kappa`)
       and the interface terms (:math:`\\propto 1/m`) by :math:`1/\\sqrt{s}`,
       the electronic path (:math:`\\propto m/\\sigma`) by :math:`\\sqrt{s}`,
       the separator by :math:`1/s`, the anode not at all,

       .. math:: R(s) = \\frac{R_{SE} + R_{interface}}{\\sqrt{s}}
                 + R_{e}\\sqrt{s} + \\frac{R_{sep}}{s} + R_{anode},

       checked against the solved 90/3 at each ``s``; and the least
       :math:`s` at which the cell's budget meets the bound while K7's drop
       holds (the first point of a log grid that meets it, then bisection;
       None where no :math:`s` does).

    ``var_pts`` (optional) is the mesh of every solved cell. Returns a dict of
    the three, with the set's conductivity [S.m-1].
    """
    kappa = kim_set.get_parameter_values(am_wt_percent=90, carbon_wt_percent=3)[_KAPPA]
    set_loading = kim_set.get_recipe().am_loading_mg_cm2
    keep = min(_retention(formed_cell(am, 3, var_pts=var_pts)) for am in (80, 85))
    target = keep - K7_GAP

    def ninety(loading, scale=1.0, sc=3):
        return formed_cell(
            90,
            sc,
            recipe={"am_loading_mg_cm2": float(loading)},
            overrides={_KAPPA: scale * kappa},
            var_pts=var_pts,
        )

    low, high = bracket
    if not _retention(ninety(low)) > target > _retention(ninety(high)):
        raise ValueError(
            f"K7's threshold retention {target:.3f} is not inside the 90/3 "
            f"retentions at {low:g} and {high:g} mg/cm2: widen 'bracket'"
        )
    while high - low > tol:
        mid = 0.5 * (low + high)
        low, high = (mid, high) if _retention(ninety(mid)) > target else (low, mid)
    threshold = 0.5 * (low + high)

    def law(parts, scale):
        root = math.sqrt(scale)
        falling = parts[_SE_PATH] + sum(parts[p] for p in AREA_PARTS)
        rising = sum(parts[p] for p in THICKNESS_PARTS if p != _SE_PATH)
        return (
            falling / root
            + rising * root
            + parts["separator"] / scale
            + sum(parts[p] for p in FIXED_PARTS if p != "separator")
        )

    similarity = []
    base = ninety(threshold)["resistance budget [Ohm.cm2]"]
    for scale in scales:
        state = ninety(threshold * math.sqrt(scale), scale)
        similarity.append(
            {
                "SE conductivity scale": scale,
                "SE conductivity [S/m]": scale * kappa,
                "loading [mg/cm2]": threshold * math.sqrt(scale),
                "90/3 retention": _retention(state),
                "budget total [Ohm.cm2]": state["resistance budget [Ohm.cm2]"]["total"],
                "budget by the law [Ohm.cm2]": law(base, scale),
            }
        )
    bound = FORMED_BOUNDS["resistance budget total [Ohm.cm2]"][1]
    needed = {}
    for am, sc in ((80, 3), (85, 3)) + tuple((90, sc) for sc in SERIES_C):
        parts = formed_cell(
            am, sc, recipe={"am_loading_mg_cm2": threshold}, var_pts=var_pts
        )["resistance budget [Ohm.cm2]"]
        grid = [10.0 ** (k / 8) for k in range(-24, 33)]
        meets = [s for s in grid if law(parts, s) <= bound]
        if not meets or meets[0] == grid[0]:
            needed[f"{am}/{sc}"] = meets[0] * kappa if meets else None
            continue
        hi = meets[0]
        lo = grid[grid.index(hi) - 1]
        for _ in range(60):
            mid = math.sqrt(lo * hi)
            lo, hi = (lo, mid) if law(parts, mid) <= bound else (mid, hi)
        needed[f"{am}/{sc}"] = hi * kappa
    return {
        "what": "K7's 90 wt% drop and the formed-cell resistance bound against the "
        "SE's conductivity (not given in the paper): the drop goes as m^2/kappa, the "
        "budget falls as 1/sqrt(s) or faster along m ~ sqrt(kappa)",
        "set's SE conductivity [S/m]": kappa,
        "set's loading [mg/cm2]": set_loading,
        "K7 threshold": {
            "80/3 and 85/3 retention (least)": keep,
            "90/3 retention at K7's gap": target,
            "loading at the set's conductivity [mg/cm2]": threshold,
        },
        "similarity (90/3)": similarity,
        "largest retention change along the similarity": max(
            abs(row["90/3 retention"] / target - 1) for row in similarity
        ),
        "largest budget-law difference": max(
            abs(row["budget by the law [Ohm.cm2]"] / row["budget total [Ohm.cm2]"] - 1)
            for row in similarity
        ),
        "SE conductivity at which the budget at K7's threshold meets the bound "
        "[S/m]": needed,
    }
