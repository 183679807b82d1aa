"""SE consumed as shells: atoms conserved, and less loss of conduction."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024

FORMATION = (
    "Charge at 0.05C until 3.7 V",
    "Rest for 1 hour",
    "Discharge at 0.05C until 1.9 V",
)


@pytest.fixture(scope="module")
def formed():
    """The carbon-free 90 wt% cell (Li-In) after formation, mean-field and shell."""
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=0, pristine=True
    )
    out = {}
    for law in ("true", "shell"):
        model = assb_models.SolidStateDFN(
            {**Kim2024.MODEL_OPTIONS, "SE consumption": law}
        )
        sim = pybamm.Simulation(
            model,
            parameter_values=pv,
            experiment=pybamm.Experiment([FORMATION, FORMATION]),
        )
        out[law] = sim.solve()
    return out


def test_total_lithium_is_constant_with_shell_consumption(formed):
    sol = formed["shell"]
    assert len(sol.cycles) == 2
    n = sol["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-10)
    # the SE really was consumed, and from the shells
    assert sol["Solid electrolyte fraction remaining"].entries[-1] < 0.99
    shell = sol["Positive electrode SE shell consumed volume fraction"].entries
    assert shell.max() > 0


def test_shell_consumption_keeps_more_conduction_than_mean_field(formed):
    kappa = {
        law: sol["Solid electrolyte effective conductivity [S.m-1]"].entries[:, -1]
        for law, sol in formed.items()
    }
    assert np.all(kappa["shell"] >= kappa["true"] * (1 - 1e-9))
    assert np.mean(kappa["shell"]) > np.mean(kappa["true"])
