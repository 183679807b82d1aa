"""One design on one worker: parameter values, a reused simulation, metrics.

A design's parameter values come from the set's ``get_parameter_values`` with the
design's recipe keys, then its parameter values, then the checks of
:func:`~assb_models.validate_parameter_values`. The simulation is built once and
reused for every later design that differs only in *input* parameters: scalar values
that are not geometry (the thicknesses that set the mesh) nor the nominal capacity
and current (which set C-rate currents when the experiment is built). Any other
difference (a thickness, a function, a model option) builds a new simulation.

Each worker thread keeps its own cache (:class:`threading.local`) of the last
:data:`CACHE_SIZE` simulations, so tasks running at the same time never share a
simulation.
"""

import collections
import hashlib
import threading
import time

import numpy as np
import pybamm

from assb_models import __version__
from assb_models.parameters import registry
from assb_models.parameters.parameter_values import validate_parameter_values
from assb_models.simulation.simulation import Simulation
from assb_models.validation import is_real, require_finite

from .metrics import compute_metrics
from .models import build_model
from .spec import SpecError, SweepSpec

#: simulations kept per worker thread
CACHE_SIZE = 4
#: scalars that are never input parameters (used when the experiment is built)
NEVER_INPUT = ("Nominal cell capacity [A.h]", "Current function [A]")
#: entries of a parameter set that are not parameters
NOT_PARAMETERS = ("citations", "chemistry")

_local = threading.local()


def _cache(name):
    if not hasattr(_local, name):
        setattr(_local, name, collections.OrderedDict())
    return getattr(_local, name)


def design_parameter_values(spec, design):
    """A design's (recipe keys, validated :class:`pybamm.ParameterValues`, model
    options).

    The set is built once from its recipe keys, the design's parameter values are
    set on it, and the result is validated once
    (:func:`~assb_models.validate_parameter_values`).
    """
    recipe, parameters, options = spec.split(design)
    for key, value in recipe.items():
        if is_real(value):
            require_finite(key, value)
    values = registry.get(spec.parameter_set).get_parameter_values(**recipe)
    unknown = sorted(set(parameters) - set(values.keys()))
    if unknown:
        raise SpecError(
            f"sweep spec: parameter(s) {unknown} are not in parameter set "
            f"{spec.parameter_set!r} (check the spelling; recipe keys are Python "
            "identifiers such as 'am_wt_percent')"
        )
    values.update(parameters)
    validate_parameter_values(values)
    return recipe, pybamm.ParameterValues(values), options


def _symbols(tree):
    for value in tree.values():
        if isinstance(value, dict):
            yield from _symbols(value)
        elif isinstance(value, pybamm.Symbol):
            yield value


def geometric_parameters(spec, options):
    """Names of the parameters and function parameters in the geometry of the
    model with ``options`` (thicknesses, particle radii): they set the mesh."""
    cache = _cache("geometry")
    key = (spec.model, repr(sorted(options.items())))
    if key not in cache:
        model = build_model(spec.model, options)
        unpacker = pybamm.SymbolUnpacker((pybamm.Parameter, pybamm.FunctionParameter))
        found = unpacker.unpack_list_of_symbols(list(_symbols(model.default_geometry)))
        cache[key] = {symbol.name for symbol in found}
    return cache[key]


def can_be_input(name, value, geometric):
    """Whether a parameter may be a :class:`pybamm.InputParameter`."""
    scalar = isinstance(value, (int, float, np.floating)) and not isinstance(
        value, bool
    )
    return scalar and name not in geometric and name not in NEVER_INPUT


def _freeze(value):
    """A hashable stand-in of a parameter value, equal only for equal values."""
    if isinstance(value, (bool, int, float, str, np.floating)):
        return repr(value)
    if callable(value) and not hasattr(value, "__qualname__"):
        # an instance of a parameter-law class: equal when its class and state are
        cls = type(value)
        if "<locals>" in cls.__qualname__ or not hasattr(value, "__dict__"):
            return f"object {id(value)}"
        state = tuple(sorted((k, _freeze(v)) for k, v in vars(value).items()))
        return (f"{cls.__module__}.{cls.__qualname__}", state)
    if callable(value):
        qualname = getattr(value, "__qualname__", "")
        module = getattr(value, "__module__", None)
        if "<locals>" in qualname or not qualname or module is None:
            return f"object {id(value)}"  # cannot tell closures apart: never reuse
        return f"{module}.{qualname}"
    if isinstance(value, (tuple, list)):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, np.ndarray):
        return hashlib.sha1(np.ascontiguousarray(value).tobytes()).hexdigest()
    return f"object {id(value)}"


def _simulation(spec, values, input_names, options):
    """The cached simulation for these options and non-input values, or a new one."""
    cache = _cache("simulations")
    fixed = tuple(
        sorted(
            (name, _freeze(v))
            for name, v in values.items()
            if name not in input_names and name not in NOT_PARAMETERS
        )
    )
    key = (
        spec.fingerprint,
        repr(sorted(options.items())),
        tuple(sorted(input_names)),
        fixed,
    )
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    symbolic = values.copy()
    symbolic.update({name: "[input]" for name in input_names})
    sim = Simulation(
        build_model(spec.model, options),
        parameter_values=symbolic,
        experiment=spec.experiment(),
        check_inputs=False,  # the design's values were validated once, as built
    )
    cache[key] = sim
    while len(cache) > CACHE_SIZE:
        cache.popitem(last=False)
    return sim


def _solve(spec, values, inputs, options):
    """Solve with input parameters; should that fail, solve again with every value
    a number (as the design alone), so that a failure is never the reuse's."""
    try:
        return _simulation(spec, values, inputs, options).solve(inputs=inputs)
    except Exception:
        if not inputs:
            raise
        _cache("simulations").clear()
        return _simulation(spec, values, {}, options).solve()


def _incomplete(spec, solution):
    """Why a solution did not run the whole protocol, or None."""
    expected = len(spec.cycles()[1])
    if len(solution.cycles) < expected:
        return (
            f"the protocol stopped in cycle {len(solution.cycles)} of {expected}: "
            f"{solution.termination}"
        )
    return None


def run_design(spec, design, input_names=()):
    """Metrics of one design as a row, whatever happens.

    Returns {input: value, ..., metric: value, ..., "status": "ok" or "failed",
    "error": message or None, "run_time_s", "assb_models_version",
    "pybamm_version"}. An exception, or a protocol that stopped early, makes the
    design "failed" with the message; metrics it could not reach are NaN.
    """
    start = time.perf_counter()
    solution, values, recipe, error = None, None, None, None
    try:
        recipe, values, options = design_parameter_values(spec, design)
        geometric = geometric_parameters(spec, options)
        inputs = {
            name: float(values[name])
            for name in input_names
            if name in values.keys() and can_be_input(name, values[name], geometric)
        }
        solution = _solve(spec, values, inputs, options)
        error = _incomplete(spec, solution)
        metrics = compute_metrics(spec, solution, values, recipe, options)
    except Exception as exc:  # a failed design never stops the sweep
        error = error or f"{type(exc).__name__}: {exc}"
        metrics = compute_metrics(spec, None, None, None, None)
        _cache("simulations").clear()  # a failed solve leaves nothing to reuse
    return _row(design, metrics, error, start)


def _row(design, metrics, error, start):
    return {
        **design,
        **metrics,
        "status": "failed" if error else "ok",
        "error": error,
        "run_time_s": time.perf_counter() - start,
        "assb_models_version": __version__,
        "pybamm_version": pybamm.__version__,
    }


def failed_batch(spec, items, error):
    """Rows of a batch that raised outside :func:`run_design`, e.g. because its
    worker died (a crash in the solver, ``KilledWorker``), as failed."""
    start = time.perf_counter()
    message = (
        f"{type(error).__name__} outside the design's own run (e.g. its worker "
        f"died): {error}"
    )
    return [
        {
            "design_index": index,
            "design_id": design_id,
            **_row(
                design, compute_metrics(spec, None, None, None, None), message, start
            ),
        }
        for index, design_id, design in items
    ]


def run_batch(spec_data, items, input_names):
    """Rows of a batch of designs, ``items`` = [(index, id, design), ...]."""
    spec = SweepSpec(spec_data)
    rows = []
    for index, design_id, design in items:
        row = run_design(spec, design, input_names)
        rows.append({"design_index": index, "design_id": design_id, **row})
    return rows
