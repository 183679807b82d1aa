"""Discharge the Kim2024 cell (SolidStateDFN zoo entry) at three rates."""

import pybamm

from assb_models.zoo.solid_state_dfn import SolidStateDFN

model = SolidStateDFN()
values = model.default_parameter_values
capacity = values["Nominal cell capacity [A.h]"]
cut_off = values["Lower voltage cut-off [V]"]
for rate in (0.05, 0.1, 1.0):
    experiment = pybamm.Experiment(
        [f"Discharge at {rate * capacity} A until {cut_off} V"]
    )
    solution = pybamm.Simulation(
        model, parameter_values=values, experiment=experiment
    ).solve()
    print(
        f"{rate:g} C: {solution['Specific capacity [mA.h.g-1]'].entries[-1]:.1f} "
        "mAh/g NCM"
    )
