"""Per-cycle bookkeeping of cycling solutions: capacities and Coulombic efficiency."""

import warnings

import numpy as np
import pybamm

#: parameter holding the highest local electrode potential vs Li [V] at which a
#: set's side-reaction parameters were calibrated
CALIBRATED_LIMIT = "SE oxidation calibrated potential upper limit [V]"


def cycle_capacities(solution, variable="Specific capacity [mA.h.g-1]"):
    """Charge and discharge capacity and Coulombic efficiency of each saved cycle.

    Within a cycle, every step's change of ``variable`` (PyBaMM sign: discharge
    positive) is added to the discharge capacity if positive and to the charge
    capacity if negative; rests and skipped (infeasible) steps add nothing.

    .. math:: CE = Q_{dis} / Q_{ch}

    Parameters
    ----------
    solution : :class:`pybamm.Solution`
        A solution of a ``pybamm.Experiment``. Cycles not saved (``save_at_cycles``)
        are skipped.
    variable : str
        A cumulative discharge-capacity variable, e.g. "Specific capacity
        [mA.h.g-1]" or "Discharge capacity [A.h]".

    Returns
    -------
    dict
        ``{"cycle": [...], "charge": [...], "discharge": [...], "CE [%]": [...]}``
        as NumPy arrays (CE is NaN for a cycle with no charge).
    """
    rows = []
    for number, cycle in enumerate(solution.cycles, start=1):
        if cycle is None:
            continue
        charge = discharge = 0.0
        for step in cycle.steps:
            if isinstance(step, pybamm.EmptySolution):
                continue  # a step skipped as infeasible (e.g. CC already at cut-off)
            q = step[variable].entries
            change = float(q[-1] - q[0])
            if change > 0:
                discharge += change
            else:
                charge -= change
        rows.append((number, charge, discharge))
    cycles, charge, discharge = (np.array(c, dtype=float) for c in zip(*rows))
    with np.errstate(invalid="ignore", divide="ignore"):
        ce = np.where(charge > 0, 100 * discharge / charge, np.nan)
    return {"cycle": cycles, "charge": charge, "discharge": discharge, "CE [%]": ce}


def warn_outside_calibration(model, parameter_values, solution, what="the run"):
    """Warn if SE oxidation ran above the potential its parameters were calibrated at.

    Applies to models with side reactions whose parameter set gives
    "SE oxidation calibrated potential upper limit [V]" (local electrode potential
    vs Li, "Positive electrode surface potential difference [V]"). Returns the
    highest local potential reached [V], or None when nothing is checked.
    """
    if not getattr(model, "has_side_reactions", False):
        return None
    if CALIBRATED_LIMIT not in parameter_values.keys():
        return None
    limit = parameter_values[CALIBRATED_LIMIT]
    high = float(np.max(solution["Positive electrode surface potential difference [V]"].entries))
    if high > limit:
        warnings.warn(
            f"{what}: SE oxidation ran at {high:.2f} V vs Li (local electrode "
            f"potential), above the {limit:g} V up to which its parameters were "
            "calibrated; its rate there is an extrapolation",
            stacklevel=2,
        )
    return high
