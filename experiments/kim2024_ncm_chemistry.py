"""Kim 2024: what the written NCM-side reactions allow K4 under the layer bounds.

For each reaction of ``parameter_sets/_argyrodite.py`` (REACTIONS: the sulfide
products the model runs on the NCM, and the phosphate/sulfate products with NCM
lattice oxygen that Kim 2024's XPS sees), its balance per SE formula unit
(electrons, Li kept, lattice oxygen, NCM sites lost, irreversible charge, layer
volume per irreversible charge), and for the 90/0 and 90/3 cells the largest
first-cycle irreversible capacity that the formed-cell bounds (CEI <= 20 nm,
carbon product <= 10 nm) allow
(:func:`assb_models.reproductions.kim2024.cells.layer_bounded_irreversible`),
against K4 (26.3 / 42.9 mAh/g +-10 %); and for 90/3, whether K4's lower edge
fits every bound at any split between the carbon and NCM sides, for NCM
first-cycle losses up to the top of 90/0's K4 band and carbon/SE contacts up to
the whole BET surface (:func:`~assb_models.reproductions.kim2024.cells.
k4_edge_against_ncm_loss`).

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

#: fractions of the carbon's BET surface touching SE: the set's estimate, the
#: whole outer surface of its aggregates (the set's reasoning: 7 % of the BET
#: area, ~1 um SE grains do not enter the aggregates' pores), the whole BET area
CARBON_CONTACTS = (0.05, 0.07, 1.0)


def ncm_loss_scan(bounded, sc=3, step=0.1):
    """K4's lower edge for 90/``sc`` against the NCM's own first-cycle loss (from
    the model's to the top of 90/0's K4 band, where 90/0 would be all NCM loss)
    and the carbon's SE contact: each row, and per contact the least NCM loss at
    which a written NCM-side reaction fits every bound on the whole NCM surface
    (None: none up to the band's top)."""
    edge = (1 - K4_TOL) * PAPER_K4[sc]
    low = bounded["rest of the irreversible capacity [mAh/g]"]
    top = (1 + K4_TOL) * PAPER_K4[0]
    losses = [low + step * i for i in range(int((top - low) / step) + 1)] + [top]
    rows = cells.k4_edge_against_ncm_loss(bounded, edge, losses, CARBON_CONTACTS)
    least = {}
    for contact in CARBON_CONTACTS:
        fits = [
            (row["NCM loss [mAh/g]"], name)
            for row in rows
            if row["carbon contact fraction"] == contact
            for name in chem.REACTIONS
            if row[name]["fits at full contact"]
        ]
        least[str(contact)] = (
            {"NCM loss [mAh/g]": fits[0][0], "reaction": fits[0][1]} if fits else None
        )
    shown = {round(low, 2), 23.0, 25.0, 27.0, round(top, 2)}
    return {
        "what": (
            f"K4's lower edge for 90/{sc} ({edge:.2f} mAh/g) against the formed-cell "
            "bounds (CEI <= 20 nm, carbon product <= 10 nm, SE consumed <= 30 %), "
            "carbon side up to the given fraction of its BET surface touching SE, "
            "NCM side up to its whole surface, for NCM first-cycle losses from the "
            "model's to the top of 90/0's K4 band"
        ),
        "least NCM loss that fits, per carbon contact fraction": least,
        "rows": [r for r in rows if round(r["NCM loss [mAh/g]"], 2) in shown],
    }


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
    result["K4 90/3 against the NCM's own loss and the carbon's contact"] = (
        ncm_loss_scan(result["layer-bounded K4"]["90/3"])
    )
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "kim2024_ncm_chemistry.json").write_text(dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
