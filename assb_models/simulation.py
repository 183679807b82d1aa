"""``pybamm.Simulation`` that checks solid-state inputs and explains solver failures."""

import re

import pybamm

from .analysis import warn_outside_calibration

from .parameters import validate_parameter_values

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
        "pybamm.IDAKLUSolver(rtol=1e-6, atol=1e-8); a finer mesh (var_pts); and "
        "plot the solution up to the failure (returned by experiments) to see which "
        "variable leaves its range."
    ),
}


def explain_solver_error(error):
    """The solver's message with what usually causes it in these models."""
    message = str(error)
    if re.search(r"non-positive at initial conditions", message):
        advice = _ADVICE["initial"]
    else:
        advice = _ADVICE["step"]
    return f"{message}\n{advice}"


class Simulation(pybamm.Simulation):
    """:class:`pybamm.Simulation` for the solid-state models.

    Same arguments as PyBaMM's. Before anything is built, the parameter values are
    checked by :func:`~assb_models.validate_parameter_values` (thicknesses,
    fractions, volume fractions adding up, transference number, pressure laws);
    a :class:`pybamm.SolverError` is re-raised with the likely cause in these
    models and what to try; a solution in which SE oxidation ran above the potential
    its parameters were calibrated at warns
    (:func:`~assb_models.analysis.warn_outside_calibration`).
    """

    def __init__(self, model, parameter_values=None, **kwargs):
        parameter_values = parameter_values or model.default_parameter_values
        validate_parameter_values(parameter_values)
        super().__init__(model, parameter_values=parameter_values, **kwargs)

    def solve(self, *args, **kwargs):
        try:
            solution = super().solve(*args, **kwargs)
        except pybamm.SolverError as error:
            raise pybamm.SolverError(explain_solver_error(error)) from error
        warn_outside_calibration(self.model, self.parameter_values, solution)
        return solution
