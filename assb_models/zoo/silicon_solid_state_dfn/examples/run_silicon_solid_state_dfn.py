"""Two hours of the first charge of the Tan2021 Si-film cell (zoo entry)."""

import pybamm

from assb_models.zoo.silicon_solid_state_dfn import SiliconSolidStateDFN

model = SiliconSolidStateDFN()
values = model.default_parameter_values
solution = pybamm.Simulation(model, parameter_values=values).solve([0, 7200])
print(f"Li in Si: {solution['Lithium in silicon [mol]'].entries[-1]:.3e} mol")
swelling = solution["Negative electrode thickness change [m]"].entries[-1]
print(f"film swelling: {1e6 * swelling:.2f} um")
