"""Unit conversion and time parsing shared by the importers."""

import re

import numpy as np
import pandas as pd

from .table import CURRENT, TIME, VOLTAGE, CyclerDataError, row_label

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
    """Multiplier from ``unit`` to the SI unit of ``quantity``; error if unknown."""
    try:
        return FACTORS[quantity][unit]
    except KeyError:
        raise CyclerDataError(
            f"{source}: unit {unit!r} of {quantity!r} is not one of "
            f"{list(FACTORS[quantity])}"
        ) from None


def parse_durations(values, column, source, lines):
    """Seconds from numbers or "[N d] h:mm:ss[.f]" strings (hours may exceed 24).

    Empty strings become NaN (reported as missing by the table check).
    """
    series = pd.Series(values)
    if pd.api.types.is_numeric_dtype(series):
        return series.to_numpy(dtype=float)
    text = series.astype(str)
    parts = text.str.extract(_DURATION).astype(float)
    out = np.array(
        86400 * parts["d"].fillna(0) + 3600 * parts["h"] + 60 * parts["m"] + parts["s"],
        dtype=float,
    )
    plain = np.isnan(out)  # seconds as a number, or neither
    if plain.any():
        seconds = numeric(
            pd.DataFrame({column: text.where(plain, "0")}),
            column,
            source,
            lines,
            "is neither seconds nor '[N d] h:mm:ss'",
        )
        out[plain] = seconds[plain]
    return out


def numeric(frame, column, source, lines, problem="is not a number"):
    """A column as floats; the first non-number is named with its row and line.

    Empty cells become NaN (reported as missing by the table check).
    """
    if column not in frame.columns:
        raise CyclerDataError(
            f"{source}: column {column!r} not found; columns are {list(frame.columns)}"
        )
    raw = frame[column]
    if pd.api.types.is_numeric_dtype(raw):
        return raw.to_numpy(dtype=float)
    values = pd.to_numeric(raw, errors="coerce").to_numpy(dtype=float)
    # "" is a missing value and "nan" a written one: both reach the table check
    suspect = np.flatnonzero(np.isnan(values))
    text = raw.iloc[suspect].fillna("").astype(str).str.strip().str.lower()
    bad = suspect[~text.isin(["", "nan"]).to_numpy()]
    if bad.size:
        row = bad[0]
        raise CyclerDataError(
            f"{source}: column {column!r} value {frame[column].iloc[row]!r} at "
            f"{row_label(row, lines)} {problem}"
        )
    return values


def finite(frame, column, source, lines, bound):
    """:func:`numeric`, and every value must be there and within [-bound, bound]."""
    values = numeric(frame, column, source, lines)
    bad = np.flatnonzero(~(np.abs(values) <= bound))
    if bad.size:
        raise CyclerDataError(
            f"{source}: column {column!r} = {values[bad[0]]:g} at "
            f"{row_label(bad[0], lines)} is outside the allowed range [{-bound:g}, "
            f"{bound:g}]"
        )
    return values
