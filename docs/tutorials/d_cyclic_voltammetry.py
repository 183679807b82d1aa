# %% [markdown]
# # (d) A cyclic voltammogram of an SE-carbon electrode
#
# Where does the SE start to oxidise? Experimentalists answer with a cyclic voltammogram
# (CV) of an SE-carbon composite: sweep the potential up and down at a constant scan rate
# and watch the current. Carbon and SE together form a large double layer, which answers
# a sweep with a constant current C dV/dt (a rectangle); an oxidation reaction adds an
# anodic wave on the way up that does not come back on the way down.
#
# `assb_models.cyclic_voltammetry` sweeps any model's voltage between two limits. We take a
# Kim 2024 90/3 cathode and make its NCM unable to react (exchange current ~0), so only the
# SE, the carbon and their double layers remain.

# %%
import matplotlib.pyplot as plt
import numpy as np

import assb_models

SCAN_RATE = 1e-3  # V/s (1 mV/s)


def se_carbon_electrode(options):
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
    )
    pv["Positive electrode exchange-current density [A.m-2]"] = 1e-12  # NCM blocked
    model = assb_models.SolidStateDFN({"surface form": "differential", **options})
    return model, pv


# %%
fig, axes = plt.subplots(1, 2, figsize=(11, 4))
results = {}
for label, options in (
    ("double layers only", {}),
    ("with SE oxidation on carbon", {"SE oxidation on carbon": "self-limiting Tafel"}),
):
    model, pv = se_carbon_electrode(options)
    sol = assb_models.cyclic_voltammetry(
        model, pv, lower=2.5, upper=3.7, scan_rate=SCAN_RATE, cycles=2
    )
    v = sol["Voltage [V]"].entries
    i = -sol["Current [A]"].entries * 1e6  # oxidation positive, as in a CV plot [uA]
    for ax in axes:
        ax.plot(v, i, label=label)
    results[label] = sol
axes[0].set(
    xlabel="voltage vs Li-In [V]",
    ylabel="oxidation current [uA]",
    title="1 mV/s, 2 cycles",
)
axes[1].set(
    xlabel="voltage vs Li-In [V]",
    ylim=(-5, 5),
    title="zoom: the double-layer rectangle",
)
axes[0].legend(fontsize=8)
fig.tight_layout()

# %% [markdown]
# ## Reading the voltammogram
# The rectangle's height is the double-layer capacitance times the scan rate. The wave on
# each anodic sweep is the SE oxidising on carbon; its charge (the area between the wave
# and the rectangle) is exactly the side-reaction capacity the model counts, because over
# a closed cycle the double layers give back what they took:

# %%
sol = results["with SE oxidation on carbon"]
t = sol["Time [s]"].entries
cycle_1 = t <= t[-1] / 2
charge_cv = -np.trapezoid(sol["Current [A]"].entries[cycle_1], t[cycle_1])
q_ox = sol["Carbon SE oxidation capacity [A.h]"].entries
print(f"net charge of cycle 1: {1e3 * charge_cv:.2f} mC")
print(f"SE oxidation on carbon, cycle 1: {1e3 * 3600 * q_ox[cycle_1][-1]:.2f} mC")
print(
    f"SE oxidation on carbon, cycle 2: {1e3 * 3600 * (q_ox[-1] - q_ox[cycle_1][-1]):.2f} mC"
)

# %% [markdown]
# The second cycle's wave is smaller: the oxidation products passivate the carbon
# surface (self-limiting). Real SE-carbon CVs show the same decay over the first cycles.
#
# ## Exercises
# 1. Sweep ten times slower (1e-4 V/s). The rectangle shrinks tenfold; what happens to the oxidation charge, and why?
# 2. Raise the upper limit to 4.0 V vs Li-In. Does the wave turn into a peak (the reaction passivating itself within the sweep)?
# 3. Use carbon fibres, `carbon_specific_surface_area_m2_g=9.0, carbon_se_contact_fraction=0.1` (a third of the carbon black's carbon/SE area). Which feature of the CV tells you the carbon/SE contact area?
