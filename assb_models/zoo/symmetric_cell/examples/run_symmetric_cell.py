"""Plate and strip a Park2021 Li | Li6PS5Cl | Li cell at 0.1 mA/cm2 (zoo entry)."""

import pybamm

from assb_models.models import plating_stripping_experiment
from assb_models.zoo.symmetric_cell import SymmetricCell

model = SymmetricCell()
values = model.default_parameter_values
area_cm2 = 1e4 * values["Electrode height [m]"] * values["Electrode width [m]"]
steps = plating_stripping_experiment(0.1, area_cm2, cycles=2, capacity_mAh_cm2=0.1)
solution = pybamm.Simulation(
    model, parameter_values=values, experiment=pybamm.Experiment(steps)
).solve()
overpotential = solution["Cell overpotential [V]"].entries
print(f"largest overpotential: {1e3 * abs(overpotential).max():.1f} mV")
