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
table (one row per constant-mode segment) that the simulation layer's ``protocol``
turns into a :class:`pybamm.Experiment`.
"""

import dataclasses
import pathlib

import numpy as np
import pandas as pd

from assb_models.validation import InvalidInputError, require_positive

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
#: largest test duration [s]: 10 years. Calendar-ageing and cycle-life tests run
#: for months to a few years; a later time is a corrupt value or the wrong unit
#: (ms, or a clock time such as Unix seconds, 1.7e9 s)
MAX_DURATION = 10 * 365.25 * 86400
#: largest current magnitude [A]: 10 kA. The largest battery-test channels (pack
#: and module testers) deliver 1-2 kA; lab solid-state cells draw uA to mA
MAX_CURRENT = 1e4
#: largest charge [A.h] a test can pass: MAX_CURRENT for MAX_DURATION
MAX_CHARGE = MAX_CURRENT * MAX_DURATION / 3600
#: allowed cycle and step numbers: non-negative integers that fit the int32 that
#: cycler databases (and NumPy's default int on Windows) store them in
INDEX_RANGE = (0, 2**31 - 1)


class CyclerDataError(InvalidInputError):
    """A cycler file cannot be read into the tidy table (column, row and why)."""


class RecordNumbers(list):
    """The 1-based record number of each row of a binary file (for messages)."""


def row_label(index, lines):
    """Where table row ``index`` is: "row i (file line n)", i the 0-based row of
    the table (its pandas index) and n = ``lines[i]`` the 1-based line as an editor
    shows it; "record n" for binary files (``lines`` a :class:`RecordNumbers`;
    ``None``: n = i + 1).
    """
    if lines is None:
        return f"record {index + 1}"
    if isinstance(lines, RecordNumbers):
        return f"record {lines[index]}"
    return f"row {index} (file line {int(lines[index])})"


def check_table(table, source, lines=None):
    """Raise :class:`CyclerDataError` naming the column and row of the first problem.

    Checks: the required columns are present; no NaN or infinite values; time is
    non-decreasing and spans at most :data:`MAX_DURATION`; voltages are inside
    :data:`VOLTAGE_RANGE` (a column in mV fails here); currents are at most
    :data:`MAX_CURRENT` in magnitude; cycle and step numbers are integers inside
    :data:`INDEX_RANGE`. ``lines`` holds the file line of each row, so messages
    can point into the file (``None`` for binary files: records are numbered).
    """
    missing = [c for c in REQUIRED if c not in table.columns]
    if missing:
        raise CyclerDataError(
            f"{source}: missing column(s) {missing}; the tidy table needs "
            f"{list(REQUIRED)}"
        )
    if len(table) < 2:
        raise CyclerDataError(f"{source}: {len(table)} data row(s); need at least 2")
    for column in REQUIRED:
        values = table[column].to_numpy(dtype=float)
        bad = np.flatnonzero(~np.isfinite(values))
        if bad.size:
            raise CyclerDataError(
                f"{source}: column {column!r} has {bad.size} missing or non-finite "
                f"value(s), the first ({values[bad[0]]}) at "
                f"{row_label(bad[0], lines)}; "
                "allowed: finite numbers"
            )
    t = table[TIME].to_numpy(dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):  # +-1e308 - t[0] is inf: late
        late = np.flatnonzero(t - t[0] > MAX_DURATION)
    if late.size:
        i = late[0]
        raise CyclerDataError(
            f"{source}: column {TIME!r} = {t[i]:g} s at {row_label(i, lines)} is "
            f"{(t[i] - t[0]) / 86400:.4g} days after the first sample; allowed range "
            f"[{t[0]:g}, {t[0] + MAX_DURATION:g}] s (10 years): a corrupt value or a "
            "time in another unit"
        )
    back = np.flatnonzero(np.diff(t) < 0)
    if back.size:
        i = back[0] + 1
        raise CyclerDataError(
            f"{source}: column {TIME!r} goes back in time at {row_label(i, lines)} "
            f"({t[i - 1]:g} s -> {t[i]:g} s); time must be non-decreasing (a file "
            "made of several concatenated tests must be split or offset first)"
        )
    v = table[VOLTAGE].to_numpy(dtype=float)
    out = np.flatnonzero((v < VOLTAGE_RANGE[0]) | (v > VOLTAGE_RANGE[1]))
    if out.size:
        i = out[0]
        raise CyclerDataError(
            f"{source}: column {VOLTAGE!r} = {v[i]:g} at {row_label(i, lines)} is "
            f"outside the allowed range [{VOLTAGE_RANGE[0]:g}, {VOLTAGE_RANGE[1]:g}] "
            "V; is the column in mV? (give its unit, e.g. units={'Voltage [V]': 'mV'})"
        )
    current = table[CURRENT].to_numpy(dtype=float)
    big = np.flatnonzero(np.abs(current) > MAX_CURRENT)
    if big.size:
        i = big[0]
        raise CyclerDataError(
            f"{source}: column {CURRENT!r} = {current[i]:g} at {row_label(i, lines)} "
            f"is outside the allowed range [{-MAX_CURRENT:g}, {MAX_CURRENT:g}] A (no "
            "battery-test channel delivers more): a corrupt value or the wrong unit"
        )
    for column in (CYCLE, STEP):
        values = table[column].to_numpy(dtype=float)
        bad = np.flatnonzero(
            (values != np.round(values))
            | (values < INDEX_RANGE[0])
            | (values > INDEX_RANGE[1])
        )
        if bad.size:
            i = bad[0]
            raise CyclerDataError(
                f"{source}: column {column!r} = {values[i]:.10g} at "
                f"{row_label(i, lines)} "
                f"is not an integer in the allowed range [{INDEX_RANGE[0]}, "
                f"{INDEX_RANGE[1]}]"
            )
    return table


def check_cycles_increase(table, source, lines=None, max_step=None):
    """Raise unless the cycle number never decreases (and, with ``max_step``, never
    grows by more than ``max_step`` from one row to the next): a cycler's cycle
    counter only counts up, so a jump back (or far ahead) is a corrupt row."""
    cycle = table[CYCLE].to_numpy(dtype=float)
    step = np.diff(cycle)
    bad = np.flatnonzero((step < 0) | ((step > max_step) if max_step else False))
    if bad.size:
        i = bad[0] + 1
        allowed = (
            f"[{cycle[i - 1]:g}, {cycle[i - 1] + max_step:g}]"
            if max_step
            else (f">= {cycle[i - 1]:g}")
        )
        raise CyclerDataError(
            f"{source}: column {CYCLE!r} jumps from {cycle[i - 1]:g} to {cycle[i]:g} "
            "at "
            f"{row_label(i, lines)}; allowed {allowed} (the cycle counter only counts "
            "up)"
        )


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
                f"{self.source}: no rows with cycle(s) {cycles!r} and step(s) "
                f"{steps!r}; cycles present are {self.cycles}"
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
        key = (
            tab[CYCLE].astype(int).astype(str) + ":" + tab[STEP].astype(int).astype(str)
        )
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


def finish(table, source, instrument, lines, area_cm2, am_mass_mg, notes):
    """Order, check and complete a parsed table; the last step of every importer."""
    table = table[list(REQUIRED)].copy()
    check_table(table, source, lines)
    table[CYCLE] = table[CYCLE].astype(int)
    table[STEP] = table[STEP].astype(int)
    add_derived_columns(table, area_cm2, am_mass_mg)
    return CyclerData(table, str(source), instrument, area_cm2, am_mass_mg, notes)
