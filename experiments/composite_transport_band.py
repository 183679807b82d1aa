"""Kim 2024's K2 and K10 across the band of the composite transport law.

The law (``solid_electrolyte.composite_efficiency``) has two values of the
composite: the AM packing at which the SE pore network closes (eps_max, electrode
basis) and the percolation exponent t. With measured composites in
``experiments/data/composite_ionic_conductivity.csv`` (columns: source, figure,
am_volume_fraction_of_solids, void_fraction, ratio, scatter; ratio = effective
ionic conductivity / SE pellet's, scatter = multiplicative, > 1) they are fitted
(``fit_obstruction``) and the band is the fit's 95 % intervals. Without that file
the band is the one ``Kim2024`` states for its estimate (``TRANSPORT_BAND``).

K2 = kappa(90/3) / kappa(80/3) in 0.07-0.14; K10: kappa of SC 1-3 wt% (90 wt% NCM)
within a factor 1.5 (targets file kim2024_carbon.md). Pristine composites at rest,
so kappa_eff / kappa_SE is the law at the recipe's volume fractions, what the
model uses; the centre is checked against the model itself.

Run ``python experiments/composite_transport_band.py`` (seconds); writes
``experiments/output/composite_transport_band.json``.
"""

import csv
import itertools
import pathlib
import sys

import numpy as np

from assb_models.parameter_sets import Kim2024
from assb_models.reproductions.kim2024 import cells
from assb_models.strict_json import dumps
from assb_models.submodels.solid_electrolyte import composite_efficiency
from assb_models.submodels.solid_electrolyte.composite_transport import (
    fit_obstruction,
)

HERE = pathlib.Path(__file__).parent
DATA = HERE / "data" / "composite_ionic_conductivity.csv"
OUTPUT = HERE / "output" / "composite_transport_band.json"
LIMIT = "Positive electrode active material packing limit"
EXPONENT = "Positive electrode obstruction exponent"
K2_RANGE, K10_FACTOR = (0.07, 0.14), 1.5


def fractions(am, carbon):
    """SE and AM volume fractions of a Kim 2024 cell (recipe, pristine)."""
    p = Kim2024.get_recipe(am_wt_percent=am, carbon_wt_percent=carbon)
    p = p.to_parameters()
    return (
        p["Positive electrode porosity"],
        p["Positive electrode active material volume fraction"],
    )


def targets(eps_max, t, b=1.5):
    """K2 and K10 (max/min over SC 1-3) of the law at (eps_max, t)."""

    def eff(am, carbon):
        return composite_efficiency(*fractions(am, carbon), b, eps_max, t)[0]

    k2 = eff(90, 3) / eff(80, 3)
    series = [eff(90, c) for c in (1, 2, 3)]
    return {
        "K2": k2,
        "K2 pass": K2_RANGE[0] <= k2 <= K2_RANGE[1],
        "K10": max(series) / min(series),
        "K10 pass": max(series) / min(series) <= K10_FACTOR,
        "SC3/SC1": series[2] / series[0],
    }


def band():
    """(eps_max range, t range, how it was obtained)."""
    if DATA.exists():
        with DATA.open() as f:
            rows = list(csv.DictReader(f))
        phi = np.array([float(r["am_volume_fraction_of_solids"]) for r in rows])
        void = np.array([float(r["void_fraction"]) for r in rows])
        eps_am = phi * (1 - void)
        eps_se = (1 - phi) * (1 - void)
        fit = fit_obstruction(
            eps_am,
            eps_se,
            [float(r["ratio"]) for r in rows],
            [float(r["scatter"]) for r in rows],
        )
        return (
            fit["packing limit 95% interval"],
            fit["exponent 95% interval"],
            {"fitted to": [f"{r['source']} {r['figure']}" for r in rows], **fit},
        )
    limit, exponent = Kim2024.TRANSPORT_BAND[LIMIT], Kim2024.TRANSPORT_BAND[EXPONENT]
    return limit[0], exponent[0], {"estimate": (limit[1], exponent[1])}


def main():
    limits, exponents, how = band()
    values = Kim2024.get_parameter_values()
    centre = (values[LIMIT], values[EXPONENT])
    grid = {}
    for eps_max, t in itertools.product(
        np.linspace(*limits, 11), np.linspace(*exponents, 5)
    ):
        grid[f"{eps_max:.3f}, {t:.3f}"] = targets(eps_max, t)
    passing = [k for k, v in grid.items() if v["K2 pass"] and v["K10 pass"]]
    # the model itself at the set's values (pristine, at rest)
    model_k = {
        (am, c): cells.effective_conductivities(am, c)[0]
        for am, c in ((80, 3), (90, 1), (90, 2), (90, 3))
    }
    model_series = [model_k[(90, c)] for c in (1, 2, 3)]
    result = {
        "band": {"packing limit": limits, "exponent": exponents, "how": how},
        "centre (set values)": {"values": centre, **targets(*centre)},
        "model at the set values": {
            "K2": model_k[(90, 3)] / model_k[(80, 3)],
            "K10": max(model_series) / min(model_series),
        },
        "grid points": len(grid),
        "K2 and K10 both pass at": passing,
        "grid": grid,
    }
    for key, v in grid.items():
        flag = "pass" if key in passing else "MISS"
        print(f"eps_max, t = {key}: K2 {v['K2']:.3f} K10 {v['K10']:.2f} {flag}")
    print(f"centre {centre}: {result['centre (set values)']}")
    print(f"model at the set values: {result['model at the set values']}")
    print(f"both pass at {len(passing)} of {len(grid)} grid points")
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
