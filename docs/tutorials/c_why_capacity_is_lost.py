# %% [markdown]
# # (c) Why capacity is lost: SE oxidation on carbon and on NCM
#
# A sulfide SE is stable only in a narrow window. On the first charge of a composite
# cathode it oxidises where it touches an electron conductor at high potential:
#
# - on **carbon**, already below 3.2 V vs Li-In (Kim 2024 saw SOx at 3.0 V), making a
#   resistive product layer and **intermediates** that move on;
# - on **NCM** at 3.4-3.7 V vs Li-In, sped up by those intermediates, covering the NCM
#   with sulfates and phosphates (the cathode interphase, CEI).
#
# Every electron these reactions take is charge the cell does not give back: the
# first-cycle irreversible capacity. Each reaction follows its written stoichiometry, so
# it also consumes SE (and the SE's lithium), and "Total lithium [mol]" stays constant.
# Here we form two Kim 2024 cells (90 wt% NCM) at 0.05 C, without carbon and with
# 3 wt% carbon, and split the loss by its cause.

# %%
import matplotlib.pyplot as plt
import pybamm

import assb_models
from assb_models.parameter_sets import Kim2024

print("side reactions on:", Kim2024.MODEL_OPTIONS)

# %%
formation = pybamm.Experiment(
    [("Charge at 0.05C until 3.7 V", "Discharge at 0.05C until 1.9 V")]
)
fig, ax = plt.subplots(1, 2, figsize=(10, 4))
parts = {}
for carbon in (0, 3):
    params = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=carbon, pristine=True
    )
    model = assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS)
    sol = assb_models.Simulation(
        model, parameter_values=params, experiment=formation
    ).solve()
    charge, discharge = sol.cycles[0].steps
    q_ch = -charge["Specific capacity [mA.h.g-1]"].entries[-1]
    q_dis = q_ch + discharge["Specific capacity [mA.h.g-1]"].entries[-1]
    on_c = sol["Carbon SE oxidation capacity [mA.h.g-1]"].entries[-1]
    on_ncm = sol["Active material SE oxidation capacity [mA.h.g-1]"].entries[-1]
    parts[carbon] = (on_c, on_ncm, q_ch - q_dis - on_c - on_ncm)
    n_li = sol["Total lithium [mol]"].entries
    print(
        f"SC {carbon} wt%: charge {q_ch:.0f}, discharge {q_dis:.0f} mAh/g; irreversible "
        f"{q_ch - q_dis:.1f} = carbon {on_c:.1f} + NCM {on_ncm:.1f} + not re-inserted "
        f"{parts[carbon][2]:.1f}; SE left "
        f"{100 * sol['Solid electrolyte fraction remaining'].entries[-1]:.0f} %; "
        f"total Li drift {abs(n_li[-1] / n_li[0] - 1):.1e}"
    )
    for step in (charge, discharge):
        q = step["Specific capacity [mA.h.g-1]"].entries
        ax[0].plot(
            abs(q - q[0]), step["Voltage vs Li-In [V]"].entries, color=f"C{carbon}"
        )
    ax[0].plot([], [], color=f"C{carbon}", label=f"SC {carbon} wt%")

labels = ("SE oxidised on carbon", "SE oxidised on NCM", "not re-inserted")
bottom = [0, 0]
for i, label in enumerate(labels):
    heights = [parts[c][i] for c in (0, 3)]
    ax[1].bar(["SC 0 wt%", "SC 3 wt%"], heights, bottom=bottom, label=label)
    bottom = [b + h for b, h in zip(bottom, heights, strict=False)]
ax[0].set(
    xlabel="capacity [mAh/g]",
    ylabel="voltage vs Li-In [V]",
    title="formation at 0.05 C",
)
ax[1].set(ylabel="first-cycle loss [mAh/g]", title="where it goes")
ax[0].legend()
ax[1].legend(fontsize=8)
fig.tight_layout()

# %% [markdown]
# Carbon adds a loss of its own and, through the intermediates, raises the NCM-side one.
# The part "not re-inserted" is lithium the NCM cannot take back at the end of discharge
# (slow diffusion near full lithiation): it is not lost for good and returns at a slower rate.
#
# ## Exercises
# 1. Carbon fibres instead of carbon black: `carbon_specific_surface_area_m2_g=9.0, carbon_se_contact_fraction=0.3` in `get_parameter_values` (VGCF: a smaller surface, all of it in the SE domain, so a larger share touches SE). Is the carbon/SE area larger or smaller than the carbon black's 62 m2/g x 0.05, and which part of the loss follows it? (A contact fraction of 0.3 with the carbon black's 62 m2/g is refused: the SE's own surface cannot cover that much carbon.)
# 2. Switch one reaction off: `{**Kim2024.MODEL_OPTIONS, "SE oxidation on carbon": "none"}`. Does the NCM-side loss of the 3 wt% cell change? What does that say about the intermediates?
# 3. Charge to 3.5 V instead of 3.7 V vs Li-In. Which reaction is cut most?
