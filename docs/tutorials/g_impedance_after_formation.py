# %% [markdown]
# # (g) Impedance after formation
#
# What does the first cycle do to the impedance of a sulfide ASSB? We form the Kim 2024
# 90/3 wt% cell at 0.05 C with its side reactions on, rest it, and compare its spectrum
# with the pristine cell's at the same state of charge. The spectrum comes from the same
# model that cycled: `assb_models.impedance.eis.impedance` linearises the model (double layers on
# NCM and carbon, the CEI as R || C) about the end of the cycling solution. Then we read
# off the resistances the spectrum determines.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pybamm

import assb_models
from assb_models.impedance import eis
from assb_models.parameter_sets import Kim2024

FREQUENCIES = np.logspace(5, -2, 71)
params = assb_models.get_parameter_values(
    "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
)
area_cm2 = params["Electrode height [m]"] * params["Electrode width [m]"] * 1e4

# %% [markdown]
# ## 1. Form the cell, then linearise
# Cycle the resistive form of the model (fast) and linearise its capacitive form
# (`"surface form": "differential"`) about the formed state.

# %%
cycling = assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS)
linear = assb_models.SolidStateDFN(
    {**Kim2024.MODEL_OPTIONS, "surface form": "differential"}
)
formation = pybamm.Experiment(
    [
        (
            "Charge at 0.05C until 3.7 V",
            "Discharge at 0.05C until 3.0 V",
            "Rest for 2 hours",
        )
    ]
)
formed = assb_models.Simulation(
    cycling, parameter_values=params, experiment=formation
).solve()
# the pristine cell at the same state of charge as the formed one
x = float(formed["Average positive particle concentration [mol.m-3]"].entries[-1])
pristine = params.copy()
pristine.update({"Initial concentration in positive electrode [mol.m-3]": x})
spectra = {
    "pristine": (FREQUENCIES, eis.impedance(linear, pristine, FREQUENCIES)),
    "after formation": (
        FREQUENCIES,
        eis.impedance(linear, params, FREQUENCIES, state=formed),
    ),
}
print(
    f"SE left after formation: {100 * formed['Solid electrolyte fraction remaining'].entries[-1]:.0f} %, "
    f"CEI resistance {1e4 * formed['X-averaged positive electrode CEI resistance [Ohm.m2]'].entries[-1]:.0f} "
    "Ohm.cm2 per contacted NCM area"
)
fig, ax = plt.subplots(1, 2, figsize=(10, 4))
eis.nyquist_plot(spectra, ax=ax[0], area_cm2=area_cm2)
eis.bode_plot(spectra, axes=[ax[1], ax[1].twinx()])
ax[0].set_title("Kim 2024 90/3 wt% cell")
fig.tight_layout()

# %% [markdown]
# ## 2. Read the resistances off the spectrum
# The arcs of the NCM charge transfer, the CEI and the carbon double layer overlap in this
# cell, so a two-arc equivalent circuit cannot tell R1 from R2: `assb_models.fitting.circuit.fit_circuit` would
# flag them as not identifiable (a correlation near -1). We read what the spectrum does
# determine, without a circuit: the high-frequency intercept (ohmic: SE separator and the
# ionic path), the real part at 10 mHz (everything), their difference (the arcs), and the
# apex frequency of the arcs (their time constant).

# %%
for label, (f, z) in spectra.items():
    r_hf = z[0].real * area_cm2
    r_lf = z[-1].real * area_cm2
    arcs = f < 1e4
    apex = f[arcs][np.argmax(-z[arcs].imag)]
    print(
        f"{label}: ohmic {r_hf:.0f}, arcs {r_lf - r_hf:.0f}, total {r_lf:.0f} Ohm.cm2; "
        f"arc apex at {apex:.2g} Hz"
    )

# %% [markdown]
# Formation adds resistance in two places: the CEI on the NCM (the charge-transfer arc
# grows) and the SE consumed next to carbon (the ionic path). The low-frequency real part
# tells the total cost without any circuit.
#
# ## Exercises
# 1. Form the 90/0 cell (`carbon_wt_percent=0`). Which arc grows less, and why?
# 2. Switch off "CEI growth" (`{**Kim2024.MODEL_OPTIONS, "CEI growth": "none"}`): what is left of the change after formation?
# 3. Try `assb_models.fitting.circuit.fit_circuit(f, z)` on the formed spectrum and read its warning: which measurement (another state of charge, another temperature) would separate the two arcs?
