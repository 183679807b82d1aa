"""Design map of the Kim 2024 composite cathode: energy density and retention.

Cells (``design_map.toml``): Ni-rich NCM | Li6PS5Cl | carbon composite cathodes vs
Li-In, the Kim 2024 set (12 mg/cm2 NCM, 12 % voids) with every side reaction on
(``Kim2024.MODEL_OPTIONS``), in a practical stack (50 um SE separator, 50 um Li-In,
Al and Cu foils: see :mod:`assb_models.sweep.stack` for every density and
thickness and its source). Designs: NCM 70-92 wt% x carbon 0-3 wt% x spherical
carbon (Super P-type, 62 m2/g, 4 % of it touching SE) or carbon fibre (VGCF-type,
9 m2/g, 29 %; both held by the SE's own surface at the grid's corner), SE the rest.

Protocol: formation of the pristine cell at 0.1 C (3.7-1.9 V vs Li-In), then 10
cycles at 0.5 C. Metrics: energy density of the stack from the 0.1 C discharge
[Wh/kg, Wh/L], first-cycle irreversible capacity, and the discharge capacity
retention of the 0.5 C cycles (10th vs 1st).

The default run is the coarse grid of the spec (3 x 3 x 2 = 18 designs, about
2 min on 2 cores); ``--full`` runs NCM 70-92 wt% in steps of 2 and carbon 0-3 wt% in
steps of 0.5 (168 designs). A design that cannot run the protocol (too little SE
for 0.5 C) is recorded as failed and drawn grey. Rerunning continues where a run
stopped (results in ``experiments/output/design_map*/results``).

Run ``python experiments/design_map.py [--full] [--workers N] [--scheduler ADDR]``;
it writes ``experiments/output/design_map.png`` and ``design_map.csv``.
"""

import argparse
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from assb_models import sweep  # noqa: E402
from assb_models.sweep.spec import read_spec_file  # noqa: E402

HERE = pathlib.Path(__file__).parent
SPEC = HERE / "design_map.toml"
OUTPUT = HERE / "output"
FULL_GRID = {
    "am_wt_percent": [float(x) for x in np.arange(70, 92.1, 2)],
    "carbon_wt_percent": [float(x) for x in np.arange(0, 3.01, 0.5)],
}
PANELS = (
    ("energy density [W.h.kg-1]", "stack energy density [Wh/kg]", "viridis", ".0f"),
    (None, "capacity retention [%]", "magma", ".1f"),  # the spec's retention column
)


def spec(full=False):
    """The spec of ``design_map.toml``, with the fine grid if ``full``."""
    data = read_spec_file(SPEC)
    if full:
        data["design"]["grid"].update(FULL_GRID)
    return sweep.load_spec(data)


def heat_maps(table, path):
    """Energy density and retention over NCM x carbon wt%, one column per carbon."""
    retention = next(c for c in table.columns if c.startswith("retention after"))
    morphologies = list(dict.fromkeys(table["carbon_morphology"]))
    am = sorted(table["am_wt_percent"].unique())
    carbon = sorted(table["carbon_wt_percent"].unique())
    fig, axes = plt.subplots(
        len(PANELS),
        len(morphologies),
        figsize=(4.8 * len(morphologies), 7.5),
        squeeze=False,
    )
    for row, (column, label, cmap, fmt) in enumerate(PANELS):
        column = column or retention
        ok = table[table["status"] == "ok"][column]
        vmin, vmax = np.nanmin(ok), np.nanmax(ok)
        for col, morphology in enumerate(morphologies):
            ax = axes[row, col]
            cells = (
                table[table["carbon_morphology"] == morphology]
                .pivot(
                    index="am_wt_percent", columns="carbon_wt_percent", values=column
                )
                .reindex(index=am, columns=carbon)
            )
            status = (
                table[table["carbon_morphology"] == morphology]
                .pivot(
                    index="am_wt_percent", columns="carbon_wt_percent", values="status"
                )
                .reindex(index=am, columns=carbon)
            )
            grid = np.where(status.to_numpy() == "ok", cells.to_numpy(float), np.nan)
            ax.set_facecolor("0.8")  # failed designs
            image = ax.pcolormesh(
                _edges(carbon), _edges(am), grid, cmap=cmap, vmin=vmin, vmax=vmax
            )
            fig.colorbar(image, ax=ax, label=label)
            for i, j in zip(*np.nonzero(np.isfinite(grid)), strict=False):
                dark = grid[i, j] < (vmin + vmax) / 2
                ax.text(
                    carbon[j],
                    am[i],
                    f"{grid[i, j]:{fmt}}",
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="w" if dark else "k",
                )
            ax.set_title(f"{morphology} carbon: {label.split(' [')[0]}")
            ax.set_xlabel("carbon [wt%]")
            ax.set_ylabel("NCM [wt%]")
    fig.suptitle(f"Kim 2024 cathode design map ({retention}; grey: failed)")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def _edges(centres):
    """Cell edges around sorted centres, for pcolormesh."""
    c = np.asarray(centres, float)
    if len(c) == 1:
        return np.array([c[0] - 0.5, c[0] + 0.5])
    mid = (c[1:] + c[:-1]) / 2
    return np.concatenate([[2 * c[0] - mid[0]], mid, [2 * c[-1] - mid[-1]]])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--full", action="store_true", help="the fine grid (168 designs)"
    )
    parser.add_argument("--workers", type=int, help="local workers (default: cores)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = parser.parse_args(argv)
    OUTPUT.mkdir(exist_ok=True)
    name = "design_map_full" if args.full else "design_map"
    table = sweep.run(
        spec(args.full), OUTPUT / name, scheduler=args.scheduler, n_workers=args.workers
    )
    table.to_csv(OUTPUT / f"{name}.csv", index=False)
    print(f"wrote {OUTPUT / f'{name}.csv'}")
    print(f"wrote {heat_maps(table, OUTPUT / f'{name}.png')}")
    failed = table[table["status"] == "failed"]
    print(f"{len(table) - len(failed)} designs ok, {len(failed)} failed")
    for _, row in failed.iterrows():
        print(
            f"  failed: NCM {row['am_wt_percent']:g} wt%, carbon "
            f"{row['carbon_wt_percent']:g} wt% {row['carbon_morphology']}: "
            f"{row['error'].splitlines()[0]}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
