"""The tidy cycler table every importer returns, and the checks it must pass.

One row per sample, columns

=================================  =====================================================
``Time [s]``                       time since the start of the file, non-decreasing
``Current [A]``                    PyBaMM sign: **discharge positive**, charge negative
``Voltage [V]``                    cell (working vs counter/reference) voltage
``Cycle``, ``Step``                as the instrument numbers them (int)
``Discharge capacity [A.h]``       :math:`\\int_0^t I\\,dt` (trapezoidal), as PyBaMM's
                                   variable of the same name
``Current density [mA.cm-2]``      when the electrode area is given
``Areal capacity [mA.h.cm-2]``     when the electrode area is given
``Specific current [mA.g-1]``      when the active-material mass is given
``Specific capacity [mA.h.g-1]``   when the active-material mass is given
=================================  =====================================================

:class:`CyclerData` holds that table with where it came from, and derives the step
table (one row per constant-mode segment) that :mod:`assb_models.protocol` turns into
a :class:`pybamm.Experiment`.
"""

import dataclasses
import pathlib

import numpy as np
import pandas as pd

from ..validation import InvalidInputError, require_positive

TIME, CURRENT, VOLTAGE, CYCLE, STEP = (
    "Time [s]",
    "Current [A]",
    "Voltage [V]",
    "Cycle",
    "Step",
)
REQUIRED = (TIME, CURRENT, VOLTAGE, CYCLE, STEP)
#: plausible range of a cell or half-cell voltage [V]; outside it the column is
#: almost surely in other units (mV) or not a voltage at all
VOLTAGE_RANGE = (-5.0, 10.0)
#: currents below this [A] count as rest in the step table: 10 nA, under the
#: resolution of the smallest ranges of battery cyclers
REST_CURRENT = 1e-8


class CyclerDataError(InvalidInputError):
    """A cycler file cannot be read into the tidy table (column, row and why)."""


def _row_label(index, first_line):
    if first_line is None:
        return f"record {index}"
    return f"row {index} (file line {index + first_line})"


def check_table(table, source, first_line=None):
    """Raise :class:`CyclerDataError` naming the column and row of the first problem.

    Checks: the required columns are present; no NaN or infinite values; time is
    non-decreasing; voltages are inside :data:`VOLTAGE_RANGE` (a column in mV
    fails here). ``first_line`` is the file line of data row 0, so messages can
    point into the file (``None`` for binary files: records are numbered).
    """
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise CyclerDataError(
            f"{source}: missing column(s) {missing}; the tidy table needs {list(REQUIRED)}"
        )
    if len(table) < 2:
        raise CyclerDataError(f"{source}: {len(table)} data row(s); need at least 2")
    for column in REQUIRED:
        values = table[column].to_numpy(dtype=float)
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size:
            raise CyclerDataError(
                f"{source}: column {column!r} has {bad.size} missing or non-finite "
                f"value(s), the first at {_row_label(bad[0], first_line)}"
            )
    t = table[TIME].to_numpy(dtype=float)
    back = np.flatnonzero(np.diff(t) < 0)
    if back.size:
        i = back[0] + 1
        raise CyclerDataError(
            f"{source}: column {TIME!r} goes back in time at {_row_label(i, first_line)} "
            f"({t[i - 1]:g} s -> {t[i]:g} s); time must be non-decreasing (a file "
            "made of several concatenated tests must be split or offset first)"
        )
    v = table[VOLTAGE].to_numpy(dtype=float)
    out = np.flatnonzero((v < VOLTAGE_RANGE[0]) | (v > VOLTAGE_RANGE[1]))
    if out.size:
        i = out[0]
        raise CyclerDataError(
            f"{source}: column {VOLTAGE!r} = {v[i]:g} at {_row_label(i, first_line)} is "
            f"outside the allowed range [{VOLTAGE_RANGE[0]:g}, {VOLTAGE_RANGE[1]:g}] V; "
            "is the column in mV? (give its unit, e.g. units={'Voltage [V]': 'mV'})"
        )
    return table


def add_derived_columns(table, area_cm2=None, am_mass_mg=None):
    """Add the cumulative, areal and specific columns of the module docstring."""
    t = table[TIME].to_numpy(dtype=float)
    i = table[CURRENT].to_numpy(dtype=float)
    q = np.concatenate([[0.0], np.cumsum(0.5 * (i[1:] + i[:-1]) * np.diff(t))]) / 3600
    table["Discharge capacity [A.h]"] = q
    if area_cm2 is not None:
        require_positive("area_cm2", area_cm2)
        table["Current density [mA.cm-2]"] = 1e3 * i / area_cm2
        table["Areal capacity [mA.h.cm-2]"] = 1e3 * q / area_cm2
    if am_mass_mg is not None:
        require_positive("am_mass_mg", am_mass_mg)
        table["Specific current [mA.g-1]"] = 1e6 * i / am_mass_mg
        table["Specific capacity [mA.h.g-1]"] = 1e6 * q / am_mass_mg
    return table


@dataclasses.dataclass
class CyclerData:
    """A cycler export as the tidy table, with its provenance.

    Attributes
    ----------
    table : pandas.DataFrame
        The tidy table (see the module docstring).
    source : str
        The file it was read from (used as "fitted to <source>").
    instrument : str
        "generic CSV", "Neware", "Maccor" or "BioLogic".
    area_cm2, am_mass_mg : float or None
        Electrode area and active-material mass, when given.
    notes : list of str
        What the importer did beyond renaming (sign flips, dropped rows).
    """

    table: pd.DataFrame
    source: str
    instrument: str
    area_cm2: float | None = None
    am_mass_mg: float | None = None
    notes: list = dataclasses.field(default_factory=list)

    @property
    def name(self):
        """File name without folders, for labels and provenance."""
        return pathlib.Path(self.source).name

    @property
    def cycles(self):
        """The cycle numbers present, in order."""
        return sorted(int(c) for c in self.table[CYCLE].unique())

    def select(self, cycles=None, steps=None):
        """The rows of the given cycle(s) and/or step number(s), as a new CyclerData.

        Raises :class:`CyclerDataError` naming the selection when no row matches.
        """
        mask = np.ones(len(self.table), dtype=bool)
        for column, wanted in ((CYCLE, cycles), (STEP, steps)):
            if wanted is not None:
                wanted = [wanted] if np.isscalar(wanted) else list(wanted)
                mask &= self.table[column].isin(wanted).to_numpy()
        if not mask.any():
            raise CyclerDataError(
                f"{self.source}: no rows with cycle(s) {cycles!r} and step(s) {steps!r}; "
                f"cycles present are {self.cycles}"
            )
        table = self.table.loc[mask].reset_index(drop=True)
        label = f"cycle(s) {cycles!r}, step(s) {steps!r}"
        return dataclasses.replace(
            self, table=table, notes=[*self.notes, f"selected {label}"]
        )

    def step_table(self, rest_current=REST_CURRENT, cv_tolerance_V=2e-3):
        """One row per consecutive run of (Cycle, Step), with what the step did.

        Columns: ``Cycle``, ``Step``, ``Mode`` ("rest", "CC" or "CV": a step whose
        voltage stays within ``cv_tolerance_V`` of its median while the current
        changes by more than 10 %), ``Direction`` ("discharge", "charge", "rest"),
        ``Start [s]``, ``End [s]``, ``Duration [s]``, ``Mean current [A]``,
        ``Start voltage [V]``, ``End voltage [V]``, ``End current [A]``,
        ``Capacity [A.h]`` (charge passed in the step, PyBaMM sign), ``First row``,
        ``Last row``.
        """
        tab = self.table
        key = tab[CYCLE].astype(int).astype(str) + ":" + tab[STEP].astype(int).astype(str)
        run = (key != key.shift()).cumsum().to_numpy()
        rows = []
        for _, idx in pd.Series(np.arange(len(tab))).groupby(run):
            first, last = int(idx.iloc[0]), int(idx.iloc[-1])
            seg = tab.iloc[first : last + 1]
            # a step's duration runs to the first sample of the next step
            end_row = min(last + 1, len(tab) - 1)
            t0, t1 = float(seg[TIME].iloc[0]), float(tab[TIME].iloc[end_row])
            i, v = seg[CURRENT].to_numpy(), seg[VOLTAGE].to_numpy()
            q = seg["Discharge capacity [A.h]"].to_numpy()
            mean_i = float(np.mean(i))
            if np.max(np.abs(i)) < rest_current:
                mode, direction = "rest", "rest"
            else:
                direction = "discharge" if mean_i > 0 else "charge"
                flat_v = np.max(np.abs(v - np.median(v))) < cv_tolerance_V
                varying_i = np.ptp(i) > 0.1 * np.max(np.abs(i))
                mode = "CV" if (flat_v and varying_i and len(seg) > 2) else "CC"
            rows.append(
                {
                    CYCLE: int(seg[CYCLE].iloc[0]),
                    STEP: int(seg[STEP].iloc[0]),
                    "Mode": mode,
                    "Direction": direction,
                    "Start [s]": t0,
                    "End [s]": t1,
                    "Duration [s]": t1 - t0,
                    "Mean current [A]": mean_i,
                    "Start voltage [V]": float(v[0]),
                    "End voltage [V]": float(v[-1]),
                    "End current [A]": float(i[-1]),
                    "Capacity [A.h]": float(q[-1] - q[0]),
                    "First row": first,
                    "Last row": last,
                }
            )
        return pd.DataFrame(rows)


def finish(table, source, instrument, first_line, area_cm2, am_mass_mg, notes):
    """Order, check and complete a parsed table; the last step of every importer."""
    table = table[list(REQUIRED)].copy()
    check_table(table, source, first_line)
    table[CYCLE] = table[CYCLE].astype(int)
    table[STEP] = table[STEP].astype(int)
    add_derived_columns(table, area_cm2, am_mass_mg)
    return CyclerData(table, str(source), instrument, area_cm2, am_mass_mg, notes)
