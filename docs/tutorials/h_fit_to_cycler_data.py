"""Tutorial 2: fit model parameters to cycler data.

1. Read a real cycler export into the tidy table (sign: discharge positive) and look
   at its steps.
2. Make a "measurement" we know the answer to: a 1C and a C/5 discharge of a Kim 2024
   cell, with 5 mV noise (swap in your own files: ``assb_models.data.load(path)``
   and ``.select(cycles=..., steps=...)``).
3. Fit SE conductivity, NCM diffusivity and the NCM/SE exchange-current rate
   constant from a start 30 % off; read the intervals and the correlations; save the
   fitted set, which carries "fitted to <file>" as the source of each fitted value.
4. Try to fit the contact fraction and the rate constant together: the fit warns
   that they are not identifiable (only their product enters the kinetics).
"""

import pathlib
import warnings

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import assb_models  # noqa: E402
from assb_models import data  # noqa: E402
from assb_models.data.synthetic import simulate_discharge  # noqa: E402
from assb_models.fitting import FitParameter, IdentifiabilityWarning, fit  # noqa: E402

OUT = pathlib.Path(__file__).parent / "output"
CYCLER = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "cycler"
MESH = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}  # coarse: a quick demo


def main():
    OUT.mkdir(exist_ok=True)
    fig, ax = plt.subplots(1, 2, figsize=(10, 3.8))

    # 1. a real file (if this checkout has the shared examples)
    neware = CYCLER / "neware_uio.csv"
    if neware.exists():
        cell = data.load(neware)
        print(cell.step_table()[["Cycle", "Step", "Mode", "Direction", "Capacity [A.h]"]].head(9))
        first = cell.select(cycles=1)
        ax[0].plot(first.table["Discharge capacity [A.h]"] * 1e3, first.table["Voltage [V]"])
        ax[0].set(xlabel="discharge capacity [mAh]", ylabel="voltage [V]",
                  title=f"{cell.name}, cycle 1 (discharge > 0)")

    # 2. synthetic measurements of a Kim 2024 cell
    truth = assb_models.get_parameter_values("Kim2024")
    measured = [simulate_discharge(truth, rate, noise_V=5e-3, seed=k, var_pts=MESH)
                for k, rate in enumerate((1.0, 0.2))]

    # 3. fit three parameters from 30 % off
    names = [
        "Solid electrolyte conductivity at reference temperature [S.m-1]",
        "Positive particle diffusivity at low lithiation [m2.s-1]"
        if "Positive particle diffusivity at low lithiation [m2.s-1]" in truth.keys()
        else "Positive particle diffusivity [m2.s-1]",
        "Positive electrode exchange-current density rate constant [A.m-2.(m3.mol-1)1.5]",
    ]
    start = [FitParameter(n, initial=f * truth[n]) for n, f in zip(names, (1.3, 0.7, 1.3))]
    result = fit(measured, start, "Kim2024", var_pts=MESH, voltage_window=(2.6, 5.0))
    print(result.summary())
    for name, value in zip(names, result.values):
        print(f"{name}: fitted/true = {value / truth[name]:.4f}")
    result.plot_residuals(OUT / "02_fit_residuals.png")
    result.save(OUT / "02_fit.json")
    print(assb_models.get_sources(result.parameter_values)[names[0]])
    for k, d in enumerate(measured):
        v = result.problem.simulate(result.x)[k][0]
        ax[1].plot(d.table["Discharge capacity [A.h]"] * 1e3, d.table["Voltage [V]"], ".",
                   ms=3, color=f"C{k}", label=f"{d.name} (data)")
        ax[1].plot(d.table["Discharge capacity [A.h]"] * 1e3, v, "-", color=f"C{k}",
                   label="fitted model")
    ax[1].set(xlabel="discharge capacity [mAh]", ylabel="voltage vs Li-In [V]",
              title="fit of 3 parameters")
    ax[1].legend(fontsize=7)

    # 4. a pair the data cannot separate
    pair = [FitParameter(names[2], bounds=(1e-8, 1e-6)),
            FitParameter("Positive electrode active material-solid electrolyte contact "
                         "fraction", initial=0.4, bounds=(0.05, 1.0))]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", IdentifiabilityWarning)
        fit(measured[:1], pair, "Kim2024", var_pts=MESH)
    print([str(w.message) for w in caught])

    fig.tight_layout()
    fig.savefig(OUT / "02_fit_to_cycler_data.png", dpi=100)
    print(f"wrote {OUT / '02_fit_to_cycler_data.png'}")


if __name__ == "__main__":
    main()
