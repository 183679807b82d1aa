"""Lee 2020 targets scored: L1 areal capacity, L2 CE of the 0.5C cycles, L3 (slow)
retention after 1,000 cycles, as :class:`~assb_models.reproductions.base.Target`
records of :class:`Lee2020`.

Targets and tolerances: ``../shared/targets/lee2020_anode_free.md``; numbers: the
report.
"""

import numpy as np

from assb_models.reproductions.base import Reproduction

from . import figures as draw
from .cells import K_D, long_run, parameter_values, retention, run
from .paper import L3_WOULD_NEED, LONG_CYCLES, PAPER


class Lee2020(Reproduction):
    """Lee 2020: L1-L2 from a formation and 5 cycles; L3 (``long=True``) from
    1,000 cycles."""

    name = "lee2020"
    title = (
        "Lee 2020 (Nat. Energy 5, 299): anode-free NCM | Li6PS5Cl | Ag-C cell, "
        "CE and capacity over cycling"
    )
    citation = "Lee2020"
    parameter_set = "Lee2020"
    paper = {k: (v[1], v[2]) for k, v in PAPER.items()}
    target_ids = ("L1", "L2")
    slow_targets = {
        "L3": (PAPER["L3"][0], "python experiments/lee2020_anode_free.py --long")
    }

    def __init__(self, progress=None, long=False):
        super().__init__(progress)
        self.long = long
        if long:
            self.target_ids = ("L1", "L2", "L3")

    def cycling(self):
        """:func:`run` of the published cell (formation + 5 cycles): its table."""
        return self.solved()[0]

    def solved(self):
        """:func:`run` of the published cell: (table, solution)."""
        return self.cached(
            "cycling", lambda: self.step("formation and 0.5C cycles", run)
        )

    def long_cycling(self, k_d=None):
        """:func:`long_run` (1,000 cycles) at the set's growth constant or ``k_d``."""
        return self.cached(
            f"long {k_d}",
            lambda: self.step(
                f"{LONG_CYCLES} cycles (~2 min), k_D {k_d or 'of the set'}",
                lambda: long_run(k_d=k_d),
            ),
        )

    def row(self, target_id):
        what = PAPER[target_id][0]
        if target_id == "L1":
            q = float(self.cycling()["discharge [mA.h.cm-2]"][0])
            return {"what": what, "pass": q >= 6.8, "value [mA.h.cm-2]": q}
        if target_id == "L2":
            ce = self.cycling()["CE"][1:]
            anode = self.cycling()["anode CE"][1:]
            return {
                "what": what,
                "pass": bool(np.all(ce >= 0.998)),
                "CE": ce,
                "anode CE (without the Li left at the anode)": anode,
            }
        r = retention(self.long_cycling())
        needed = retention(self.long_cycling(L3_WOULD_NEED))
        return {
            "what": what,
            "pass": abs(r - 0.89) <= 0.05,
            "retention": r,
            "retention at the k_D L3 would need": needed,
            "k_D [m2.s-1] (set, Park2021)": parameter_values()[K_D],
            "k_D [m2.s-1] L3 would need": L3_WOULD_NEED,
        }

    @staticmethod
    def summary(target_id, row):
        if target_id == "L1":
            return f"{row['value [mA.h.cm-2]']:.2f} mAh/cm2"
        if target_id == "L2":
            anode = row["anode CE (without the Li left at the anode)"]
            return (
                f"CE {100 * np.min(row['CE']):.3f}-{100 * np.max(row['CE']):.3f} %"
                f" (anode CE {100 * np.min(anode):.5f} % and up)"
            )
        return (
            f"{100 * row['retention']:.1f} % (at the k_D L3 would need, "
            f"{row['k_D [m2.s-1] L3 would need']:.2g} m2/s: "
            f"{100 * row['retention at the k_D L3 would need']:.1f} %)"
        )

    def figures(self, out, ids=None, stem=None):
        """``<stem>.png``: capacity and CE per cycle, the formation charge and, with
        ``long``, the 1,000 cycles at both growth constants."""
        out, stem, _ = self.figure_folder(out, ids, stem)
        pv = parameter_values()
        long = needed = None
        if self.long:
            long, needed = self.long_cycling(), self.long_cycling(L3_WOULD_NEED)
        return [
            draw.overview(
                self.cycling(),
                self.solved()[1].cycles[0].steps[0],
                pv["Electrode height [m]"] * pv["Electrode width [m]"] * 1e4,
                out / f"{stem}.png",
                title=self.title,
                long=long,
                needed=needed,
                k_d_ratio=L3_WOULD_NEED / pv[K_D],
            )
        ]
