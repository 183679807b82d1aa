"""Measured impedance spectra: read a file, split its sweeps, check the values.

A spectrum is one frequency sweep, in either direction (high to low, as most
instruments run, or low to high). A file holding several sweeps is split where
the frequency changes direction: a new sweep starts at the first point that
moves against the current sweep's direction (a jump back up to the first
frequency, or the turn of a down-and-up measurement; a turn frequency measured
twice starts the new sweep with its repeat). Other repeated frequencies belong to
the sweep they are in.

Every problem raises :class:`SpectrumDataError` naming the file, the row (file
line) and column, the value and the allowed range: missing or non-finite values,
frequencies outside :data:`FREQUENCY_RANGE` (zero or negative included), the
impedance modulus outside (0, :data:`MAX_IMPEDANCE`], frequency and impedance
arrays of different lengths, and fewer than 2 distinct frequencies.
"""

import csv

import numpy as np
import pandas as pd

from .mpr import read_mpr
from .table import CyclerDataError
from .text import decode, read_delimited

#: allowed frequencies [Hz]. Slowest: 1e-7 Hz, a period of 116 days, slower than
#: any impedance measurement (potentiostats go down to ~10 uHz). Fastest: 1e10 Hz,
#: above the ~3 GHz of impedance/dielectric analysers (e.g. Keysight E4991B).
FREQUENCY_RANGE = (1e-7, 1e10)
#: largest impedance modulus [Ohm]: 1e15 Ohm, beyond the ~1e14 Ohm of the best
#: high-impedance analysers; a larger value is a corrupt number or the wrong unit
MAX_IMPEDANCE = 1e15

_FREQUENCY = ("freq/hz", "frequency [hz]", "frequency", "freq", "f [hz]")
_REAL = ("re(z)/ohm", "re z [ohm]", "re(z)", "zre", "z'", "re_z")
_MINUS_IMAG = ("-im(z)/ohm", "-im z [ohm]", "-im(z)", "-zim", "-z''", "minus_im_z")
_MODULUS = ("|z|/ohm", "|z| [ohm]", "|z|", "zmod")
_PHASE = ("phase(z)/deg", "phase [deg]", "phase(z)", "zphase")


class SpectrumDataError(CyclerDataError):
    """A measured impedance spectrum cannot be read or is unusable (where and why)."""


def _where(index, lines, unit="file line"):
    return f"point {index + 1}" if lines is None else f"{unit} {int(lines[index])}"


def check_spectrum(
    frequencies, z, source="spectrum", lines=None, min_distinct=2, unit="file line"
):
    """``(frequencies, z)`` as float and complex arrays, or SpectrumDataError.

    ``lines`` (the file line, or with ``unit="record"`` the record number, of each
    point) makes messages point into the file.
    """
    try:
        f = np.asarray(frequencies, dtype=float)
        z = np.asarray(z, dtype=complex)
    except (TypeError, ValueError) as exc:
        raise SpectrumDataError(
            f"{source}: frequencies and impedances must be numbers ({exc})"
        ) from None
    if f.ndim != 1 or z.ndim != 1 or f.size != z.size:
        raise SpectrumDataError(
            f"{source}: {f.size} frequencies (shape {f.shape}) but {z.size} impedances "
            f"(shape {z.shape}); need two 1-D arrays of the same length"
        )
    low, high = FREQUENCY_RANGE
    bad = np.flatnonzero(~((f >= low) & (f <= high)))
    if bad.size:
        raise SpectrumDataError(
            f"{source}: frequency {f[bad[0]]:g} Hz at {_where(bad[0], lines, unit)} is "
            f"outside the allowed range [{low:g}, {high:g}] Hz"
        )
    modulus = np.abs(z)
    bad = np.flatnonzero(~((modulus > 0) & (modulus <= MAX_IMPEDANCE)))
    if bad.size:
        raise SpectrumDataError(
            f"{source}: impedance {z[bad[0]]} Ohm at {_where(bad[0], lines, unit)} "
            f"({f[bad[0]]:g} Hz) is outside the allowed range 0 < |Z| <= "
            f"{MAX_IMPEDANCE:g} Ohm (finite)"
        )
    distinct = np.unique(f).size
    if distinct < min_distinct:
        raise SpectrumDataError(
            f"{source}: {distinct} distinct frequencies ({f.size} points); need at "
            f"least {min_distinct}"
        )
    return f, z


def sweep_numbers(frequencies):
    """1-based sweep number of each point (see the module docstring)."""
    f = np.asarray(frequencies, dtype=float)
    number = np.ones(f.size, dtype=int)
    direction, sweep = 0.0, 1
    for i in range(1, f.size):
        step = np.sign(f[i] - f[i - 1])
        if step != 0 and direction == 0:
            direction = step
        elif step != 0 and step != direction:
            sweep, direction = sweep + 1, 0.0
            ahead = np.sign(np.diff(f[i:]))
            ahead = ahead[ahead != 0]
            turn = ahead.size and ahead[0] == step  # else a jump back to the start
            if turn and f[i - 1] == f[i - 2]:  # the turn measured twice
                number[i - 1] = sweep
        number[i] = sweep
    return number


def _find_column(frame, keys, source):
    lower = {str(c).strip().lower(): c for c in frame.columns}
    for key in keys:
        if key in lower:
            return lower[key]
    raise SpectrumDataError(
        f"{source}: no column named like {list(keys)}; columns are "
        f"{list(frame.columns)}; "
        "pass columns=(frequency, real, minus_imaginary)"
    )


def _impedance_columns(frame, source, header_line):
    """("cartesian", Re, -Im) or ("polar", |Z|, phase) columns of ``frame``.

    A real part (or modulus) without its imaginary part (or phase) is an error
    naming the column that is there: the impedance is never guessed from half of it.
    """
    found = {
        name: next((c for c in frame.columns if str(c).strip().lower() in keys), None)
        for name, keys in (
            ("real", _REAL),
            ("imaginary", _MINUS_IMAG),
            ("modulus", _MODULUS),
            ("phase", _PHASE),
        )
    }
    if found["real"] is not None and found["imaginary"] is not None:
        return ("cartesian", found["real"], found["imaginary"])
    if found["modulus"] is not None and found["phase"] is not None:
        return ("polar", found["modulus"], found["phase"])
    for have, missing, keys in (
        ("real", "imaginary", _MINUS_IMAG),
        ("modulus", "phase", _PHASE),
    ):
        if found[have] is not None:
            raise SpectrumDataError(
                f"{source}: file line {header_line} (the column row) has the {have} "
                f"part column {found[have]!r} but no {missing} part column (none "
                f"named like {list(keys)}); an impedance needs both parts: export "
                "them, or pass columns=(frequency, real, minus_imaginary)"
            )
    return (
        "cartesian",
        *(_find_column(frame, k, source) for k in (_REAL, _MINUS_IMAG)),
    )


def _numbers(frame, column, source, lines, unit):
    """A column as floats; a non-number or an empty cell names its file line."""
    raw = frame[column]
    if pd.api.types.is_numeric_dtype(raw):
        values = raw.to_numpy(dtype=float)
    else:
        values = pd.to_numeric(raw.astype(str).str.strip(), errors="coerce").to_numpy(
            dtype=float
        )
    bad = np.flatnonzero(~np.isfinite(values))
    if bad.size:
        i = bad[0]
        raise SpectrumDataError(
            f"{source}: column {column!r} value {raw.iloc[i]!r} at "
            f"{_where(i, lines, unit)} "
            "is not a finite number"
        )
    return values


def _read_text(path, source):
    head = decode(path, source, SpectrumDataError).lstrip().split("\n", 1)[0]
    try:
        sep = csv.Sniffer().sniff(head, delimiters=",\t;").delimiter
    except csv.Error:
        sep = ","
    frame, lines, _ = read_delimited(
        path, source, sep=sep, error=SpectrumDataError, blank="skip"
    )
    return frame, lines


def read_spectrum(path, columns=None, spectrum=None):
    r"""A measured spectrum as ``(frequencies [Hz], Z [Ohm])``.

    CSV/text (comma, tab or semicolon separated) with columns of frequency, Re Z
    and -Im Z (names found automatically among common exports, e.g. "freq/Hz",
    "Re(Z)/Ohm", "-Im(Z)/Ohm", or given as ``columns=(frequency, real,
    minus_imaginary)``), or frequency, \|Z\| and phase [deg] ("\|Z\|/Ohm",
    "Phase(Z)/deg"); or a BioLogic ``.mpr`` file with PEIS/GEIS data (needs the
    optional extra galvani, GPL-3.0-or-later). Rows with frequency 0 in an
    ``.mpr`` file, or with frequency 0 and a zero or empty impedance in a text
    file, are the time samples of a mixed sequence and are dropped; any other
    frequency <= 0 is an error. A file with several spectra (frequency sweeps, see
    :func:`sweep_numbers`) needs ``spectrum=`` (1 = the first). Blank lines are
    skipped; every other problem raises :class:`SpectrumDataError` with the file
    line.
    """
    source = str(path)
    if source.lower().endswith(".mpr"):
        frame = read_mpr(path, error=SpectrumDataError)
        lines, unit = np.arange(1, len(frame) + 1), "record"
    else:
        (frame, lines), unit = _read_text(path, source), "file line"
    if columns is not None:
        if len(columns) != 3:
            raise SpectrumDataError(
                f"'columns' = {columns!r} must name 3 columns: (frequency, real, "
                "minus_imaginary)"
            )
        for column in columns:
            if column not in frame.columns:
                raise SpectrumDataError(
                    f"{source}: column {column!r} not found; columns are "
                    f"{list(frame.columns)}"
                )
        frequency, parts = columns[0], ("cartesian", columns[1], columns[2])
    else:
        frequency = _find_column(frame, _FREQUENCY, source)
        header_line = int(lines[0]) - 1 if len(lines) and unit == "file line" else 1
        parts = _impedance_columns(frame, source, header_line)
    f = _numbers(frame, frequency, source, lines, unit)
    if unit == "record":
        time_sample = f == 0
    else:
        # text: frequency 0 with an empty or zero impedance is a time sample
        time_sample = f == 0
        for column in parts[1:]:
            text = frame[column].astype(str).str.strip()
            values = pd.to_numeric(text, errors="coerce").to_numpy(dtype=float)
            time_sample &= (values == 0) | (text == "").to_numpy()
    keep = np.flatnonzero(~time_sample)
    if keep.size == 0:
        raise SpectrumDataError(f"{source}: no rows with frequency > 0")
    frame = frame.iloc[keep].reset_index(drop=True)
    lines, f = lines[keep], f[keep]
    first, second = (_numbers(frame, c, source, lines, unit) for c in parts[1:])
    z = (
        first - 1j * second
        if parts[0] == "cartesian"
        else (first * np.exp(1j * np.radians(second)))
    )
    check_spectrum(f, z, source, lines, min_distinct=1, unit=unit)
    sweep = sweep_numbers(f)
    if spectrum is None and sweep[-1] > 1:
        raise SpectrumDataError(
            f"{source} holds {sweep[-1]} spectra (frequency sweeps); choose one "
            "with spectrum=1, 2, ..."
        )
    if spectrum is not None:
        integer = isinstance(spectrum, (int, np.integer)) and not isinstance(
            spectrum, bool
        )
        if not integer or not 1 <= spectrum <= sweep[-1]:
            raise SpectrumDataError(
                f"'spectrum' = {spectrum!r} is outside the allowed range "
                f"[1, {sweep[-1]}] (integers) for {source}"
            )
        chosen = sweep == spectrum
        f, z, lines = f[chosen], z[chosen], lines[chosen]
    return check_spectrum(f, z, source, lines, unit=unit)
