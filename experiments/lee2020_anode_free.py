"""Lee 2020: an anode-free NCM | Li6PS5Cl | Ag-C cell, CE and capacity over cycling.

The cell, protocol, targets (L1-L3) and figure are in the package,
:mod:`assb_models.reproductions.lee2020` (its docstring describes them; ``assb
reproduce lee2020 --out DIR`` writes the validation report). This script adds the
attribution (the SE reduction switched off, for the published and a relithiable
NCM) and the mesh check, and writes ``experiments/output/lee2020_anode_free.png``
and ``lee2020_anode_free.json`` (model vs paper).

Run ``python experiments/lee2020_anode_free.py`` (formation + 5 cycles, ~1 min);
``--long`` adds the 1,000-cycle runs (~2 min each: at the set's SE-reduction
growth constant, Park2021's, and at the one L3 would need) and target L3.
"""

import argparse
import pathlib
import sys

import pybamm

from assb_models.parameter_sets import Lee2020 as lee
from assb_models.reproductions import lee2020
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--long",
        action="store_true",
        help=f"also run {lee2020.LONG_CYCLES} cycles (target L3)",
    )
    args = parser.parse_args(argv)
    OUTPUT.mkdir(exist_ok=True)
    repro = lee2020.Lee2020(lambda text: print(text, flush=True), long=args.long)
    targets = repro.targets()
    print("attribution: SE reduction off ...", flush=True)
    attribution = lee2020.attribution()
    print("mesh convergence ...", flush=True)
    convergence = lee2020.convergence()
    figures = repro.figures(OUTPUT, stem="lee2020_anode_free")
    result = {
        "paper": repro.title,
        "paper numbers (with sources)": lee.PAPER,
        "targets": [t.as_dict() for t in targets],
        "cycling (formation + 0.5C)": repro.cycling(),
        "attribution (SE reduction on/off)": attribution,
        "mesh convergence": convergence,
        "pybamm version": pybamm.__version__,
    }
    if args.long:
        result["long cycling"] = repro.long_cycling()
        result["long cycling at the k_D L3 would need"] = repro.long_cycling(
            lee2020.L3_WOULD_NEED
        )
    path = OUTPUT / "lee2020_anode_free.json"
    path.write_text(dumps(result, indent=1))
    for t in targets:
        print(
            f"{'pass' if t.passed else 'MISS':<5} {t.id} {t.what}: model {t.model}; "
            f"paper {t.paper}"
        )
    for key, row in attribution.items():
        print(f"{key}: CE {row['CE (0.5C cycles)']}")
    print(f"mesh change [%]: {convergence['change [%]']}")
    print(f"wrote {figures[0]} and {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
