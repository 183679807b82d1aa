"""BioLogic EC-Lab binary ``.mpr`` records, through galvani.

`galvani <https://github.com/echemdata/galvani>`_ (maintained by the echemdata
group) reads the binary format; it is **licensed GPL-3.0-or-later**, so it is an
optional extra (``pip install "assb-models[biologic]"``), imported only when a
``.mpr`` is read. Both the cycling reader (:mod:`.biologic`) and the spectrum
reader (:mod:`.spectrum`) start here.
"""

import numpy as np
import pandas as pd

from .files import require_regular_file
from .table import CyclerDataError


def read_mpr(path, error=CyclerDataError):
    """The data records of an EC-Lab ``.mpr`` file as a DataFrame (through galvani).

    Every error of the parser (a truncated or damaged file) is raised as ``error``
    naming the file.
    """
    try:
        from galvani import BioLogic
    except ImportError:
        raise ImportError(
            "Reading BioLogic .mpr files needs the optional extra 'galvani' "
            "(GPL-3.0-or-later): pip install 'assb-models[biologic]'; or export the "
            "file to text in EC-Lab and use assb_models.data.read_csv"
        ) from None
    require_regular_file(path, str(path), error)
    with open(path, "rb") as handle:
        try:
            mpr = BioLogic.MPRfile(handle)
            frame = pd.DataFrame(mpr.data)
            floats = {c: float for c in frame.columns if frame[c].dtype.kind == "f"}
            with np.errstate(invalid="ignore"):  # damaged float32 (signalling NaN)
                frame = frame.astype(floats)
            if "Ns changes" in mpr.flags_dict:
                frame["Ns changes"] = mpr.get_flag("Ns changes")
        # galvani reports damage with whatever its parsing step raises (ValueError,
        # OSError, AssertionError, NotImplementedError, struct/NumPy errors, ...)
        except Exception as exc:  # noqa: BLE001
            raise error(
                f"{path}: not a readable EC-Lab .mpr file, truncated or damaged "
                f"(galvani: {type(exc).__name__}: {exc})"
            ) from exc
    return frame
