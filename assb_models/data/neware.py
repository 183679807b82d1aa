"""Neware BTS CSV export (record sheet).

Columns used: ``Cycle Index``, ``Step Index``, ``Step Type`` ("CC Chg", "CC DChg",
"CCCV Chg", "Rest", ...), ``Cumulative Time`` (or ``Total Time``; seconds or
"h:mm:ss" with hours past 24), ``Current(<unit>)`` and ``Voltage(<unit>)``, the unit
read from the header. Neware writes discharge currents negative; some exports write
all currents positive and leave the direction to the step type. Both are handled
from the step type: a "DChg" step is a discharge (PyBaMM current > 0), a "Chg" step
a charge.
"""

import re

import numpy as np
import pandas as pd

from .table import CURRENT, CYCLE, STEP, TIME, VOLTAGE, CyclerDataError, finish
from .units import factor, numeric, parse_durations

_UNIT = re.compile(r"^\s*(Current|Voltage)\s*\((\w+)\)\s*$")


def _column_with_unit(frame, quantity, source):
    for column in frame.columns:
        match = _UNIT.match(column)
        if match and match[1] == quantity:
            return column, match[2]
    raise CyclerDataError(
        f"{source}: no '{quantity}(<unit>)' column; columns are {list(frame.columns)}"
    )


def read_neware(path, area_cm2=None, am_mass_mg=None):
    """Read a Neware CSV export into :class:`~assb_models.data.CyclerData`."""
    source = str(path)
    frame = pd.read_csv(path)
    first_line = 2
    for column in ("Cycle Index", "Step Index", "Step Type"):
        if column not in frame.columns:
            raise CyclerDataError(
                f"{source}: Neware column {column!r} not found; columns are "
                f"{list(frame.columns)}"
            )
    time_column = next(
        (c for c in ("Cumulative Time", "Total Time") if c in frame.columns), None
    )
    if time_column is None:
        raise CyclerDataError(
            f"{source}: no 'Cumulative Time' or 'Total Time' column (the step 'Time' "
            "restarts every step and cannot place the samples)"
        )
    i_col, i_unit = _column_with_unit(frame, "Current", source)
    v_col, v_unit = _column_with_unit(frame, "Voltage", source)
    magnitude = np.abs(factor(CURRENT, i_unit, source) * numeric(frame, i_col, source, first_line))
    kind = frame["Step Type"].astype(str)
    discharge = kind.str.contains("DChg", case=False).to_numpy()
    charge = kind.str.contains("Chg", case=False).to_numpy() & ~discharge
    table = pd.DataFrame(
        {
            TIME: parse_durations(frame[time_column], time_column, source, first_line),
            CURRENT: np.where(discharge, magnitude, np.where(charge, -magnitude, 0.0)),
            VOLTAGE: factor(VOLTAGE, v_unit, source) * numeric(frame, v_col, source, first_line),
            CYCLE: numeric(frame, "Cycle Index", source, first_line),
            STEP: numeric(frame, "Step Index", source, first_line),
        }
    )
    other = ~(discharge | charge) & (magnitude > 0)
    if other.any():
        row = int(np.flatnonzero(other)[0])
        raise CyclerDataError(
            f"{source}: row {row} (file line {row + first_line}) has current "
            f"{magnitude[row]:g} A in a step of type {kind.iloc[row]!r}, which is "
            "neither a charge nor a discharge"
        )
    notes = [f"current sign from 'Step Type' ({i_col} in {i_unit})"]
    return finish(table, source, "Neware", first_line, area_cm2, am_mass_mg, notes)
