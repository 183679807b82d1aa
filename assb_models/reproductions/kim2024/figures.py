"""Kim 2024 figures: transport and rate (K1-K3, K7), formation, pulses, cycling and
mesh (K4-K6, K8-K10) and the resistance budget, drawn from results handed in.
"""

import numpy as np

from assb_models.plotting import finish, new_figure

from .cells import budget_law
from .paper import (
    C_RATES,
    FORMED_BOUNDS,
    K7_KEEP,
    K8_HIGH,
    K8_LOW,
    LITERATURE_ASR,
    PAPER_K2_RATIO,
    PAPER_K4,
    SERIES_A,
    SERIES_C,
)


def resistance_budget(budget, path):
    """Each series-C cell's resistances after formation beside literature ranges."""
    names = list(LITERATURE_ASR)
    fig = new_figure((9, 5))
    ax = fig.subplots()
    y = np.arange(len(names))
    for i, name in enumerate(names):
        lo, hi = LITERATURE_ASR[name][0]
        ax.plot(
            [lo, hi],
            [i, i],
            color="grey",
            lw=8,
            alpha=0.35,
            label="literature range" if i == 0 else None,
        )
    for k, (cell, values) in enumerate(budget["cells"].items()):
        ax.plot([values[n] for n in names], y + 0.1 * (k - 1.5), "o", label=cell)
    ax.set_xscale("log")
    ax.set_yticks(y, names)
    ax.set_xlabel("area-specific resistance after formation [Ohm.cm2]")
    ax.set_title("Resistance budget, series C (sources in the JSON)")
    ax.legend(fontsize=8)
    return finish(fig, path)


def overview(k1, k2, k3, caps, curves, path):
    """K1 (recipe), K2, K3 (conductivities), K7 (rate) and discharge curves."""
    fig = new_figure((10, 8))
    ax = fig.subplots(2, 2)
    # K1
    a = ax[0, 0]
    cells = list(k1["cells"])
    x = np.arange(len(cells))
    a.bar(
        x - 0.2, [k1["cells"][c]["model"] for c in cells], 0.4, label="model (recipe)"
    )
    a.plot(x + 0.2, [k1["cells"][c]["paper"] for c in cells], "ko", label="Kim 2024")
    a.set_xticks(x, [f"NCM/SC {c} wt%" for c in cells])
    a.set_ylabel("SE volume fraction of solids [vol%]")
    a.set_title("K1: SE fraction from the recipe")
    a.legend()
    # K2, K3
    a = ax[0, 1]
    kap = k2["ionic conductivity [S.m-1]"]
    a.semilogy(SERIES_A, [kap[am] * 10 for am in SERIES_A], "o-", label="ionic [mS/cm]")
    a.semilogy(
        SERIES_A,
        [k3["model"][am] * 10 for am in SERIES_A],
        "s-",
        label="electronic [mS/cm]",
    )
    a.semilogy(
        [90],
        [kap[80] * 10 * PAPER_K2_RATIO],
        "k*",
        ms=12,
        label="Kim 2024: ionic(90)/ionic(80) = 1/10",
    )
    a.set_xlabel("NCM [wt%] (3 wt% SC)")
    a.set_ylabel("effective conductivity [mS/cm]")
    a.set_title("K2, K3: composite conductivities (model)")
    a.legend(fontsize=8)
    # K7 retention
    a = ax[1, 0]
    for am in SERIES_A:
        a.plot(C_RATES, caps[am], "o-", label=f"NCM {am} wt%")
    a.set_xscale("log")
    a.set_xlabel("C-rate")
    a.set_ylabel("discharge capacity [mAh/g]")
    a.set_title("K7: rate capability (paper: 90 wt% drops at 0.5 C)")
    a.legend()
    # curves at 0.05 C and 0.5 C
    a = ax[1, 1]
    i_half = C_RATES.index(0.5)
    for am in SERIES_A:
        for i, style in ((0, "-"), (i_half, "--")):
            q, v = curves[am][i]
            a.plot(q, v, style, label=f"{am} wt%, {C_RATES[i]} C")
    a.set_xlabel("capacity [mAh/g]")
    a.set_ylabel("voltage vs Li-In [V]")
    a.set_title("Discharge curves (model)")
    a.legend(fontsize=8)
    return finish(fig, path)


def degradation(k4, k5, k6, k8, k10, series_c, pulses, caps9, path):
    """K4, K5 (irreversible capacity by cause), formation curves, K6, K8, K9, K10."""
    fig = new_figure((15, 8))
    ax = fig.subplots(2, 3)
    # K4, K5: irreversible capacity vs carbon, split by cause
    a = ax[0, 0]
    irr = [series_c[sc]["irreversible [mAh/g]"] for sc in SERIES_C]
    on_c = [series_c[sc]["SE oxidation on carbon [mAh/g]"] for sc in SERIES_C]
    on_am = [series_c[sc]["SE oxidation on NCM [mAh/g]"] for sc in SERIES_C]
    a.plot(SERIES_C, irr, "o-", label="model: irreversible capacity")
    a.plot(SERIES_C, on_c, "s--", label="model: SE oxidation on carbon")
    a.plot(SERIES_C, on_am, "^--", label="model: SE oxidation on NCM")
    a.plot(
        list(PAPER_K4), list(PAPER_K4.values()), "k*", ms=12, label="Kim 2024 (fitted)"
    )
    a.set_xlabel("spherical carbon [wt%] (90 wt% NCM)")
    a.set_ylabel("first cycle, 0.05 C [mAh/g]")
    a.set_title("K4 (calibrated), K5: irreversible capacity")
    a.legend(fontsize=8)
    # formation curves SC 0 and 3
    a = ax[0, 1]
    for sc, style in ((0, "-"), (3, "--")):
        for q, v in series_c[sc]["curves"]:
            a.plot(np.abs(q - q[0]), v, style, color=f"C{sc}")
        a.plot([], [], style, color=f"C{sc}", label=f"SC {sc} wt%")
    a.set_xlabel("capacity [mAh/g]")
    a.set_ylabel("voltage vs Li-In [V]")
    a.set_title("Formation at 0.05 C (model)")
    a.legend()
    # K6: CE, series A
    a = ax[0, 2]
    ce = k6["model"]
    a.plot(SERIES_A, [ce[am] for am in SERIES_A], "o-", label="model")
    a.plot(
        [90],
        [np.mean([ce[80], ce[85]]) - 2.0],
        "k*",
        ms=12,
        label="Kim 2024: 2 points below 80, 85 wt%",
    )
    a.set_xlabel("NCM [wt%] (3 wt% SC)")
    a.set_ylabel("first-cycle CE [%]")
    a.set_title(f"K6: CE (pass: {k6['pass']})")
    a.legend(fontsize=8)
    # K8: pulse polarisation
    a = ax[1, 0]
    for sc, (v, dv, _) in pulses.items():
        a.plot(v, dv, "o-", label=f"SC {sc} wt%")
    a.axvline(K8_LOW, color="grey", ls=":")
    a.axvspan(*K8_HIGH, color="grey", alpha=0.15)
    a.set_yscale("log")
    a.set_xlabel("rest voltage before the pulse [V vs Li-In]")
    a.set_ylabel("1 C pulse polarisation [V]")
    a.set_title(f"K8: pulse test (pass: {k8['pass']})")
    a.legend(fontsize=8)
    # K9: cycling
    a = ax[1, 1]
    if caps9 is None:
        a.set_axis_off()
        a.text(0.5, 0.5, "K9 (50 cycles): run with --full", ha="center")
    else:
        for sc in SERIES_C:
            a.plot(
                np.arange(1, len(caps9[sc]) + 1),
                caps9[sc],
                "o-",
                ms=3,
                label=f"SC {sc} wt%",
            )
        a.set_xlabel("cycle at 0.5 C (after formation)")
        a.set_ylabel("discharge capacity [mAh/g]")
        a.set_title("K9: 0.5 C cycling (paper: 0 wt% stable, >= 2 wt% fade)")
        a.legend(fontsize=8)
    # K10: pristine conductivities
    a = ax[1, 2]
    scs = list(k10["ionic conductivity [S.m-1]"])
    a.semilogy(
        scs,
        [10 * k10["ionic conductivity [S.m-1]"][sc] for sc in scs],
        "o-",
        label="ionic [mS/cm]",
    )
    a.semilogy(
        scs,
        [10 * k10["electronic conductivity [S.m-1]"][sc] for sc in scs],
        "s-",
        label="electronic [mS/cm]",
    )
    a.set_xlabel("spherical carbon [wt%] (90 wt% NCM)")
    a.set_title(f"K10: pristine (paper: ionic similar; pass: {k10['pass']})")
    a.legend(fontsize=8)
    return finish(fig, path)


def loading(scan, path):
    """Formed-cell resistance budget and 0.5 C retention against the NCM loading
    (:func:`~.loading.loading_scan`), beside the bounds they are scored on."""
    rows = scan["loadings"]
    m = np.array(sorted(rows))
    least = scan["summary"]["least resistance budget over the loading"]["cells"]
    grid = np.linspace(m.min(), m.max(), 200)
    fig = new_figure((11, 4.5))
    ax = fig.subplots(1, 2)
    ax[0].axhspan(
        *FORMED_BOUNDS["resistance budget total [Ohm.cm2]"][:2],
        color="grey",
        alpha=0.2,
        label="formed-cell bound",
    )
    colour = {}
    for name in least:
        totals = [rows[x]["resistance budget total [Ohm.cm2]"][name] for x in m]
        (line,) = ax[0].plot(m, totals, "o", label=name)
        colour[name] = line.get_color()
        ax[0].plot(
            grid,
            budget_law(least[name]["law"], grid),
            color=line.get_color(),
            lw=1,
        )
    ax[0].set_yscale("log")
    ax[0].set_xlabel("NCM loading [mg/cm2]")
    ax[0].set_ylabel("formed-cell resistance budget [Ohm.cm2]")
    ax[0].set_title("points: solved; lines: a m + b/m + c", fontsize=9)
    ax[0].legend(fontsize=7)
    for am in SERIES_A:
        ax[1].plot(
            m,
            [rows[x]["K7"]["model"][am] for x in m],
            "o-",
            color=colour.get(f"{am}/3"),
            label=f"{am}/3",
        )
    ax[1].axhline(K7_KEEP, color="grey", ls="--", label="K7: 80, 85 wt% keep")
    ax[1].set_xlabel("NCM loading [mg/cm2]")
    ax[1].set_ylabel("0.5 C / 0.05 C discharge capacity, formed")
    ax[1].legend(fontsize=7)
    return finish(
        fig,
        path,
        "Kim 2024 against the NCM loading the paper does not give (set: 12 mg/cm2)",
    )
