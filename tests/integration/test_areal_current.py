"""Areal steps solved: the model's current density is the areal current."""

import numpy as np

import assb_models
from assb_models.simulation.protocol import areal_experiment


def test_areal_current_is_the_models_current_density():
    """0.5 mA/cm2 on a 2 cm2 cell: the model's current density is 5 A/m2."""
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({"Electrode width [m]": 0.02})
    experiment = areal_experiment(["Discharge at 0.5 mA/cm2 for 1 minute"], pv)
    sim = assb_models.Simulation(
        assb_models.SolidStateDFN(), parameter_values=pv, experiment=experiment
    )
    sol = sim.solve()
    np.testing.assert_allclose(sol["Current [A]"].entries, 1e-3, rtol=1e-6)
    np.testing.assert_allclose(
        sol["Total current density [A.m-2]"].entries, 5.0, rtol=1e-6
    )
