"""Maccor tab-separated text export.

A header block (date, file name, procedure; its length varies) precedes the column
row, which starts with ``Rec#``. Columns used: ``Cyc#``, ``Step``, ``TestTime``
("Nd hh:mm:ss.f"), ``Amps``, ``Volts``, ``State`` ("C" charge, "D" discharge, "R"
rest, "O" other/end). Maccor writes current magnitudes and the direction in
``State``; exports set to signed current (negative on discharge) are recognised by
negative ``Amps`` in "D" rows.
"""

import numpy as np
import pandas as pd

from .table import CURRENT, CYCLE, STEP, TIME, VOLTAGE, CyclerDataError, finish
from .units import numeric, parse_durations


def _header_lines(path, source):
    with open(path, encoding="latin-1") as handle:
        for number, line in enumerate(handle):
            if line.startswith("Rec#"):
                return number
            if number > 50:
                break
    raise CyclerDataError(
        f"{source}: no column row starting with 'Rec#' in the first 50 lines; is this "
        "a Maccor text export?"
    )


def read_maccor(path, area_cm2=None, am_mass_mg=None):
    """Read a Maccor text export into :class:`~assb_models.data.CyclerData`."""
    source = str(path)
    skip = _header_lines(path, source)
    frame = pd.read_csv(path, sep="\t", skiprows=skip, index_col=False, encoding="latin-1")
    first_line = skip + 2
    for column in ("Cyc#", "Step", "TestTime", "Amps", "Volts", "State"):
        if column not in frame.columns:
            raise CyclerDataError(
                f"{source}: Maccor column {column!r} not found; columns are "
                f"{list(frame.columns)[:14]}..."
            )
    amps = numeric(frame, "Amps", source, first_line)
    state = frame["State"].astype(str).str.strip().to_numpy()
    signed = np.any(amps[state == "D"] < 0)
    if signed:
        current = -amps
        note = "signed 'Amps' (negative on discharge) negated"
    else:
        sign = np.select([state == "D", state == "C"], [1.0, -1.0], default=0.0)
        current = sign * np.abs(amps)
        note = "current sign from 'State' (D discharge, C charge)"
    stray = (current == 0) & (np.abs(amps) > 0)
    if stray.any():
        row = int(np.flatnonzero(stray)[0])
        raise CyclerDataError(
            f"{source}: row {row} (file line {row + first_line}) has {amps[row]:g} A in "
            f"state {state[row]!r}, which is neither 'C' nor 'D'"
        )
    table = pd.DataFrame(
        {
            TIME: parse_durations(frame["TestTime"], "TestTime", source, first_line),
            CURRENT: current,
            VOLTAGE: numeric(frame, "Volts", source, first_line),
            CYCLE: numeric(frame, "Cyc#", source, first_line),
            STEP: numeric(frame, "Step", source, first_line),
        }
    )
    return finish(table, source, "Maccor", first_line, area_cm2, am_mass_mg, [note])
