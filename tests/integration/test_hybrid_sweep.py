"""A design sweep of LFP | LGPS-PEO hybrid | Li cells (Zhao2016 set, 60 C) over
the polymer membrane thickness and the LGPS fraction, on a local Dask cluster."""

import numpy as np
import pybamm
import pytest

pytest.importorskip("distributed")

import assb_models  # noqa: E402
from assb_models import sweep  # noqa: E402
from assb_models.parameter_sets import Zhao2016  # noqa: E402
from assb_models.simulation.analysis import cycle_capacities  # noqa: E402

THICKNESS = "Separator thickness [m]"
STEPS = [
    "Charge at C/5 until 4.0 V",
    "Hold at 4.0 V until C/50",
    "Discharge at 1C until 2.5 V",
]


def spec(grid):
    return {
        "parameter_set": "Zhao2016",
        "model_options": dict(Zhao2016.MODEL_OPTIONS),
        "batch_size": 2,
        "design": {"grid": grid},
        "protocol": {"cycles": [{"label": "1C", "steps": STEPS}]},
        "metrics": {"names": ["discharge capacity"]},
    }


def alone(weight, thickness):
    values = assb_models.get_parameter_values("Zhao2016", lgps_weight_fraction=weight)
    values.update({THICKNESS: thickness})
    model = assb_models.SolidStateDFN(Zhao2016.MODEL_OPTIONS)
    sim = pybamm.Simulation(
        model, parameter_values=values, experiment=pybamm.Experiment([tuple(STEPS)])
    )
    return cycle_capacities(sim.solve())["discharge"][0]


def test_polymer_thickness_and_sulfide_fraction_sweep(client, tmp_path):
    grid = {"lgps_weight_fraction": [0.01, 0.7], THICKNESS: [5e-5, 3e-4]}
    table = sweep.run(spec(grid), tmp_path, client=client, progress=False)
    assert len(table) == 4
    assert (table["status"] == "ok").all(), table["error"].tolist()
    column = next(c for c in table.columns if c.startswith("discharge capacity"))
    caps = {
        (row["lgps_weight_fraction"], row[THICKNESS]): row[column]
        for _, row in table.iterrows()
    }
    # a thicker membrane never helps; the LGPS-rich hybrid (t+ ~ 1, no salt
    # depletion) holds at least the polymer's capacity
    for w in (0.01, 0.7):
        assert caps[(w, 3e-4)] <= caps[(w, 5e-5)] * (1 + 1e-6)
    for L in (5e-5, 3e-4):
        assert caps[(0.7, L)] >= caps[(0.01, L)] * (1 - 1e-3)
    np.testing.assert_allclose(caps[(0.01, 3e-4)], alone(0.01, 3e-4), rtol=1e-4)
