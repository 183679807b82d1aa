"""BioLogic EC-Lab binary ``.mpr`` files, through galvani.

`galvani <https://github.com/echemdata/galvani>`_ (maintained by the echemdata
group) reads the binary format; it is **licensed GPL-3.0-or-later**, so it is an
optional extra (``pip install "assb-models[biologic]"``), imported only when a
``.mpr`` is read; assb-models itself stays BSD-3-Clause. Export the file to text in
EC-Lab and use :func:`~assb_models.data.read_csv` to avoid it.

EC-Lab's current is positive when the working electrode is oxidised. With the
cathode (or the material under test, in a half cell) as working electrode that is a
charge, so the PyBaMM current is ``-I``. Columns used: ``time/s``, ``I/mA`` (or
``<I>/mA``), ``Ewe/V`` (or ``<Ewe>/V``), ``Ns`` (sequence = step), ``cycle number``
when present, else ``half cycle`` (cycle = half cycle // 2 + 1), else one cycle.
Rows of an impedance measurement (``freq/Hz`` > 0, e.g. in GEIS/PEIS sequences) are
spectra, not time samples, and are dropped (the count is in ``notes``).
"""

import numpy as np
import pandas as pd

from .table import CURRENT, CYCLE, STEP, TIME, VOLTAGE, CyclerDataError, finish


def _first(frame, names, source):
    for name in names:
        if name in frame.columns:
            return frame[name].to_numpy(dtype=float)
    raise CyclerDataError(
        f"{source}: none of the EC-Lab columns {list(names)} found; columns are "
        f"{list(frame.columns)}"
    )


def read_biologic(path, area_cm2=None, am_mass_mg=None):
    """Read an EC-Lab ``.mpr`` file into :class:`~assb_models.data.CyclerData`."""
    source = str(path)
    try:
        from galvani import BioLogic
    except ImportError:
        raise ImportError(
            "Reading BioLogic .mpr files needs the optional extra 'galvani' "
            "(GPL-3.0-or-later): pip install 'assb-models[biologic]'; or export the "
            "file to text in EC-Lab and use assb_models.data.read_csv"
        ) from None
    frame = pd.DataFrame(BioLogic.MPRfile(str(path)).data)
    notes = ["current = -I (EC-Lab: positive I oxidises the working electrode)"]
    if "freq/Hz" in frame.columns:
        spectra = frame["freq/Hz"].to_numpy() > 0
        if spectra.any():
            notes.append(f"dropped {int(spectra.sum())} impedance rows (freq/Hz > 0)")
            frame = frame.loc[~spectra].reset_index(drop=True)
    if "cycle number" in frame.columns:
        cycle = frame["cycle number"].to_numpy(dtype=float)
    elif "half cycle" in frame.columns:
        cycle = frame["half cycle"].to_numpy(dtype=float) // 2 + 1
    else:
        cycle = np.ones(len(frame))
    table = pd.DataFrame(
        {
            TIME: _first(frame, ("time/s",), source),
            CURRENT: -1e-3 * _first(frame, ("I/mA", "<I>/mA"), source),
            VOLTAGE: _first(frame, ("Ewe/V", "<Ewe>/V"), source),
            CYCLE: cycle,
            STEP: _first(frame, ("Ns",), source),
        }
    )
    return finish(table, source, "BioLogic", None, area_cm2, am_mass_mg, notes)
