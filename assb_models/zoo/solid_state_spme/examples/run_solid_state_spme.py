"""SolidStateSPMe zoo entry against the DFN at C/10 and 1C (Kim2024)."""

import pybamm

from assb_models.models import SolidStateDFN
from assb_models.zoo.solid_state_spme import SolidStateSPMe

values = SolidStateSPMe().default_parameter_values
capacity = values["Nominal cell capacity [A.h]"]
cut_off = values["Lower voltage cut-off [V]"]
for rate in (0.1, 1.0):
    experiment = pybamm.Experiment(
        [f"Discharge at {rate * capacity} A until {cut_off} V"]
    )
    capacities = [
        pybamm.Simulation(model, parameter_values=values, experiment=experiment)
        .solve()["Discharge capacity [A.h]"]
        .entries[-1]
        for model in (SolidStateSPMe(), SolidStateDFN())
    ]
    print(
        f"{rate:g} C: SPMe {1e3 * capacities[0]:.4f} mAh, "
        f"DFN {1e3 * capacities[1]:.4f} mAh"
    )
