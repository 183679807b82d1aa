"""Neware BTS CSV export (record sheet).

Columns used: ``Cycle Index``, ``Step Index``, ``Step Type`` ("CC Chg", "CC DChg",
"CCCV Chg", "Rest", ...), ``Cumulative Time`` (or ``Total Time``; seconds or
"h:mm:ss" with hours past 24), ``Current(<unit>)`` and ``Voltage(<unit>)``, the unit
read from the header. Neware writes discharge currents negative; some exports write
all currents positive and leave the direction to the step type. Which of the two a
file uses is decided from all its steps (:mod:`.convention`); a "DChg" step is a
discharge (PyBaMM current > 0), a "Chg" step a charge.

When present, the file's own counters are checked against the data:
``Chg. Cap.(<unit>)`` / ``DChg. Cap.(<unit>)`` against the charge each step passed
(step types and current unit), and ``Chg. Energy(<unit>)`` / ``DChg. Energy(<unit>)``
over the capacities (the mean voltage) against the voltage column (its unit).
"""

import re

import numpy as np
import pandas as pd

from .convention import (
    CAPACITY_FACTOR,
    check_capacity,
    pybamm_current,
    runs_of,
    segments,
)
from .table import (
    CURRENT,
    CYCLE,
    MAX_CHARGE,
    STEP,
    TIME,
    VOLTAGE,
    VOLTAGE_RANGE,
    CyclerDataError,
    check_cycles_increase,
    check_table,
    finish,
)
from .text import read_delimited
from .units import factor, finite, numeric, parse_durations

_UNIT = re.compile(r"^\s*(Current|Voltage)\s*\((\w+)\)\s*$")
_COUNTER = re.compile(r"^\s*(D?Chg)\.\s*(Cap\.|Energy)\s*\((\w+)\)\s*$")
#: counter units [A.h] and [W.h]
_COUNTER_FACTORS = {
    "Cap.": {"Ah": 1.0, "mAh": 1e-3, "uAh": 1e-6},
    "Energy": {"Wh": 1.0, "mWh": 1e-3, "uWh": 1e-6},
}


def _column_with_unit(frame, quantity, source):
    for column in frame.columns:
        match = _UNIT.match(column)
        if match and match[1] == quantity:
            return column, match[2]
    raise CyclerDataError(
        f"{source}: no '{quantity}(<unit>)' column; columns are {list(frame.columns)}"
    )


def _counters(frame, source, lines):
    """{("charge"|"discharge", "Cap."|"Energy"): values in A.h or W.h} found."""
    found = {}
    for column in frame.columns:
        match = _COUNTER.match(column)
        if match and match[3] in _COUNTER_FACTORS[match[2]]:
            direction = "discharge" if match[1] == "DChg" else "charge"
            scale = _COUNTER_FACTORS[match[2]][match[3]]
            # no test passes more than MAX_CHARGE, nor more energy at 10 V
            bound = MAX_CHARGE * (1 if match[2] == "Cap." else VOLTAGE_RANGE[1]) / scale
            found[direction, match[2]] = scale * finite(
                frame, column, source, lines, bound
            )
    return found


def _check_voltage_unit(voltage, written, v_col, direction, runs, counters, source):
    """The voltage column against the energy / capacity counters (mean voltage)."""
    energy = q = weighted = 0.0
    if all(
        (d, k) in counters for d in ("charge", "discharge") for k in ("Cap.", "Energy")
    ):
        for first, last in segments(runs):
            if direction[first] == 0:
                continue
            rows = slice(first, last + 1)
            d = "discharge" if direction[first] > 0 else "charge"
            dq = np.ptp(counters[d, "Cap."][rows])
            de = np.ptp(counters[d, "Energy"][rows])
            if dq > 0 and de > 0:
                energy, q = energy + de, q + dq
                weighted += dq * np.mean(np.abs(voltage[rows]))
    if q > 0:
        from_counters, from_column = energy / q, weighted / q
        if not 1 / CAPACITY_FACTOR <= from_column / from_counters <= CAPACITY_FACTOR:
            raise CyclerDataError(
                f"{source}: column {v_col!r} averages {from_column:.4g} V over the "
                f"charge/discharge steps, but the file's energy and capacity counters "
                f"give {from_counters:.4g} V (allowed ratio [{1 / CAPACITY_FACTOR:g}, "
                f"{CAPACITY_FACTOR:g}]): the values contradict the unit in the header"
            )
    elif v_col.endswith("(mV)") and np.all((written >= 0.5) & (written <= 6)):
        raise CyclerDataError(
            f"{source}: every value of {v_col!r} lies in [0.5, 6], the range of a cell "
            "voltage in V, not mV (a cell's voltage in mV is 500-6000, a symmetric "
            "cell's changes sign); the values contradict the unit in the header"
        )


def read_neware(path, area_cm2=None, am_mass_mg=None, convention=None):
    """Read a Neware CSV export into :class:`~assb_models.data.CyclerData`.

    ``convention`` ("discharge negative" or "magnitudes") states how the file
    writes its current; default: decided from its steps (:mod:`.convention`).
    """
    source = str(path)
    frame, lines, notes = read_delimited(path, source, sep=",")
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
    written = factor(CURRENT, i_unit, source) * numeric(frame, i_col, source, lines)
    v_written = numeric(frame, v_col, source, lines)
    table = pd.DataFrame(
        {
            TIME: parse_durations(frame[time_column], time_column, source, lines),
            CURRENT: written,
            VOLTAGE: factor(VOLTAGE, v_unit, source) * v_written,
            CYCLE: numeric(frame, "Cycle Index", source, lines),
            STEP: numeric(frame, "Step Index", source, lines),
        }
    )
    check_table(table, source, lines)
    check_cycles_increase(table, source, lines)
    kind = frame["Step Type"].astype(str).str.strip()
    discharge = kind.str.contains("DChg", case=False).to_numpy()
    charge = kind.str.contains("Chg", case=False).to_numpy() & ~discharge
    kind = kind.to_numpy()
    direction = np.where(discharge, 1, np.where(charge, -1, 0))
    runs = runs_of(table[CYCLE].to_numpy(), table[STEP].to_numpy(), kind)
    current, note = pybamm_current(
        written, direction, runs, kind, source, lines, i_col, convention
    )
    table[CURRENT] = current
    counters = _counters(frame, source, lines)
    if ("charge", "Cap.") in counters and ("discharge", "Cap.") in counters:
        capacity = {d: counters[d, "Cap."] for d in ("charge", "discharge")}
        check_capacity(
            table[TIME].to_numpy(),
            current,
            direction,
            runs,
            capacity,
            source,
            lines,
            i_col,
        )
    _check_voltage_unit(
        table[VOLTAGE].to_numpy(), v_written, v_col, direction, runs, counters, source
    )
    notes = [f"{note}; {i_col} in {i_unit}", *notes]
    return finish(table, source, "Neware", lines, area_cm2, am_mass_mg, notes)
