"""Per-cycle bookkeeping of cycling solutions: capacities and Coulombic efficiency,
discharge capacity per cycle, voltage against capacity of one step; voltage
difference of two models on the same discharge."""

import warnings

import numpy as np
import pybamm

from assb_models.submodels.reduced.reaction_distribution import (
    OHMIC_NUMBER,
    PI_LIMIT,
    expected_voltage_error_mV,
)
from assb_models.validation import InvalidInputError

#: parameter holding the highest local electrode potential vs Li [V] at which a
#: set's side-reaction parameters were calibrated
CALIBRATED_LIMIT = "SE oxidation calibrated potential upper limit [V]"
#: the side reactions' driving potential: local electrode potential vs Li [V]
LOCAL_POTENTIAL = "Positive electrode surface potential difference [V]"


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
    cycles, charge, discharge = (
        np.array(c, dtype=float) for c in zip(*rows, strict=False)
    )
    with np.errstate(invalid="ignore", divide="ignore"):
        ce = np.where(charge > 0, 100 * discharge / charge, np.nan)
    return {"cycle": cycles, "charge": charge, "discharge": discharge, "CE [%]": ce}


def discharge_capacity_per_cycle(solution, variable="Discharge capacity [A.h]"):
    """Discharge capacity of each saved cycle: the positive changes of ``variable``
    over its steps (:func:`cycle_capacities`), in the variable's unit.

    Returns ``(cycles, capacities)``: 1-based cycle numbers and capacities as NumPy
    arrays (a cycle whose output was not kept is left out).
    """
    table = cycle_capacities(solution, variable)
    return table["cycle"].astype(int), table["discharge"]


def step_voltage_capacity(
    solution,
    cycle,
    step,
    variable="Discharge capacity [A.h]",
    voltage="Voltage [V]",
):
    """Voltage against the capacity passed in one step, starting at 0.

    .. math:: Q(t) = |q(t) - q(t_0)|

    with :math:`q` the cumulative ``variable`` (discharge positive) and :math:`t_0`
    the step's start, so that charge and discharge curves both start at 0.

    Parameters
    ----------
    solution : pybamm.Solution
        A solution of a ``pybamm.Experiment``.
    cycle, step : int
        1-based cycle and step numbers (as PyBaMM prints them).
    variable, voltage : str
        Cumulative capacity and voltage variables.

    Returns
    -------
    capacity, voltage : numpy.ndarray
    """
    cycles = solution.cycles
    if not 1 <= cycle <= len(cycles) or cycles[cycle - 1] is None:
        kept = [i for i, c in enumerate(cycles, start=1) if c is not None]
        raise InvalidInputError(
            f"cycle = {cycle!r} is not a saved cycle of the solution; saved cycles "
            f"are {kept}"
        )
    steps = cycles[cycle - 1].steps
    if not 1 <= step <= len(steps):
        raise InvalidInputError(
            f"step = {step!r} is outside the allowed range [1, {len(steps)}] (steps "
            f"of cycle {cycle})"
        )
    chosen = steps[step - 1]
    if isinstance(chosen, pybamm.EmptySolution):
        raise InvalidInputError(
            f"step {step} of cycle {cycle} did not run (skipped at its start)"
        )
    q = np.asarray(chosen[variable].entries, dtype=float)
    return np.abs(q - q[0]), np.asarray(chosen[voltage].entries, dtype=float)


def max_voltage_difference(solution, reference, capacity_fraction=0.95):
    """Largest absolute difference V - V_ref [V] of two solutions of the same discharge.

    Compared at the same time since the start of each (so steps of an experiment can
    be given), up to ``capacity_fraction`` of the reference's discharge capacity:
    the knee at the end of discharge, where a small shift in time gives a large
    voltage difference, is left out. The voltages are read with the solutions' own
    interpolation (their output steps may be sparse).
    """
    t_ref = reference.t - reference.t[0]
    q = reference["Discharge capacity [A.h]"].entries
    q = q - q[0]
    t_stop = np.interp(capacity_fraction * q[-1], q, t_ref)
    t = np.linspace(0, min(t_stop, solution.t[-1] - solution.t[0]), 2000)
    v = solution["Voltage [V]"](t + solution.t[0])
    v_ref = reference["Voltage [V]"](t + reference.t[0])
    return float(np.max(np.abs(v - v_ref)))


def cathode_interphases(solution):
    """What the side reactions left in the cathode at the end of ``solution``.

    "CEI thickness [nm]" (x-averaged), "carbon product thickness [nm]" (its
    largest, 0 without carbon), "SE consumed [%]" (of the cathode's SE) and "SE
    consumed, max local [%]" (1 - eps_SE/eps_SE,0 in the worst mesh cell): the
    state the formed-cell plausibility bounds are scored on.
    """
    carbon = solution["Positive electrode carbon oxidation product thickness [m]"]
    eps = solution["Positive electrode porosity"].entries
    remaining = solution["Solid electrolyte fraction remaining"].entries[-1]
    cei = solution["X-averaged positive electrode CEI thickness [m]"].entries[-1]
    return {
        "CEI thickness [nm]": 1e9 * float(cei),
        "carbon product thickness [nm]": 1e9 * float(np.max(carbon.entries[:, -1])),
        "SE consumed [%]": 100 * (1 - float(remaining)),
        "SE consumed, max local [%]": 100 * float(np.max(1 - eps[:, -1] / eps[:, 0])),
    }


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
    high = float(np.max(solution[LOCAL_POTENTIAL].entries))
    if high > limit:
        warnings.warn(
            f"{what}: SE oxidation ran at {high:.2f} V vs Li (local electrode "
            f"potential), above the {limit:g} V up to which its parameters were "
            "calibrated; its rate there is an extrapolation",
            stacklevel=2,
        )
    return high


class OutsideValidityWarning(UserWarning):
    """The reduced model ran beyond the range where it follows the DFN."""


def largest_ohmic_number(model, solution):
    """The largest ohmic number of a solution, or None.

    "Positive electrode ohmic number" is the ohmic drop across the composite over
    the thermal voltage, :math:`\\Pi`; only the reduced model
    (:class:`~assb_models.SolidStateSPMe`) reports it, None is returned for
    another model."""
    if OHMIC_NUMBER not in model.variables:
        return None
    return float(np.max(solution[OHMIC_NUMBER].entries))


def warn_beyond_ohmic_limit(pi, what="the run"):
    """Warn if an ohmic number lies beyond the reduced model's range.

    Warns with :class:`OutsideValidityWarning` if ``pi`` exceeds
    :data:`~assb_models.submodels.reduced.reaction_distribution.PI_LIMIT`, where
    the reduced model's voltage error against the DFN exceeds 10 mV
    (:func:`~assb_models.submodels.reduced.reaction_distribution.expected_voltage_error_mV`).
    """
    if pi is not None and pi > PI_LIMIT:
        warnings.warn(
            f"{what}: the reduced model ran at an ohmic number ('{OHMIC_NUMBER}') "
            f"up to {pi:.3g}, where its voltage error against the DFN is about "
            f"{expected_voltage_error_mV(pi):.3g} mV (10 mV at {PI_LIMIT:g}): "
            "use SolidStateDFN for this cell and protocol",
            OutsideValidityWarning,
            stacklevel=3,
        )


def warn_outside_validity(model, solution, what="the run"):
    """Warn if the reduced model ran beyond the range where it follows the DFN.

    :func:`largest_ohmic_number` checked by :func:`warn_beyond_ohmic_limit`.
    Returns the largest :math:`\\Pi` of the solution, or None when nothing is
    checked."""
    pi = largest_ohmic_number(model, solution)
    warn_beyond_ohmic_limit(pi, what)
    return pi


#: anode-free cells: the variables of the Li lost and of the Li left at the anode
ANODE_FREE_LOSS = "Lithium in negative electrode interphase [mol]"
ANODE_FREE_STORES = (
    "Lithium in Ag-C interlayer [mol]",
    "Lithium in plated lithium [mol]",
)
SE_LI_REDUCED = "Solid electrolyte lithium reduced at the negative electrode [mol]"
#: anode-free cells: Li lost where it never meets the SE, {loss: its variable}
ANODE_FREE_LI_LOSSES = {
    "isolated lithium": "Lithium in isolated lithium [mol]",
    "kept by the Ag-C layer": "Lithium in Ag-C interlayer traps [mol]",
    "kept by migrated silver": "Lithium in migrated silver [mol]",
}


def anode_free_cycle_balance(solution):
    """Per-cycle charge balance of an anode-free cell [A.h].

    Each cycle's charge that does not come back is Li lost to the SE reduction at
    the anode, Li lost where it never meets the SE (:data:`ANODE_FREE_LI_LOSSES`:
    isolated Li, Li kept by the Ag-C layer and by migrated Ag, "lost to <loss>
    [A.h]") or Li left at the anode when the discharge ends:

    .. math::
        Q_{ch} - Q_{dis} = \\Delta Q_{red} + \\sum_k \\Delta Q_{k}
            + \\Delta Q_{anode}, \\qquad Q = \\frac{F n_{Li}}{3600}

    with :math:`\\Delta Q_{red}` the growth of "Lithium in negative electrode
    interphase [mol]" less the SE's own Li in it (:math:`n_e` per formula unit is
    the anode's), and :math:`\\Delta Q_{anode}` the change, over the cycle, of the
    Li in the Ag-C layer and plated. Returns :func:`cycle_capacities` in A.h plus
    "lost to SE reduction [A.h]" and "left at anode [A.h]" per cycle, and the
    residual of the balance, "unaccounted [A.h]" (zero when Li is conserved).
    """
    table = cycle_capacities(solution, "Discharge capacity [A.h]")
    to_ah = pybamm.constants.F.value / 3600
    lost, left = [], []
    variables = solution.all_models[0].variables
    losses = {k: v for k, v in ANODE_FREE_LI_LOSSES.items() if v in variables}
    other = {k: [] for k in losses}
    for cycle in solution.cycles:
        if cycle is None:
            continue
        for key, name in losses.items():
            n = cycle[name].entries
            other[key].append(float(n[-1] - n[0]) * to_ah)
        if ANODE_FREE_LOSS in solution.all_models[0].variables:
            # the Li the anode gave: interphase Li less the SE's own
            n = cycle[ANODE_FREE_LOSS].entries - cycle[SE_LI_REDUCED].entries
            lost.append(float(n[-1] - n[0]) * to_ah)
        else:
            lost.append(0.0)
        stored = sum(cycle[name].entries for name in ANODE_FREE_STORES)
        left.append(float(stored[-1] - stored[0]) * to_ah)
    table["lost to SE reduction [A.h]"] = np.array(lost)
    table["left at anode [A.h]"] = np.array(left)
    for key, values in other.items():
        table[f"lost to {key} [A.h]"] = np.array(values)
    table["unaccounted [A.h]"] = (
        table["charge"]
        - table["discharge"]
        - table["lost to SE reduction [A.h]"]
        - table["left at anode [A.h]"]
        - sum((np.array(v) for v in other.values()), np.zeros(len(left)))
    )
    return table
