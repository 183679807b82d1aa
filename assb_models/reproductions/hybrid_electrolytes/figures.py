"""Hybrid-electrolyte figures: rate capability beside Table 2 (M1, M2),
symmetric-cell voltage against time (M7), conductivity against the LGPS fraction
with M4 and M5, drawn from the results handed in."""

import numpy as np

from assb_models.plotting import finish, new_figure

from .paper import (
    M7_CUTOFF,
    PAPER_M1,
    PAPER_M2,
    PAPER_M4,
    PAPER_M7,
    RATES,
    TOL_M4,
)


def rate_capability(chen, zhao, path):
    """Discharge capacity against rate, model beside the review's Table 2, and the
    model's discharge curves."""
    fig = new_figure((12, 4.5))
    ax = fig.subplots(1, 3)
    for a, run, paper, label in (
        (ax[0], chen, PAPER_M1, "Chen 2016, 40 C (M1)"),
        (ax[1], zhao, PAPER_M2, "Zhao 2016, 60 C (M2)"),
    ):
        x = np.arange(len(RATES))
        a.bar(x - 0.2, run["capacity [mAh/g]"], 0.4, label="model")
        a.bar(x + 0.2, paper, 0.4, label="paper (Table 2)")
        a.errorbar(
            x + 0.2, paper, yerr=0.1 * np.asarray(paper), fmt="none", c="k", capsize=3
        )
        a.set(
            xticks=x,
            xticklabels=[f"{r:g} C" for r in RATES],
            ylabel="first discharge [mAh/g LFP]",
            title=label,
        )
        a.legend(fontsize=8)
    for (q, v), rate in zip(zhao["curves"], RATES, strict=True):
        ax[2].plot(q, v, label=f"Zhao cell {rate:g} C")
    for (q, v), rate in zip(chen["curves"], RATES, strict=True):
        ax[2].plot(q, v, "--", label=f"Chen cell {rate:g} C")
    ax[2].set(
        xlabel="capacity [mAh/g LFP]",
        ylabel="voltage vs Li [V]",
        title="model discharge curves",
    )
    ax[2].legend(fontsize=7)
    return finish(fig, path)


def symmetric_cells(lgps, polymers, path, failures=None):
    """Absolute cell voltage of Li | LGPS | Li and the polymer cells' peak-voltage
    envelopes against time, with the paper's failure times (M7)."""
    fig = new_figure((11, 4.5))
    ax = fig.subplots(1, 2)
    ax[0].plot(lgps["time [h]"], lgps["voltage [V]"], lw=0.6, label="LGPS (model)")
    for name, run in polymers.items():
        ax[0].plot(run["time [h]"], run["voltage [V]"], lw=0.6, label=f"{name} (model)")
        if "aged voltage [V]" in run:
            ax[0].plot(
                [run["front time [h]"][-1]],
                [max(run["aged voltage [V]"])],
                "o",
                label=f"{name}: peak with 1700 h of SPEI grown",
            )
        if run["short circuit at [h]"] is not None:
            ax[0].axvline(run["short circuit at [h]"], ls=":", c="C1")
    for name, hours in PAPER_M7.items():
        ax[0].plot([hours], [M7_CUTOFF], "v", ms=9, label=f"paper: {name} {hours:g} h")
    for name, hours in (failures or {}).items():
        if hours is not None:
            ax[0].plot(
                [hours], [M7_CUTOFF], "x", ms=9, label=f"model: {name} {hours:.0f} h"
            )
    ax[0].axhline(M7_CUTOFF, c="k", lw=0.5)
    ax[0].set(
        xlabel="time [h]",
        ylabel="|cell voltage| [V]",
        title="Li symmetric cells, 0.1 mA/cm2, 60 C",
        yscale="log",
    )
    ax[0].legend(fontsize=7)
    for name, run in polymers.items():
        ax[1].plot(run["front time [h]"], 1e6 * run["dead-Li front [m]"], label=name)
    ax[1].axhline(100, ls="--", c="k", label="membrane thickness")
    ax[1].set(xlabel="time [h]", ylabel="dead-Li front [um]", title="dendrite front")
    ax[1].legend(fontsize=8)
    return finish(fig, path)


def conductivity(curve, m4, path):
    """Conductivity against the LGPS weight fraction at 22 C (the law), with M4
    and the neat sulfide (M5)."""
    fig = new_figure((11, 4.5))
    ax = fig.subplots(1, 2)
    w = curve["LGPS weight fraction"]
    ax[0].semilogy(w, curve["conductivity [mS/cm]"], label="model (effective medium)")
    ax[0].errorbar(
        [0.7],
        [PAPER_M4],
        yerr=[[TOL_M4 * PAPER_M4], [TOL_M4 * PAPER_M4]],
        fmt="s",
        c="C3",
        capsize=4,
        label="Zheng 2019: 0.22 mS/cm +-30 % (M4)",
    )
    ax[0].axhline(
        curve["conductivity [mS/cm]"][-1], ls=":", c="k", label="neat LGPS (M5)"
    )
    ax[0].set(
        xlabel="LGPS weight fraction",
        ylabel="conductivity [mS/cm]",
        title=f"22 C; model at 70 wt%: {m4['conductivity [mS/cm]']:.3f} mS/cm",
    )
    ax[0].legend(fontsize=8)
    ax[1].plot(w, curve["transference number"])
    ax[1].set(
        xlabel="LGPS weight fraction",
        ylabel="Li+ transference number",
        title="the sulfide passes no anion",
    )
    return finish(fig, path)
