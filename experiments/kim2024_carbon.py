"""Kim et al. 2024 (Adv. Funct. Mater. 34, 2409318): recipe and transport targets, and
SE oxidation on carbon and NCM.

The cells, protocols, targets K1-K10 (with their scores "without side reactions"),
the resistance budget and the figures are in the package,
:mod:`assb_models.reproductions.kim2024` (its modules describe them; the same run
writes the validation report with ``assb reproduce kim2024 --out DIR``). This script
keeps the outputs it has always written: ``experiments/output/kim2024_carbon.png``,
``kim2024_carbon_degradation.png``, ``kim2024_resistance_budget.png`` and
``kim2024_carbon.json`` (model vs paper, pass/fail per target, the protocols and the
parameters used).

Run ``python experiments/kim2024_carbon.py`` (K1-K8, K10 and the formed cells);
``--full`` adds K9 (50 cycles of series C at 0.5 C, with and without side
reactions), which takes several minutes more.
"""

import argparse
import pathlib
import sys

import pybamm

import assb_models
from assb_models.parameter_sets import Kim2024
from assb_models.reproductions import kim2024
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main(n_cycles=50, full=None):
    """Run the reproduction; ``full`` (default: the command line's ``--full``)
    adds K9."""
    if full is None:
        full = _parse_full()
    OUTPUT.mkdir(exist_ok=True)
    repro = kim2024.Kim2024(lambda text: print(text, flush=True), n_cycles, full)
    targets = {i: repro.row(i) for i in repro.target_ids}
    series_c, series_a = repro.formation()[3:]
    repro.figures(OUTPUT, stem="kim2024_carbon")
    # the budget figure keeps the name it has always had
    (OUTPUT / "kim2024_carbon_resistance_budget.png").replace(
        OUTPUT / "kim2024_resistance_budget.png"
    )
    result = {
        "paper": "Kim et al., Adv. Funct. Mater. 2024, 34, 2409318",
        "model": "assb_models.SolidStateDFN (Li-In anode); K4-K9 with "
        f"options {Kim2024.MODEL_OPTIONS}",
        "calibrated on": [
            "K4 (NCM-side and carbon-side passivation lengths)",
            "K2 and K10, with Lee 2020's L3 (the composite transport law's exponent)",
        ],
        "fitted values (the targets each was fitted to; not predictions)": {
            name: {"value": kim2024.cell(90)[name], "fitted to": targets_}
            for name, targets_ in Kim2024.FITTED_TO.items()
        },
        "formed cell": repro.formed_cells(),
        "formed-cell plausibility": repro.plausibility(),
        "protocols": kim2024.PROTOCOLS,
        "side-reaction calibrated potential upper limit [V vs Li, local]": kim2024.cell(
            90
        )[assb_models.simulation.analysis.CALIBRATED_LIMIT],
        "resistance budget [Ohm.cm2]": repro.budget(),
        "targets": targets,
        "targets not run (opt-in)": {
            name: {"what": what, "run": command}
            for name, (what, command) in repro.slow_targets.items()
            if name not in targets
        },
        "formation": {
            series: {
                k: {n: v for n, v in cell.items() if n not in ("curves", "solution")}
                for k, cell in cells.items()
            }
            for series, cells in (("series C", series_c), ("series A", series_a))
        },
        "parameters": {
            "default cell (80/3 wt%)": dict(kim2024.cell(80).items()),
            "sources": repro.sources(),
        },
        "pybamm version": pybamm.__version__,
    }
    (OUTPUT / "kim2024_carbon.json").write_text(dumps(result, indent=1))
    print(f"{'target':<7}{'pass':<7}what")
    for name, row in targets.items():
        print(f"{name:<7}{str(bool(row['pass'])):<7}{row['what']}")
    plausible = repro.plausibility()
    print(f"{'formed':<7}{str(plausible['pass']):<7}{plausible['what']}")
    missed = [name for name, row in targets.items() if not row["pass"]]
    print(f"missed (see the JSON for the numbers and why): {missed or 'none'}")
    print(
        f"wrote {OUTPUT}/kim2024_carbon.png, kim2024_carbon_degradation.png, "
        "kim2024_carbon.json"
    )
    return 0


def _parse_full(argv=None):
    """True when the command line asks for ``--full``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--full", action="store_true", help="also score K9 (50 cycles, minutes)"
    )
    return parser.parse_args(argv).full


if __name__ == "__main__":
    sys.exit(main())
