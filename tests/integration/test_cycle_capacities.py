import numpy as np
import pybamm

import assb_models


def test_cycle_capacities_and_ce():
    """A clean cell returns what it takes; the bookkeeping sees it."""
    pv = assb_models.get_parameter_values("Kim2024")
    experiment = pybamm.Experiment(
        [
            (
                "Discharge at C/5 until 1.9 V",
                "Rest for 5 minutes",
                "Charge at C/5 until 3.7 V",
            )
        ]
        * 2
    )
    sol = pybamm.Simulation(
        assb_models.SolidStateDFN(), parameter_values=pv, experiment=experiment
    ).solve()
    rows = assb_models.simulation.analysis.cycle_capacities(sol)
    np.testing.assert_array_equal(rows["cycle"], [1, 2])
    # 158.0 then 148.6 mAh/g: the C/5 charge to 3.7 V vs Li-In does not refill
    # what the NCM law's first-cycle kinetic loss keeps
    assert np.all(rows["discharge"] > 140)
    # second cycle starts where the first charge ended: nearly the same capacity
    np.testing.assert_allclose(rows["CE [%]"][1], 100, atol=2)
    q = sol.cycles[0].steps[0]["Specific capacity [mA.h.g-1]"].entries
    np.testing.assert_allclose(rows["discharge"][0], q[-1] - q[0])
