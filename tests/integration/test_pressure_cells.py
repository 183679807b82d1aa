"""Stack-pressure laws in a solved model: the compacted structure is used."""

import numpy as np
import pybamm

import assb_models

MPA = 1e6


def sakka(**overrides):
    pv = assb_models.get_parameter_values("Sakka2022")
    pv.update(overrides)
    return pv


def test_model_uses_the_compacted_structure():
    """Thickness and fractions in the model are pressure_structure's, also with the
    pressure as an input parameter (symbolic mesh)."""
    pv = sakka(**{"Stack pressure at assembly [Pa]": "[input]"})
    model = assb_models.SolidStateDFN({"stack pressure": "laws"})
    sim = pybamm.Simulation(model, parameter_values=pv)
    for p in (6 * MPA, 100 * MPA):
        sol = sim.solve([0, 1], inputs={"Stack pressure at assembly [Pa]": p})
        s = assb_models.pressure_structure(sakka(), p)
        x_p = sol["x_p [m]"].entries[:, 0]  # uniform: spacing = thickness / nodes
        np.testing.assert_allclose(
            x_p[-1] - x_p[0],
            s["positive electrode thickness [m]"] * (1 - 1 / len(x_p)),
            rtol=1e-9,
        )
        np.testing.assert_allclose(
            sol["X-averaged positive electrode porosity"].entries[0],
            s["positive electrode solid electrolyte volume fraction"],
            rtol=1e-12,
        )
