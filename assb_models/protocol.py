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
"""

import numpy as np
import pybamm

from .data.table import CURRENT, TIME, VOLTAGE, CyclerDataError
from .validation import InvalidInputError


def _model_area_m2(parameter_values):
    return parameter_values["Electrode height [m]"] * parameter_values["Electrode width [m]"]


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
        current = current * _model_area_m2(parameter_values) / (1e-4 * data.area_cm2)
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
    v = data.table[VOLTAGE].to_numpy(dtype=float)
    values["Lower voltage cut-off [V]"] = float(v.min()) - voltage_margin
    values["Upper voltage cut-off [V]"] = float(v.max()) + voltage_margin
    return values


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
