"""The reversible SE redox couple on carbon, and the lithium balance of the Kim 2024
chemistry through formation and cycling."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024
from assb_models.reproductions import kim2024

REDOX_ONLY = {
    "SE redox on carbon": "reversible couple",
    # the irreversible branch present but off: its SE consumption is live
    "SE oxidation on carbon": "self-limiting Tafel",
    "SE consumption": "true",
    "SE transport efficiency": "composite obstruction",
}
IRREVERSIBLE_OFF = {"Carbon SE oxidation rate constant [A.m-2]": 0.0}
E_EQ = "Carbon SE redox equilibrium potential [V]"


def _solve(options, steps, overrides=None, tol=1e-8):
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
    )
    pv.update(overrides or {})
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(options),
        parameter_values=pv,
        experiment=pybamm.Experiment(steps),
        solver=pybamm.IDAKLUSolver(rtol=tol, atol=tol),
    )
    return sim.solve(), pv


@pytest.fixture(scope="module")
def redox_cycle():
    """A slow CC-CV cycle spanning the couple's equilibrium potential +-0.3 V."""
    steps = [
        "Charge at 0.05C until 3.0 V",
        "Hold at 3.0 V for 1 hour",
        "Discharge at 0.05C until 1.9 V",
        "Hold at 1.9 V for 2 hours",
    ]
    return _solve(REDOX_ONLY, steps, IRREVERSIBLE_OFF)


def test_redox_cycle_spans_its_equilibrium_potential(redox_cycle):
    sol, pv = redox_cycle
    dphi = sol["Positive electrode surface potential difference [V]"].entries
    assert dphi.max() >= pv[E_EQ] + 0.3
    assert dphi.min() <= pv[E_EQ] - 0.3


def test_reversible_charge_returns_on_discharge(redox_cycle):
    """The charge the couple stores on charge comes back on discharge (2 %)."""
    sol, _ = redox_cycle
    stored = sol["Carbon SE redox charge stored [A.h]"].entries
    # the end of the hold at the top of charge (each step is its own cycle)
    top = sol.cycles[1]["Carbon SE redox charge stored [A.h]"].entries[-1]
    q_ox = top - stored[0]
    q_red = top - stored[-1]
    m_am = sol["Positive electrode active material mass [kg]"].entries[-1]
    assert q_ox / m_am > 0.01  # the couple really charged: > 0.01 mAh/g
    assert abs(q_ox - q_red) <= 0.02 * q_ox, (q_ox, q_red)


def test_reversible_charge_consumes_no_se(redox_cycle):
    sol, _ = redox_cycle
    remaining = sol["Solid electrolyte fraction remaining"].entries
    np.testing.assert_allclose(remaining, 1.0, rtol=0, atol=1e-12)
    assert sol["SE oxidation capacity [A.h]"].entries[-1] == 0.0


def test_zero_reversible_capacity_is_the_irreversible_only_model():
    steps = ["Charge at 0.05C until 3.7 V"]
    with_couple, _ = _solve(
        Kim2024.MODEL_OPTIONS, steps, {"Carbon SE redox capacity [C.m-2]": 0.0}
    )
    without = dict(Kim2024.MODEL_OPTIONS, **{"SE redox on carbon": "none"})
    irreversible_only, _ = _solve(without, steps)
    t = with_couple.t[with_couple.t < min(with_couple.t[-1], irreversible_only.t[-1])]
    np.testing.assert_allclose(
        with_couple["Voltage [V]"](t), irreversible_only["Voltage [V]"](t), atol=1e-6
    )


def _lithium_drift(am, sc, anode="Li-In"):
    upper, lower = (3.7, 1.9) if anode == "Li-In" else (4.32, 2.52)
    formation = (
        f"Charge at 0.05C until {upper} V",
        "Rest for 1 hour",
        f"Discharge at 0.05C until {lower} V",
    )
    cycle = (f"Charge at 0.5C until {upper} V", f"Discharge at 0.5C until {lower} V")
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=am, carbon_wt_percent=sc, pristine=True, anode=anode
    )
    options = dict(Kim2024.MODEL_OPTIONS, anode=anode)
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(options),
        parameter_values=pv,
        experiment=pybamm.Experiment([formation] + [cycle] * 3),
    )
    sol = sim.solve()
    n = sol["Total lithium [mol]"].entries
    return sol, float(np.max(np.abs(n - n[0])) / n[0])


@pytest.mark.parametrize("cell", [(90, 0), (90, 3)])
def test_total_lithium_through_formation_and_three_cycles(cell):
    sol, drift = _lithium_drift(*cell)
    assert len(sol.cycles) == 4
    assert drift < 1e-10, drift


@pytest.mark.slow
@pytest.mark.parametrize("anode", ["Li-In", "lithium metal"])
@pytest.mark.parametrize("cell", kim2024.FORMED_CELLS)
def test_total_lithium_every_cell_and_anode(cell, anode):
    _, drift = _lithium_drift(*cell, anode=anode)
    assert drift < 1e-10, drift
