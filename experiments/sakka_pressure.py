"""Sakka et al. 2022: stack pressure and the 3D structure of an NCM111 | LGPS composite.

The cells, protocols, targets S1-S7 and figures are in the package,
:mod:`assb_models.reproductions.sakka2022` (its docstring describes them; the same
run writes the validation report with ``assb reproduce sakka2022 --out DIR``). This
script keeps the outputs it has always written:
``experiments/output/sakka_pressure.png``, ``sakka_pressure_structure.png``,
``sakka_pressure_contact_loss.png``, ``sakka_pressure_impedance.png`` and
``sakka_pressure.json`` (model vs paper, pass/fail per target, and the parameters
used).

Run ``python experiments/sakka_pressure.py``.
"""

import pathlib
import sys

import pybamm

import assb_models
from assb_models.reproductions import sakka2022
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main(n_cycles=8):
    OUTPUT.mkdir(exist_ok=True)
    repro = sakka2022.Sakka2022(lambda text: print(text, flush=True), n_cycles)
    targets = {i: repro.row(i) for i in repro.target_ids}
    curves, cycling = repro.curves(), repro.cycling()
    repro.figures(OUTPUT, stem="sakka_pressure")
    result = {
        "paper": "Sakka et al., stack pressure dependence of the 3D structure of a "
        "composite electrode (operando X-ray CT)",
        "model": f"assb_models.SolidStateDFN({sakka2022.OPTIONS}), set Sakka2022",
        "fitted laws": ["S1", "S2", "S4", "S7"],
        "mass-conserving structure (S3)": "assb_models.pressure_structure",
        "predicted": ["S5", "S6", "S6 (impedance)"],
        "targets": targets,
        "charge/discharge at 0.01 C": {
            p: {k: v for k, v in c.items() if "[mAh/g]" in k and "capacity" not in k}
            for p, c in curves.items()
        },
        "contact loss cycling (10 mg/cm2, C/10)": cycling,
        "parameters": {
            "values": dict(assb_models.get_parameter_values("Sakka2022").items()),
            "sources": repro.sources(),
        },
        "pybamm version": pybamm.__version__,
    }
    (OUTPUT / "sakka_pressure.json").write_text(dumps(result, indent=1))
    print(f"{'target':<16}{'pass':<7}what")
    for name, row in targets.items():
        print(f"{name:<16}{str(bool(row['pass'])):<7}{row['what']}")
    for p, c in cycling.items():
        print(
            f"contact loss at {p:g} MPa: retention {c['retention']:.3f}, "
            f"contact lost {c['contact loss'][-1]:.3f}"
        )
    print(f"wrote {OUTPUT}/sakka_pressure*.png and sakka_pressure.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
