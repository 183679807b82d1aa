# %% [markdown]
# # (b) Why a solid electrolyte is not a liquid one
#
# In a liquid electrolyte both Li+ and the anion move; under current the salt piles up at
# one electrode and depletes at the other, and that concentration polarisation costs
# voltage. A sulfide SE such as Li6PS5Cl is a **single-ion conductor**: only Li+ moves
# (transference number t+ = 1), its concentration is fixed by the crystal, and Ohm's law
# alone carries the current. Its price is elsewhere: the SE is a solid that must thread
# between hard NCM particles, so how much of it there is, and how tortuous its paths are,
# decides the rate.

# %%
import matplotlib.pyplot as plt
import numpy as np
import pybamm

import assb_models
from assb_models.models.reference import equivalent_pybamm_dfn

# %% [markdown]
# ## 1. Single-ion conduction: PyBaMM's DFN at t+ = 1 is our model
# `equivalent_pybamm_dfn` sets up PyBaMM's own liquid DFN (half-cell, Li-metal counter
# electrode) with the same parameters and t+ = 1. The two must give the same voltage. Then
# make the electrolyte liquid-like, t+ = 0.38 with a salt diffusivity of 3e-10 m2/s, and
# watch the concentration polarisation appear.

# %%
pv = assb_models.get_parameter_values(
    "Kim2024", am_wt_percent=80, anode="lithium metal"
)
t_eval = np.linspace(0, 2400, 121)  # 1C, 40 minutes
solid = pybamm.Simulation(
    assb_models.SolidStateDFN({"anode": "lithium metal"}), parameter_values=pv
)
sol_solid = solid.solve([0, 2400], t_interp=t_eval)

dfn, pv_dfn = equivalent_pybamm_dfn(pv)
sol_t1 = pybamm.Simulation(dfn, parameter_values=pv_dfn).solve(
    [0, 2400], t_interp=t_eval
)
liquid = pv_dfn.copy()
liquid.update(
    {"Cation transference number": 0.38, "Electrolyte diffusivity [m2.s-1]": 3e-10}
)
sol_liquid = pybamm.Simulation(dfn, parameter_values=liquid).solve(
    [0, 2400], t_interp=t_eval
)

n = min(len(s["Time [s]"].entries) for s in (sol_solid, sol_t1, sol_liquid))
dv = np.max(
    np.abs(sol_solid["Voltage [V]"].entries[:n] - sol_t1["Voltage [V]"].entries[:n])
)
print(f"SolidStateDFN vs PyBaMM DFN at t+ = 1: max difference {1e3 * dv:.2f} mV")

fig, ax = plt.subplots(1, 2, figsize=(10, 3.8))
for sol, label in (
    (sol_solid, "solid (t+ = 1)"),
    (sol_liquid, "liquid-like (t+ = 0.38)"),
):
    ax[0].plot(sol["Time [s]"].entries / 60, sol["Voltage [V]"].entries, label=label)
    x = 1e6 * np.concatenate(
        [sol["x_s [m]"].entries[:, -1], sol["x_p [m]"].entries[:, -1]]
    )
    ax[1].plot(
        x, sol["Electrolyte concentration [mol.m-3]"].entries[:, -1], label=label
    )
ax[0].set(
    xlabel="time [min]", ylabel="voltage vs Li [V]", title="1C discharge, NCM 80 wt%"
)
ax[1].set(
    xlabel="x [um] (separator, then cathode)",
    ylabel="Li+ concentration [mol/m3]",
    title="electrolyte at the end",
)
ax[0].legend()
fig.tight_layout()

# %% [markdown]
# The solid's Li+ concentration is flat: no concentration state, no diffusion potential.
# `SolidStateDFN` therefore carries no electrolyte concentration variables at all (fewer
# states than PyBaMM's DFN), only the ionic potential.
#
# ## 2. What the SE fraction does
# The effective conductivity of the SE inside the composite is the bulk one times a
# transport efficiency that falls steeply with the SE volume fraction, because NCM
# particles and carbon obstruct the paths. Compare the three Kim 2024 cathodes:

# %%
kappa_bulk = None
rows = []
for am in (80, 85, 90):
    pv_am = assb_models.get_parameter_values("Kim2024", am_wt_percent=am)
    sol = pybamm.Simulation(assb_models.SolidStateDFN(), parameter_values=pv_am).solve(
        [0, 1]
    )
    kappa_eff = sol["Solid electrolyte effective conductivity [S.m-1]"].entries[-1, 0]
    kappa_bulk = pv_am[
        "Solid electrolyte conductivity at reference temperature [S.m-1]"
    ]
    eps = pv_am["Positive electrode porosity"]  # PyBaMM's name for the SE fraction
    rows.append((am, eps, kappa_eff))
    print(
        f"NCM {am} wt%: SE {100 * eps:.1f} vol%, kappa_eff/kappa = {kappa_eff / kappa_bulk:.4f}"
    )

eps_grid = np.linspace(0.05, 0.6, 50)
fig, ax = plt.subplots(figsize=(5, 3.5))
ax.plot(
    eps_grid, eps_grid**1.5, "--", label="liquid in a porous electrode (Bruggeman 1.5)"
)
ax.plot(
    [r[1] for r in rows],
    [r[2] / kappa_bulk for r in rows],
    "o-",
    label="composite cathodes (model)",
)
for am, eps, k in rows:
    ax.annotate(f"{am} wt%", (eps, k / kappa_bulk))
ax.set(xlabel="SE volume fraction", ylabel="kappa_eff / kappa_SE", yscale="log")
ax.legend(fontsize=8)
fig.tight_layout()

# %% [markdown]
# The composites conduct far worse than a liquid-filled electrode of the same porosity: the
# SE paths are narrow, tortuous and interrupted by NCM and carbon. Kim 2024 measured a
# tenfold drop from 80 to 90 wt% NCM (target K2).
#
# ## Exercises
# 1. In part 1, raise the liquid's diffusivity to 3e-9 m2/s. Does the liquid cell approach the solid one? Why?
# 2. Set the liquid's transference number to 0.99. What is left of the concentration gradient?
# 3. In part 2, lower "Solid electrolyte conductivity at reference temperature [S.m-1]" tenfold (a poorer SE) and discharge the 80 wt% cell at 1C: which matters more, the SE's bulk conductivity or its fraction?
