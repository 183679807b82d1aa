"""Kim 2024: what the written NCM-side reactions allow K4 under the layer bounds.

For each reaction of ``parameter_sets/_argyrodite.py`` (REACTIONS: the sulfide
products the model runs on the NCM, and the phosphate/sulfate products with NCM
lattice oxygen that Kim 2024's XPS sees), its balance per SE formula unit
(electrons, Li kept, lattice oxygen, NCM sites lost, irreversible charge, layer
volume per irreversible charge), and for the 90/0 and 90/3 cells the largest
first-cycle irreversible capacity that the formed-cell bounds (CEI <= 20 nm,
carbon product <= 10 nm) allow
(:func:`assb_models.reproductions.kim2024.cells.layer_bounded_irreversible`),
against K4 (26.3 / 42.9 mAh/g +-10 %).

Run ``python experiments/kim2024_ncm_chemistry.py`` (under a minute); writes
``experiments/output/kim2024_ncm_chemistry.json``.
"""

import json
import pathlib
import sys

from assb_models.parameter_sets import _argyrodite as chem
from assb_models.reproductions.kim2024 import cells
from assb_models.reproductions.kim2024.paper import K4_TOL, PAPER_K4
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main():
    result = {
        "reactions": {
            name: {"reaction": source, **chem.reaction_quantities(name)}
            for name, (_, source) in chem.REACTIONS.items()
        },
        "reaction on the NCM in the model": chem.NCM_SIDE_REACTION,
        "K4 band [mAh/g]": {
            f"90/{sc}": [(1 - K4_TOL) * p, (1 + K4_TOL) * p]
            for sc, p in PAPER_K4.items()
        },
        "layer-bounded K4": {
            f"90/{sc}": cells.layer_bounded_irreversible(90, sc) for sc in PAPER_K4
        },
    }
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "kim2024_ncm_chemistry.json").write_text(dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
