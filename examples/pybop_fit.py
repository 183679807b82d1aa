"""Fit an all-solid-state cell with PyBOP: the package's problem, PyBOP's optimiser.

Needs PyBOP in its own environment (it caps numpy):
``python -m venv venv-pybop && venv-pybop/bin/pip install "assb-models[pybop]"``.

A synthetic C/10 discharge of the Kim2024 cell on SolidStateSPMe (2 mV noise); the
NCM diffusivity and the SE conductivity are fitted from a start 30 % off, by
PyBOP's Nelder-Mead and by :func:`assb_models.fitting.fit`, each with its 95 %
intervals.
"""

import numpy as np
import pybop

import assb_models
from assb_models.data.synthetic import simulate_discharge
from assb_models.fitting import FitParameter, fit
from assb_models.fitting.pybop_problem import intervals, pybop_problem

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}
VOLTAGE_WINDOW = (2.6, 5.0)  # the knee of the discharge is left out
NAMES = [
    "Positive particle diffusivity at low lithiation [m2.s-1]",
    "Solid electrolyte conductivity at reference temperature [S.m-1]",
]

truth = assb_models.get_parameter_values("Kim2024")
model = assb_models.SolidStateSPMe()
data = simulate_discharge(
    truth, 0.1, noise_V=2e-3, seed=0, model=model, var_pts=VAR_PTS
)
start = [
    FitParameter(n, initial=f * truth[n], bounds=(truth[n] / 5, truth[n] * 5))
    for n, f in zip(NAMES, (1.3, 0.7), strict=True)
]

problem = pybop_problem(
    data, start, "Kim2024", model=model, var_pts=VAR_PTS, voltage_window=VOLTAGE_WINDOW
)
options = pybop.SciPyMinimizeOptions(method="Nelder-Mead", maxiter=200)
result = pybop.SciPyMinimize(problem, options=options).run()
best = {n: float(np.ravel(result.best_inputs[n])[0]) for n in NAMES}
stats = intervals(problem, best)

own = fit(
    data,
    start,
    "Kim2024",
    model=model,
    var_pts=VAR_PTS,
    voltage_window=VOLTAGE_WINDOW,
    progress=False,
)

for i, name in enumerate(NAMES):
    print(name)
    print(f"  truth   {truth[name]:.5g}")
    print(
        f"  PyBOP   {best[name]:.5g}  [{stats.lower95[i]:.5g}, {stats.upper95[i]:.5g}]"
    )
    print(
        f"  package {own.values[i]:.5g}  [{own.lower95[i]:.5g}, {own.upper95[i]:.5g}]"
    )
print(f"PyBOP: {result.n_evaluations} model runs; package: {own.nfev}")
