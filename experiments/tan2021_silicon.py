"""Tan et al. 2021 (Science 373, 1494): dense micro-Si | Li6PS5Cl | NCM811.

The cells, protocols, targets T1-T4, attribution and mesh check are in the package,
:mod:`assb_models.reproductions.tan2021` (its docstring describes them; ``assb
reproduce tan2021 --out DIR`` writes the validation report from the same
functions); the paper's numbers and their status (checked, or recalled) are
``assb_models.parameter_sets.Tan2021.PAPER``.

Run ``python experiments/tan2021_silicon.py`` (about a minute); it writes
``experiments/output/tan2021_formation.png``, ``tan2021_cycling.png`` and
``tan2021_silicon.json`` (model vs paper per target, attribution, mesh check,
parameters with their sources). ``--cycles N`` simulates N cycles at 5 mA/cm2
(default 10) before extrapolating the SEI loss to cycle 500.
"""

import argparse
import json
import pathlib
import sys

import pybamm

from assb_models.parameter_sets import Tan2021 as tan_set
from assb_models.reproductions import tan2021
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=10)
    args = parser.parse_args(argv)
    OUTPUT.mkdir(exist_ok=True)
    repro = tan2021.Tan2021(lambda text: print(text, flush=True), args.cycles)
    targets = repro.targets()
    result = {
        "paper": repro.citation,
        "model": "assb_models.SolidStateDFN " + json.dumps(tan_set.MODEL_OPTIONS),
        "paper numbers": tan_set.PAPER,
        "targets": [t.as_dict() for t in targets],
        "attribution": repro.attribution(),
        "mesh check": repro.convergence(),
        "stack pressure at a fixed gap (model only)": repro.stack_pressure(),
        "figures": [str(p) for p in repro.figures(OUTPUT, stem="tan2021")],
        "sources": repro.sources(),
        "pybamm version": pybamm.__version__,
    }
    path = OUTPUT / "tan2021_silicon.json"
    path.write_text(dumps(result, indent=1))
    for t in targets:
        print(
            f"{t.id}: model {t.model} | paper {t.paper} | "
            f"{'pass' if t.passed else 'MISS'}"
        )
    print(f"wrote {', '.join(result['figures'])} and {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
