"""Fixture study targets F1-F2 scored: :func:`reading` scores the runs,
:class:`Fixture2023` turns the reading into
:class:`~assb_models.reproductions.base.Target` records and draws the figure.
"""

import pathlib

from assb_models.parameter_sets._fixture import fixed_gap_table
from assb_models.parameters.parameter_values import get_sources
from assb_models.reproductions.base import Reproduction, Target

from . import figures as draw
from .cells import (
    FIXTURES,
    SYMMETRIC_FIXTURES,
    areal_capacity,
    full_cell,
    ramp_full_cell,
    ramp_symmetric_cell,
)
from .paper import LOADING, PAPER, RADIUS


def reading(full, symmetric):
    """The paper's reading, scored on the runs."""
    swing = {k: v["pressure swing [MPa]"] for k, v in full.items()}
    sym_swing = {k: v["pressure swing [MPa]"] for k, v in symmetric.items()}
    ccd = {k: v["shorts at [mA.cm-2]"] for k, v in full.items()}
    ratio = swing["fixed gap"] / max(sym_swing["fixed gap"], 1e-12)
    higher = (
        ccd["constant pressure"] is not None
        and ccd["fixed gap"] is not None
        and ccd["constant pressure"] > ccd["fixed gap"]
    )
    return {
        "full cell swings far more than the symmetric cell (fixed gap; here: > 10x)": {
            "full cell swing [MPa]": swing["fixed gap"],
            "symmetric cell swing [MPa]": sym_swing["fixed gap"],
            "ratio": ratio,
            "pass": bool(ratio > 10),
        },
        "constant-pressure fixture reaches a higher critical current (full cell)": {
            "constant pressure [mA.cm-2]": ccd["constant pressure"],
            "fixed gap [mA.cm-2]": ccd["fixed gap"],
            "pass": bool(higher),
        },
    }


class Fixture2023(Reproduction):
    """Jang 2023 Fig. 7a, the reading F1-F2 (module docstring)."""

    name = "fixture2023"
    title = (
        "Jang 2023 (review), Fig. 7a: fixed gap vs constant pressure, NCM811 "
        f"{LOADING:g} mg/cm2 | LPSCl | Li through a current ramp"
    )
    citation = "Jang, J. Korean Chem. Soc. 2023, 67, 165 (Fig. 7a)"
    parameter_set = "Kim2024 (composite), Park2021 (Li metal), fixture estimates"
    target_ids = ("F1", "F2")

    def full(self):
        """:func:`ramp_full_cell` in each fixture."""
        return self.cached(
            "full",
            lambda: self.step(
                "full cell, constant pressure and fixed gap",
                lambda: {f: ramp_full_cell(f) for f in FIXTURES},
            ),
        )

    def symmetric(self):
        """:func:`ramp_symmetric_cell` in each fixture, the full cell's capacity."""
        return self.cached(
            "symmetric",
            lambda: self.step(
                "symmetric cell",
                lambda: {
                    f: ramp_symmetric_cell(f, areal_capacity())
                    for f in SYMMETRIC_FIXTURES
                },
            ),
        )

    def reading(self):
        """:func:`reading` of the ramps."""
        return self.cached("reading", lambda: reading(self.full(), self.symmetric()))

    def score(self, target_id):
        key, paper, tolerance = PAPER[target_id]
        row = self.reading()[key]
        model = {k: v for k, v in row.items() if k != "pass"}
        text = ", ".join(
            f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}"
            for k, v in model.items()
        )
        return Target(target_id, key, paper, tolerance, text, bool(row["pass"]), model)

    def figures(self, out, ids=None, stem=None):
        out = pathlib.Path(out)
        out.mkdir(parents=True, exist_ok=True)
        self.check_ids(ids)
        return [
            draw.figure(self.full(), self.symmetric(), out / f"{stem or self.name}.png")
        ]

    def sources(self):
        pv = full_cell()
        return {
            "Kim2024 (composite, lithium-metal anode)": get_sources(
                "Kim2024",
                anode="lithium metal",
                am_loading_mg_cm2=LOADING,
                pristine=True,
            ),
            "Park2021 (Li-metal interface)": get_sources("Park2021", cell="full"),
            "fixture": {
                k: s
                for k, (_, s) in fixed_gap_table(
                    pv["Negative electrode thickness [m]"], RADIUS
                ).items()
            },
            "NCM811 volume change, Li foil radius": "estimates, "
            "see assb_models.reproductions.fixture2023",
        }
