"""A package model, parameter set and measurement as a PyBOP problem.

PyBOP (``pip install "assb-models[pybop]"``) separates the simulator, the cost and
the optimiser or sampler. :func:`pybop_problem` builds the first two from what
:func:`assb_models.fitting.fit` takes, so any PyBOP optimiser (``pybop.SciPyMinimize``,
``pybop.CMAES``, ...) or sampler runs on an all-solid-state cell:

>>> problem = pybop_problem(
...     data, ["Solid electrolyte conductivity at reference temperature [S.m-1]"],
...     "Kim2024", model=assb_models.SolidStateSPMe())
>>> options = pybop.SciPyMinimizeOptions(method="Nelder-Mead")
>>> result = pybop.SciPyMinimize(problem, options=options).run()
>>> intervals(problem, result.best_inputs)            # 95 % intervals, as fit()'s

The measurement is replayed as :func:`assb_models.fitting.fit` replays it: its
current as "Current function [A]", cut-offs widened to the measured voltage range
(:func:`assb_models.simulation.protocol.replay_parameters`). Fitted parameters are
``pybop.Parameter`` objects in log space by default (bounds x/÷ 10 around the set's
value, as :class:`assb_models.fitting.FitParameter`), the search space of ``fit``.
Nothing of PyBOP is reimplemented: ``pybop.pybamm.Simulator`` wraps the model,
``pybop.Dataset`` holds the data, the cost is PyBOP's.
"""

import numpy as np

try:
    import pybop
except ImportError:  # optional dependency: the functions say how to install it
    pybop = None

from assb_models.data.table import CURRENT, VOLTAGE
from assb_models.fitting.problem import FitParameter
from assb_models.fitting.statistics import uncertainty
from assb_models.models import SolidStateDFN
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.simulation.protocol import replay_parameters, replay_times
from assb_models.validation import InvalidInputError

#: the model output PyBOP compares with the measurement
TARGET = "Voltage [V]"


def require_pybop():
    """Raise ImportError, with the install command, when PyBOP is not installed."""
    if pybop is None:
        raise ImportError(
            "assb_models.fitting.pybop_problem needs PyBOP: pip install "
            '"assb-models[pybop]" (in its own environment: PyBOP caps numpy)'
        )


def pybop_dataset(data):
    """A :class:`assb_models.data.CyclerData` as a ``pybop.Dataset``.

    "Time [s]" from the first sample (strictly increasing, as replayed), "Current
    [A]" in PyBaMM's sign (discharge positive) and "Voltage [V]".
    """
    require_pybop()
    t, keep = replay_times(data)
    table = data.table
    return pybop.Dataset(
        {
            "Time [s]": t,
            "Current [A]": table[CURRENT].to_numpy(dtype=float)[keep],
            TARGET: table[VOLTAGE].to_numpy(dtype=float)[keep],
        }
    )


def pybop_parameter(parameter, parameter_values, model):
    """A log-space ``pybop.Parameter`` from a name or a
    :class:`~assb_models.fitting.FitParameter`.

    Initial value and bounds as :meth:`~assb_models.fitting.FitParameter.resolve`
    gives them (the set's value; x/÷ 10), so a PyBOP fit searches the space
    :func:`~assb_models.fitting.fit` searches.
    """
    require_pybop()
    if isinstance(parameter, str):
        parameter = FitParameter(parameter)
    resolved = parameter.resolve(parameter_values, model)
    return pybop.Parameter(
        initial_value=resolved.initial,
        bounds=list(resolved.bounds),
        transformation=pybop.LogTransformation(),
    )


def window_weights(dataset, voltage_window):
    """Weight 1 for samples whose measured voltage is inside ``voltage_window``, else 0
    (None: every sample counts)."""
    if voltage_window is None:
        return None
    voltage = np.asarray(dataset[TARGET])
    low, high = voltage_window
    inside = (voltage >= low) & (voltage <= high)
    if inside.sum() < 2:
        raise InvalidInputError(
            f"{int(inside.sum())} samples inside 'voltage_window' = {voltage_window}; "
            "the measured voltage spans "
            f"[{voltage.min():.4g}, {voltage.max():.4g}] V"
        )
    return inside.astype(float)


def pybop_problem(
    data,
    parameters,
    parameter_values,
    model=None,
    recipe=None,
    cost=None,
    var_pts=None,
    areal=False,
    solver=None,
    voltage_window=None,
):
    """A ``pybop.Problem``: the voltage of ``model`` replaying ``data``.

    Parameters
    ----------
    data : assb_models.data.CyclerData
        One measurement (select its steps first, e.g. ``data.select(cycles=1)``).
    parameters : list of str or assb_models.fitting.FitParameter, or dict
        Names or :class:`~assb_models.fitting.FitParameter` (log-space
        ``pybop.Parameter`` with the set's value and bounds x/÷ 10), or PyBOP's own
        parameters (``pybop.Parameter``, with priors for a sampler) by name.
    parameter_values : str or pybamm.ParameterValues
        A set name ("Kim2024"; ``recipe`` keyword arguments apply) or values.
    model : pybamm.BaseModel, optional
        Default :class:`assb_models.SolidStateDFN` (Li-In).
    recipe : dict, optional
        Keyword arguments of the set (with a set name).
    cost : pybop.BaseCost or its class, optional
        Default ``pybop.SumSquaredError`` of the voltage; a class is called with the
        dataset. A likelihood (an instance, e.g.
        ``pybop.GaussianLogLikelihoodKnownSigma(pybop_dataset(data), sigma=2e-3)``)
        gives a ``pybop.LogPosterior`` for PyBOP's samplers; its parameters then
        need priors (``pybop.Parameter(distribution=...)``, by name).
    var_pts : dict, optional
        Mesh (the model's default when None).
    areal : bool, optional
        Replay the current density scaled to the model's area (see
        :func:`assb_models.simulation.protocol.replay_current`).
    solver : pybamm.BaseSolver, optional
        Default PyBOP's recommended solver (IDAKLU, with sensitivities).
    voltage_window : tuple of float, optional
        (lowest, highest) measured voltage [V] of the samples the cost counts, as in
        :class:`~assb_models.fitting.FitProblem`: a cost class is given weight 0
        outside it (``weighting``), e.g. to leave out the knee at the end of a
        discharge.

    Returns
    -------
    pybop.Problem
        ``pybop.LogPosterior`` with a likelihood cost.
    """
    require_pybop()
    if isinstance(parameter_values, str):
        parameter_values = get_parameter_values(parameter_values, **(recipe or {}))
    elif recipe:
        raise InvalidInputError(
            "'recipe' applies to a set name only; got parameter values"
        )
    model = model or SolidStateDFN()
    if not parameters:
        raise InvalidInputError("'parameters' is empty: give at least one to fit")
    values = replay_parameters(parameter_values, data, areal)
    if isinstance(parameters, dict):
        fitted = dict(parameters)
    else:
        fitted = {
            (p if isinstance(p, str) else p.name): pybop_parameter(p, values, model)
            for p in parameters
        }
    values.update(fitted)
    dataset = pybop_dataset(data)
    if areal:
        # the simulator replays the dataset's current: give it the scaled one
        dataset["Current [A]"] = np.ravel(values["Current function [A]"].y)
    simulator = pybop.pybamm.Simulator(
        model.new_copy(),
        parameter_values=values,
        protocol=dataset,
        var_pts=var_pts,
        solver=solver,
        output_variables=[TARGET],
    )
    if cost is None:
        cost = pybop.SumSquaredError
    if isinstance(cost, type):
        cost = cost(dataset)
        if voltage_window is not None:
            # set after construction: set_weighting compares its argument with
            # "equal", which an array cannot answer (PyBOP 26.3)
            cost.weighting = window_weights(dataset, voltage_window)
    elif voltage_window is not None:
        raise InvalidInputError(
            "'voltage_window' needs a cost class; give a cost instance its weighting"
        )
    if isinstance(cost, pybop.LogLikelihood):
        # a sampler's target: the likelihood plus the parameters' log-priors
        return pybop.LogPosterior(simulator, cost)
    return pybop.Problem(simulator, cost)


def intervals(problem, inputs, threshold=0.95):
    """95 % intervals of a PyBOP least-squares optimum, computed as
    :func:`~assb_models.fitting.fit` computes its own.

    Linearised least squares in ln p from the voltage sensitivities of PyBOP's
    simulator at ``inputs`` (:func:`assb_models.fitting.statistics.uncertainty`), so
    a PyBOP optimum and a package fit compare on one footing.

    Parameters
    ----------
    problem : pybop.Problem
        From :func:`pybop_problem`.
    inputs : dict
        Parameter values at the optimum (``result.best_inputs``).
    threshold : float, optional
        Correlation above which a pair is flagged not identifiable.

    Returns
    -------
    assb_models.fitting.statistics.Uncertainty
        ``lower95``/``upper95`` in natural units, in the order of ``inputs``.
    """
    names = list(inputs)
    point = {name: float(np.ravel(inputs[name])[0]) for name in names}
    solution = problem.simulator.solve(inputs=point, calculate_sensitivities=True)
    voltage = solution[TARGET]
    measured = np.asarray(problem.target_data[TARGET], dtype=float)
    residuals = np.ravel(voltage.entries) - measured
    jacobian = np.column_stack(
        [np.ravel(voltage.sensitivities[name]) * point[name] for name in names]
    )
    # samples a voltage window leaves out (weight 0) are no residuals
    counted = np.broadcast_to(getattr(problem.cost, "weighting", 1.0), measured.shape)
    keep = counted > 0
    residuals, jacobian = residuals[keep], jacobian[keep]
    x = np.log([point[name] for name in names])
    return uncertainty(x, residuals, jacobian, names, threshold)
