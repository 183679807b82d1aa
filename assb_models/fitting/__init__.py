"""Fit model parameters to cycler data.

>>> result = fit([data_1C, data_C5], ["Positive particle diffusivity [m2.s-1]"],
...              "Kim2024")
>>> print(result.summary()); result.plot_residuals("fit.png"); result.save("fit.json")

Layers, each doing one thing (as PyBOP's problem / cost / optimiser):
:class:`~.problem.FitProblem` (model built once per dataset, fitted parameters as
PyBaMM inputs, measured current replayed, residuals and exact Jacobian) and
:class:`~.impedance_problem.ImpedanceProblem` (a measured spectrum, for joint
fits); :class:`~.cost.LeastSquaresCost` (noise-scaled, weighted residuals of the
problems); :func:`~.optimiser.least_squares` (SciPy's trust region, two stages);
:mod:`.statistics` (Hessian intervals, correlation, identifiability) and
:mod:`.profile` (profile-likelihood intervals); :func:`~.result.assemble` and
:class:`~.result.FitResult` (table, plots, the fitted parameter set with
provenance). :func:`~.fit.fit` calls them in that order.

**Why SciPy, not PyBOP.** Voltage-curve fitting is a nonlinear least-squares
problem, and for it a trust-region Gauss-Newton method (``least_squares``, method
"trf", with bounds) converges in a few tens of model runs when given the exact
Jacobian, which PyBaMM's IDAKLU solver provides through forward sensitivities of
the input parameters. The same Jacobian at the optimum gives the confidence
intervals and correlations, so one object serves both. SciPy is already installed
with PyBaMM and has a stable API; PyBOP (BSD-3) would add a dependency that pins
PyBaMM versions, and its strengths (gradient-free and Bayesian samplers for
multimodal or poorly scaled problems) are not needed here.

**Two stages.** The end of a discharge is steep: a few seconds of shift in the knee
give residuals of hundreds of mV that dwarf the rest of the curve and stall a plain
Gauss-Newton start 30 % off. The first stage therefore uses SciPy's Huber loss
(``robust_scale_V``), the second plain least squares from its result (the
maximum-likelihood estimate for Gaussian noise, on which the intervals rest). Even
so the knee can hold the fit in a local minimum (seen on the default mesh of the
Kim2024 cell, below ~2.6 V); ``voltage_window`` leaves it out of the residuals. A
start far from the optimum may still need a global search first; the problem object
(``residuals``, ``jacobian``) is what any optimiser would call.
"""

from .cost import LeastSquaresCost, Term
from .impedance_problem import ImpedanceProblem, SpectrumData
from .problem import FitParameter, FitProblem, geometry_parameters
from .profile import (
    Profile,
    ProfileResult,
    plot_profiles,
    profile_cost,
    profile_likelihood,
)
from .progress import BoundWarning, FitInterruptedWarning
from .result import FitResult, FittedParameterValues, load_fitted_parameters
from .runner import fit
from .statistics import IdentifiabilityWarning

__all__ = [
    "BoundWarning",
    "FitInterruptedWarning",
    "FitParameter",
    "FitProblem",
    "FitResult",
    "FittedParameterValues",
    "IdentifiabilityWarning",
    "ImpedanceProblem",
    "LeastSquaresCost",
    "Profile",
    "ProfileResult",
    "SpectrumData",
    "Term",
    "fit",
    "geometry_parameters",
    "load_fitted_parameters",
    "plot_profiles",
    "profile_cost",
    "profile_likelihood",
]
