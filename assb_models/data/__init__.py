"""Cycler data: read an export into one tidy table (see :mod:`.table`).

========================  =========================================================
:func:`load`              any supported file, format from its extension and header
:func:`read_csv`          generic delimited text with a column map (sign required)
:func:`read_neware`       Neware CSV
:func:`read_maccor`       Maccor tab-separated text
:func:`read_biologic`     BioLogic EC-Lab ``.mpr`` (optional extra ``galvani``,
                          GPL-3.0-or-later)
:func:`read_bdf`          Battery Data Format CSV (Battery Data Alliance)
:func:`write_bdf`         a PyBaMM solution as Battery Data Format CSV
:func:`read_spectrum`     a measured impedance spectrum (text or ``.mpr``), also
                          as ``assb_models.impedance.eis.read_spectrum``
========================  =========================================================

Every reader converts to SI, to PyBaMM's sign (discharge current positive; the
file's convention decided from all its steps, :mod:`.convention`), checks the table
(missing columns, NaN, time going back, values outside physical limits, units that
contradict the header or the file's own counters) and raises
:class:`CyclerDataError` naming the file, column, row (file line) and allowed
range. Blank and damaged rows are errors (:mod:`.text`); a path that is not a
regular file (folder, named pipe, device) is refused before it is opened
(:mod:`.files`). The data layer imports no model code.
"""

import pathlib

from .bdf import is_bdf, read_bdf, write_bdf
from .biologic import read_biologic
from .files import require_regular_file
from .generic import read_csv
from .maccor import read_maccor
from .neware import read_neware
from .spectrum import SpectrumDataError, read_spectrum
from .table import CyclerData, CyclerDataError

FORMATS = ("neware", "maccor", "biologic", "bdf")


def detect_format(path):
    """ "neware", "maccor", "biologic" or "bdf" from the extension and first line."""
    path = pathlib.Path(path)
    require_regular_file(path)
    if path.suffix.lower() == ".mpr":
        return "biologic"
    with open(path, encoding="latin-1") as handle:
        head = handle.read(4096)
    if is_bdf(path, head):
        return "bdf"
    if "Cycle Index" in head and "Step Type" in head:
        return "neware"
    if "Rec#" in head and "Cyc#" in head:
        return "maccor"
    raise CyclerDataError(
        f"{path}: format not recognised (not .mpr or BDF, no Neware "
        "'Cycle Index'/'Step Type' "
        "or Maccor 'Rec#'/'Cyc#' header); read it with assb_models.data.read_csv and "
        "a column map"
    )


def load(path, format=None, area_cm2=None, am_mass_mg=None, convention=None):
    """Read a Neware, Maccor, BioLogic or BDF file (``format`` detected when None).

    ``convention`` ("discharge negative" or "magnitudes") states how a Neware or
    Maccor file writes its current (default: decided from its steps); the other
    formats fix their sign, and a stated convention for them is an error.
    """
    format = format or detect_format(path)
    readers = {
        "neware": read_neware,
        "maccor": read_maccor,
        "biologic": read_biologic,
        "bdf": read_bdf,
    }
    if format not in readers:
        raise CyclerDataError(f"'format' = {format!r} is not one of {list(FORMATS)}")
    kwargs = {"area_cm2": area_cm2, "am_mass_mg": am_mass_mg}
    if convention is not None:
        if format not in ("neware", "maccor"):
            raise CyclerDataError(
                f"{path}: 'convention' = {convention!r} given for a {format} file, "
                "whose current sign the format fixes; leave it out"
            )
        kwargs["convention"] = convention
    return readers[format](path, **kwargs)


__all__ = [
    "FORMATS",
    "CyclerData",
    "CyclerDataError",
    "SpectrumDataError",
    "detect_format",
    "load",
    "read_bdf",
    "read_biologic",
    "read_csv",
    "read_maccor",
    "read_neware",
    "read_spectrum",
    "write_bdf",
]
