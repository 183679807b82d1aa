"""Tutorial 1: a cathode from its recipe, and why AM-rich cathodes lose rate capability.

Build three Kim 2024 cathodes (80, 85, 90 wt% NCM), look at how much SE each keeps and
what that does to ionic transport, then discharge each at C/2. Change one knob at a
time: try ``void_fraction`` or ``am_loading_mg_cm2`` in ``get_parameter_values``.
"""

import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pybamm  # noqa: E402

import assb_models  # noqa: E402
from assb_models.parameter_sets import Kim2024  # noqa: E402

OUT = pathlib.Path(__file__).parent / "output"


def main():
    OUT.mkdir(exist_ok=True)
    fig, ax = plt.subplots(1, 2, figsize=(9, 3.5))
    for am in (80, 85, 90):
        # 1. the recipe: weight fractions -> volume fractions and thickness
        recipe = Kim2024.get_recipe(am_wt_percent=am)
        eps = recipe.volume_fractions()
        print(
            f"NCM {am} wt%: SE {100 * eps['se']:.1f} vol%, voids "
            f"{100 * eps['void']:.0f} vol%, thickness {1e6 * recipe.thickness_m:.0f} um"
        )
        # 2. the model: the same recipe as PyBaMM parameters
        params = assb_models.get_parameter_values("Kim2024", am_wt_percent=am)
        model = assb_models.SolidStateDFN()
        sim = pybamm.Simulation(
            model,
            parameter_values=params,
            experiment=pybamm.Experiment(["Discharge at C/2 until 1.9 V"]),
        )
        sol = sim.solve()
        q = sol["Specific capacity [mA.h.g-1]"].entries
        ax[0].plot(q, sol["Voltage vs Li-In [V]"].entries, label=f"NCM {am} wt%")
        # 3. where the current flows at the end: near the separator when ions are slow
        x_p = sol["x_p [m]"].entries[:, -1]
        x = (x_p - x_p[0]) * 1e6  # distance from the separator
        j = sol["Positive electrode interfacial current density [A.m-2]"].entries[:, -1]
        ax[1].plot(x, j, label=f"NCM {am} wt%")
    ax[0].set(xlabel="capacity [mAh/g]", ylabel="voltage vs Li-In [V]", title="C/2")
    ax[1].set(xlabel="distance from separator [um]", ylabel="j [A/m2]", title="reaction current at the end")
    ax[0].legend()
    fig.tight_layout()
    fig.savefig(OUT / "01_cell_from_recipe.png", dpi=100)
    print(f"wrote {OUT / '01_cell_from_recipe.png'}")


if __name__ == "__main__":
    main()
