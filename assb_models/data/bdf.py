"""Battery Data Format (BDF) CSV: read into the tidy table, write a solution.

The Battery Data Format of the Battery Data Alliance (a Linux Foundation Energy
project; specification in the README of
https://github.com/battery-data-alliance/battery-data-format, Apache-2.0, terms
from its ontology 1.3.0) is one table per cell with fixed units. Each column is
named by the quantity's preferred label or its machine-readable name (both are
accepted here; :func:`write_bdf` writes the machine-readable names, which the
format calls the normative form for software):

==============================  =================================
preferred label                 machine-readable name
==============================  =================================
``Test Time / s``               ``test_time_second``
``Voltage / V``                 ``voltage_volt``
``Current / A``                 ``current_ampere``
``Cycle Count / 1`` (optional)  ``cycle_count``
``Step Count / 1`` (optional)   ``step_count``
``Ambient Temperature / degC``  ``ambient_temperature_celsius``
``Applied Pressure / Pa``       ``applied_pressure_pa``
==============================  =================================

When there is no step count, the step is read from ``step_id`` (``Step ID``, the
program's step number), or from ``step_index`` (``Step Index / 1``, the name older
BDF files use for it). Cycle and step default to 1.

**Current sign.** The BDF current is positive when it charges the test object
(flows into it) and negative when it discharges it: the format's ontology defines
``charging_capacity_ah`` as :math:`\\frac{1}{3600}\\int_0^t \\max(I, 0)\\,d\\tau`,
"charge transferred into the test object", and ``discharging_capacity_ah`` from
:math:`\\max(-I, 0)`, with :math:`I` the ``current_ampere`` column (Battery Data
Format Ontology 1.0.0, Terms and Definitions, in
https://github.com/battery-data-alliance/battery-data-format-ontology,
docs/pages/specification.rst). PyBaMM's current is positive on discharge, so the
tidy current is ``-current_ampere`` (and :func:`write_bdf` writes ``-I``).

Reading uses the same checks as the other readers (:mod:`.text`, :mod:`.table`):
a path that is not a regular file, blank or damaged rows, missing or non-finite
values, time going back, values outside physical limits, and a cycle count that
decreases (the format defines it as non-decreasing) are errors naming the file,
line and column. The optional columns join the table as ``Ambient temperature [K]``
and ``Applied pressure [Pa]``.
"""

import pathlib

import numpy as np
import pandas as pd

from .table import (
    CURRENT,
    CYCLE,
    STEP,
    TIME,
    VOLTAGE,
    CyclerDataError,
    check_cycles_increase,
    check_table,
    finish,
    row_label,
)
from .text import read_delimited
from .units import finite, numeric

#: tidy column -> the BDF names of its quantity (preferred label, machine name)
COLUMNS = {
    TIME: ("Test Time / s", "test_time_second"),
    VOLTAGE: ("Voltage / V", "voltage_volt"),
    CURRENT: ("Current / A", "current_ampere"),
    CYCLE: ("Cycle Count / 1", "cycle_count"),
    STEP: (
        "Step Count / 1",
        "step_count",
        "Step ID",
        "step_id",
        "Step Index / 1",
        "step_index",
    ),
}
TEMPERATURE = "Ambient temperature [K]"
PRESSURE = "Applied pressure [Pa]"
OPTIONAL = {
    TEMPERATURE: ("Ambient Temperature / degC", "ambient_temperature_celsius"),
    PRESSURE: ("Applied Pressure / Pa", "applied_pressure_pa"),
}
#: allowed ambient temperature [degC]: from liquid nitrogen to a furnace test
TEMPERATURE_RANGE_C = (-200.0, 500.0)
#: largest applied pressure [Pa]: 10 GPa, beyond any cell fixture or press
MAX_PRESSURE = 1e10


def is_bdf(path, head):
    """Whether a file is BDF, from its name (``.bdf``, ``.bdf.csv``) or header."""
    suffixes = [s.lower() for s in pathlib.Path(path).suffixes]
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    return ".bdf" in suffixes or any(
        name in first for names in COLUMNS.values() for name in names[:2]
    )


def _find(frame, names):
    return next((n for n in names if n in frame.columns), None)


def _optional(frame, tidy, source, lines):
    column = _find(frame, OPTIONAL[tidy])
    if column is None:
        return None
    if tidy == TEMPERATURE:
        low, high = TEMPERATURE_RANGE_C
        values = numeric(frame, column, source, lines)
        bad = np.flatnonzero(~((values >= low) & (values <= high)))
        if bad.size:
            raise CyclerDataError(
                f"{source}: column {column!r} = {values[bad[0]]:g} at "
                f"{row_label(bad[0], lines)} is outside the allowed range [{low:g}, "
                f"{high:g}] degC"
            )
        return values + 273.15
    values = finite(frame, column, source, lines, MAX_PRESSURE)
    negative = np.flatnonzero(values < 0)
    if negative.size:
        raise CyclerDataError(
            f"{source}: column {column!r} = {values[negative[0]]:g} at "
            f"{row_label(negative[0], lines)} is outside the allowed range [0, "
            f"{MAX_PRESSURE:g}] Pa"
        )
    return values


def read_bdf(path, area_cm2=None, am_mass_mg=None):
    """Read a BDF CSV file into :class:`~assb_models.data.CyclerData`."""
    source = str(path)
    if str(path).lower().endswith(".gz"):
        raise CyclerDataError(
            f"{source}: a compressed BDF file; decompress it first (gunzip)"
        )
    frame, lines, notes = read_delimited(path, source, sep=",")
    columns = {tidy: _find(frame, names) for tidy, names in COLUMNS.items()}
    missing = [COLUMNS[t][:2] for t in (TIME, VOLTAGE, CURRENT) if columns[t] is None]
    if missing:
        raise CyclerDataError(
            f"{source}: file line {int(lines[0]) - 1 if len(lines) else 1} (the "
            f"column row) lacks the required BDF column(s) "
            f"{' and '.join(f'{a!r} (or {b!r})' for a, b in missing)}; columns are "
            f"{list(frame.columns)}"
        )
    table = pd.DataFrame(
        {
            tidy: (
                numeric(frame, columns[tidy], source, lines)
                if columns[tidy] is not None
                else np.ones(len(frame))
            )
            for tidy in (TIME, CURRENT, VOLTAGE, CYCLE, STEP)
        }
    )
    table[CURRENT] = -table[CURRENT]
    check_table(table, source, lines)
    check_cycles_increase(table, source, lines)
    extra = {tidy: _optional(frame, tidy, source, lines) for tidy in OPTIONAL}
    notes = [
        f"current = -{columns[CURRENT]!r} (BDF: positive current charges the cell)",
        *notes,
    ]
    data = finish(table, source, "BDF", lines, area_cm2, am_mass_mg, notes)
    for tidy, values in extra.items():
        if values is not None:
            data.table[tidy] = values
    return data


def _steps(solution):
    """(cycle, step count, step solution) of a solution, in order."""
    cycles = getattr(solution, "cycles", None) or []
    if not cycles:
        yield 1, 1, solution
        return
    count = 0
    for number, cycle in enumerate(cycles, start=1):
        for step in getattr(cycle, "steps", None) or [cycle]:
            count += 1
            yield number, count, step


def _entries(solution, name, size):
    value = np.asarray(solution[name].entries, dtype=float)
    if value.ndim > 1:  # a variable over space: its first point
        value = value.reshape(-1, value.shape[-1])[0]
    return np.broadcast_to(value, size)


def write_bdf(solution, path):
    """Write a :class:`pybamm.Solution` as BDF CSV (machine-readable column names).

    Columns: ``test_time_second``, ``voltage_volt``, ``current_ampere`` (BDF sign:
    charge positive, so minus PyBaMM's current), ``cycle_count`` and
    ``step_count`` (from the experiment's cycles and steps; 1 without an
    experiment), ``ambient_temperature_celsius`` from "Ambient temperature [K]",
    and ``applied_pressure_pa`` from "Stack pressure [Pa]" when the model has that
    variable. Written to a temporary file next to ``path`` and then renamed.
    """
    path = pathlib.Path(path)
    model_variables = solution.all_models[0].variables
    parts = []
    for cycle, step, sol in _steps(solution):
        t = np.asarray(sol["Time [s]"].entries, dtype=float)
        part = {
            "test_time_second": t,
            "voltage_volt": sol["Voltage [V]"].entries,
            "current_ampere": -_entries(sol, "Current [A]", t.size),
            "cycle_count": np.full(t.size, cycle),
            "step_count": np.full(t.size, step),
        }
        if "Ambient temperature [K]" in model_variables:
            part["ambient_temperature_celsius"] = (
                _entries(sol, "Ambient temperature [K]", t.size) - 273.15
            )
        if "Stack pressure [Pa]" in model_variables:
            part["applied_pressure_pa"] = _entries(sol, "Stack pressure [Pa]", t.size)
        parts.append(pd.DataFrame(part))
    table = pd.concat(parts, ignore_index=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    table.to_csv(temporary, index=False, float_format="%.10g")
    temporary.replace(path)
    return path
