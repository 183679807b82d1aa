# %% [markdown]
# # (f) Lithium metal, interlayers and shorts
#
# A lithium-metal anode would give an ASSB its energy density, but the Li/SE interface is
# fragile:
#
# - the sulfide SE is **reduced** by Li (Li6PS5Cl + 8 Li -> 5 Li2S + Li3P + LiCl); the
#   interphase it leaves costs lithium and adds resistance;
# - when Li is **stripped** faster than it can creep back under the stack pressure, voids
#   open at the interface, the contact shrinks, and the local current density at the
#   remaining contact rises;
# - above a **critical current density** Li plates into the SE's grain boundaries and the
#   cell shorts.
#
# Park et al. 2021 put a thin Li2Se layer between Li and Li6PS5Cl: it conducts Li+, blocks
# SE reduction and spreads the current. We cycle symmetric Li | SE | Li cells with
# `assb_models.SymmetricCell`, bare and with a Li2Se nanorod (NR) layer.

# %%
import matplotlib.pyplot as plt

import assb_models
from assb_models import (
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)

AREA_CM2 = 1.0


def cell(interlayer):
    options = {"anode interlayer": "none" if interlayer == "none" else "resistive"}
    return SymmetricCell(options), assb_models.get_parameter_values(
        "Park2021", interlayer=interlayer
    )


# %% [markdown]
# ## 1. Overpotential at a low current
# 0.1 mA/cm2, 1 mAh/cm2 per half-cycle, three cycles. The overpotential splits into charge
# transfer, interphase and interlayer drops ("Cell overpotential [V]" and its parts).

# %%
fig, ax = plt.subplots(1, 2, figsize=(11, 3.8))
for interlayer, label in (("none", "bare Li"), ("NR", "Li2Se-NR")):
    model, pv = cell(interlayer)
    steps = plating_stripping_experiment(0.1, AREA_CM2, cycles=3, capacity_mAh_cm2=1.0)
    sol, stop = run_plating_stripping(model, pv, steps)
    ax[0].plot(sol["Time [h]"].entries, 1e3 * sol["Voltage [V]"].entries, label=label)
    contact = sol["Negative electrode lithium metal contact fraction"].entries
    print(
        f"{label}: {'ran to the end' if stop is None else stop['event']}; "
        f"Li contact fraction {contact[0]:.2f} -> {contact.min():.2f} (lowest)"
    )
ax[0].set(xlabel="time [h]", ylabel="voltage [mV]", title="0.1 mA/cm2, 1 mAh/cm2")
ax[0].legend()

# %% [markdown]
# ## 2. A current ramp until the cell shorts
# One hour each way at 0.1, 0.2, ... 0.7 mA/cm2. Stripping outruns creep, voids open, the
# local current at the contact rises, and the bare cell shorts; the interlayer spreads the
# current and keeps the contact.

# %%
for interlayer, label in (("none", "bare Li"), ("NR", "Li2Se-NR")):
    model, pv = cell(interlayer)
    steps = plating_stripping_experiment(
        [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7], AREA_CM2, cycles=1, half_cycle_hours=1.0
    )
    sol, stop = run_plating_stripping(model, pv, steps)
    ax[1].plot(sol["Time [h]"].entries, 1e3 * sol["Voltage [V]"].entries, label=label)
    if stop and stop["short circuit"]:
        print(
            f"{label}: short circuit at {stop['current [mA.cm-2]']} mA/cm2 (cycle {stop['cycle']})"
        )
    else:
        print(f"{label}: no short up to 0.7 mA/cm2")
ax[1].set(
    xlabel="time [h]", ylabel="voltage [mV]", title="current ramp 0.1 -> 0.7 mA/cm2"
)
ax[1].legend()
fig.tight_layout()

# %% [markdown]
# The short is an event of the model ("Short circuit: ..."), reported by
# `run_plating_stripping` instead of an error: the study was built to find it.
#
# ## Exercises
# 1. Lower "Stack pressure at assembly [Pa]" in `pv` to a third. At which current does the bare cell short now, and why?
# 2. Make the interlayer thicker ("Interlayer thickness [m]" x 3): what does it cost at 0.1 mA/cm2, and what does it buy in the ramp?
# 3. Switch the contact law off (`{"anode contact": "full"}`): does the bare cell still short? Which mechanism did the short need?
