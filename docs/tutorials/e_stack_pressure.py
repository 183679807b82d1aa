# %% [markdown]
# # (e) Stack pressure
#
# A solid composite has no liquid to wet its particles: ions and electrons cross only where
# solids touch. The stack pressure decides how much they touch. Sakka et al. imaged an
# NCM111 | LGPS composite by X-ray CT at 6 to 100 MPa and found that pressure
#
# - closes voids (porosity falls, with a memory of the highest pressure reached),
# - raises the AM/SE contact and the real contact area of each interface, so the
#   charge-transfer resistance falls about as 1/P,
# - makes the SE paths less tortuous (apparent ionic conductivity rises).
#
# `SolidStateDFN({"stack pressure": "laws"})` makes each of these a law of
# "Stack pressure at assembly [Pa]", and `assb_models.impedance.small_signal` reads the resistances off the model.

# %%
import matplotlib.pyplot as plt
import pybamm

import assb_models
from assb_models.impedance.small_signal import small_signal_resistances
from assb_models.parameter_sets import Sakka2022

PRESSURES_MPA = (6, 12, 25, 50, 100)
print("options:", Sakka2022.MODEL_OPTIONS)

# %%
rows = []
for p in PRESSURES_MPA:
    pv = assb_models.get_parameter_values("Sakka2022", stack_pressure_MPa=p)
    # resistances at half charge (x = 0.7), read off the model's small-signal response
    half = pv.copy()
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    half["Initial concentration in positive electrode [mol.m-3]"] = 0.7 * c_max
    rs = small_signal_resistances(
        assb_models.SolidStateDFN(Sakka2022.MODEL_OPTIONS), half
    )
    sol = assb_models.Simulation(
        assb_models.SolidStateDFN(Sakka2022.MODEL_OPTIONS),
        parameter_values=pv,
        experiment=pybamm.Experiment(
            ["Charge at 0.01C until 3.68 V", "Discharge at 0.01C until 2.38 V"]
        ),
    ).solve()
    discharge = sol.cycles[-1]["Specific capacity [mA.h.g-1]"].entries
    rows.append(
        {
            "P": p,
            "R_ct": 1e4 * rs["Area-specific charge-transfer resistance [Ohm.m2]"],
            "kappa": rs["Apparent ionic conductivity [S.m-1]"],
            "Q": float(discharge[-1] - discharge[0]),
        }
    )
    r = rows[-1]
    print(
        f"{p:>3} MPa: R_ct {r['R_ct']:.0f} Ohm.cm2, apparent kappa {1e3 * r['kappa']:.3f} mS/m, "
        f"0.01 C discharge {r['Q']:.0f} mAh/g"
    )

fig, ax = plt.subplots(1, 3, figsize=(12, 3.5))
P = [r["P"] for r in rows]
ax[0].loglog(P, [r["R_ct"] for r in rows], "o-", label="model")
ax[0].loglog(P, [rows[0]["R_ct"] * P[0] / p for p in P], "k--", label="1/P")
ax[0].set(
    xlabel="stack pressure [MPa]", ylabel="R_ct [Ohm.cm2]", title="charge transfer"
)
ax[0].legend()
ax[1].plot(P, [1e3 * r["kappa"] for r in rows], "o-")
ax[1].set(
    xlabel="stack pressure [MPa]", ylabel="apparent kappa [mS/m]", title="ionic paths"
)
ax[2].plot(P, [r["Q"] for r in rows], "o-")
ax[2].set(
    xlabel="stack pressure [MPa]", ylabel="capacity [mAh/g]", title="0.01 C discharge"
)
fig.tight_layout()

# %% [markdown]
# The charge-transfer resistance follows 1/P because the real contact area of two rough
# solids grows in proportion to the load (Bowden-Tabor). The capacity at 0.01 C of this
# thick (60 mg/cm2) cathode rises with pressure as contact and ionic paths improve.
#
# ## Exercises
# 1. Replace the contact law: `pv["Positive electrode active material-solid electrolyte contact fraction vs pressure"]` is a function of pressure; give it a constant and see which of the three panels change.
# 2. Charge and discharge at 0.05 C instead of 0.01 C. Does pressure matter more or less at higher rate? Why? (At 6 MPa even C/10 is out of reach: try it.)
# 3. Try `{**Sakka2022.MODEL_OPTIONS, "contact loss": "chemo-mechanical"}` and cycle the cell 5 times at 12 and at 100 MPa: where is contact lost, and why does pressure help?
