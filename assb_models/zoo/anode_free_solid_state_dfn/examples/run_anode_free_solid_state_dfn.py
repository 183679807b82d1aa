"""First cycle of the Lee2020 anode-free cell (AnodeFreeSolidStateDFN zoo entry)."""

import pybamm

from assb_models.zoo.anode_free_solid_state_dfn import AnodeFreeSolidStateDFN

model = AnodeFreeSolidStateDFN()
values = model.default_parameter_values
experiment = pybamm.Experiment(
    [
        f"Charge at C/10 until {values['Upper voltage cut-off [V]']} V",
        f"Discharge at C/10 until {values['Lower voltage cut-off [V]']} V",
    ]
)
solution = pybamm.Simulation(
    model, parameter_values=values, experiment=experiment
).solve()
for step, label in zip(solution.cycles, ("charged", "discharged"), strict=True):
    print(
        f"{label}: Ag-C {step['Lithium in Ag-C interlayer [mol]'].entries[-1]:.3e} "
        f"mol, plated {step['Lithium in plated lithium [mol]'].entries[-1]:.3e} mol"
    )
