# %% [markdown]
# # (a) A cell from its recipe
#
# Papers describe a composite cathode by its **recipe**: weight percent of active material
# (AM), solid electrolyte (SE) and carbon, the true densities of each, the areal loading and
# the voids left after pressing. The model needs volume fractions and a thickness. This
# tutorial builds three Kim 2024 cathodes (80, 85 and 90 wt% NCM, 3 wt% carbon), looks at
# how much SE each keeps, and discharges each at C/2.

# %%
import matplotlib.pyplot as plt
import pybamm

import assb_models
from assb_models.parameter_sets import Kim2024

# %% [markdown]
# ## 1. Weight fractions become volume fractions
# NCM is 2.5 times denser than Li6PS5Cl, so 10 wt% of SE is far more than 10 vol%. Going
# from 80 to 90 wt% NCM more than halves the SE volume: the ionic network thins out.

# %%
for am in (80, 85, 90):
    recipe = Kim2024.get_recipe(am_wt_percent=am)
    eps = recipe.volume_fractions()
    print(
        f"NCM {am} wt%: AM {100 * eps['am']:.1f}, SE {100 * eps['se']:.1f}, "
        f"carbon {100 * eps['carbon']:.1f}, voids {100 * eps['void']:.0f} vol%; "
        f"thickness {1e6 * recipe.thickness_m:.0f} um"
    )

# %% [markdown]
# ## 2. The same recipe as PyBaMM parameters, and a C/2 discharge
# `get_parameter_values` turns the recipe into PyBaMM-named parameters (every value keeps
# its source: `assb_models.get_sources("Kim2024")`). The model is an ordinary PyBaMM model.

# %%
fig, ax = plt.subplots(1, 2, figsize=(9, 3.5))
for am in (80, 85, 90):
    params = assb_models.get_parameter_values("Kim2024", am_wt_percent=am)
    sim = assb_models.Simulation(
        assb_models.SolidStateDFN(),
        parameter_values=params,
        experiment=pybamm.Experiment(["Discharge at C/2 until 1.9 V"]),
    )
    sol = sim.solve()
    kappa = sol["Solid electrolyte effective conductivity [S.m-1]"].entries[0, 0]
    q = sol["Specific capacity [mA.h.g-1]"].entries
    print(
        f"NCM {am} wt%: effective SE conductivity {kappa:.2e} S/m, C/2 capacity {q[-1]:.0f} mAh/g"
    )
    ax[0].plot(q, sol["Voltage vs Li-In [V]"].entries, label=f"NCM {am} wt%")
    # where the current flows at the end: near the separator when ions are slow
    x_p = sol["x_p [m]"].entries[:, -1]
    j = sol["Positive electrode interfacial current density [A.m-2]"].entries[:, -1]
    ax[1].plot((x_p - x_p[0]) * 1e6, j, label=f"NCM {am} wt%")
ax[0].set(
    xlabel="capacity [mAh/g]", ylabel="voltage vs Li-In [V]", title="C/2 discharge"
)
ax[1].set(
    xlabel="distance from separator [um]",
    ylabel="j [A/m2]",
    title="reaction current at the end",
)
ax[0].legend()
fig.tight_layout()

# %% [markdown]
# The 90 wt% cathode has the most NCM per gram but the least SE: its ions cannot reach
# the back of the electrode in time, the reaction crowds near the separator and the
# capacity at C/2 falls. This is the rate-capability trend of Kim 2024 (target K7).
#
# ## Exercises (change one knob at a time)
# 1. `void_fraction=0.05` in `get_parameter_values`: a better-pressed pellet. Which cell gains most?
# 2. `am_loading_mg_cm2=20`: a thicker electrode. How does the C/2 capacity of the 80 wt% cell change?
# 3. Discharge at C/10 instead of C/2: does the 90 wt% cell recover its capacity? What does that tell you about the cause?
