"""``fit``: the problem, the cost, the optimiser and the result, in that order."""

import numpy as np

from assb_models.models import SolidStateDFN
from assb_models.parameters.parameter_values import get_parameter_values, get_sources
from assb_models.validation import InvalidInputError

from .cost import LeastSquaresCost, Term
from .impedance_problem import ImpedanceProblem
from .optimiser import least_squares
from .problem import FitParameter, FitProblem
from .result import assemble


def base_values(parameter_values, recipe):
    """(values, sources, set name) of a set name or of parameter values."""
    if isinstance(parameter_values, str):
        return (
            get_parameter_values(parameter_values, **recipe),
            get_sources(parameter_values, **recipe),
            parameter_values,
        )
    sources = getattr(parameter_values, "sources", None) or {}
    return parameter_values, dict(sources), None


def resolve_parameters(parameters, base, model):
    """:class:`~.problem.FitParameter` objects with initial values and bounds, each
    once."""
    params = [
        (p if isinstance(p, FitParameter) else FitParameter(p)).resolve(base, model)
        for p in parameters
    ]
    names = [p.name for p in params]
    if len(set(names)) != len(names):
        raise InvalidInputError(f"a parameter is listed twice in {names}")
    return params


def log_bounds(params):
    """(ln lower bounds, ln upper bounds) of resolved parameters."""
    return (
        np.log([p.bounds[0] for p in params]),
        np.log([p.bounds[1] for p in params]),
    )


def noise_levels(sigma_V, n):
    """Voltage noise [V] per dataset (1 each: residuals in V, when None)."""
    if sigma_V is None:
        return np.ones(n)
    sigma = np.asarray(sigma_V, dtype=float).ravel()
    sigma = np.full(n, sigma[0]) if sigma.size == 1 else sigma
    if sigma.size != n or not np.all((sigma > 0) & np.isfinite(sigma)):
        raise InvalidInputError(
            f"'sigma_V' = {sigma_V!r}: need one positive, finite noise level [V] or "
            f"one per dataset ({n})"
        )
    return sigma


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
    spectra=None,
    sigma_V=None,
    weight_V=1.0,
    impedance_model=None,
):
    """Fit parameters of ``model`` to the voltage of one or several measurements,
    and optionally to impedance spectra of the same cell (a joint fit).

    Parameters
    ----------
    datasets : assb_models.data.CyclerData or list of them
        Measurements fitted together, each replayed with its own current (select
        the steps first, e.g. ``data.select(cycles=1, steps=2)``).
    parameters : list of str or assb_models.fitting.problem.FitParameter
        Names (initial value from the set, bounds x/÷ 10) or
        :class:`~assb_models.fitting.problem.FitParameter`.
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
        Absolute correlation above which a pair is flagged not identifiable
        (default 0.95).
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
    spectra : list of assb_models.fitting.impedance_problem.SpectrumData, optional
        Impedance spectra of the same cell (:class:`~.impedance_problem.SpectrumData`,
        each with its noise ``sigma_ohm`` and ``weight``), fitted jointly with the
        voltage; the model impedance is
        :func:`assb_models.impedance.eis.impedance` of ``impedance_model``.
    sigma_V : float or list of float, optional
        Voltage noise [V] of the cycler data, one for all or one per dataset
        (required with ``spectra``, so that volts and ohms are compared as
        likelihoods; default: residuals in V). Each dataset's residuals are divided
        by its sigma (and multiplied by its entry of ``weights``).
    weight_V : float, optional
        Weight of the voltage term in a joint fit (default 1).
    impedance_model : pybamm.BaseModel, optional
        The model whose impedance is fitted to ``spectra``; it needs double layers
        ("surface form" "differential"). Default ``model``; give e.g.
        ``SolidStateDFN({"surface form": "differential"})`` when the voltage is
        fitted with :class:`assb_models.SolidStateSPMe`, which has none.

    Returns
    -------
    assb_models.fitting.result.FitResult
        Ctrl-C (KeyboardInterrupt) during the optimisation stops it and returns the
        best point so far, with a :class:`FitInterruptedWarning`; a parameter that
        ends at a bound gives a :class:`BoundWarning` (and is listed in
        ``at_bounds``).
    """
    recipe = dict(recipe or {})
    datasets = datasets if isinstance(datasets, (list, tuple)) else [datasets]
    if not datasets:
        raise InvalidInputError("'datasets' is empty: give at least one measurement")
    if spectra and sigma_V is None:
        raise InvalidInputError(
            "a joint fit with 'spectra' needs 'sigma_V', the voltage noise [V] (e.g. "
            "5e-3), to weigh volts against ohms"
        )
    base, base_sources, set_name = base_values(parameter_values, recipe)
    model = model or SolidStateDFN()
    params = resolve_parameters(parameters, base, model)
    sigma = noise_levels(sigma_V, len(datasets))
    scaled = np.ones(len(datasets)) if weights is None else np.asarray(weights, float)
    if scaled.shape != sigma.shape:
        raise InvalidInputError(
            f"'weights' has {scaled.size} entries for {len(datasets)} datasets"
        )
    problem = FitProblem(
        model, base, datasets, params, var_pts, areal, scaled / sigma, voltage_window
    )
    terms = [Term(problem, 1.0, weight_V)]
    for spectrum in spectra or []:
        impedance = ImpedanceProblem(
            impedance_model or model, base, spectrum, params, var_pts
        )
        terms.append(Term(impedance, spectrum.sigma_ohm, spectrum.weight))
    cost = LeastSquaresCost(terms)
    x0 = np.log([p.initial for p in params])
    bounds = log_bounds(params)
    optimum = least_squares(
        cost,
        x0,
        bounds,
        max_nfev,
        robust_scale_V / float(np.mean(sigma)),
        progress,
        volts=sigma_V is None and not spectra,
    )
    return assemble(
        cost,
        optimum,
        x0,
        bounds,
        base,
        base_sources,
        set_name,
        recipe,
        correlation_threshold,
    )
