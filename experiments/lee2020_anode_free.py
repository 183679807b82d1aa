"""Lee 2020: an anode-free Ni90 NCM | Li6PS5Cl | Ag-C cell, targets L1-L7.

The cell, protocol (the paper's formation, then CC 0.5C cycles), targets and figure
are in the package, :mod:`assb_models.reproductions.lee2020` (its docstring
describes them; ``assb reproduce lee2020 --out DIR`` writes the validation
report). This script adds the attribution (each loss switched off in turn: isolated
Li, Li kept by the Ag-C layer, Ag migration, the cathode side, the SE reduction,
and the NCM's kinetic first-cycle loss),
the first cycle with the Li the Ag-C layer keeps set to a range of values (what L2
asks of the layer: :func:`~assb_models.reproductions.lee2020.layer_keep_scan`) and
with the layer's potential raised
(:func:`~assb_models.reproductions.lee2020.layer_potential_scan`)
and the mesh check, and writes ``experiments/output/lee2020_anode_free.png`` and
``lee2020_anode_free.json`` (model vs paper).

Run ``python experiments/lee2020_anode_free.py`` (formation + 5 cycles and the
attribution, a few minutes); ``--long`` adds the 1,000-cycle runs (about 70 s each on
the DFN: every loss on, then each switched off), targets L4 (over 800 cycles)
and L5, and L5 against the isolated Li fraction
(:func:`~assb_models.reproductions.lee2020.isolated_scan`).
"""

import argparse
import pathlib
import sys

import numpy as np
import pybamm

from assb_models.parameter_sets import Kim2024
from assb_models.parameter_sets import Lee2020 as lee
from assb_models.reproductions import lee2020
from assb_models.reproductions.lee2020.targets import TRANSPORT_EXPONENT
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def _long_summary(long):
    q, ce = long["discharge [mA.h.cm-2]"], long["CE"]
    return {
        "retention at 600": lee2020.retention(long, 600),
        "retention at 1000": lee2020.retention(long, lee2020.LONG_CYCLES),
        "mean CE of the 0.5C cycles 2-800": float(np.mean(ce[2:801])),
        "discharge [mA.h.cm-2] every 50 cycles": q[::50],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--long",
        action="store_true",
        help=f"also run {lee2020.LONG_CYCLES} cycles (targets L4, L5)",
    )
    args = parser.parse_args(argv)
    OUTPUT.mkdir(exist_ok=True)
    repro = lee2020.Lee2020(lambda text: print(text, flush=True), long=args.long)
    targets = repro.targets()
    print("attribution: each loss off ...", flush=True)
    attribution = lee2020.attribution()
    print("L2: the Li the Ag-C layer would have to keep ...", flush=True)
    keep = lee2020.layer_keep_scan()
    print("L2: the Ag-C layer's potential raised ...", flush=True)
    potential = lee2020.layer_potential_scan()
    print("mesh convergence ...", flush=True)
    convergence = lee2020.convergence()
    figures = repro.figures(OUTPUT, stem="lee2020_anode_free")
    table = repro.cycling()
    result = {
        "paper": repro.title,
        "fitted values (the targets each was fitted to; not predictions)": {
            **lee.FITTED_TO,
            TRANSPORT_EXPONENT: Kim2024.FITTED_TO[TRANSPORT_EXPONENT],
        },
        "targets": [t.as_dict() for t in targets],
        "protocol": {
            "formation": list(lee2020.FORMATION),
            "cycle": list(lee2020.CYCLE),
        },
        "cycling (formation + 0.5C)": table,
        "formed cathode (after the formation)": repro.first_cycle()["formed cathode"],
        "Li left at the anode after the formation and the first 0.5C cycle "
        "[mA.h.cm-2]": float(np.sum(table["left at anode [mA.h.cm-2]"][:2])),
        "attribution (each loss off, formation + 5 cycles)": attribution,
        "L2: first cycle vs the Li the Ag-C layer keeps": keep,
        "L2: first cycle vs the Ag-C layer's potential": potential,
        "mesh convergence": convergence,
        "loss parameters": {
            name: lee2020.parameter_values()[name]
            for names in lee.ANODE_LOSSES.values()
            for name in names
        },
        "pybamm version": pybamm.__version__,
    }
    if args.long:
        long = {"all on": _long_summary(repro.long_cycling())}
        for loss in lee2020.LOSSES:
            long[f"{loss} off"] = _long_summary(repro.long_cycling((loss,)))
        result["long cycling (1,000 cycles at 0.5C, DFN)"] = long
        print("L5: retention vs the isolated Li fraction ...", flush=True)
        result["L5: retention vs the isolated Li fraction"] = lee2020.isolated_scan()
        print("L5 on a doubled mesh ...", flush=True)
        fine = _long_summary(lee2020.long_run(var_pts=lee2020.cells.doubled_mesh()))
        keys = ("retention at 600", "retention at 1000")
        result["L5 mesh convergence"] = {
            "doubled": {k: fine[k] for k in keys},
            "change [%]": {k: 100 * abs(fine[k] / long["all on"][k] - 1) for k in keys},
        }
    path = OUTPUT / "lee2020_anode_free.json"
    path.write_text(dumps(result, indent=1))
    for t in targets:
        print(
            f"{'pass' if t.passed else 'MISS':<5} {t.id} {t.what}: model {t.model}; "
            f"paper {t.paper}"
        )
    for key, row in attribution.items():
        ce = row["CE (0.5C cycles)"]
        print(f"{key}: first-cycle CE {row['first-cycle CE']:.4f}, 0.5C CE {ce}")
    cost = "the layer's cost [points]"
    for row in keep["rows"]:
        print(
            f"layer keeps {row['kept by the layer [mA.h.cm-2]']:.3f} mAh/cm2: ICE "
            f"{100 * row['ICE']:.2f} %, layer's cost "
            f"{row[cost]:.2f} points, plating onset "
            f"{row['plating onset [mA.h.cm-2]']:.2f} mAh/cm2 (L2 "
            f"{row['meets L2']}, L6 {row['meets L6']})"
        )
    rise = "rise of the layer's potential [V]"
    for row in potential["rows"]:
        print(
            f"layer potential +{row[rise]:.1f} V: "
            f"ICE {100 * row['ICE']:.2f} %, layer's cost {row[cost]:.2f} points"
        )
    print(f"mesh change [%]: {convergence['change [%]']}")
    print(f"wrote {figures[0]} and {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
