"""Protocols from cycler data: replay the measured current, or rebuild the steps.

Two ways to drive a model with what the cycler did:

- :func:`replay_current` — the measured current (PyBaMM sign, discharge positive)
  as a piecewise-linear :class:`pybamm.Interpolant` of time, to set as
  "Current function [A]". With ``areal=True`` the measured current density is
  scaled to the model's electrode area (``I_model = I_data A_model / A_data``), so a
  1 cm2 model reproduces a 0.785 cm2 pellet at the same mA/cm2. Replaying is what a
  fit needs: the model sees exactly the current the cell saw, rests and all.
- :func:`experiment_from_steps` — a :class:`pybamm.Experiment` with one step per
  row of :meth:`~assb_models.data.CyclerData.step_table` ("Discharge at 0.5 A for
  3600 seconds", "Hold at 4.2 V for 900 seconds", "Rest for 600 seconds"), ended by
  duration (as the cycler did) or, with ``end="limit"``, by the voltage or current the
  cycler stopped at. Use it for simulations that should respond to the model's own
  voltage limits (e.g. capacity at cut-off after parameters change).

Protocols written per electrode area ("Discharge at 0.5 mA/cm2 until 2.5 V"), as
ASSB papers give them, become experiments of any model and parameter set with
:func:`areal_experiment`.
"""

import math
import re

import numpy as np
import pybamm

from assb_models.data.table import CURRENT, TIME, VOLTAGE, CyclerDataError
from assb_models.parameters.area import (
    areal_to_cell,
    electrode_area_cm2,
    model_area_m2,
)
from assb_models.validation import InvalidInputError

from .experiment_checks import check_experiment

#: areal currents and powers in an experiment step: "0.5 mA/cm2", "2 mW.cm-2", "5 A/m2"
_AREAL = re.compile(
    r"(?P<value>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*"
    r"(?P<prefix>[uµm]?)(?P<unit>[AW])\s*(?:/\s*|\.\s*|\s+)"
    r"(?P<area>cm|m)(?:2|\^2|-2)\b"
)
_PREFIX = {"": 1.0, "m": 1e-3, "u": 1e-6, "µ": 1e-6}
_AREA_M2 = {"cm": 1e-4, "m": 1.0}


def _step_in_amps(text, area_cm2):
    def convert(match):
        value = float(match["value"])
        if not value > 0 or not math.isfinite(value):
            what = "current" if match["unit"] == "A" else "power"
            raise InvalidInputError(
                f"experiment step {text!r}: the areal {what} {match.group(0)!r} is "
                "outside the allowed range (0, inf) (the verb, Charge or Discharge, "
                "gives the sign)"
            )
        per_m2 = value * _PREFIX[match["prefix"]] / _AREA_M2[match["area"]]
        # [A.m-2] x [cm2] -> [A]: 1 A.m-2 = 0.1 mA.cm-2
        return f"{areal_to_cell(per_m2 * 0.1, area_cm2):.9g} {match['unit']}"

    return _AREAL.sub(convert, text)


def areal_experiment(operating_conditions, parameter_values, **kwargs):
    """A :class:`pybamm.Experiment` whose steps may give currents per electrode area.

    Steps are PyBaMM's strings (or steps, or tuples of them, one per cycle); an areal
    current or power such as "Discharge at 0.5 mA/cm2 until 2.5 V", "Hold at 3.7 V
    until 0.05 mA/cm2" or "Charge at 2 mW/cm2 for 1 hour" (also ``mA.cm-2``,
    ``uA/cm2``, ``A/m2``) is turned into the cell current ``I = j A`` with ``A``
    from :func:`electrode_area_cm2` of ``parameter_values`` (1 cm2 for the sets of
    this package). Each converted step keeps the areal text as its description.
    Steps that cannot be read, or that the cell cannot do (see
    :func:`assb_models.simulation.experiment_checks.check_experiment`), raise
    :class:`~assb_models.validation.InvalidInputError` naming the step.

    Parameters
    ----------
    operating_conditions : list
        As for :class:`pybamm.Experiment`.
    parameter_values : pybamm.ParameterValues or dict
        The parameter set the experiment is run with.
    **kwargs
        Passed to :class:`pybamm.Experiment` (period, temperature, termination).
    """
    area_cm2 = electrode_area_cm2(parameter_values)

    def convert(step):
        if not isinstance(step, str):
            return step
        try:
            converted = pybamm.step.string(_step_in_amps(step, area_cm2))
        except (ValueError, TypeError, KeyError, IndexError) as error:
            raise InvalidInputError(
                f"experiment step {step!r} cannot be read: {error}"
            ) from None
        converted.description = step
        return converted

    if isinstance(operating_conditions, (str, pybamm.step.BaseStep)):
        operating_conditions = [operating_conditions]
    cycles = [
        tuple(convert(s) for s in cycle) if isinstance(cycle, tuple) else convert(cycle)
        for cycle in operating_conditions
    ]
    try:
        experiment = pybamm.Experiment(cycles, **kwargs)
    except (ValueError, TypeError) as error:
        raise InvalidInputError(f"experiment {kwargs or ''}: {error}") from None
    check_experiment(experiment, parameter_values)
    return experiment


def replay_times(data):
    """Sample times [s] from the first sample, strictly increasing.

    Samples that repeat the previous time (cyclers log a step change twice at one
    instant) keep the last value.
    """
    t = data.table[TIME].to_numpy(dtype=float)
    keep = np.append(np.diff(t) > 0, True)
    return t[keep] - t[0], keep


def replay_current(data, parameter_values=None, areal=False):
    """The measured current as "Current function [A]" (a linear interpolant of time).

    Parameters
    ----------
    data : assb_models.data.CyclerData
        The measurement (one step, a selection, or the whole file).
    parameter_values : pybamm.ParameterValues, optional
        Needed with ``areal=True`` for the model's "Electrode height [m]" x
        "Electrode width [m]".
    areal : bool, optional
        Scale the current by model area / cell area (needs ``data.area_cm2``).
    """
    t, keep = replay_times(data)
    current = data.table[CURRENT].to_numpy(dtype=float)[keep]
    if areal:
        if data.area_cm2 is None or parameter_values is None:
            raise InvalidInputError(
                "areal=True needs the cell's electrode area (read the data with "
                "area_cm2=...) and the model's parameter values"
            )
        current = current * model_area_m2(parameter_values) / (1e-4 * data.area_cm2)
    return pybamm.Interpolant(t, current, pybamm.t, name="Measured current [A]")


def replay_parameters(parameter_values, data, areal=False, voltage_margin=0.3):
    """A copy of ``parameter_values`` that replays ``data``.

    Sets "Current function [A]" to :func:`replay_current` and widens the voltage
    cut-offs to the measured range +- ``voltage_margin`` [V], so that the model is
    stopped by its cut-off events only if it strays well outside what the cell did
    (the set's own cut-offs may be tighter than the measurement).
    """
    values = parameter_values.copy()
    values["Current function [A]"] = replay_current(data, parameter_values, areal)
    _check_replayed_charge(values, data, areal)
    v = data.table[VOLTAGE].to_numpy(dtype=float)
    values["Lower voltage cut-off [V]"] = float(v.min()) - voltage_margin
    values["Upper voltage cut-off [V]"] = float(v.max()) + voltage_margin
    return values


#: the replayed charge may swing by at most this many nominal capacities
MAX_CHARGE_SWING = 2.0


def _check_replayed_charge(values, data, areal):
    """Raise if the replayed current moves more charge than the model can hold.

    The swing of the cumulative charge, max - min of int I dt, must stay within
    :data:`MAX_CHARGE_SWING` x "Nominal cell capacity [A.h]" (when it is a number):
    more means the data's cell is larger than the model's.
    """
    capacity = values.get("Nominal cell capacity [A.h]", None)
    if not isinstance(capacity, (int, float)) or capacity <= 0:
        return
    t, keep = replay_times(data)
    current = data.table[CURRENT].to_numpy(dtype=float)[keep]
    if areal:
        current = current * model_area_m2(values) / (1e-4 * data.area_cm2)
    if t.size < 2:
        return
    steps = np.diff(t) * 0.5 * (current[1:] + current[:-1])  # trapezoidal [A.s]
    charge = np.concatenate([[0.0], np.cumsum(steps)])
    swing = (charge.max() - charge.min()) / 3600
    if swing > MAX_CHARGE_SWING * capacity:
        raise InvalidInputError(
            f"{data.source}: the replayed current (up to "
            f"{np.abs(current).max():.4g} A) "
            f"moves {swing:.4g} A.h, more than {MAX_CHARGE_SWING:g} x the model's "
            f"'Nominal cell capacity [A.h]' = {capacity:.4g}: the measured cell is "
            "larger than the model's. Read the data with area_cm2=... and replay the "
            "current density (areal=True), or set the model's electrode area and "
            "loading to the cell's"
        )


def _seconds(duration):
    # PyBaMM experiments need a positive duration; a 0 s step (a logged instant) is
    # dropped by the caller
    return f"{duration:.6g} seconds"


def experiment_from_steps(data, end="time", period=None):
    """A :class:`pybamm.Experiment` with one step per measured step.

    Parameters
    ----------
    data : assb_models.data.CyclerData
        The measurement; its :meth:`step_table` gives the steps.
    end : {"time", "limit"}, optional
        "time" (default): each step lasts as long as it did. "limit": CC steps end at
        the voltage where the measured step ended and CV steps at the current where
        it ended, with the measured duration as a safety limit.
    period : float, optional
        Output period [s] of every step (PyBaMM's default when None).
    """
    if end not in ("time", "limit"):
        raise InvalidInputError(f"'end' = {end!r} is not one of ['time', 'limit']")
    steps = []
    for row in data.step_table().to_dict("records"):
        duration = row["Duration [s]"]
        if duration <= 0:
            continue
        current = abs(row["Mean current [A]"])
        v_end, i_end = row["End voltage [V]"], abs(row["End current [A]"])
        kwargs = {"period": period} if period is not None else {}
        if row["Mode"] == "rest":
            text = f"Rest for {_seconds(duration)}"
        elif row["Mode"] == "CV":
            v_hold = np.median([row["Start voltage [V]"], v_end])
            text = f"Hold at {v_hold:.4f} V for {_seconds(duration)}"
            if end == "limit":
                text += f" or until {i_end:.6g} A"
        else:
            verb = "Discharge" if row["Direction"] == "discharge" else "Charge"
            text = f"{verb} at {current:.6g} A for {_seconds(duration)}"
            if end == "limit":
                text += f" or until {v_end:.4f} V"
        steps.append(pybamm.step.string(text, **kwargs))
    if not steps:
        raise CyclerDataError(f"{data.source}: no step with a positive duration")
    return pybamm.Experiment(steps)
