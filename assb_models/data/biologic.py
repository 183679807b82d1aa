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

A binary file has no redundancy a parser could check, so the records are checked
for plausibility: any error of galvani (truncated or damaged file) is re-raised
as :class:`~assb_models.data.CyclerDataError` naming the file; time must not go
back, the cycle counter counts up one at a time, impedance rows have a frequency
in :data:`~assb_models.data.spectrum.FREQUENCY_RANGE`, the sequence number ``Ns``
changes only where EC-Lab flags a change (and never for a single record), and the
file's own charge counter ``(Q-Qo)/mA.h`` must rise by the charge the current passed
between records (within :data:`CHARGE_TOLERANCE` of the largest charge). Random
bytes in the data block fail one of these (or the value ranges of the tidy table)
with near certainty.
"""

import numpy as np
import pandas as pd

from .mpr import read_mpr
from .spectrum import FREQUENCY_RANGE
from .table import (
    CURRENT,
    CYCLE,
    STEP,
    TIME,
    VOLTAGE,
    CyclerDataError,
    RecordNumbers,
    check_cycles_increase,
    check_table,
    finish,
    row_label,
)

#: allowed gap between the integrated current and EC-Lab's (Q-Qo), as a fraction
#: of the largest abs(Q - Qo) (EC-Lab integrates at its own, faster, rate: 0.4 % seen)
CHARGE_TOLERANCE = 0.05


def _first(frame, names, source):
    for name in names:
        if name in frame.columns:
            return frame[name].to_numpy(dtype=float)
    raise CyclerDataError(
        f"{source}: none of the EC-Lab columns {list(names)} found; columns are "
        f"{list(frame.columns)}"
    )


def _check_records(frame, source):
    """Plausibility of the raw records (see the module docstring)."""
    if "freq/Hz" in frame.columns:
        f = frame["freq/Hz"].to_numpy(dtype=float)
        low, high = FREQUENCY_RANGE
        bad = np.flatnonzero(~((f == 0) | ((f >= low) & (f <= high))))
        if bad.size:
            raise CyclerDataError(
                f"{source}: 'freq/Hz' = {f[bad[0]]:g} at {row_label(bad[0], None)}; "
                "allowed "
                f"0 (time sample) or [{FREQUENCY_RANGE[0]:g}, {FREQUENCY_RANGE[1]:g}] "
                "Hz: a damaged record"
            )
    if "Ns" in frame.columns:
        ns = frame["Ns"].to_numpy(dtype=float)
        changed = np.r_[False, ns[1:] != ns[:-1]]
        # a sequence entered for one record and left back to the one before
        blip = np.r_[False, changed[1:-1] & (ns[2:] == ns[:-2]), False]
        unflagged = np.zeros_like(changed)
        if "Ns changes" in frame.columns:
            # EC-Lab flags every change of sequence in time records (impedance
            # sweeps start without the flag)
            time_record = (
                frame["freq/Hz"].to_numpy() == 0 if "freq/Hz" in frame else True
            )
            unflagged = (
                changed & ~frame["Ns changes"].to_numpy(dtype=bool) & time_record
            )
        bad = np.flatnonzero(blip | unflagged)
        if bad.size:
            i = bad[0]
            raise CyclerDataError(
                f"{source}: 'Ns' (sequence) changes from {ns[i - 1]:g} to {ns[i]:g} at "
                f"{row_label(i, None)} without EC-Lab's 'Ns changes' flag, or for a "
                "single record: a damaged record"
            )
    for column in ("half cycle", "cycle number"):
        if column in frame.columns:
            check_cycles_increase(
                pd.DataFrame({CYCLE: frame[column].to_numpy(dtype=float)}),
                f"{source} ({column!r})",
                None,
                max_step=1,
            )


def _check_charge(table, charge, source, records):
    """The charge each record interval passed, from the current and from EC-Lab's
    own counter [A.h]; intervals where the sequence (Ns) changes are skipped, as a
    new technique may reset Qo."""
    t, i = table[TIME].to_numpy(), table[CURRENT].to_numpy()
    dq = 0.5 * (i[1:] + i[:-1]) * np.diff(t) / 3600
    dq_file = -np.diff(charge)
    scale = max(np.max(np.abs(np.cumsum(dq))), np.max(np.abs(charge - charge[0])))
    gap = np.abs(dq - dq_file)
    gap[np.diff(table[STEP].to_numpy()) != 0] = 0.0
    bad = np.flatnonzero(~(gap <= CHARGE_TOLERANCE * scale))
    if bad.size:
        k = bad[0] + 1
        raise CyclerDataError(
            f"{source}: from {row_label(k - 1, records)} to {row_label(k, records)} "
            "the "
            f"current passes {dq[k - 1]:.4g} A.h but the file's '(Q-Qo)/mA.h' counter "
            f"{dq_file[k - 1]:.4g} A.h (allowed gap {CHARGE_TOLERANCE:g} of the "
            f"largest charge, {scale:.4g} A.h): damaged records"
        )


def read_biologic(path, area_cm2=None, am_mass_mg=None):
    """Read an EC-Lab ``.mpr`` file into :class:`~assb_models.data.CyclerData`."""
    source = str(path)
    frame = read_mpr(path)
    _check_records(frame, source)
    notes = ["current = -I (EC-Lab: positive I oxidises the working electrode)"]
    records = RecordNumbers(range(1, len(frame) + 1))
    if "freq/Hz" in frame.columns:
        spectra = frame["freq/Hz"].to_numpy() > 0
        if spectra.any():
            notes.append(f"dropped {int(spectra.sum())} impedance rows (freq/Hz > 0)")
            frame = frame.loc[~spectra].reset_index(drop=True)
            records = RecordNumbers(np.flatnonzero(~spectra) + 1)
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
    check_table(table, source, records)
    if "(Q-Qo)/mA.h" in frame.columns:
        charge = 1e-3 * frame["(Q-Qo)/mA.h"].to_numpy(dtype=float)
        _check_charge(table, charge, source, records)
    return finish(table, source, "BioLogic", records, area_cm2, am_mass_mg, notes)
