"""Property-based: values that validation accepts, given at solve time as inputs,
give a finite discharge inside the cut-offs or PyBaMM's SolverError."""

import numpy as np
import pybamm
import pytest

pytest.importorskip("hypothesis", reason="the test extra (hypothesis) is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import assb_models  # noqa: E402
from assb_models import InvalidInputError  # noqa: E402

SLOW = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
KIM = assb_models.get_parameter_values("Kim2024")

#: scalar parameters that can be solve-time inputs (none sets the geometry)
INPUTS = [
    "Solid electrolyte conductivity at reference temperature [S.m-1]",
    "Solid electrolyte conductivity activation energy [J.mol-1]",
    "Positive electrode Bruggeman coefficient (electrolyte)",
    "Positive electrode active material-solid electrolyte contact fraction",
    "Positive particle diffusivity at low lithiation [m2.s-1]",
    "Ambient temperature [K]",
    "Positive electrode carbon conductivity [S.m-1]",
]


@pytest.fixture(scope="module")
def input_simulation():
    pv = KIM.copy()
    pv.update({name: "[input]" for name in INPUTS})
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(),
        parameter_values=pv,
        var_pts={"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8},
    )
    sim.build()
    return sim


@SLOW
@given(name=st.sampled_from(INPUTS), factor=st.floats(-10, 10))
def test_accepted_values_give_a_finite_discharge(input_simulation, name, factor):
    """Values validation accepts either solve to finite voltages inside the cut-offs
    (the solver stops at them) or fail with PyBaMM's SolverError."""
    inputs = {n: KIM[n] for n in INPUTS}
    inputs[name] = KIM[name] * 10**factor if factor > -9.9 else -KIM[name]
    pv = KIM.copy()
    pv.update(inputs)
    try:
        assb_models.validate_parameter_values(pv)
    except InvalidInputError:
        return
    try:
        sol = input_simulation.solve([0, 600], inputs=inputs)
    except pybamm.SolverError:
        return
    v = sol["Voltage [V]"].entries
    assert np.isfinite(v).all()
    assert (v >= KIM["Lower voltage cut-off [V]"] - 0.05).all()
    assert (v <= KIM["Open-circuit voltage at 100% SOC [V]"] + 0.7).all()
