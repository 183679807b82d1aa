"""``pybamm.Simulation`` that checks solid-state inputs and explains solver failures."""

import re

import pybamm

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


#: cell voltages (vs the anode) that PyBaMM's half-cell initial state reads vs Li
_CELL_VOLTAGES = (
    "Open-circuit voltage at 0% SOC [V]",
    "Open-circuit voltage at 100% SOC [V]",
    "Lower voltage cut-off [V]",
    "Upper voltage cut-off [V]",
)


def _anode_ocp(parameter_values, inputs=None):
    """The anode's rest potential vs Li [V] (0 when the set has none: Li metal)."""
    if "Negative electrode OCP [V]" not in parameter_values:
        return 0.0
    return float(
        parameter_values.evaluate(
            pybamm.Parameter("Negative electrode OCP [V]"), inputs=inputs
        )
    )


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
    models and what to try.
    """

    def __init__(self, model, parameter_values=None, **kwargs):
        parameter_values = parameter_values or model.default_parameter_values
        validate_parameter_values(parameter_values)
        super().__init__(model, parameter_values=parameter_values, **kwargs)

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
        """
        reference = self._unprocessed_parameter_values
        u_n = _anode_ocp(reference, inputs)
        if u_n == 0:
            return super().set_initial_state(initial_soc, direction, inputs)
        shifted = reference.copy()
        shifted.update({name: reference[name] + u_n for name in _CELL_VOLTAGES})
        if isinstance(initial_soc, str) and initial_soc.strip().endswith("V"):
            initial_soc = f"{float(initial_soc.strip()[:-1]) + u_n!r} V"
        self._unprocessed_parameter_values = shifted
        try:
            super().set_initial_state(initial_soc, direction, inputs)
        finally:
            self._unprocessed_parameter_values = reference
        self._parameter_values.update({name: reference[name] for name in _CELL_VOLTAGES})

    def solve(self, *args, **kwargs):
        try:
            return super().solve(*args, **kwargs)
        except pybamm.SolverError as error:
            raise pybamm.SolverError(explain_solver_error(error)) from error
