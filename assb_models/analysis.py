"""Per-cycle bookkeeping of cycling solutions: capacities and Coulombic efficiency."""

import numpy as np
import pybamm


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
