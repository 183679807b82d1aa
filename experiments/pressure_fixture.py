"""Fixed-gap vs constant-pressure fixtures: pressure swing and critical current.

The cells, protocols, reading (targets F1-F2) and figure are in the package,
:mod:`assb_models.reproductions.fixture2023` (its docstring describes them; the
same run writes the validation report with ``assb reproduce fixture2023 --out
DIR``). This script adds the attribution and checks (Li intrusion switched off,
each fixture type with its stiffness and swing per um of stack thickness change, a
doubled mesh) and the sweep of stack pressure 1-100 MPa (critical current and time
to short at rest, held pressure and each fixed-gap fixture), and keeps the outputs
it has always written: ``experiments/output/pressure_fixture.png`` (pressure and
voltage vs time) and ``pressure_fixture.json``.

Run ``python experiments/pressure_fixture.py``.
"""

import pathlib
import sys

import pybamm

from assb_models.reproductions import fixture2023 as fx
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def _summary(runs):
    """The runs without their time series."""
    return {
        k: {
            n: v
            for n, v in r.items()
            if n not in ("time [h]", "pressure [MPa]", "voltage [V]")
        }
        for k, r in runs.items()
    }


def main():
    OUTPUT.mkdir(exist_ok=True)
    repro = fx.Fixture2023(lambda text: print(text, flush=True))
    full, symmetric = repro.full(), repro.symmetric()
    print("attribution: Li intrusion switched off ...", flush=True)
    without = fx.attribution()
    print("fixture types ...", flush=True)
    sensitivity = fx.stiffness_sensitivity()
    print("stack pressure sweep 1-100 MPa ...", flush=True)
    sweep = fx.pressure_sweep()
    print("mesh convergence ...", flush=True)
    conv = fx.convergence()
    repro.figures(OUTPUT, stem="pressure_fixture")
    result = {
        "paper": "Jang 2023 review, Fig. 7a: fixed gap vs "
        "constant pressure, NCM811 25.5 mg/cm2 | LPSCl | Li, current ramp",
        "reading": repro.reading(),
        "full cell": _summary(full),
        "symmetric cell": _summary(symmetric),
        "critical current with Li intrusion off [mA.cm-2]": without,
        "fixture types (fixed gap)": sensitivity,
        "stack pressure sweep (symmetric cell, Park2021 Li values)": {
            "protocol": "critical current: 0.1-1.0 mA/cm2 in steps of 0.1, one "
            "cycle of 1 h stripping + 1 h plating each; time to short at rest: "
            f"{fx.REST_HOURS:g} h simulated",
            "fixtures": sweep,
        },
        "mesh convergence (fixed-gap swing, first cycle)": conv,
        "areal capacity [mAh/cm2]": fx.areal_capacity(),
        "ramp [mA/cm2]": fx.RAMP,
        "clamping pressure [MPa]": fx.CLAMP / fx.MPA,
        "pybamm version": pybamm.__version__,
    }
    (OUTPUT / "pressure_fixture.json").write_text(dumps(result, indent=1))
    for name, row in result["reading"].items():
        print(
            f"{str(row['pass']):<6}{name}: "
            + ", ".join(f"{k} {v}" for k, v in row.items() if k != "pass")
        )
    print(f"with Li intrusion off: {without}")
    for name, row in sensitivity.items():
        print(
            f"{name}: {row['swing per um of stack thickness change [MPa.um-1]']:g} "
            f"MPa/um, swing {row['pressure swing [MPa]']:.3g} MPa, shorts at "
            f"{row['shorts at [mA.cm-2]']} mA/cm2"
        )
    for name, row in sweep.items():
        print(f"{name}:")
        for p, r in row["stack pressures"].items():
            print(f"   {p:>8}: {r}")
    print(f"mesh: {conv}")
    print(f"wrote {OUTPUT}/pressure_fixture.png and pressure_fixture.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
