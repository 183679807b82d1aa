"""Hybrid polymer/sulfide electrolytes (Mangani & Villevieille 2020): LFP | PEO-
LiTFSI-LGPS | Li rate capability, LGPS-PEO conductivity, Li symmetric cells and
SPEI growth.

The cells, protocols, targets (M1-M8) and figures are in the package,
:mod:`assb_models.reproductions.hybrid_electrolytes` (its docstrings describe
them; ``assb reproduce hybrid_electrolytes --out DIR`` writes the validation
report). This script adds the attribution (each named cause switched off) and the
mesh check, and writes ``experiments/output/hybrid_electrolytes_*.png`` and
``hybrid_electrolytes.json`` (model vs paper).

Run ``python experiments/hybrid_electrolytes.py`` (~1 min); ``--long`` adds M3
(50 cycles) and simulates the symmetric cells for the whole 1,700 h of M7.
"""

import argparse
import pathlib
import sys

import pybamm

from assb_models.reproductions import hybrid_electrolytes
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--long", action="store_true", help="also M3 and the whole 1,700 h of M7"
    )
    args = parser.parse_args(argv)
    OUTPUT.mkdir(exist_ok=True)
    repro = hybrid_electrolytes.HybridElectrolytes(
        lambda text: print(text, flush=True), long=args.long
    )
    targets = repro.targets()
    attribution = repro.attribution()
    print("mesh convergence ...", flush=True)
    convergence = repro.convergence()
    figures = repro.figures(OUTPUT, stem="hybrid_electrolytes")
    result = {
        "paper": repro.title,
        "targets": [t.as_dict() for t in targets],
        "attribution (causes off)": attribution,
        "mesh convergence": convergence,
        "pybamm version": pybamm.__version__,
    }
    path = OUTPUT / "hybrid_electrolytes.json"
    path.write_text(dumps(result, indent=1))
    for t in targets:
        print(
            f"{'pass' if t.passed else 'MISS':<5} {t.id} {t.what}: model {t.model}; "
            f"paper {t.paper}"
        )
    for key, value in attribution.items():
        print(f"{key}: {value}")
    for name, row in convergence.items():
        print(f"{name} mesh change [%]: {row['change [%]']}")
    print(f"wrote {', '.join(str(f) for f in figures)} and {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
