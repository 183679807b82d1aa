"""Tutorial 3: where the first-cycle capacity of a sulfide ASSB goes.

Form two Kim 2024 cells (90 wt% NCM) at 0.05 C, one without carbon and one with
3 wt% spherical carbon, with the SE-oxidation submodels on. The charge that does
not come back on discharge splits into SE oxidised on carbon, SE oxidised on the
NCM, and Li that the NCM could not take back in time (its diffusivity collapses near
full lithiation). Try ``carbon_se_contact_fraction=0.3`` (carbon fibres that bridge
NCM particles instead of sitting in the SE) in ``get_parameter_values``.
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
    fig, ax = plt.subplots(1, 2, figsize=(10, 4))
    parts = {}
    for carbon in (0, 3):
        params = assb_models.get_parameter_values(
            "Kim2024", am_wt_percent=90, carbon_wt_percent=carbon, pristine=True
        )
        model = assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS)
        formation = pybamm.Experiment(
            [("Charge at 0.05C until 3.7 V", "Discharge at 0.05C until 1.9 V")]
        )
        sol = pybamm.Simulation(model, parameter_values=params, experiment=formation).solve()
        charge, discharge = sol.cycles[0].steps
        q_ch = -charge["Specific capacity [mA.h.g-1]"].entries[-1]
        q_dis = q_ch + discharge["Specific capacity [mA.h.g-1]"].entries[-1]
        on_c = sol["Carbon SE oxidation capacity [mA.h.g-1]"].entries[-1]
        on_ncm = sol["Active material SE oxidation capacity [mA.h.g-1]"].entries[-1]
        parts[carbon] = (on_c, on_ncm, q_ch - q_dis - on_c - on_ncm)
        se_left = sol["Solid electrolyte fraction remaining"].entries[-1]
        print(
            f"SC {carbon} wt%: charge {q_ch:.0f}, discharge {q_dis:.0f} mAh/g; "
            f"irreversible {q_ch - q_dis:.1f} = carbon {on_c:.1f} + NCM {on_ncm:.1f} "
            f"+ kinetic {parts[carbon][2]:.1f}; SE left {100 * se_left:.0f} %"
        )
        for step in (charge, discharge):
            q = step["Specific capacity [mA.h.g-1]"].entries
            ax[0].plot(abs(q - q[0]), step["Voltage vs Li-In [V]"].entries,
                       color=f"C{carbon}")
        ax[0].plot([], [], color=f"C{carbon}", label=f"SC {carbon} wt%")
    labels = ("SE oxidised on carbon", "SE oxidised on NCM", "not re-inserted (kinetic)")
    bottom = [0, 0]
    for i, label in enumerate(labels):
        heights = [parts[c][i] for c in (0, 3)]
        ax[1].bar(["SC 0 wt%", "SC 3 wt%"], heights, bottom=bottom, label=label)
        bottom = [b + h for b, h in zip(bottom, heights)]
    ax[0].set(xlabel="capacity [mAh/g]", ylabel="voltage vs Li-In [V]", title="formation")
    ax[1].set(ylabel="first-cycle loss [mAh/g]", title="where it goes")
    ax[0].legend()
    ax[1].legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(OUT / "03_why_capacity_is_lost.png", dpi=100)
    print(f"wrote {OUT / '03_why_capacity_is_lost.png'}")


if __name__ == "__main__":
    main()
