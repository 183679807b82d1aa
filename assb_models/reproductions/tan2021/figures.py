"""Tan 2021 figures: formation (T1, T4) and cycling at 5 mA/cm2 (T2, T3), drawn from
the results handed in.
"""

import numpy as np

from assb_models.plotting import finish, new_figure

from .paper import (
    CURRENT_DENSITY,
    PAPER_AREAL_CAPACITY,
    PAPER_FIRST_CYCLE_CE,
    PAPER_RETENTION,
    PAPER_RETENTION_STATUS,
    RETENTION_CYCLE,
)


def formation_figure(formation, path):
    """First cycle: voltage vs areal capacity, and the film's thickness change."""
    fig = new_figure((11, 4.5))
    ax = fig.subplots(1, 2)
    q = formation["capacity [mAh/cm2]"]
    ce_paper = PAPER_FIRST_CYCLE_CE
    ax[0].plot(
        q,
        formation["voltage [V]"],
        label=f"model, CE {formation['first-cycle CE']:.3f}",
    )
    ax[0].plot([], [], " ", label=f"paper CE ~{ce_paper:g} (recalled)")
    ax[0].set(
        xlabel="charge passed [mAh/cm2]",
        ylabel="cell voltage [V]",
        title="formation at C/10, uSi | LPSCl | NCM811",
    )
    ax[0].legend()
    ax[1].plot(q, formation["thickness change [um]"])
    ax[1].axhline(
        formation["film thickness, Li-free [um]"],
        ls=":",
        c="k",
        label="Li-free Si film thickness",
    )
    ax[1].set(
        xlabel="charge passed [mAh/cm2]",
        ylabel="film thickness change [um]",
        title="Si film swelling (Li inserted x partial molar volume)",
    )
    ax[1].legend()
    return finish(fig, path)


def cycling_figure(cycling, path):
    """At 5 mA/cm2: areal discharge capacity per cycle beside the paper's, and the
    retention with the SEI loss extrapolated to cycle 500 beside the paper's."""
    fig = new_figure((11, 4.5))
    ax = fig.subplots(1, 2)
    n = np.asarray(cycling["cycle"])
    q = np.asarray(cycling["discharge capacity [mAh/cm2]"])
    q_paper = PAPER_AREAL_CAPACITY
    ax[0].plot(n, q, "o-", label="model")
    ax[0].axhline(q_paper, ls="--", c="C3", label=f"paper ~{q_paper:g} (recalled)")
    ax[0].set(
        xlabel="cycle",
        ylabel="discharge capacity [mAh/cm2]",
        ylim=(0, None),
        title=f"areal capacity at {CURRENT_DENSITY:g} mA/cm2",
    )
    ax[0].legend()
    a, b = cycling["parabolic fit a + b sqrt(n) [mAh/cm2]"]
    sei0 = cycling["Li in the SE/Si interphase [mAh/cm2]"][0]
    n_ext = np.arange(1, RETENTION_CYCLE + 1)
    ax[1].plot(n, q / q[0], "o", label="model (simulated cycles)")
    ax[1].plot(
        n_ext,
        1 - (a + b * np.sqrt(n_ext) - sei0) / q[0],
        "-",
        label="model: Li lost to the SE/Si interphase, extrapolated",
    )
    retention = PAPER_RETENTION
    ax[1].plot(
        [RETENTION_CYCLE],
        [retention],
        "s",
        c="C3",
        label=f"paper: {retention:g} at cycle {RETENTION_CYCLE} "
        f"({PAPER_RETENTION_STATUS})",
    )
    ax[1].set(
        xlabel="cycle",
        ylabel="capacity / first cycle at 5 mA/cm2",
        title="retention",
        ylim=(0, 1.2),
    )
    ax[1].legend(fontsize=8)
    return finish(fig, path)
