"""Tutorial 4: what the first cycle does to the impedance of a sulfide ASSB.

Form the Kim 2024 90/3 wt% cell at 0.05 C with the SE-oxidation submodels on, rest
it, and compare its impedance spectrum with the pristine cell's. The spectrum is
computed from the same model that cycled: ``assb_models.eis.impedance`` linearises
the model (with double layers and the CEI as R || C) about the end of the cycling
solution. Fit the equivalent circuit to read the resistances off, as one does with
measured spectra.
"""

import pathlib

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pybamm  # noqa: E402

import assb_models  # noqa: E402
from assb_models import eis  # noqa: E402
from assb_models.parameter_sets import Kim2024  # noqa: E402

OUT = pathlib.Path(__file__).parent / "output"
FREQUENCIES = np.logspace(5, -2, 71)


def main():
    OUT.mkdir(exist_ok=True)
    params = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
    )
    area_cm2 = params["Electrode height [m]"] * params["Electrode width [m]"] * 1e4
    # cycle the resistive form (fast), linearise the capacitive one
    cycling = assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS)
    linear = assb_models.SolidStateDFN({**Kim2024.MODEL_OPTIONS, "surface form": "differential"})
    formation = pybamm.Experiment(
        [
            (
                "Charge at 0.05C until 3.7 V",
                "Discharge at 0.05C until 3.0 V",
                "Rest for 2 hours",
            )
        ]
    )
    formed = pybamm.Simulation(cycling, parameter_values=params, experiment=formation).solve()
    # the pristine cell at the same state of charge as the formed one
    x = float(formed["Average positive particle concentration [mol.m-3]"].entries[-1])
    pristine_params = params.copy()
    pristine_params.update({"Initial concentration in positive electrode [mol.m-3]": x})
    spectra = {
        "pristine": (FREQUENCIES, eis.impedance(linear, pristine_params, FREQUENCIES)),
        "after formation": (
            FREQUENCIES,
            eis.impedance(linear, params, FREQUENCIES, state=formed),
        ),
    }
    for label, (f, z) in spectra.items():
        fit = eis.fit_circuit(f, z)
        r = {k: fit.values[k] * area_cm2 for k in ("R0", "R1", "R2")}
        print(
            f"{label}: R0 {r['R0']:.0f}, R1 {r['R1']:.0f}, R2 {r['R2']:.0f} Ohm.cm2; "
            f"Z(10 mHz) {z[-1].real * area_cm2:.0f} Ohm.cm2"
        )
    print(
        "SE left after formation: "
        f"{100 * formed['Solid electrolyte fraction remaining'].entries[-1]:.0f} %, "
        "CEI resistance "
        f"{1e4 * formed['X-averaged positive electrode CEI resistance [Ohm.m2]'].entries[-1]:.0f}"
        " Ohm.cm2 per contacted NCM area"
    )
    fig, ax = plt.subplots(1, 2, figsize=(10, 4))
    eis.nyquist_plot(spectra, ax=ax[0], area_cm2=area_cm2)
    eis.bode_plot(spectra, axes=[ax[1], ax[1].twinx()])
    ax[0].set_title("Kim 2024 90/3 wt% cell")
    fig.tight_layout()
    fig.savefig(OUT / "04_impedance_after_formation.png", dpi=100)
    print(f"wrote {OUT / '04_impedance_after_formation.png'}")


if __name__ == "__main__":
    main()
