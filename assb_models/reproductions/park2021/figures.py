"""Park 2021 figures: symmetric cells (P1-P4), full cells (P6, P7), full-cell ageing
and impedance (P5), drawn from results handed in.
"""

import numpy as np

from assb_models.plotting import finish, new_figure

from .paper import (
    AREA_CM2,
    CELLS,
    FULL_CELLS,
    LABEL,
    P3_WINDOW,
    P6_TOL_CAPACITY,
    P6_TOL_CE,
    P7_RATES,
    PAPER_P1,
    PAPER_P2,
    PAPER_P5,
    PAPER_P6,
    TOL,
)


def symmetric_cells(p1, p2, p3_curves, p4_curves, path):
    """P1-P4: mean overpotentials beside the paper's, and the P3 and P4 voltages."""
    fig = new_figure((11, 8))
    ax = fig.subplots(2, 2)
    x = np.arange(len(CELLS))
    for a, row, paper, title in (
        (ax[0, 0], p1, PAPER_P1, "P1: 0.1 mA/cm2"),
        (ax[0, 1], p2, PAPER_P2, "P2: 0.2 mA/cm2"),
    ):
        cells = [c for c in CELLS if c in row["cells"]]
        xs = [CELLS.index(c) for c in cells]
        a.bar(
            np.array(xs) - 0.2,
            [row["cells"][c]["model [mV]"] for c in cells],
            0.4,
            label="model",
        )
        a.errorbar(
            np.array(xs) + 0.2,
            [paper[c] for c in cells],
            yerr=[TOL * paper[c] for c in cells],
            fmt="ko",
            label="Park 2021 (+-20 %)",
        )
        if "bare Li (no tolerance) [mV]" in row:
            a.bar(
                -0.2,
                row["bare Li (no tolerance) [mV]"]["model"],
                0.4,
                color="C0",
                alpha=0.4,
            )
            a.plot(0.2, PAPER_P2["none"], "kx", label="Park 2021 (no tolerance)")
        a.set_xticks(x, [LABEL[c] for c in CELLS])
        a.set_ylabel("mean overpotential [mV]")
        a.set_title(title)
        a.legend(fontsize=8)
    a = ax[1, 0]
    for il, (t, v) in p3_curves.items():
        a.plot(t, 1e3 * v, lw=0.6, label=LABEL[il])
    a.axvspan(
        P3_WINDOW[0] * 10,
        P3_WINDOW[1] * 10,
        color="grey",
        alpha=0.2,
        label="paper: bare short window (cycles 30-60)",
    )
    a.set_xlabel("time [h] (10 h per cycle)")
    a.set_ylabel("voltage [mV]")
    a.set_title("P3: 0.2 mA/cm2, 1 mAh/cm2")
    a.legend(fontsize=7)
    a = ax[1, 1]
    for il, (t, v) in p4_curves.items():
        a.plot(t, 1e3 * v, lw=0.8, label=LABEL[il])
    a.axvline(4, color="k", ls="--", lw=0.8, label="paper: bare short at 0.3 mA/cm2")
    a.set_xlabel("time [h] (2 h per current step)")
    a.set_ylabel("voltage [mV]")
    a.set_title("P4: 0.1 -> 0.7 mA/cm2")
    a.legend(fontsize=7)
    return finish(fig, path)


def full_cells(p6, curves, p7, caps, path, rates=P7_RATES):
    """P6 first cycles and capacity/CE beside the paper's, P7 rate capability."""
    fig = new_figure((15, 4.5))
    ax = fig.subplots(1, 3)
    a = ax[0]
    for i, anode in enumerate(FULL_CELLS):
        for q, v in curves[anode]:
            a.plot(np.abs(q - q[0]), v, color=f"C{i}", lw=1.2)
        q_paper, ce_paper = PAPER_P6[anode]
        a.plot(
            [q_paper, q_paper * ce_paper / 100],
            [4.3, 3.0],
            "o",
            color=f"C{i}",
            mfc="none",
            label=f"{anode}: paper charge / discharge",
        )
    a.set_xlabel("specific capacity [mAh/g LiCoO2]")
    a.set_ylabel("voltage vs Li/Li+ [V]")
    a.set_title("P6: first cycle at 0.05 C (lines: model)")
    a.legend(fontsize=7)
    a = ax[1]
    x = np.arange(len(FULL_CELLS))
    cells = p6["cells"]
    b = a.twinx()
    for axis, key, col, tol, color in (
        (a, "charge [mAh/g]", 0, P6_TOL_CAPACITY, "C0"),
        (b, "CE [%]", 1, P6_TOL_CE, "C3"),
    ):
        model = [cells[c][key] for c in FULL_CELLS]
        axis.plot(x - 0.1, model, "s", color=color, label=f"model {key}")
        axis.errorbar(
            x + 0.1,
            [PAPER_P6[c][col] for c in FULL_CELLS],
            yerr=tol,
            fmt="o",
            color=color,
            mfc="none",
            label=f"paper {key} (+-{tol:g})",
        )
    b.set_ylabel("first-cycle CE [%]")
    b.set_ylim(70, 100)
    a.set_ylim(100, 170)
    a.set_xticks(x, list(FULL_CELLS))
    a.set_ylabel("first charge capacity [mAh/g]")
    a.set_title("P6: capacity and CE")
    a.legend(fontsize=7, loc="upper left")
    b.legend(fontsize=7, loc="upper right")
    a = ax[2]
    for i, anode in enumerate(FULL_CELLS):
        a.plot(rates, caps[anode], "o-", color=f"C{i}", label=f"model {anode}")
    a.set_xscale("log")
    a.set_xlabel("discharge rate [C] (charge at 0.05 C)")
    a.set_ylabel("discharge capacity [mAh/g]")
    a.set_title("P7: rate capability\n(paper: Li-In, Li2Se-NR >> bare Li; no numbers)")
    a.legend(fontsize=7)
    return finish(fig, path)


def full_cell_cycling(study, path):
    """The ageing study: capacity, CE and Li taken by SE reduction per cycle."""
    fig = new_figure((15, 4.2))
    ax = fig.subplots(1, 3)
    for i, (anode, row) in enumerate(study["cells"].items()):
        n = np.arange(1, len(row["CE [%]"]) + 1)
        ax[0].plot(n, row["discharge capacity [mAh/g]"], color=f"C{i}", label=anode)
        ax[1].plot(n, row["CE [%]"], color=f"C{i}", label=anode)
        ax[2].plot(
            n,
            row["Li lost to the anode interphase [mAh/g]"],
            color=f"C{i}",
            label=anode,
        )
    ax[0].set_ylabel("discharge capacity [mAh/g]")
    ax[1].set_ylabel("coulombic efficiency [%]")
    ax[1].set_ylim(95, 100.5)
    ax[2].set_ylabel("Li taken by SE reduction [mAh/g LCO]")
    for a in ax:
        a.set_xlabel("cycle")
        a.legend(fontsize=8)
    ax[0].set_title(f"LiCoO2 full cells: {study['what']}")
    return finish(fig, path)


def impedance(p5, spectra, path):
    """P5: the model's spectra after 1 and 50 cycles and the paper's R0+R1, +R2."""
    fig = new_figure((10, 4.2))
    ax = fig.subplots(1, 2)
    for a, il in zip(ax, PAPER_P5, strict=False):
        for n, style in ((1, "o"), (50, "s")):
            f, z = spectra[(il, n)]
            a.plot(
                z.real * AREA_CM2,
                -z.imag * AREA_CM2,
                style,
                ms=2.5,
                label=f"model, after {n} cycle{'s' if n > 1 else ''}",
            )
        r0 = p5["cells"][il]["model [Ohm]"]["cycle 1"]["R0"]
        for n, marker in ((0, "k^"), (1, "kv")):
            r1, r2 = (PAPER_P5[il][r][n] for r in ("R1", "R2"))
            a.plot(
                [r0 + r1, r0 + r1 + r2],
                [0, 0],
                marker,
                ms=7,
                label=f"paper: R0+R1, +R2 after {(1, 50)[n]} cycle(s)",
            )
        a.set_xlabel("Re Z [Ohm.cm2]")
        a.set_ylabel("-Im Z [Ohm.cm2]")
        a.set_title(f"P5: {LABEL[il]}")
        a.set_aspect("equal", adjustable="datalim")
        a.legend(fontsize=7)
    return finish(fig, path)
