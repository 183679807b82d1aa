"""``pybamm.Simulation`` that checks solid-state inputs and explains solver failures."""

import re

import numpy as np
import pybamm
from pybamm.parameters.parameter_values import ParameterNameParser

from assb_models.models.anodes import ANODES
from assb_models.parameters.parameter_values import validate_parameter_values
from assb_models.validation import InvalidInputError

from .analysis import warn_outside_calibration, warn_outside_validity
from .experiment_checks import (
    anode_ocp,
    check_experiment,
    check_first_step,
    check_initial_soc,
    scalar_value,
)

#: what usually makes the DAE solver fail in these models, and what to try
_ADVICE = {
    "initial": (
        "The cell starts where a stopping condition already holds. For a voltage "
        "event, the initial voltage is outside [Lower voltage cut-off, Upper voltage "
        "cut-off]: check 'Initial concentration in positive electrode [mol.m-3]' "
        "(e.g. get_parameter_values(..., pristine=True) starts a Kim2024 cell "
        "discharged) against the cut-offs, and the anode OCP (Li-In 0.62 V)."
    ),
    "step": (
        "The solver could not take a step: usually the NCM/LCO surface reaching full "
        "lithiation or delithiation, the SE fraction or a contact fraction "
        "approaching zero (SE consumption, contact loss), or a side reaction running "
        "away at high potential. Try: a lower C-rate or tighter voltage cut-offs; "
        "solver=assb_models.solver.SolidStateSolver(rtol=1e-6, atol=1e-8); a finer "
        "mesh (var_pts); and "
        "plot the solution up to the failure (returned by experiments) to see which "
        "variable leaves its range."
    ),
}


#: words of the DAE solver's messages when it could not take a step
_INTEGRATION_FAILURE = ("IDA", "corrector", "convergence", "error test", "hmin", "KLU")

#: largest number of mesh points per direction (a finer mesh is not a model input
#: but a run that does not end)
MAX_MESH_POINTS = 1000


def check_var_pts(var_pts, model):
    """Raise :class:`InvalidInputError` unless ``var_pts`` is None or a dict whose
    keys are coordinates of ``model.default_var_pts`` and whose values are integers
    in [1, :data:`MAX_MESH_POINTS`] (a coordinate the mesh needs but ``var_pts``
    lacks is named at build)."""
    if var_pts is None:
        return
    allowed = dict(model.default_var_pts)
    if not isinstance(var_pts, dict):
        raise InvalidInputError(
            f"var_pts = {var_pts!r} must be a dict of coordinate: number of points, "
            f"e.g. {allowed}"
        )
    names = {str(getattr(k, "name", k)): v for k, v in var_pts.items()}
    unknown = sorted(set(names) - set(allowed))
    if unknown:
        raise InvalidInputError(
            f"var_pts: {unknown} not among the coordinates of {model.name}; "
            f"allowed: {sorted(allowed)}"
        )
    for name, points in names.items():
        if not (
            isinstance(points, (int, np.integer))
            and not isinstance(points, bool)
            and 1 <= points <= MAX_MESH_POINTS
        ):
            raise InvalidInputError(
                f"var_pts[{name!r}] = {points!r} is outside the allowed range: an "
                f"integer in [1, {MAX_MESH_POINTS}]"
            )


def refined_var_pts(model, factor=2, coordinates=None):
    """``model.default_var_pts`` with the points of ``coordinates`` (all when None,
    e.g. ("x_s", "x_p")) multiplied by ``factor``: the mesh of a convergence check
    (a reported number must change < 2 % when the mesh is doubled)."""
    base = dict(model.default_var_pts)
    if coordinates is not None:
        unknown = sorted(set(coordinates) - set(base))
        if unknown:
            raise InvalidInputError(
                f"coordinates: {unknown} not among the coordinates of {model.name}; "
                f"allowed: {sorted(base)}"
            )
    return {
        k: v * factor if coordinates is None or k in coordinates else v
        for k, v in base.items()
    }


#: cell voltages (vs the anode) that PyBaMM's half-cell initial state reads vs Li
_CELL_VOLTAGES = (
    "Open-circuit voltage at 0% SOC [V]",
    "Open-circuit voltage at 100% SOC [V]",
    "Lower voltage cut-off [V]",
    "Upper voltage cut-off [V]",
)


def _separator_ohmic_drop(parameter_values):
    """|I| L_s / (kappa eps_s^b_s A) [V]: the SE separator's ohmic drop at "Current
    function [A]" (None when a value is not a number)."""
    names = (
        "Current function [A]",
        "Separator thickness [m]",
        "Solid electrolyte conductivity at reference temperature [S.m-1]",
        "Separator porosity",
        "Separator Bruggeman coefficient (electrolyte)",
        "Electrode height [m]",
        "Electrode width [m]",
    )
    values = [scalar_value(parameter_values, n) for n in names]
    if any(v is None for v in values):
        return None
    current, length, kappa, eps, b, height, width = values
    return abs(current) * length / (kappa * eps**b * height * width)


def explain_solver_error(error, parameter_values=None):
    """The solver's message with what usually causes it in these models.

    With ``parameter_values``, a voltage event that holds at the start is compared
    with the SE separator's ohmic drop at the applied current (a low SE
    conductivity puts the voltage past a cut-off at once).
    """
    message = str(error)
    initial = re.search(r"Events (\[.*\]) are non-positive at initial", message)
    if not initial:
        if not any(word in message for word in _INTEGRATION_FAILURE):
            # an argument PyBaMM's solver refuses (t_eval, inputs, ...): its own
            # message names it, and the advice on failed steps would mislead
            return f"{message}\n(raised by PyBaMM's solver before any step was taken)"
        return f"{message}\n{_ADVICE['step']}"
    if "voltage" not in initial.group(1):
        return (
            f"{message}\nThe cell starts where the stopping condition "
            f"{initial.group(1)} already holds: check the parameters that condition "
            "names against the applied current and the initial state."
        )
    drop = _separator_ohmic_drop(parameter_values) if parameter_values else None
    if drop is not None and drop > 0.05:
        kappa = "Solid electrolyte conductivity at reference temperature [S.m-1]"
        current = scalar_value(parameter_values, "Current function [A]")
        return (
            f"{message}\nThe SE separator alone drops {drop:.3g} V at 'Current "
            f"function [A]' = {current:g} A "
            f"({kappa!r} = {scalar_value(parameter_values, kappa):g}), which puts the "
            "voltage past a cut-off at once: lower the current or check the SE "
            "conductivity and separator thickness.\n" + _ADVICE["initial"]
        )
    return f"{message}\n{_ADVICE['initial']}"


#: PyBaMM options every solid-state model sets itself (not the user's choice)
_MODEL_SET_OPTIONS = ("working electrode",)
#: assb option values that add no physics (their parameters are the core's)
_PLAIN_OPTION_VALUES = ("none", "false", "full", "Bruggeman")


class MissingParameterError(InvalidInputError, KeyError):
    """A parameter the model needs is not in the parameter values."""

    __str__ = BaseException.__str__


def name_missing_parameter(error, model, parameter_values=None):
    """A :class:`MissingParameterError` naming the parameter PyBaMM's KeyError
    names and the model options that bring in physics (one of them reads it), or
    None when ``error`` is not a missing parameter. When ``parameter_values`` hold
    the parameter as a list's indexed entries ("name (0) [unit]", ...), the error
    says so."""
    found = re.search(r"Parameter '([^']+)' not found", str(error))
    if not found:
        return None
    name = found.group(1)
    base, units = ParameterNameParser.split(name)
    first = ParameterNameParser.combine(base, 0, units)
    if parameter_values is not None and first in parameter_values.keys():
        given = []
        while ParameterNameParser.combine(base, len(given), units) in (
            parameter_values.keys()
        ):
            given.append(
                parameter_values[ParameterNameParser.combine(base, len(given), units)]
            )
        return MissingParameterError(
            f"{name!r} = {given!r} is a list: PyBaMM's ParameterValues stores it as "
            f"the separate entries {first!r}, ..., which no model reads, so "
            f"{model.name} finds no {name!r}. Allowed: one real number (or a "
            "function, interpolant or '[input]')"
        )
    options = getattr(model, "assb_options", None) or {}
    physics = {k: v for k, v in options.items() if v not in _PLAIN_OPTION_VALUES}
    if isinstance(getattr(model, "options", None), pybamm.BatteryModelOptions):
        defaults = pybamm.BatteryModelOptions({})
        physics.update(
            (k, v)
            for k, v in model.options.items()
            if k not in options and k not in _MODEL_SET_OPTIONS and defaults.get(k) != v
        )
    needs = (
        f"with options {physics} (a submodel of one of them reads it)"
        if physics
        else "with its default options"
    )
    return MissingParameterError(
        f"parameter {name!r} is not in the parameter values, but "
        f"{model.name} {needs} needs it: add it to the parameter values, use a set "
        "that has it (`assb sets`), or choose options the set has parameters for"
    )


def check_inputs(inputs, parameter_values):
    """Raise :class:`InvalidInputError` for ``inputs=`` values of a solve that are
    not real finite numbers or that :func:`~assb_models.validate_parameter_values`
    refuses once they replace the parameters' ``[input]`` (same ranges and
    cross-checks as parameter values)."""
    for batch in inputs if isinstance(inputs, list) else [inputs]:
        if not batch:
            continue
        if not isinstance(batch, dict):
            raise InvalidInputError(
                f"inputs = {batch!r} must be a dict of parameter name: value"
            )
        values = dict(parameter_values.items())
        for name, value in batch.items():
            array = np.asarray(value)
            if array.dtype.kind not in "iuf" or array.ndim > 0:
                raise InvalidInputError(
                    f"inputs[{name!r}] = {value!r} must be one real number (a "
                    "parameter's value)"
                )
            values[name] = float(array)
        try:
            validate_parameter_values(values)
        except InvalidInputError as error:
            raise InvalidInputError(f"inputs: {error}") from error


class Simulation(pybamm.Simulation):
    """:class:`pybamm.Simulation` for the solid-state models.

    Same arguments as PyBaMM's. Before anything is built, the parameter values are
    checked by :func:`~assb_models.validate_parameter_values` (thicknesses,
    fractions, volume fractions adding up, transference number, pressure laws,
    temperatures, conductivities, ...) and the experiment's steps by
    :func:`check_experiment`; :meth:`solve` checks that the first step can run
    (:func:`check_first_step`) and refuses an empty solution; ``initial_soc`` is
    measured against the anode (:meth:`set_initial_state`); a
    :class:`pybamm.SolverError` is re-raised with the likely cause in these models
    and what to try; a solution in which SE oxidation ran above the potential
    its parameters were calibrated at warns
    (:func:`~assb_models.simulation.analysis.warn_outside_calibration`), and so
    does one of the reduced model beyond its range
    (:func:`~assb_models.simulation.analysis.warn_outside_validity`).
    ``var_pts`` are checked (:func:`check_var_pts`); ``inputs=`` of :meth:`solve`
    are checked as parameter values
    (:func:`check_inputs`) unless ``check_inputs=False`` (for a caller that has
    validated the values they come from, as a sweep does); a parameter the model
    needs but the values lack raises :class:`MissingParameterError`.
    """

    def __init__(self, model, parameter_values=None, check_inputs=True, **kwargs):
        self._check_inputs = check_inputs
        parameter_values = parameter_values or model.default_parameter_values
        validate_parameter_values(parameter_values)
        check_var_pts(kwargs.get("var_pts"), model)
        super().__init__(model, parameter_values=parameter_values, **kwargs)
        if getattr(self, "experiment", None) is not None:
            check_experiment(self.experiment, parameter_values)

    def set_initial_state(self, initial_soc, direction=None, inputs=None):
        """PyBaMM's initial state, with the cell voltage measured against the anode.

        PyBaMM's half-cell path ("working electrode": "positive") takes the cell
        voltage to be the working electrode's OCP vs Li metal: it solves
        ``U_p(x_100) = V_100`` and ``U_p(x_0) = V_0`` ("Open-circuit voltage at 100%/0%
        SOC [V]") and, for ``initial_soc="3.5 V"``, ``U_p(x) = 3.5``. Here the cell
        voltage is ``V = U_p - U_n`` with ``U_n`` "Negative electrode OCP [V]"
        (Li-In 0.62 V), so every voltage of that calculation (the two OCVs, the cut-offs
        it checks against and a voltage ``initial_soc``) is shifted by ``+U_n`` before
        PyBaMM solves for x, and the parameter values keep their cell-voltage values.
        ``initial_soc`` outside [0, 1], or a voltage outside the cut-offs, raises
        :class:`~assb_models.validation.InvalidInputError` (PyBaMM only warns).
        """
        anode = ANODES.get(dict(getattr(self._model, "options", {})).get("anode"))
        if anode is not None and not anode.initial_soc:
            raise InvalidInputError(
                f"initial_soc = {initial_soc!r} cannot be set for 'anode': "
                f"{anode.name!r}: {anode.initial_soc_reason}"
            )
        reference = self._unprocessed_parameter_values
        voltage = check_initial_soc(initial_soc, reference)
        u_n = anode_ocp(reference, inputs)
        if u_n == 0:
            return super().set_initial_state(initial_soc, direction, inputs)
        shifted = reference.copy()
        shifted.update({name: reference[name] + u_n for name in _CELL_VOLTAGES})
        if voltage is not None:
            initial_soc = f"{voltage + u_n!r} V"
        self._unprocessed_parameter_values = shifted
        try:
            super().set_initial_state(initial_soc, direction, inputs)
        finally:
            self._unprocessed_parameter_values = reference
        self._parameter_values.update(
            {name: reference[name] for name in _CELL_VOLTAGES}
        )

    def build(self, *args, **kwargs):
        """PyBaMM's build; a missing parameter is named with the options that need
        it (:class:`MissingParameterError`) instead of PyBaMM's bare KeyError."""
        try:
            return super().build(*args, **kwargs)
        except KeyError as error:
            lacking = re.search(r"Points not given for variable '([^']+)'", str(error))
            if lacking:
                raise InvalidInputError(
                    f"var_pts = {self._var_pts!r} lacks {lacking.group(1)!r}, a "
                    f"coordinate of {self._model.name}'s mesh: give it a number of "
                    f"points in [1, {MAX_MESH_POINTS}] (the model's default: "
                    f"{self._model.default_var_pts[lacking.group(1)]})"
                ) from error
            named = name_missing_parameter(
                error, self._model, self._unprocessed_parameter_values
            )
            if named is None:
                raise
            raise named from error

    def solve(self, *args, **kwargs):
        """PyBaMM's solve, after checking that the first step can run.

        Raises :class:`~assb_models.validation.InvalidInputError` before solving
        when the first step that passes current cannot run from the initial state
        (a discharge whose cut-off is at or above the rested voltage, a charge whose
        cut-off is at or below it, a discharge of a fully lithiated cathode, a charge
        of a fully delithiated one), and after solving when PyBaMM skipped every step
        (an empty solution).
        """
        if kwargs.get("initial_soc") is not None:
            self.set_initial_state(
                kwargs["initial_soc"], kwargs.get("direction"), kwargs.get("inputs")
            )
        if kwargs.get("inputs") and self._check_inputs:
            check_inputs(kwargs["inputs"], self._unprocessed_parameter_values)
        if kwargs.get("starting_solution") is None:
            check_first_step(self, kwargs.get("inputs"))
        try:
            solution = super().solve(*args, **kwargs)
        except pybamm.SolverError as error:
            raise pybamm.SolverError(
                explain_solver_error(error, self._parameter_values)
            ) from error
        except KeyError as error:
            named = name_missing_parameter(
                error, self._model, self._unprocessed_parameter_values
            )
            if named is None:
                raise
            raise named from error
        if isinstance(solution, pybamm.EmptySolution):
            raise InvalidInputError(
                "no step of the experiment ran: PyBaMM skipped each one as already "
                "finished at its start (see its warnings). Check each step's 'until' "
                "condition against the voltage the cell has when the step starts."
            )
        warn_outside_calibration(self.model, self.parameter_values, solution)
        warn_outside_validity(self.model, solution)
        return solution
