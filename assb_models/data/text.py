"""Delimited text exports read so that every row keeps its file line.

pandas' parser reads regular files (one row per line, the header's fields); any
irregular file is re-read line by line, which names the damaged line.

Rules, the same for every text reader:

- the file is decoded as UTF-8 (a byte-order mark is dropped), else as Latin-1;
  a NUL byte means a binary or damaged file and is an error naming its line;
- a row whose fields are all empty (a blank line, or only delimiters) between
  data rows is an error naming its line (``blank="error"``, the cycler readers:
  a sample is missing there, and nothing is dropped silently); blank lines after
  the last data row are the end of the file, not rows. The spectrum reader skips
  blank rows (``blank="skip"``) and lists them in its ``notes``. A row with some
  fields empty keeps them as missing values, which the table check reports with
  their column and line;
- a row with fewer fields than the column row (a truncated or damaged line), or
  with more non-empty fields (shifted columns), is an error naming its line.
"""

import csv
import io
import pathlib
import re

import numpy as np
import pandas as pd

from .files import require_regular_file
from .table import CyclerDataError


def decode(path, source, error=CyclerDataError):
    """The text of ``path``; ``error`` on a path that is not a regular file
    (:func:`~.files.require_regular_file`, checked before opening) and on NUL bytes
    (binary or damaged)."""
    require_regular_file(path, source, error)
    raw = pathlib.Path(path).read_bytes()
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise error(
            f"{source}: NUL byte at file line {line}; a text export has none (binary "
            "file, or damaged on disk or in transfer)"
        )
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_delimited(
    path, source, sep=",", header_line=0, error=CyclerDataError, blank="error"
):
    """Rows of a delimited export as strings, with the file line of each row.

    Parameters
    ----------
    path : str or path-like
        The file.
    source : str
        Name used in error messages.
    sep : str, optional
        Field delimiter.
    header_line : int, optional
        Lines before the column-name row.
    error : type, optional
        Exception class raised (a subclass of CyclerDataError).
    blank : {"error", "skip"}, optional
        What a blank row between data rows is (see the module docstring).

    Returns
    -------
    frame : pandas.DataFrame
        One column of strings per header field (duplicate names keep the first).
    lines : numpy.ndarray
        1-based file line of each row of ``frame``.
    notes : list of str
        What was skipped (blank lines).
    """
    blank_rule = blank
    text = decode(path, source, error)
    fast = _read_regular(text, sep, header_line)
    if fast is not None:
        frame, lines, blank = fast
    else:
        frame, lines, blank = _read_exactly(text, source, sep, header_line, error)
    notes = []
    inside = [n for n in blank if len(lines) and n < lines[-1]]
    if inside and blank_rule == "error":
        raise error(
            f"{source}: file line {inside[0]} is blank (every column, from "
            f"{str(frame.columns[0])!r} on, is empty) between data rows; a sample is "
            "missing there: restore it, or delete the line if it is an editing "
            "artefact (blank rows are not skipped)"
        )
    blank = blank if blank_rule == "skip" else []
    if blank:
        shown = ", ".join(str(n) for n in blank[:5]) + (
            ", ..." if len(blank) > 5 else ""
        )
        notes.append(f"skipped {len(blank)} blank line(s) (file line(s) {shown})")
    return frame, np.array(lines, dtype=int), notes


def _read_regular(text, sep, header_line):
    """pandas' fast parser, when every line holds as many delimiters as the column
    row (or is blank); None otherwise (then :func:`_read_exactly` names the
    problem)."""
    if "\r" in text.replace("\r\n", ""):
        return None  # lone carriage returns
    physical = text.split("\n")
    if physical[-1] == "":
        physical.pop()
    body = pd.Series(physical[header_line:], dtype=object).str.rstrip("\r")
    if body.size < 1:
        return None
    counts = body.str.count(re.escape(sep)).to_numpy()
    blank = (body.str.replace(sep, "", regex=False).str.strip() == "").to_numpy()
    if np.any(counts[1:][~blank[1:]] != counts[0]):
        return None  # a short, long or quoted row
    try:
        frame = pd.read_csv(
            io.StringIO(text),
            sep=sep,
            skiprows=header_line,
            dtype=str,
            keep_default_na=False,
            na_values=[],
            skip_blank_lines=False,
            index_col=False,
        )
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return None
    if len(frame) != body.size - 1:
        return None
    blank = blank[1:]
    lines = np.arange(len(frame)) + header_line + 2
    frame = frame.loc[~blank].reset_index(drop=True)
    return frame, lines[~blank], list(lines[blank])


def _read_exactly(text, source, sep, header_line, error):
    """Line by line with the csv module; raises ``error`` naming a damaged line."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header, rows, lines, blank = None, [], [], []
    try:
        for fields in reader:
            if reader.line_num <= header_line:
                continue
            if header is None:
                header = fields
                header_at = reader.line_num
                continue
            if not any(field.strip() for field in fields):
                blank.append(reader.line_num)
                continue
            if len(fields) < len(header) or any(
                f.strip() for f in fields[len(header) :]
            ):
                raise error(
                    f"{source}: file line {reader.line_num} has {len(fields)} fields "
                    f"but the column row (line {header_at}) has {len(header)}: a "
                    "truncated, damaged or shifted row (delete or repair it)"
                )
            rows.append(fields[: len(header)])
            lines.append(reader.line_num)
    except csv.Error as exc:
        raise error(
            f"{source}: file line {reader.line_num} cannot be split into fields ({exc})"
        ) from None
    if header is None:
        raise error(f"{source}: no column row (the file has no line {header_line + 1})")
    keep = [header.index(name) for name in dict.fromkeys(header)]
    frame = pd.DataFrame(
        [[row[k] for k in keep] for row in rows],
        columns=[header[k] for k in keep],
        dtype=object,
    )
    return frame, lines, blank
