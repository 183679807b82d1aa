"""Lee 2020 figure: capacity and CE per cycle, the formation charge (layer first,
then plating) and, when run, the 1,000 cycles; drawn from the results handed in.
"""

from assb_models.plotting import finish, new_figure

from .paper import LONG_CYCLES


def _formation_panel(ax, charge, area_cm2):
    """The formation charge: the layer fills, then Li plates beneath it."""
    q = -charge["Discharge capacity [A.h]"].entries * 1e3 / area_cm2
    ax.plot(
        q,
        charge["Ag-C interlayer stoichiometry"].entries,
        label="Ag-C layer stoichiometry",
    )
    ax.plot(
        q,
        charge["Plated lithium thickness [m]"].entries / 30e-6,
        label="plated Li thickness / 30 um",
    )
    ax.plot(q, charge["Anode potential vs Li [V]"].entries, label="anode vs Li [V]")
    ax.set(
        xlabel="formation charge [mAh/cm2]",
        ylim=(-0.1, 1.05),
        title="formation: layer first, then plating",
    )


def overview(table, charge, area_cm2, path, title, long=None):
    """Capacity and CE per cycle of ``table``, the formation ``charge`` (a PyBaMM
    step solution; ``area_cm2`` the cell's area) and, given ``long``, the 1,000
    cycles' capacity at the saved cycles; returns ``path``."""
    fig = new_figure((20 if long is not None else 15, 4))
    ax = fig.subplots(1, 4 if long is not None else 3)
    _formation_panel(ax[2], charge, area_cm2)
    n = table["cycle"]
    ax[0].plot(n, table["discharge [mA.h.cm-2]"], "o-", label="model, discharge")
    ax[0].plot(n, table["charge [mA.h.cm-2]"], "s--", label="model, charge")
    ax[0].axhline(6.8, color="k", ls=":", label="paper: 6.8 mAh/cm2 at 0.2C")
    ax[0].set(xlabel="cycle (1: formation)", ylabel="capacity [mAh/cm2]")
    ax[1].plot(n[1:], 100 * table["CE"][1:], "o-", label="model CE")
    ax[1].axhline(99.8, color="k", ls=":", label="paper: CE over 99.8 %")
    ax[1].set(xlabel="cycle", ylabel="Coulombic efficiency [%]")
    if long is not None:
        q = long["discharge [mA.h.cm-2]"]
        ax[3].plot(long["cycle"], q, "-", label="model")
        ax[3].plot(
            [601, LONG_CYCLES + 1],
            [0.95 * q[1], 0.89 * q[1]],
            "k*",
            ms=12,
            label="paper: 95 % at 600, 89 % at 1000 (Fig. 6g)",
        )
        ax[3].set(
            xlabel="cycle",
            ylabel="discharge capacity [mAh/cm2]",
            title=f"{LONG_CYCLES} cycles at 0.5C",
        )
    for a in ax:
        a.legend(fontsize=8)
    return finish(fig, path, title=title)
