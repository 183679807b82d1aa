"""Fit model parameters to cycler data.

>>> result = fit([data_1C, data_C5], ["Positive particle diffusivity [m2.s-1]"],
...              "Kim2024")
>>> print(result.summary()); result.plot_residuals("fit.png"); result.save("fit.json")

Layers, each doing one thing (as PyBOP's problem / cost / optimiser):
:class:`~.problem.FitProblem` (model built once per dataset, fitted parameters as
PyBaMM inputs, measured current replayed, residuals and exact Jacobian),
:func:`scipy.optimize.least_squares` (the optimiser), :mod:`.statistics` (intervals,
correlation, identifiability), :class:`~.result.FitResult` (table, plots, the fitted
parameter set with provenance).

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

import warnings

import numpy as np
import scipy.optimize

from assb_models.parameters.parameter_values import get_parameter_values, get_sources
from assb_models.validation import InvalidInputError

from .problem import FitParameter, FitProblem, geometry_parameters
from .progress import BoundWarning, FitInterruptedWarning, Progress, warn_at_bounds
from .result import FitResult, FittedParameterValues, load_fitted_parameters, provenance
from .statistics import IdentifiabilityWarning, uncertainty


def _base(parameter_values, recipe):
    if isinstance(parameter_values, str):
        return (
            get_parameter_values(parameter_values, **recipe),
            get_sources(parameter_values, **recipe),
            parameter_values,
        )
    sources = getattr(parameter_values, "sources", None) or {}
    return parameter_values, dict(sources), None


def fit(
    datasets,
    parameters,
    parameter_values,
    model=None,
    recipe=None,
    var_pts=None,
    areal=False,
    weights=None,
    correlation_threshold=0.95,
    max_nfev=100,
    robust_scale_V=0.02,
    voltage_window=None,
    progress=True,
):
    """Fit parameters of ``model`` to the voltage of one or several measurements.

    Parameters
    ----------
    datasets : assb_models.data.CyclerData or list of them
        Measurements fitted together, each replayed with its own current (select
        the steps first, e.g. ``data.select(cycles=1, steps=2)``).
    parameters : list of str or FitParameter
        Names (initial value from the set, bounds x/÷ 10) or :class:`FitParameter`.
    parameter_values : str or pybamm.ParameterValues
        A set name ("Kim2024"; then ``recipe`` keyword arguments apply and the
        fitted set carries the set's sources) or parameter values.
    model : pybamm.BaseModel, optional
        Default :class:`assb_models.SolidStateDFN` with the Li-In anode;
        :class:`assb_models.SolidStateSPMe` fits several times faster where it is
        valid (see its docstring).
    var_pts : dict, optional
        Mesh (the model's default when None).
    areal : bool, optional
        Replay current density scaled to the model's area (see
        :func:`assb_models.simulation.protocol.replay_current`).
    weights : list of float, optional
        Per-dataset residual weights.
    correlation_threshold : float, optional
        absolute correlation above which a pair is flagged not identifiable (default 0.95).
    max_nfev : int, optional
        Most model evaluations of each optimiser stage (default 100).
    robust_scale_V : float, optional
        Residual [V] beyond which the first, robust (Huber) stage counts residuals
        linearly (default 0.02 V: four times a typical 5 mV cycler noise). The second
        stage is plain least squares.
    voltage_window : tuple of float, optional
        Only samples whose measured voltage is inside (low, high) [V] enter the
        residuals (see :class:`~.problem.FitProblem`).
    progress : bool, optional
        Print a line per model evaluation to stderr (default True).

    Returns
    -------
    FitResult
        Ctrl-C (KeyboardInterrupt) during the optimisation stops it and returns the
        best point so far, with a :class:`FitInterruptedWarning`; a parameter that
        ends at a bound gives a :class:`BoundWarning` (and is listed in
        ``at_bounds``).
    """
    from assb_models.models import SolidStateDFN

    recipe = dict(recipe or {})
    datasets = datasets if isinstance(datasets, (list, tuple)) else [datasets]
    if not datasets:
        raise InvalidInputError("'datasets' is empty: give at least one measurement")
    base, base_sources, set_name = _base(parameter_values, recipe)
    model = model or SolidStateDFN()
    params = [
        (p if isinstance(p, FitParameter) else FitParameter(p)).resolve(base, model)
        for p in parameters
    ]
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise InvalidInputError(f"a parameter is listed twice in {names}")
    problem = FitProblem(
        model, base, datasets, params, var_pts, areal, weights, voltage_window
    )
    x0 = np.log([p.initial for p in params])
    bounds = (
        np.log([p.bounds[0] for p in params]),
        np.log([p.bounds[1] for p in params]),
    )
    settings = dict(
        jac=problem.jacobian,
        bounds=bounds,
        method="trf",
        x_scale="jac",
        max_nfev=max_nfev,
    )
    # stage 1, robust: residuals beyond robust_scale_V (knee-timing mismatches far
    # from the optimum) count linearly, so they do not dictate the first steps
    tracker = Progress(problem.residuals, names, show=progress)
    try:
        robust = scipy.optimize.least_squares(
            tracker, x0, loss="huber", f_scale=robust_scale_V, **settings
        )
        # stage 2, plain least squares from there: the maximum-likelihood estimate
        # for Gaussian noise, which the intervals of .statistics assume
        opt = scipy.optimize.least_squares(
            tracker, robust.x, xtol=1e-10, ftol=1e-12, gtol=1e-10, **settings
        )
        x, nfev, message = opt.x, opt.nfev + robust.nfev, str(opt.message)
    except KeyboardInterrupt:
        if tracker.best_x is None:
            raise
        x, nfev = tracker.best_x, tracker.evaluations
        message = (
            f"interrupted (KeyboardInterrupt) after {nfev} model evaluations; the "
            "result is the best point so far"
        )
        warnings.warn(message, FitInterruptedWarning, stacklevel=2)
    else:
        if np.array_equal(x, x0):
            raise RuntimeError(
                f"the optimiser did not move from the start {problem.inputs(x0)} "
                f"({message}); check that the parameters change the voltage and "
                "that the bounds leave room"
            )
    at_bounds = warn_at_bounds(names, x, bounds)
    stats = uncertainty(
        x,
        problem.residuals(x),
        problem.jacobian(x),
        names,
        correlation_threshold,
    )
    values = np.exp(x)
    files = [d.name for d in datasets]
    fitted_values = dict(base.items())
    sources = dict(base_sources)
    for name, v, lo, hi in zip(names, values, stats.lower95, stats.upper95, strict=False):
        fitted_values[name] = float(v)
        sources[name] = provenance(name, v, lo, hi, files)
    runs = problem.simulate(x)
    rmse = [
        float(np.sqrt(np.mean((v - vd)[m] ** 2)))
        for (v, _), vd, m in zip(runs, problem.voltages, problem.masks, strict=False)
    ]
    return FitResult(
        names=names,
        initial=np.exp(x0),
        values=values,
        lower95=stats.lower95,
        upper95=stats.upper95,
        correlation=stats.correlation,
        non_identifiable=stats.pairs,
        singular=stats.singular,
        noise_V=stats.noise_V,
        rmse_V=rmse,
        nfev=int(nfev),
        message=message,
        parameter_values=FittedParameterValues(fitted_values, sources),
        base_set=set_name,
        base_recipe=recipe,
        sources=[d.source for d in datasets],
        problem=problem,
        x=x,
        x0=x0,
        at_bounds=at_bounds,
    )


__all__ = [
    "BoundWarning",
    "FitInterruptedWarning",
    "FitParameter",
    "FitProblem",
    "FitResult",
    "FittedParameterValues",
    "IdentifiabilityWarning",
    "fit",
    "geometry_parameters",
    "load_fitted_parameters",
]
