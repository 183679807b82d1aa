"""Sakka 2022 targets S1-S7 scored: each ``target_*`` returns the row of one target (a
dict with ``"what"``, ``"model"``, ``"paper"``, ``"pass"``), :class:`Sakka2022` scores
them as :class:`~assb_models.reproductions.base.Target` records and draws the figures.

Targets and tolerances: ``../shared/targets/sakka_pressure.md``; numbers: the report.
"""

import numpy as np

from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.reproductions.base import Reproduction

from . import figures as draw
from .cells import (
    charge_discharge,
    contact_loss_cycling,
    small_signal,
    spectra,
    structure,
)
from .paper import (
    CT_APPARENT_LAW,
    PAPER,
    PAPER_S1,
    PRESSURES,
    S1_TOL,
    S4_GAP,
    S4_TOL,
    S5_R2,
    S6_SLOPE,
    S6_TOL,
    TORTUOSITY,
)


def target_s1(s=None):
    s = s or structure()
    i = list(s["pressure [MPa]"]).index(100)
    model = {
        "composite": 100 * s["composite void fraction"][i],
        "separator": 100 * s["separator void fraction"][i],
    }
    return {
        "what": "porosity at 100 MPa [%]",
        "model": model,
        "paper": PAPER_S1,
        "tolerance": f"+-{S1_TOL} points",
        "fitted": True,
        "pass": all(abs(model[k] - PAPER_S1[k]) <= S1_TOL for k in model),
    }


def target_s2(s=None):
    s = s or structure()
    comp, sep = s["composite void fraction"], s["separator void fraction"]
    low = s["pressure [MPa]"] <= 12
    i50 = list(s["pressure [MPa]"]).index(50)
    falls = bool(np.all(np.diff(comp) < 0) and np.all(np.diff(sep) < 0))
    alike = float(np.max(np.abs(comp[low] - sep[low])))
    flattening = (comp[i50] - comp[-1]) / (comp[0] - comp[i50])
    return {
        "what": "porosity vs pressure: falls in both layers, alike at <= 12 MPa, "
        "composite flattens",
        "model": {
            "composite": comp,
            "separator": sep,
            "falls in both layers": falls,
            "largest difference at <= 12 MPa": alike,
            "50-100 MPa drop / 6-50 MPa drop (composite)": flattening,
        },
        "paper": "shape",
        "fitted": True,
        "pass": falls and alike <= 0.02 and flattening < 1 / 3,
    }


def target_s3(s=None):
    """S3 on CT-apparent fractions (:data:`CT_APPARENT_LAW`) of the compacted cell."""
    s = s or structure()
    p = s["pressure [MPa]"]
    ncm, lgps = s["NCM volume fraction"], s["LGPS volume fraction"]
    low, high = p <= 12, p >= 12
    rows = {
        "NCM rises up to 12 MPa": bool(np.all(np.diff(ncm[low]) > 0)),
        "NCM constant above 12 MPa (< 1 point)": bool(np.ptp(ncm[high]) < 0.01),
        "LGPS falls up to 12 MPa": bool(np.all(np.diff(lgps[low]) < 0)),
        "LGPS rises above 12 MPa": bool(np.all(np.diff(lgps[high]) > 0)),
    }
    return {
        "what": "CT-apparent volume fractions vs pressure, two stages",
        "model": {
            "NCM": ncm,
            "LGPS": lgps,
            "checks": rows,
            "NCM change 12-100 MPa [points]": 100 * float(np.ptp(ncm[high])),
            "CT-apparent law": CT_APPARENT_LAW,
        },
        "paper": "NCM rises and LGPS falls up to 12 MPa; NCM constant and LGPS fills "
        "voids above",
        "fitted": False,
        "why if missed": "masses are conserved, so every solid's fraction is its "
        "share of the solids x (1 - void fraction): NCM and LGPS rise together "
        "while voids close, LGPS cannot fall while NCM rises, and NCM cannot stay "
        "constant while LGPS fills voids (the composite void fraction falls by "
        f"{100 * float(np.ptp(s['composite void fraction'][high])):.1f} points from "
        "12 to 100 MPa, fitted to S1-S2). The paper's reading needs "
        "LGPS to enter or leave the imaged volume (e.g. extruded from the "
        "separator) or an imaging law the model does not have",
        "pass": all(rows.values()),
    }


def target_s4(s=None):
    s = s or structure()
    p, f = s["pressure [MPa]"], 100 * s["AM/SE contact fraction"]
    low, high = f[p <= 12], f[p >= 50]
    gap = float(np.mean(high) - np.mean(low))
    return {
        "what": "AM/SE contact fraction [%]: plateaus at <= 12 and >= 50 MPa",
        "model": {
            "contact [%]": f,
            "gap [points]": gap,
            "change above 50 MPa [points]": float(np.ptp(high)),
        },
        "paper": f"about {S4_GAP:g} points higher at >= 50 MPa; flat above 50 MPa",
        "tolerance": f"+-{S4_TOL:g} points",
        "fitted": True,
        "pass": abs(gap - S4_GAP) <= S4_TOL
        and np.ptp(high) < 1
        and np.ptp(low) < S4_TOL,
    }


def target_s5_s6(pressures_mpa=PRESSURES):
    """Rows S5 and S6 from :func:`small_signal`, and its results."""
    rows = small_signal(pressures_mpa)
    p = np.asarray(pressures_mpa, dtype=float)
    kappa = np.array([r["Apparent ionic conductivity [S.m-1]"] for r in rows])
    r_ct = np.array(
        [r["Area-specific charge-transfer resistance [Ohm.m2]"] for r in rows]
    )
    line = np.polyval(np.polyfit(p, kappa, 1), p)
    r2 = 1 - np.sum((kappa - line) ** 2) / np.sum((kappa - kappa.mean()) ** 2)
    slope = np.polyfit(np.log(p), np.log(r_ct), 1)[0]
    s5 = {
        "what": "apparent ionic conductivity of the composite vs pressure",
        "model": {"conductivity [mS/cm]": 10 * kappa, "R2 on a line": r2},
        "paper": "rises almost linearly with pressure",
        "tolerance": f"R2 >= {S5_R2}",
        "predicted": "small-signal step of the model "
        "(assb_models.impedance.small_signal)",
        "pass": bool(r2 >= S5_R2 and np.all(np.diff(kappa) > 0)),
    }
    s6 = {
        "what": "charge-transfer resistance vs pressure (x = 0.7)",
        "model": {
            "R_ct [Ohm.cm2]": 1e4 * r_ct,
            "log-log slope": slope,
            "R_ct(6 MPa) / R_ct(100 MPa)": r_ct[0] / r_ct[-1],
        },
        "paper": "inversely proportional to pressure, ~10x lower at 100 than at 6 MPa",
        "tolerance": f"slope {S6_SLOPE:g} +- {S6_TOL:g}",
        "predicted": "small-signal step of the model "
        "(assb_models.impedance.small_signal)",
        "pass": bool(abs(slope - S6_SLOPE) <= S6_TOL),
    }
    return s5, s6, rows


def target_s6_eis(spectra_by_pressure):
    """S6 read off the fitted spectra: the arcs' resistance vs pressure."""
    p = np.array(list(spectra_by_pressure), dtype=float)
    fits = [(fit, area) for _, fit, area in spectra_by_pressure.values()]
    arcs = np.array(
        [(fit.values["R1"] + fit.values["R2"]) * area for fit, area in fits]
    )
    ohmic = np.array([fit.values["R0"] * area for fit, area in fits])
    slope = np.polyfit(np.log(p), np.log(arcs), 1)[0]
    return {
        "what": "interfacial (arc) resistance of fitted impedance spectra vs pressure "
        "(x = 0.7)",
        "model": {
            "R1 + R2 [Ohm.cm2]": arcs,
            "R0 [Ohm.cm2]": ohmic,
            "log-log slope": slope,
        },
        "paper": "charge-transfer resistance inversely proportional to pressure",
        "tolerance": f"slope {S6_SLOPE:g} +- {S6_TOL:g}",
        "predicted": "impedance of the model (assb_models.impedance.eis) "
        "and an equivalent-circuit fit",
        "pass": bool(abs(slope - S6_SLOPE) <= S6_TOL),
    }


def target_s7(s=None, curves=None):
    s = s or structure()
    tau = s["SE-path tortuosity"]
    p = list(s["pressure [MPa]"])
    i50 = p.index(50)
    shape = bool(np.all(np.diff(tau[: i50 + 1]) < 0) and tau[-1] > tau[i50])
    base = (curves or charge_discharge((100,)))[100]["discharge [mAh/g]"]
    tau_min = get_parameter_values("Sakka2022")[
        "Positive electrode minimum solid electrolyte tortuosity"
    ]
    fixed = charge_discharge((100,), overrides={TORTUOSITY: tau_min})[100]
    effect = abs(fixed["discharge [mAh/g]"] / base - 1)
    return {
        "what": "SE-path tortuosity vs pressure, and its effect on capacity",
        "model": {
            "tortuosity": tau,
            "falls to 50 MPa and rises at 100 MPa": shape,
            "capacity change at 100 MPa with the minimum tortuosity [%]": 100 * effect,
        },
        "paper": "falls with pressure, rises again at 100 MPa; minor effect",
        "fitted": True,
        "pass": shape and effect < 0.02,
    }


def _summary(target_id, row):
    """The model's value of a target as one line of text (the report's cell)."""
    m = row["model"]

    def series(values, fmt="{:.3g}"):
        return ", ".join(fmt.format(v) for v in values)

    texts = {
        "S1": lambda: (
            f"composite {m['composite']:.1f} %, separator {m['separator']:.1f} %"
        ),
        "S2": lambda: (
            f"falls in both layers: {m['falls in both layers']}; largest difference "
            f"at <= 12 MPa {100 * m['largest difference at <= 12 MPa']:.1f} points; "
            "50-100 / 6-50 MPa drop of the composite "
            f"{m['50-100 MPa drop / 6-50 MPa drop (composite)']:.2f}"
        ),
        "S3": lambda: (
            f"NCM {series(m['NCM'])}, LGPS {series(m['LGPS'])} at "
            f"{series(PRESSURES, '{:g}')} MPa; NCM change 12-100 MPa "
            f"{m['NCM change 12-100 MPa [points]']:.1f} points"
        ),
        "S4": lambda: (
            f"gap {m['gap [points]']:.1f} points; change above 50 MPa "
            f"{m['change above 50 MPa [points]']:.2f} points"
        ),
        "S5": lambda: (
            f"R2 {m['R2 on a line']:.3f}; {series(m['conductivity [mS/cm]'])} mS/cm"
        ),
        "S6": lambda: (
            f"slope {m['log-log slope']:.2f}; R_ct(6 MPa)/R_ct(100 MPa) "
            f"{m['R_ct(6 MPa) / R_ct(100 MPa)']:.1f}"
        ),
        "S6 (impedance)": lambda: (
            f"slope {m['log-log slope']:.2f}; R1 + R2 {series(m['R1 + R2 [Ohm.cm2]'])} "
            "Ohm.cm2"
        ),
        "S7": lambda: (
            f"tortuosity {series(m['tortuosity'])}; capacity change at 100 MPa with "
            "the minimum tortuosity "
            f"{m['capacity change at 100 MPa with the minimum tortuosity [%]']:.2f} %"
        ),
    }
    return texts[target_id]()


class Sakka2022(Reproduction):
    """Sakka et al. 2022, targets S1-S7 (module docstring)."""

    name = "sakka2022"
    title = (
        "Sakka et al. 2022: stack pressure dependence of the 3D structure of a "
        "composite electrode (operando X-ray CT)"
    )
    citation = "Sakka2022"
    parameter_set = "Sakka2022"
    target_ids = ("S1", "S2", "S3", "S4", "S5", "S6", "S6 (impedance)", "S7")

    def __init__(self, progress=None, n_cycles=8):
        super().__init__(progress)
        self.n_cycles = n_cycles

    def structure(self):
        """:func:`structure` at the paper's pressures."""
        return self.cached("structure", structure)

    def curves(self):
        """:func:`charge_discharge` at the paper's pressures."""
        return self.cached(
            "curves",
            lambda: self.step("0.01 C charge/discharge at 6-100 MPa", charge_discharge),
        )

    def small_signal_rows(self):
        """Rows S5, S6 and the small-signal results."""
        return self.cached(
            "s5_s6", lambda: self.step("S5, S6: small-signal resistances", target_s5_s6)
        )

    def spectra(self):
        """:func:`spectra` at the paper's pressures."""
        return self.cached(
            "spectra", lambda: self.step("S6: impedance spectra at 6-100 MPa", spectra)
        )

    def cycling(self):
        """:func:`contact_loss_cycling` over ``n_cycles`` cycles."""
        return self.cached(
            "cycling",
            lambda: self.step(
                f"contact loss: {self.n_cycles} C/10 cycles at 12 and 100 MPa",
                lambda: contact_loss_cycling(n_cycles=self.n_cycles),
            ),
        )

    def row(self, target_id):
        """The row of one target, as the ``target_*`` functions return it."""
        s = self.structure()
        rows = {
            "S1": lambda: target_s1(s),
            "S2": lambda: target_s2(s),
            "S3": lambda: target_s3(s),
            "S4": lambda: target_s4(s),
            "S5": lambda: self.small_signal_rows()[0],
            "S6": lambda: self.small_signal_rows()[1],
            "S6 (impedance)": lambda: target_s6_eis(self.spectra()),
            "S7": lambda: target_s7(s, self.curves()),
        }
        return self.cached(("row", target_id), rows[target_id])

    paper = PAPER
    summary = staticmethod(_summary)

    def figures(self, out, ids=None, stem=None):
        out, stem, ids = self.figure_folder(out, ids, stem)
        paths = []
        if ids & {"S1", "S2", "S3", "S4", "S7"}:
            paths.append(
                draw.structure(
                    self.structure(),
                    structure(np.linspace(1, 110, 110)),
                    out / f"{stem}_structure.png",
                )
            )
        if ids & {"S5", "S6"}:
            s5, s6, _ = self.small_signal_rows()
            paths.append(
                draw.charge_discharge(
                    self.curves(), self.structure(), s5, s6, out / f"{stem}.png"
                )
            )
        if "S6 (impedance)" in ids:
            paths.append(draw.spectra(self.spectra(), out / f"{stem}_impedance.png"))
        if ids == set(self.target_ids):
            paths.append(
                draw.contact_loss(self.cycling(), out / f"{stem}_contact_loss.png")
            )
        return paths
