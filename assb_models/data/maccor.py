"""Maccor tab-separated text export.

A header block (date, file name, procedure; its length varies) precedes the column
row, which starts with ``Rec#``. Columns used: ``Cyc#``, ``Step``, ``TestTime``
("Nd hh:mm:ss.f"), ``Amps``, ``Volts``, ``State`` ("C" charge, "D" discharge, "R"
rest, "O" other/end). Maccor writes current magnitudes and the direction in
``State``; exports set to signed current (negative on discharge) exist. Which of
the two a file uses is decided from all its steps (:mod:`.convention`), never from
one reading. ``Amp-hr`` (the step's charge, when present) is checked against the
charge each step passed.
"""

import numpy as np
import pandas as pd

from .convention import check_capacity, pybamm_current, runs_of
from .table import (
    CURRENT,
    CYCLE,
    MAX_CHARGE,
    STEP,
    TIME,
    VOLTAGE,
    CyclerDataError,
    check_cycles_increase,
    check_table,
    finish,
)
from .text import decode, read_delimited
from .units import finite, numeric, parse_durations


def _header_lines(path, source):
    for number, line in enumerate(decode(path, source).splitlines()[:51]):
        if line.startswith("Rec#"):
            return number
    raise CyclerDataError(
        f"{source}: no column row starting with 'Rec#' in the first 50 lines; is this "
        "a Maccor text export?"
    )


def read_maccor(path, area_cm2=None, am_mass_mg=None, convention=None):
    """Read a Maccor text export into :class:`~assb_models.data.CyclerData`.

    ``convention`` ("discharge negative" or "magnitudes") states how the file
    writes its current; default: decided from its steps (:mod:`.convention`).
    """
    source = str(path)
    skip = _header_lines(path, source)
    frame, lines, notes = read_delimited(path, source, sep="\t", header_line=skip)
    for column in ("Cyc#", "Step", "TestTime", "Amps", "Volts", "State"):
        if column not in frame.columns:
            raise CyclerDataError(
                f"{source}: Maccor column {column!r} not found; columns are "
                f"{list(frame.columns)[:14]}..."
            )
    written = numeric(frame, "Amps", source, lines)
    table = pd.DataFrame(
        {
            TIME: parse_durations(frame["TestTime"], "TestTime", source, lines),
            CURRENT: written,
            VOLTAGE: numeric(frame, "Volts", source, lines),
            CYCLE: numeric(frame, "Cyc#", source, lines),
            STEP: numeric(frame, "Step", source, lines),
        }
    )
    check_table(table, source, lines)
    check_cycles_increase(table, source, lines)
    state = frame["State"].astype(str).str.strip().to_numpy()
    direction = np.select([state == "D", state == "C"], [1, -1], default=0)
    runs = runs_of(table[CYCLE].to_numpy(), table[STEP].to_numpy(), state)
    current, note = pybamm_current(
        written, direction, runs, state, source, lines, "Amps", convention
    )
    table[CURRENT] = current
    if "Amp-hr" in frame.columns:
        amp_hr = finite(frame, "Amp-hr", source, lines, MAX_CHARGE)
        check_capacity(
            table[TIME].to_numpy(),
            current,
            direction,
            runs,
            {"step": amp_hr},
            source,
            lines,
            "Amps",
        )
    notes = [f"{note} (State: D discharge, C charge)", *notes]
    return finish(table, source, "Maccor", lines, area_cm2, am_mass_mg, notes)
