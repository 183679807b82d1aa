"""Unit conversion and time parsing shared by the importers."""

import re

import numpy as np
import pandas as pd

from .table import CURRENT, TIME, VOLTAGE, CyclerDataError

#: factor to the tidy table's SI unit, per quantity and unit as files write them
FACTORS = {
    TIME: {"s": 1.0, "min": 60.0, "h": 3600.0},
    CURRENT: {"A": 1.0, "mA": 1e-3, "uA": 1e-6, "µA": 1e-6},
    VOLTAGE: {"V": 1.0, "mV": 1e-3},
}

# "123.4", "01:02:03.5", "144:02:18", "1d 02:03:04.5", "1 day, 02:03:04"
_DURATION = re.compile(
    r"^\s*(?:(?P<d>\d+)\s*(?:d|days?),?\s*)?(?P<h>\d+):(?P<m>\d+):(?P<s>\d+(?:\.\d*)?)\s*$"
)


def factor(quantity, unit, source):
    """Multiplier from ``unit`` to the SI unit of ``quantity``; clear error if unknown."""
    try:
        return FACTORS[quantity][unit]
    except KeyError:
        raise CyclerDataError(
            f"{source}: unit {unit!r} of {quantity!r} is not one of "
            f"{list(FACTORS[quantity])}"
        ) from None


def parse_durations(values, column, source, first_line):
    """Seconds from numbers or "[N d] h:mm:ss[.f]" strings (hours may exceed 24)."""
    series = pd.Series(values)
    if pd.api.types.is_numeric_dtype(series):
        return series.to_numpy(dtype=float)
    out = np.empty(len(series))
    for row, text in enumerate(series.astype(str)):
        match = _DURATION.match(text)
        if match is None:
            try:
                out[row] = float(text)
            except ValueError:
                raise CyclerDataError(
                    f"{source}: column {column!r} value {text!r} at row {row} (file line "
                    f"{row + first_line}) is neither seconds nor '[N d] h:mm:ss'"
                ) from None
            continue
        d = float(match["d"] or 0)
        out[row] = (
            86400 * d + 3600 * float(match["h"]) + 60 * float(match["m"]) + float(match["s"])
        )
    return out


def numeric(frame, column, source, first_line):
    """A column as floats; the first non-number is named with its row and line."""
    if column not in frame.columns:
        raise CyclerDataError(
            f"{source}: column {column!r} not found; columns are {list(frame.columns)}"
        )
    values = pd.to_numeric(frame[column], errors="coerce")
    bad = np.flatnonzero(values.isna().to_numpy() & frame[column].notna().to_numpy())
    if bad.size:
        row = bad[0]
        raise CyclerDataError(
            f"{source}: column {column!r} value {frame[column].iloc[row]!r} at row {row} "
            f"(file line {row + first_line}) is not a number"
        )
    return values.to_numpy(dtype=float)
