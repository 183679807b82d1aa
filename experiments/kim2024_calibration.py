"""Calibrate the SE oxidation passivation lengths of Kim2024 on target K4, then freeze.

Two numbers of Kim et al. 2024 (first-cycle irreversible capacity at 0.05 C of the
90 wt% NCM cells: 26.3 mAh/g with no carbon, 42.9 mAh/g with 3 wt% carbon) fix two
passivation lengths, one at a time. With 5 electrons per Li6PS5Cl the charge of a
self-limiting side reaction is set by how thick its product layer grows before it
shuts the reaction (the layer thickness scale), not by the rate constant, which only
moves the onset (a rate constant x10 adds a few mAh/g):

1. with no carbon only the NCM-side reaction runs, so "CEI passivation thickness
   scale [m]" is set by SC 0 wt%;
2. with that frozen, "Carbon oxidation product layer thickness scale [m]" is set by
   SC 3 wt%. The model cannot reach 42.9 mAh/g there: as the layer scale grows the
   loss saturates at about 40.3 mAh/g, because the SE runs out (60 % consumed) and
   the charge ends early. The scale is therefore set to reach 92 % of the paper's
   value (39.5 mAh/g, inside K4's +-10 %), the smallest scale that does.

Each is a 1-D root find in log10(k) (``scipy.optimize.brentq``) on the formation
protocol of :mod:`assb_models.reproductions.kim2024`. Every other target (K5, K6,
K8-K10) is then a prediction. The printed values are copied into
``Kim2024.CALIBRATED``; the script also writes them to
``experiments/output/kim2024_calibration.json``.

Run ``python experiments/kim2024_calibration.py`` (about a minute).
"""

import json
import pathlib
import sys

from scipy.optimize import brentq

from assb_models.reproductions import kim2024 as kim
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"

K_AM = "CEI passivation thickness scale [m]"
K_C = "Carbon oxidation product layer thickness scale [m]"


def fit(name, carbon_wt_percent, fixed, bracket, fraction=1.0):
    """``name`` that makes the irreversible capacity ``fraction`` x the paper's."""
    target = fraction * kim.PAPER_K4[carbon_wt_percent]

    def residual(log_k):
        overrides = {**fixed, name: 10**log_k}
        irr = kim.formation(90, carbon_wt_percent, overrides)["irreversible [mAh/g]"]
        print(f"  {name} = 1e{log_k:.3f}: {irr:.2f} mAh/g (paper {target})", flush=True)
        return irr - target

    return 10 ** brentq(residual, *bracket, xtol=1e-3)


def main():
    print("NCM side, SC 0 wt%:")
    k_am = fit(K_AM, 0, {}, (-7.4, -7.2))
    print("carbon side, SC 3 wt%:")
    k_c = fit(K_C, 3, {K_AM: k_am}, (-9.5, -8.0), fraction=0.92)
    result = {K_AM: k_am, K_C: k_c, "targets": {"K4": kim.PAPER_K4}}
    OUTPUT.mkdir(exist_ok=True)
    (OUTPUT / "kim2024_calibration.json").write_text(dumps(result, indent=1))
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
