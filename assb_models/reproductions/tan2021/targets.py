"""Tan 2021 targets T1-T4 scored as
:class:`~assb_models.reproductions.base.Target` records of :class:`Tan2021`, with the
attribution (SE reduction off, film diffusivity / 100) and the mesh check.
"""

import numpy as np

from assb_models.reproductions.base import Reproduction

from . import figures as draw
from .cells import MESH_FACTOR, cell, cycling, first_cycle, fixed_gap
from .paper import CURRENT_DENSITY, PAPER, RETENTION_CYCLE, _paper


def _sei_per_cycle(first, sei):
    """Li taken by the interphase in each cycle at 5 mA/cm2 [mAh.cm-2], and
    whether each is below the formation cycle's ``first``."""
    per_cycle = np.diff(sei)
    return per_cycle, bool(np.all(per_cycle < first))


def _summary(target_id, row):
    return row["model"]


class Tan2021(Reproduction):
    """Tan 2021, targets T1-T4 and the attribution (module docstring)."""

    name = "tan2021"
    title = "Tan 2021: dense 99.9 wt% micro-Si | Li6PS5Cl | NCM811 full cells"
    citation = "Tan et al., Science 2021, 373, 1494 (doi:10.1126/science.abg7217)"
    parameter_set = "Tan2021"
    target_ids = ("T1", "T2", "T3", "T4")
    paper = PAPER
    summary = staticmethod(_summary)

    def __init__(self, progress=None, n_cycles=10):
        super().__init__(progress)
        self.n_cycles = n_cycles

    def formation(self):
        """:func:`first_cycle` of the set."""
        return self.cached(
            "formation", lambda: self.step("formation at C/10", first_cycle)
        )

    def cycling(self):
        """:func:`cycling` at 5 mA/cm2."""
        return self.cached(
            "cycling",
            lambda: self.step(
                f"{self.n_cycles} cycles at {CURRENT_DENSITY:g} mA/cm2",
                lambda: cycling(self.n_cycles),
            ),
        )

    def row(self, target_id):
        if target_id == "T1":
            f = self.formation()
            paper, _ = _paper("full_cell_first_cycle_ce")
            ce = f["first-cycle CE"]
            return {
                "what": "first-cycle CE of the full cell (C/10 formation)",
                "model": f"{ce:.3f}",
                "pass": abs(ce - paper) <= 0.05,
                "first-cycle CE": ce,
                "charge capacity [mAh/cm2]": f["charge capacity [mAh/cm2]"],
                "discharge capacity [mAh/cm2]": f["discharge capacity [mAh/cm2]"],
            }
        if target_id == "T2":
            c = self.cycling()
            paper, _ = _paper("retention_500_cycles")
            r = c[f"retention at cycle {RETENTION_CYCLE}"]
            return {
                "what": f"capacity retention after {RETENTION_CYCLE} cycles at "
                f"{CURRENT_DENSITY:g} mA/cm2 (SEI loss extrapolated)",
                "model": f"{r:.3f}",
                "pass": abs(r - paper) <= 0.10,
                **c,
            }
        if target_id == "T3":
            c = self.cycling()
            paper, _ = _paper("areal_capacity_mAh_cm2")
            q = float(c["discharge capacity [mAh/cm2]"][0])
            return {
                "what": f"areal discharge capacity at {CURRENT_DENSITY:g} mA/cm2",
                "model": f"{q:.2f} mAh/cm2",
                "pass": abs(q / paper - 1) <= 0.25,
                "areal capacity [mAh/cm2]": q,
            }
        f, c = self.formation(), self.cycling()
        first = f["Li to the SE/Si interphase [mAh/cm2]"]
        share = first / f["charge capacity [mAh/cm2]"]
        per_cycle, shrinks = _sei_per_cycle(
            first, c["Li in the SE/Si interphase [mAh/cm2]"]
        )
        return {
            "what": "SE/Si interphase confined to the planar contact, not growing on",
            "model": f"first-cycle SEI {100 * share:.3g} % of the charge; "
            f"each later cycle's SEI below the first's: {shrinks}",
            "pass": share < 0.01 and shrinks,
            "first-cycle SEI share": share,
            "first-cycle SEI Li [mAh/cm2]": first,
            "SEI Li per cycle [mAh/cm2]": per_cycle,
        }

    def attribution(self):
        """The SE reduction off (first-cycle CE); the film diffusivity / 100 and
        its diffusion length / 100 (D x 1e4), and the cathode side (a 100 um SE
        pellet, the NCM diffusivity x 10): capacity at 5 mA/cm2 (T3)."""

        def compute():
            base = self.formation()
            clean = first_cycle(cell(sei_growth_constant_m2_s=0.0))
            slow = cell()
            slow.update(
                {
                    "Silicon lithium diffusivity [m2.s-1]": slow[
                        "Silicon lithium diffusivity [m2.s-1]"
                    ]
                    / 100
                }
            )
            q_slow = cycling(1, slow)["discharge capacity [mAh/cm2]"][0]
            d_si = "Silicon lithium diffusivity [m2.s-1]"
            d0 = "Positive particle diffusivity at low lithiation [m2.s-1]"
            variants = {
                # the film's diffusion length cut 100x (D x 1e4): a micro-Si
                # particle's size if the pressed film had not densified (the
                # Li-free film is 3.2 um, already the size of a micro-Si particle)
                "film diffusion length / 100": {d_si: cell()[d_si] * 1e4},
                # the cathode side: the SE pellet (the Kim2024 500 um) at 100 um,
                # and the NCM's low-lithiation diffusivity x 10
                "separator 100 um": {"Separator thickness [m]": 1e-4},
                "NCM diffusivity x 10": {d0: cell()[d0] * 10},
                "separator 100 um and NCM diffusivity x 10": {
                    "Separator thickness [m]": 1e-4,
                    d0: cell()[d0] * 10,
                },
            }
            capacity = {}
            for label, values in variants.items():
                pv = cell()
                pv.update(values)
                capacity[label] = float(
                    cycling(1, pv)["discharge capacity [mAh/cm2]"][0]
                )
            return {
                "SE reduction off": {
                    "first-cycle CE with SEI": base["first-cycle CE"],
                    "first-cycle CE without SEI": clean["first-cycle CE"],
                    "SEI share of the first-cycle loss": (
                        (clean["first-cycle CE"] - base["first-cycle CE"])
                        / (1 - base["first-cycle CE"])
                    ),
                },
                "film diffusivity / 100": {
                    "capacity at 5 mA/cm2 [mAh/cm2]": float(
                        self.cycling()["discharge capacity [mAh/cm2]"][0]
                    ),
                    "capacity at 5 mA/cm2, D/100 [mAh/cm2]": float(q_slow),
                },
                "capacity at 5 mA/cm2 [mAh/cm2] with": capacity,
            }

        return self.cached(
            "attribution",
            lambda: self.step("attribution (SEI off, slow film)", compute),
        )

    def stack_pressure(self):
        """:func:`fixed_gap`: the pressure the Si swelling builds in a clamped
        fixture (no paper number; the physics the film's thickness feeds)."""
        return self.cached(
            "fixed gap",
            lambda: self.step("formation in a fixed-gap fixture", fixed_gap),
        )

    def convergence(self):
        """T1 and T3 on the reported mesh and a doubled one, with the change [%]."""

        def compute():
            out = {}
            meshes = (("reported", MESH_FACTOR), ("doubled", 2 * MESH_FACTOR))
            for name, factor in meshes:
                out[name] = {
                    "first-cycle CE": first_cycle(factor=factor)["first-cycle CE"],
                    "capacity at 5 mA/cm2 [mAh/cm2]": float(
                        cycling(1, factor=factor)["discharge capacity [mAh/cm2]"][0]
                    ),
                }
            out["change [%]"] = {
                k: 100 * abs(out["doubled"][k] / v - 1)
                for k, v in out["reported"].items()
            }
            return out

        return self.cached(
            "convergence", lambda: self.step("mesh check (doubled)", compute)
        )

    def figures(self, out, ids=None, stem=None):
        out, stem, ids = self.figure_folder(out, ids, stem)
        paths = []
        if ids & {"T1", "T4"}:
            paths.append(
                draw.formation_figure(self.formation(), out / f"{stem}_formation.png")
            )
        if ids & {"T2", "T3"}:
            paths.append(
                draw.cycling_figure(self.cycling(), out / f"{stem}_cycling.png")
            )
        return paths
