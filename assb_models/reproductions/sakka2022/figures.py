"""Sakka 2022 figures: charge/discharge and resistances (S5-S7), structure (S1-S4),
impedance spectra (S6) and contact loss, drawn from results handed in.
"""

import numpy as np

from assb_models.plotting import finish, new_figure

from .paper import EIS_FREQUENCIES, PAPER_S1, PRESSURES, S4_GAP


def spectra(spectra_by_pressure, path):
    """S6: the model's spectra (dots) and their circuit fits (lines), per area."""
    fig = new_figure((5, 4.5))
    ax = fig.subplots()
    for p, (z, fit, area) in spectra_by_pressure.items():
        ax.plot(
            z.real * area,
            -z.imag * area,
            "o",
            ms=2,
            color=f"C{PRESSURES.index(p)}",
            label=f"{p:g} MPa",
        )
        zf = fit.circuit(EIS_FREQUENCIES) * area
        ax.plot(zf.real, -zf.imag, "-", lw=0.8, color=f"C{PRESSURES.index(p)}")
    ax.set_xlabel("Re Z [Ohm.cm2]")
    ax.set_ylabel("-Im Z [Ohm.cm2]")
    ax.set_title("S6: model spectra (dots) and circuit fits (lines)")
    ax.set_aspect("equal", adjustable="datalim")
    ax.legend(fontsize=8)
    return finish(fig, path)


def charge_discharge(curves, s, s5, s6, path):
    """0.01 C curves; S5 beside a line (paper: about linear); S6 beside 1/P (paper)."""
    fig = new_figure((14, 4.2))
    ax = fig.subplots(1, 3)
    for p, c in curves.items():
        ax[0].plot(c["capacity [mAh/g]"], c["voltage vs Li-In [V]"], label=f"{p:g} MPa")
    ax[0].set(
        xlabel="capacity [mAh/g]",
        ylabel="voltage vs Li-In [V]",
        title="0.01 C charge/discharge (model)",
    )
    ax[0].legend(fontsize=8)
    p = s["pressure [MPa]"]
    kappa = s5["model"]["conductivity [mS/cm]"]
    ax[1].plot(p, kappa, "o-", label="model (small-signal)")
    ax[1].plot(
        p,
        np.polyval(np.polyfit(p, kappa, 1), p),
        "k--",
        label=f"line, R2 = {s5['model']['R2 on a line']:.3f} (paper: ~linear)",
    )
    ax[1].set(
        xlabel="stack pressure [MPa]",
        ylabel="apparent conductivity [mS/cm]",
        title="S5",
    )
    ax[1].legend(fontsize=8)
    r = s6["model"]["R_ct [Ohm.cm2]"]
    ax[2].loglog(p, r, "o-", label=f"model, slope {s6['model']['log-log slope']:.2f}")
    ax[2].loglog(p, r[0] * p[0] / p, "k--", label="paper: R_ct ~ 1/P")
    ax[2].set(xlabel="stack pressure [MPa]", ylabel="R_ct [Ohm cm2]", title="S6")
    ax[2].legend(fontsize=8)
    return finish(fig, path)


def structure(s, fine, path):
    """S1-S4, S7: the structural laws (``fine``: :func:`.cells.structure` on a fine
    pressure grid), with the paper's S1 porosities and S4 gap."""
    p = s["pressure [MPa]"]
    fig = new_figure((16, 4))
    ax = fig.subplots(1, 4)
    for key, c in (
        ("composite void fraction", "C0"),
        ("separator void fraction", "C1"),
    ):
        ax[0].plot(fine["pressure [MPa]"], 100 * fine[key], c, label=f"{key} (law)")
        ax[0].plot(p, 100 * s[key], "o", color=c)
    ax[0].plot(
        [100, 100],
        [PAPER_S1["composite"], PAPER_S1["separator"]],
        "k*",
        ms=12,
        label="paper (S1)",
    )
    ax[0].set(xlabel="stack pressure [MPa]", ylabel="porosity [%]", title="S1, S2")
    for key in ("NCM volume fraction", "LGPS volume fraction"):
        ax[1].plot(fine["pressure [MPa]"], fine[key], label=f"{key} (law)")
        ax[1].plot(p, s[key], "o", color=ax[1].lines[-1].get_color())
    ax[1].axvline(12, color="grey", ls=":", label="paper: stage change at 12 MPa")
    ax[1].set(xlabel="stack pressure [MPa]", ylabel="volume fraction", title="S3")
    ax[2].plot(
        fine["pressure [MPa]"], 100 * fine["AM/SE contact fraction"], label="law"
    )
    lo = 100 * np.mean(s["AM/SE contact fraction"][p <= 12])
    ax[2].plot([6, 12], [lo, lo], "k-", lw=3, label="paper: low plateau (level est.)")
    ax[2].plot([50, 100], [lo + S4_GAP] * 2, "k--", lw=3, label="paper: +10 points")
    ax[2].set(xlabel="stack pressure [MPa]", ylabel="AM/SE contact [%]", title="S4")
    ax[3].plot(fine["pressure [MPa]"], fine["SE-path tortuosity"], label="law")
    ax[3].plot(p, s["SE-path tortuosity"], "o")
    ax[3].set(
        xlabel="stack pressure [MPa]",
        ylabel="SE-path tortuosity",
        title="S7 (paper: min near 50, up at 100 MPa)",
    )
    for a in ax:
        a.legend(fontsize=7)
    return finish(fig, path)


def contact_loss(cycling, path):
    """Discharge capacity and contact lost per C/10 cycle at each pressure."""
    fig = new_figure((10, 4))
    ax = fig.subplots(1, 2)
    for p, c in cycling.items():
        n = np.arange(1, len(c["discharge [mAh/g]"]) + 1)
        ax[0].plot(n, c["discharge [mAh/g]"], "o-", label=f"{p:g} MPa")
        ax[1].plot(n, c["contact loss"], "o-", label=f"{p:g} MPa")
    ax[0].set(
        xlabel="cycle",
        ylabel="discharge capacity [mAh/g]",
        title="C/10 cycling with chemo-mechanical contact loss",
    )
    ax[1].set(xlabel="cycle", ylabel="AM/SE contact lost (x-average)")
    for a in ax:
        a.legend()
    return finish(fig, path)
