# %% [markdown]
# # (j) Polymer, sulfide, hybrid
#
# A sulfide such as Li6PS5Cl is a **single-ion conductor**: only Li+ moves. A polymer
# electrolyte such as PEO-LiTFSI is a **binary salt**: Li+ and TFSI- both move, and Li+
# carries only a fraction t+ (about 0.2) of the current. Under current the anions are
# held back at the faces that pass only Li+ (a Li electrode, or a sulfide), so the salt
# piles up at one face and depletes at the other. That salt polarisation costs voltage:
# between two anion-blocking faces the steady resistance of an ideal polymer is its
# ohmic one divided by t+ (Bruce and Vincent). A hybrid puts the two in series, e.g. a
# thin polymer film between the Li and the sulfide: the film keeps the sulfide away from
# the Li, the sulfide carries the current across the rest of the cell without any salt
# gradient.
#
# The option `"electrolyte"` picks the electrolyte of each layer: `"single-ion"` (the
# sulfide), `"polymer"` (a polymer fills the cell; in a symmetric cell, the layer
# between the foils) or `"polymer interlayer"` (a polymer film on the Li, in its own mesh
# domain, then the sulfide; the polymer/sulfide interphase, SPEI, in series at the
# junction).

# %%
import matplotlib.pyplot as plt
import numpy as np
import pybamm

import assb_models

# %% [markdown]
# ## 1. Li | polymer | Li against Li | sulfide | Li
# The polymer values below are **illustrative** (an estimate of the order of PEO-LiTFSI
# near 60 C: conductivity 1e-4 S/cm, salt diffusivity 5e-12 m2/s, t+ = 0.2, just below
# the 0.25-0.3 that PFG NMR gives for PEO-LiN(CF3SO2)2, Handbook of Battery Materials,
# Table 18.2); the published parameter sets of the package give sourced ones. Both cells are 50 um thick, run at
# 0.05 mA/cm2 for 20 minutes, then rest.

# %%
POLYMER = {
    "Polymer electrolyte conductivity [S.m-1]": 1e-2,
    "Polymer salt diffusivity [m2.s-1]": 5e-12,
    "Polymer cation transference number": 0.2,
    "Polymer thermodynamic factor": 1.0,
    "Polymer initial salt concentration [mol.m-3]": 1000.0,
    "Polymer interlayer thickness [m]": 10e-6,
    "Polymer/sulfide interphase initial resistance [Ohm.m2]": 1e-3,
}
CURRENT = 0.5  # A/m2 = 0.05 mA/cm2


def symmetric_cell(electrolyte, thickness=50e-6):
    model = assb_models.SymmetricCell(
        {
            "electrolyte": electrolyte,
            "anode interphase": "none",
            "anode contact": "full",
        }
    )
    pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    pv.update(POLYMER, check_already_exists=False)
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    pv.update({"Separator thickness [m]": thickness, "Separator porosity": 1.0})
    pv["Current function [A]"] = CURRENT * area
    return model, pv


def run(electrolyte, thickness=50e-6):
    model, pv = symmetric_cell(electrolyte, thickness)
    experiment = pybamm.Experiment(
        [
            (
                f"Discharge at {pv['Current function [A]']} A for 20 minutes "
                "(10 second period)",
                "Rest for 20 minutes (10 second period)",
            )
        ]
    )
    sim = pybamm.Simulation(model, parameter_values=pv, experiment=experiment)
    return sim.solve(), pv


sol_peo, pv_peo = run("polymer")
sol_se, _ = run("single-ion")

fig, ax = plt.subplots(1, 2, figsize=(10, 3.8))
for sol, label in ((sol_peo, "Li | polymer | Li"), (sol_se, "Li | sulfide | Li")):
    ax[0].plot(
        sol["Time [h]"].entries * 60,
        1e3 * sol["Cell overpotential [V]"].entries,
        label=label,
    )
ax[0].set(xlabel="time [min]", ylabel="cell overpotential [mV]", title="0.05 mA/cm2")
ax[0].legend()
c = sol_peo["Polymer electrolyte salt concentration [mol.m-3]"].entries
t_s = sol_peo["Time [s]"].entries
x_pe = np.linspace(0, 50, c.shape[0])  # cell centres, 20 finite volumes
for minutes in (0, 2, 5, 20):
    k = np.argmin(np.abs(t_s - 60 * minutes))
    ax[1].plot(x_pe, c[:, k], label=f"{minutes} min")
ax[1].axhline(1000, color="k", lw=0.5)
ax[1].set(
    xlabel="x [um] (stripped Li at 0)",
    ylabel="salt concentration [mol/m3]",
    title="salt polarisation in the polymer",
)
ax[1].legend(fontsize=8)
fig.tight_layout()

# %% [markdown]
# The sulfide cell's overpotential is flat (ohmic drop and charge transfer); the polymer
# cell's rises as the salt polarises and relaxes again at rest. For an ideal salt between
# anion-blocking faces the steady resistance of the layer is
# R_ss = R_ohm + 2RT(1 - t+)^2 L / (F^2 D c); when the conductivity obeys Nernst-Einstein,
# kappa = F^2 D c / (2RT t+ (1 - t+)), this is exactly R_ohm / t+ (Bruce and Vincent).
# The illustrative polymer conducts less than Nernst-Einstein predicts (ion pairs carry
# no current), so its ratio lies between 1 and 1/t+.

# %%
F, R, T = 96485.33212, 8.314462618, 298.15
t_plus = POLYMER["Polymer cation transference number"]
D = POLYMER["Polymer salt diffusivity [m2.s-1]"]
c0 = POLYMER["Polymer initial salt concentration [mol.m-3]"]
r_ohm = 50e-6 / POLYMER["Polymer electrolyte conductivity [S.m-1]"]
r_ss = r_ohm + 2 * R * T * (1 - t_plus) ** 2 * 50e-6 / (F**2 * D * c0)
drop = sol_peo["Polymer electrolyte potential difference [V]"].entries
on = drop[sol_peo["Time [s]"].entries <= 1200]
print(f"R at start / R_ohm = {on[0] / CURRENT / r_ohm:.3f} (expected 1)")
print(
    f"R after 20 min / R_ohm = {on[-1] / CURRENT / r_ohm:.3f} "
    f"(steady, ideal salt: {r_ss / r_ohm:.3f}; 1/t+ = {1 / t_plus:.1f})"
)

# %% [markdown]
# ## 2. The hybrid: polymer films on the Li, sulfide in between
# `"polymer interlayer"` puts a 10 um polymer film on each Li foil around a 500 um
# sulfide pellet. The Li+ flux is continuous through each junction, no anion crosses into
# the sulfide, and the SPEI adds its resistance in series. The salt polarises inside the
# films only; the sulfide, a single-ion conductor, carries no gradient.

# %%
model = assb_models.SymmetricCell(
    {
        "electrolyte": "polymer interlayer",
        "anode interphase": "none",
        "anode contact": "full",
    }
)
pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
pv.update(POLYMER, check_already_exists=False)
area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
pv["Current function [A]"] = 5 * CURRENT * area
sol = pybamm.Simulation(model, parameter_values=pv).solve([0, 600])

L_f = 1e6 * POLYMER["Polymer interlayer thickness [m]"]
L_s = 1e6 * pv["Separator thickness [m]"]
c_n = sol["Negative polymer interlayer salt concentration [mol.m-3]"].entries[:, -1]
c_p = sol["Positive polymer interlayer salt concentration [mol.m-3]"].entries[:, -1]
x_f = np.linspace(0, L_f, c_n.size)
fig, ax = plt.subplots(1, 2, figsize=(10, 3.8))
ax[0].plot(x_f, c_n, "C0", label="polymer film")
ax[0].plot(L_f + L_s + x_f, c_p, "C0")
ax[0].axvspan(L_f, L_f + L_s, color="C1", alpha=0.2, label="sulfide (single-ion)")
ax[0].set(
    xlabel="x [um]",
    ylabel="salt in the polymer [mol/m3]",
    title="after 10 min at 0.25 mA/cm2",
)
ax[0].legend(fontsize=8)
ax[1].plot(
    sol["Time [s]"].entries / 60,
    1e3 * sol["Negative polymer/sulfide junction potential step change [V]"].entries,
)
ax[1].set(
    xlabel="time [min]",
    ylabel="change of the junction step [mV]",
    title="salt depletion at the polymer/sulfide junction",
)
fig.tight_layout()

# %% [markdown]
# The junction's electric potential step follows the Li+ activity of the polymer there:
# as the salt depletes at the junction, the step falls by (RT/F) ln(c/c0). In the
# Li-referenced potentials the model solves, the same loss appears as the diffusion
# potential across the film, so it shows in the cell voltage.
#
# ## Exercises
# 1. Set "Polymer cation transference number" to 1 in part 1: the polymer cell now
#    behaves as the sulfide one (no polarisation). What remains different?
# 2. Halve the film thickness in part 2. How do the salt gradient and the time to reach
#    the steady state change (diffusion time L^2/D)?
# 3. Raise "Polymer/sulfide interphase initial resistance [Ohm.m2]" tenfold: which part
#    of the overpotential grows, and does the salt profile change?
