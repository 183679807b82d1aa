# %% [markdown]
# # (h) Fitting your own cycler data
#
# 1. Read a cycler export into the package's tidy table (PyBaMM's sign: discharge
#    positive) and look at its steps.
# 2. Make a "measurement" whose answer we know: a 1C and a C/5 discharge of a Kim 2024
#    cell with 5 mV noise. With your own files use `assb_models.data.load(path)` and
#    `.select(cycles=..., steps=...)`.
# 3. Fit the SE conductivity, the NCM diffusivity and the NCM/SE exchange-current rate
#    constant from a start 30 % off; read the 95 % intervals and the correlations; save the
#    fitted set, which carries "fitted to <data>" as the source of each fitted value.
# 4. Try to fit two parameters that the data cannot separate, and read the warning.
# 5. Profile-likelihood intervals, which show a parameter the data cannot see as flat.
# 6. A joint fit of a discharge and an impedance spectrum of the same cell: a pair that
#    the discharge alone leaves flat is bounded by the two together.
# 7. Write a simulation as Battery Data Format (BDF) and read it back like any export.

# %%
import pathlib
import tempfile
import warnings

import matplotlib.pyplot as plt
import numpy as np
import pybamm

import assb_models
from assb_models import data
from assb_models.fitting import (
    FitParameter,
    IdentifiabilityWarning,
    ImpedanceProblem,
    LeastSquaresCost,
    SpectrumData,
    Term,
    fit,
    load_fitted_parameters,
    plot_profiles,
    profile_cost,
    profile_likelihood,
)
from assb_models.fitting.optimiser import least_squares
from assb_models.fitting.runner import log_bounds, resolve_parameters
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.impedance import eis

MESH = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}  # coarse: a quick demo

# %% [markdown]
# ## 1. A real file
# The repository's shared examples hold a Neware export; the cell is skipped where they
# are not present.

# %%
here = pathlib.Path.cwd()
examples = next(
    (
        p / "shared" / "data" / "cycler"
        for p in (here, *here.parents)
        if (p / "shared" / "data" / "cycler" / "neware_uio.csv").exists()
    ),
    None,
)
if examples is not None:
    cell = data.load(examples / "neware_uio.csv")
    print(
        cell.step_table()[
            ["Cycle", "Step", "Mode", "Direction", "Capacity [A.h]"]
        ].head(9)
    )
    first = cell.select(cycles=1)
    fig, ax = plt.subplots(figsize=(5, 3.5))
    ax.plot(first.table["Discharge capacity [A.h]"] * 1e3, first.table["Voltage [V]"])
    ax.set(
        xlabel="discharge capacity [mAh]",
        ylabel="voltage [V]",
        title=f"{cell.name}, cycle 1",
    )
else:
    print("no example files here: point data.load at your own export")

# %% [markdown]
# ## 2-3. Synthetic measurements, and a fit of three parameters

# %%
truth = assb_models.get_parameter_values("Kim2024")
measured = [
    simulate_discharge(truth, rate, noise_V=5e-3, seed=k, var_pts=MESH)
    for k, rate in enumerate((1.0, 0.2))
]
names = [
    "Solid electrolyte conductivity at reference temperature [S.m-1]",
    "Positive particle diffusivity at low lithiation [m2.s-1]"
    if "Positive particle diffusivity at low lithiation [m2.s-1]" in truth.keys()
    else "Positive particle diffusivity [m2.s-1]",
    "Positive electrode exchange-current density rate constant [A.m-2.(m3.mol-1)1.5]",
]
start = [
    FitParameter(n, initial=f * truth[n])
    for n, f in zip(names, (1.3, 0.7, 1.3), strict=False)
]
result = fit(measured, start, "Kim2024", var_pts=MESH, voltage_window=(2.6, 5.0))
print(result.summary())
for name, value in zip(names, result.values, strict=False):
    print(f"{name}: fitted/true = {value / truth[name]:.4f}")

fig, ax = plt.subplots(figsize=(5, 3.5))
for k, d in enumerate(measured):
    v = result.problem.simulate(result.x)[k][0]
    ax.plot(
        d.table["Discharge capacity [A.h]"] * 1e3,
        d.table["Voltage [V]"],
        ".",
        ms=3,
        color=f"C{k}",
        label=f"{d.name} (data)",
    )
    ax.plot(
        d.table["Discharge capacity [A.h]"] * 1e3,
        v,
        "-",
        color=f"C{k}",
        label="fitted model",
    )
ax.set(
    xlabel="discharge capacity [mAh]",
    ylabel="voltage vs Li-In [V]",
    title="fit of 3 parameters",
)
ax.legend(fontsize=7)

# %% [markdown]
# The fitted set is saved with its provenance and loads back as `pybamm.ParameterValues`:

# %%
with tempfile.TemporaryDirectory() as folder:
    path = pathlib.Path(folder) / "fit.json"
    result.save(path)
    fitted = load_fitted_parameters(path)
    print(assb_models.get_sources(fitted)[names[0]])

# %% [markdown]
# ## 4. A pair the data cannot separate
# Only the product of the AM/SE contact fraction and the exchange-current rate constant
# enters the kinetics, so a fit of both must fail to determine them, and says so.

# %%
pair = [
    FitParameter(names[2], bounds=(1e-8, 1e-6)),
    FitParameter(
        "Positive electrode active material-solid electrolyte contact fraction",
        initial=0.4,
        bounds=(0.05, 1.0),
    ),
]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always", IdentifiabilityWarning)
    fit(measured[:1], pair, "Kim2024", var_pts=MESH)
for w in caught:
    print(w.category.__name__, ":", str(w.message)[:200])

# %% [markdown]
# ## 5. Profile likelihood
# The intervals above come from the Jacobian at the optimum (a straight-line view of the
# model). `profile_likelihood` instead fixes each parameter on a grid, re-fits the
# others and reads the 95 % interval where the log-likelihood has dropped by 1.92. A
# parameter the data cannot see gives a flat profile that runs into its bounds. A quick
# demonstration on the SPMe, whose voltage does not depend on the film capacitance:

# %%
kappa = names[0]
spme_data = simulate_discharge(
    truth, 0.5, noise_V=5e-3, seed=4, model=assb_models.SolidStateSPMe(), var_pts=MESH
)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", IdentifiabilityWarning)
    quick = fit(
        spme_data,
        [
            FitParameter(kappa, initial=1.3 * truth[kappa]),
            "Positive electrode film capacitance [F.m-2]",
        ],
        truth,
        model=assb_models.SolidStateSPMe(),
        var_pts=MESH,
        voltage_window=(2.6, 5.0),
        progress=False,
    )
print(quick)
profiles = profile_likelihood(quick)
print(profiles.summary())
fig = plot_profiles({"C/2 discharge": profiles}, truth=truth)
# %% [markdown]
# ## 6. A joint fit: a discharge and an impedance spectrum
# A measurement at one temperature sees the SE conductivity only at that temperature,
# $\kappa(T) = \kappa_{ref} \exp[-E_a/R\,(1/T - 1/T_{ref})]$ with $T_{ref}$ = 25 C: the
# prefactor and the activation energy trade off along a ridge, and both profiles run
# into their bounds. Here the cell is discharged at C/2 and 60 C (SPMe), and its
# spectrum measured at 0 C and full charge (the set's initial state), from 100 kHz to
# 0.1 Hz with 0.5 Ohm noise. The spectrum comes from the DFN with double layers (the
# SPMe has none), so the joint fit is given `impedance_model`; the spectrum carries its
# noise `sigma_ohm` and its temperature, the voltage its noise `sigma_V`, so that volts
# and ohms are weighed as likelihoods. The spectrum's ridge crosses the discharge's, and
# the joint profiles are bounded. The spectrum alone is fitted by the same layers (`fit`
# needs a voltage curve): an `ImpedanceProblem` in a `LeastSquaresCost`, minimised by the
# fit's optimiser and profiled by `profile_cost`.

# %%
kelvin = ("Ambient temperature [K]", "Initial temperature [K]")
hot, cold = truth.copy(), truth.copy()
hot.update(dict.fromkeys(kelvin, 333.15))
cold.update(dict.fromkeys(kelvin, 273.15))
discharge_60C = simulate_discharge(
    hot, 0.5, noise_V=5e-3, seed=3, model=assb_models.SolidStateSPMe(), var_pts=MESH
)
dfn = assb_models.SolidStateDFN({"surface form": "differential"})
freq = np.logspace(5, -1, 19)
noise = np.random.default_rng(103).normal(0, 0.5, (2, freq.size))
z = eis.impedance(dfn, cold, freq, var_pts=MESH) + noise[0] + 1j * noise[1]
spectrum_0C = SpectrumData(
    freq, z, sigma_ohm=0.5, source="EIS at 0 C", temperature_K=273.15
)
energy = "Solid electrolyte conductivity activation energy [J.mol-1]"
pair = [
    FitParameter(kappa, 1.5 * truth[kappa], (truth[kappa] / 10, truth[kappa] * 10)),
    FitParameter(energy, 0.7 * truth[energy], (truth[energy] / 10, truth[energy] * 3)),
]
settings = dict(
    model=assb_models.SolidStateSPMe(),
    var_pts=MESH,
    voltage_window=(2.6, 5.0),
    progress=False,
    sigma_V=5e-3,
)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # the discharge alone: identifiability, bounds
    alone = fit(discharge_60C, pair, hot, **settings)
    joint = fit(
        discharge_60C, pair, hot, spectra=[spectrum_0C], impedance_model=dfn, **settings
    )
print(joint)
resolved = resolve_parameters(pair, hot, dfn)
bounds = log_bounds(resolved)
eis_cost = LeastSquaresCost(
    [Term(ImpedanceProblem(dfn, hot, spectrum_0C, resolved, MESH), sigma=0.5)]
)
x0 = np.log([p.initial for p in resolved])
eis_only = least_squares(
    eis_cost, x0, bounds, robust_scale=4.0, progress=False, volts=False
)
ridge = {
    "C/2 discharge at 60 C alone": profile_likelihood(alone, known_noise=True),
    "EIS at 0 C alone": profile_cost(eis_cost, eis_only.x, bounds, known_noise=True),
    "joint": profile_likelihood(joint, known_noise=True),
}
for label, result in ridge.items():
    print(label, result.summary(), sep="\n")
fig = plot_profiles(ridge, truth=truth)

# %% [markdown]
# The joint fit still reports the pair's correlation as +1.00 and flags it: the
# spectrum's ridge is fifty times narrower than the discharge's, so the joint region is
# a thin sliver along it. Yet its intervals are a few per cent wide and cover the truth
# (0.13 S/m, 33.8 kJ/mol). A high correlation says how the errors of two parameters
# move together, not whether the data bound them; the profiles say that.
# %% [markdown]
# ## 7. Battery Data Format
# `data.write_bdf(solution, path)` writes a PyBaMM solution in the Battery Data
# Alliance's format (current positive on charge, as the format defines it);
# `data.load` reads BDF files like any cycler export, in PyBaMM's sign.

# %%
sim = pybamm.Simulation(
    assb_models.SolidStateSPMe(),
    parameter_values=truth,
    experiment=pybamm.Experiment(["Discharge at C/5 for 1 hour"], period="5 minutes"),
)
with tempfile.TemporaryDirectory() as folder:
    path = data.write_bdf(sim.solve(), pathlib.Path(folder) / "c5.bdf.csv")
    print(path.read_text().split("\n")[:3])
    print(data.load(path).table.head(3))

# %% [markdown]
# ## Exercises
# 1. Fit from the C/5 discharge alone. Which interval widens most, and why?
# 2. Add 20 mV of noise (`noise_V=20e-3`). Do the true values stay inside the 95 % intervals?
# 3. Fit "Positive electrode porosity" (the SE fraction) together with the SE conductivity. What does the correlation tell you?
