"""Any delimited text export, through a map from tidy columns to the file's columns."""

import pandas as pd

from .table import CURRENT, CYCLE, STEP, TIME, VOLTAGE, CyclerDataError, finish
from .text import read_delimited
from .units import factor, numeric, parse_durations

_SIGNS = {"positive": 1.0, "negative": -1.0}


def read_csv(
    path,
    columns,
    discharge_current,
    units=None,
    sep=",",
    header_lines=0,
    area_cm2=None,
    am_mass_mg=None,
):
    """Read a delimited export whose columns are named by ``columns``.

    Parameters
    ----------
    path : str or path-like
        The file.
    columns : dict
        Tidy column -> the file's column, for ``"Time [s]"``, ``"Current [A]"``,
        ``"Voltage [V]"`` and optionally ``"Cycle"`` and ``"Step"`` (1 when absent).
        Time may be numbers or "[N d] h:mm:ss" strings.
    discharge_current : {"positive", "negative"}
        The sign the file gives a discharge current. Required: cyclers differ, and a
        wrong guess would turn every discharge into a charge.
    units : dict, optional
        Tidy column -> unit of the file's column: time "s" (default), "min", "h";
        current "A" (default), "mA", "uA"; voltage "V" (default), "mV".
    sep : str, optional
        Field delimiter (default ",").
    header_lines : int, optional
        Lines before the column-name row (default 0).
    area_cm2, am_mass_mg : float, optional
        Electrode area [cm2] and active-material mass [mg], for the areal and
        specific columns.
    """
    source = str(path)
    if discharge_current not in _SIGNS:
        raise CyclerDataError(
            f"'discharge_current' = {discharge_current!r} is not one of "
            f"{list(_SIGNS)}: say which sign the file gives a discharge"
        )
    for tidy in (TIME, CURRENT, VOLTAGE):
        if tidy not in columns:
            raise CyclerDataError(
                f"{source}: the column map has no entry for {tidy!r} (map given: "
                f"{columns})"
            )
    units = {TIME: "s", CURRENT: "A", VOLTAGE: "V", **(units or {})}
    frame, lines, skipped = read_delimited(
        path, source, sep=sep, header_line=header_lines
    )
    table = pd.DataFrame()
    if columns[TIME] not in frame.columns:
        raise CyclerDataError(
            f"{source}: column {columns[TIME]!r} not found; columns are "
            f"{list(frame.columns)}"
        )
    table[TIME] = factor(TIME, units[TIME], source) * parse_durations(
        frame[columns[TIME]], columns[TIME], source, lines
    )
    table[CURRENT] = (
        _SIGNS[discharge_current]
        * factor(CURRENT, units[CURRENT], source)
        * numeric(frame, columns[CURRENT], source, lines)
    )
    table[VOLTAGE] = factor(VOLTAGE, units[VOLTAGE], source) * numeric(
        frame, columns[VOLTAGE], source, lines
    )
    for tidy in (CYCLE, STEP):
        table[tidy] = (
            numeric(frame, columns[tidy], source, lines) if tidy in columns else 1
        )
    notes = [f"discharge current was {discharge_current} in the file", *skipped]
    return finish(table, source, "generic CSV", lines, area_cm2, am_mass_mg, notes)
