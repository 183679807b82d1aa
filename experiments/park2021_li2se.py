"""Park et al. 2021 (Adv. Sci. 8, 2004204): Li2Se interlayers on lithium metal.

The cells, protocols, targets P1-P7, fit checks, misses by mechanism and figures
are in the package, :mod:`assb_models.reproductions.park2021` (its docstring
describes them; ``assb reproduce park2021 --out DIR`` writes the validation report
from the same functions), the full-cell ageing study in
:func:`assb_models.reproductions.park2021.cells.full_cell_cycling`. This script keeps
the outputs it has always written.

Run ``python experiments/park2021_li2se.py``; it writes
``experiments/output/park2021_li2se.png``, ``park2021_impedance.png``,
``park2021_full_cells.png``, ``park2021_full_cell_cycling.png`` and
``park2021_li2se.json``, which carries the full-cell ageing study under
"full-cell cycling" (100 cycles at 0.1 C of each full cell on the DFN and on the
SPMe, with the SPMe's difference from the DFN, a few minutes);
``python experiments/park2021_li2se.py --full-cell-cycling`` runs only that study.
"""

import json
import pathlib
import sys

import pybamm

from assb_models.parameter_sets import Park2021 as park_set
from assb_models.reproductions import park2021
from assb_models.strict_json import dumps, jsonable

OUTPUT = pathlib.Path(__file__).parent / "output"
JSON = OUTPUT / "park2021_li2se.json"


def _progress(text):
    print(text, flush=True)


def main_full_cell_cycling():
    """Run only the ageing study; add it to the JSON as "full-cell cycling"."""
    OUTPUT.mkdir(exist_ok=True)
    repro = park2021.Park2021(_progress)
    study = repro.ageing()
    png = repro.ageing_figure(OUTPUT / "park2021_full_cell_cycling.png")
    result = json.loads(JSON.read_text()) if JSON.exists() else {}
    result["full-cell cycling"] = jsonable(study)
    JSON.write_text(dumps(result, indent=1))
    for anode, row in study["cells"].items():
        print(
            f"   {anode:<9} capacity {row['discharge capacity [mAh/g]'][0]:.1f} -> "
            f"{row['discharge capacity [mAh/g]'][-1]:.1f} mAh/g, CE last "
            f"{row['CE [%]'][-1]:.2f} %, Li to SE reduction "
            f"{row['Li lost to the anode interphase [mAh/g]'][-1]:.3f} mAh/g"
        )
    for anode, row in study["SPMe against DFN"].items():
        print(
            f"   {anode:<9} SPMe - DFN: capacity max "
            f"{row['max |capacity difference| [mAh/g]']:.2f} mAh/g, CE max "
            f"{row['max |CE difference| [points]']:.3f} points"
        )
    print(f"wrote {png} and {JSON}")
    return 0


def main():
    OUTPUT.mkdir(exist_ok=True)
    repro = park2021.Park2021(_progress)
    # the order of the steps (and of their progress lines) as this script always ran
    repro.fit_interface()
    repro.fit_creep()
    repro.fit_crust()
    targets = {i: repro.row(i) for i in ("P1", "P2", "P3", "P4", "P5")}
    targets.update({i: repro.row(i) for i in ("P6", "P7")})
    mechanisms = repro.mechanisms()
    repro.figures(OUTPUT, stem="park2021")
    ageing = repro.ageing()
    repro.ageing_figure(OUTPUT / "park2021_full_cell_cycling.png")
    symmetric, full = park2021.parameters()
    result = {
        "paper": "Park et al., Adv. Sci. 2021, 8, 2004204",
        "model": "assb_models.SymmetricCell: bare Li with diffusion-limited "
        "interphase, creep contact (voids) and Li intrusion into the SE; Li2Se cells "
        "with the resistive interlayer in full contact",
        "targets": targets,
        "fit check": repro.fit_check(),
        "misses by mechanism": mechanisms,
        "fitted parameters": park_set.FITTED,
        "fitted parameters (full cells)": park_set.FITTED_FULL_CELL
        or "none: the full cells (P6, P7) are predictions",
        "parameters": symmetric,
        "full-cell parameters": full,
        "full-cell cycling": jsonable(ageing),
        "pybamm version": pybamm.__version__,
    }
    JSON.write_text(dumps(result, indent=1))
    for name, row in result["targets"].items():
        print(f"{name}: pass={row['pass']}")
        for il, r in row.get("cells", row.get("capacities [mAh/g]", {})).items():
            print(f"   {park2021.LABEL.get(il, il):<10} {jsonable(r)}")
    print(
        f"wrote {OUTPUT / 'park2021_li2se.png'}, park2021_impedance.png, "
        "park2021_full_cells.png, park2021_full_cell_cycling.png and "
        "park2021_li2se.json"
    )
    missed = [name for name, row in result["targets"].items() if not row["pass"]]
    print(f"missed (see the JSON for the numbers and why): {missed or 'none'}")
    # exit 0 when it ran: misses are results, in the JSON and above; errors raise
    return 0


if __name__ == "__main__":
    if "--full-cell-cycling" in sys.argv[1:]:
        sys.exit(main_full_cell_cycling())
    sys.exit(main())
