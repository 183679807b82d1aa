"""Physical results of the SolidStateSPMe zoo entry (Kim2024, Li-In anode)."""

import numpy as np
import pybamm

from assb_models.models import SolidStateDFN
from assb_models.zoo.solid_state_spme import SolidStateSPMe


def _slow_capacity(model):
    """Capacity [A.h] of a 0.05 C discharge of the Kim2024 cell to its cut-off."""
    values = model.default_parameter_values
    current = 0.05 * values["Nominal cell capacity [A.h]"]
    cut_off = values["Lower voltage cut-off [V]"]
    experiment = pybamm.Experiment([f"Discharge at {current} A until {cut_off} V"])
    simulation = pybamm.Simulation(
        model, parameter_values=values, experiment=experiment
    )
    return simulation.solve()["Discharge capacity [A.h]"].entries[-1]


def test_slow_discharge_matches_dfn():
    """At 0.05 C the ohmic drop across the composite is far below RT/F, where the
    reduced model is exact to first order: its capacity equals the DFN's to 1 %."""
    np.testing.assert_allclose(
        _slow_capacity(SolidStateSPMe()), _slow_capacity(SolidStateDFN()), rtol=0.01
    )


def test_open_circuit_voltage_at_rest():
    """With no current the voltage is the NCM OCP at x0 minus the Li-In 0.62 V."""
    model = SolidStateSPMe()
    values = model.default_parameter_values
    values["Current function [A]"] = 0.0
    solution = pybamm.Simulation(model, parameter_values=values).solve([0, 60])
    c_max = values["Maximum concentration in positive electrode [mol.m-3]"]
    x0 = values["Initial concentration in positive electrode [mol.m-3]"] / c_max
    ocv = (
        values["Positive electrode OCP [V]"](pybamm.Scalar(x0)).evaluate()
        - values["Negative electrode OCP [V]"]
    )
    np.testing.assert_allclose(solution["Voltage [V]"].entries, ocv, atol=1e-6)
