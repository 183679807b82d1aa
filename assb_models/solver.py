"""The solid-state models' default DAE solver: PyBaMM's IDAKLU with a second way to
start a step and a last try at tighter tolerances.

PyBaMM's :class:`pybamm.IDAKLUSolver` computes each step's consistent initial
state with its own Newton on the algebraic sub-block (option ``"newton_mode":
"auto"``), then lets IDA take the first step. At a switch of control (a CC charge
ending at the voltage a CV hold then keeps) that path can leave IDA unable to take
any first step, however small ("the corrector convergence failed repeatedly or
with ``|h| = hmin``" at h ~ 1e-60 s, then ``IDA_BAD_K``), although the state is
consistent and a BDF step from it converges in a few Newton iterations; the same
step starts with IDA's own full-system initialisation (``"newton_mode": "full"``).
That option costs more on every step of a large model (about 1.9x the time of a
DFN cycle), so :class:`SolidStateSolver` keeps PyBaMM's default and solves only a
step that fails again with ``"full"``: nothing changes for a step that succeeds.

One of IDA's Newton settings differs from PyBaMM's defaults
(:data:`NEWTON_OPTIONS`; options passed by the caller take precedence):
``"max_nonlinear_iterations"`` is 4, SUNDIALS IDA's own default (``maxcor``),
where PyBaMM sets 40. A corrector that has not converged in 4 iterations
converges slowly because its Jacobian is stale; IDA then re-evaluates the
Jacobian and retries the step with a smaller one, which is cheaper than up to 40
more residual evaluations and linear solves.

On the cell of ``benchmarks/bench_cycling.py`` (Kim 2024 80/0 wt%, every
degradation option, 0.05 C formation + 100 cycles at 0.2 C) this takes 21 % fewer
residual evaluations (66,742 against 84,804), 1 % fewer IDA steps (38,056
against 38,576) and 5 % more Jacobian evaluations (6,771 against 6,453). Against
a reference solved at ``rtol`` 1e-8, ``atol`` 1e-10, the largest relative
differences over the 101 cycles are, with PyBaMM's setting in brackets: 0.2 C
discharge capacity 3.4e-5 (4.9e-5), CEI thickness 1.03e-4 (0.99e-4), SE oxidation
capacity 1.08e-4 (1.04e-4); the voltage of a 1C discharge of the lithium-metal
Kim 2024 cell is within 0.15 mV (0.17 mV) of one solved at ``rtol`` = ``atol`` =
1e-9. A tighter corrector test with 4 iterations does not pay:
``"nonlinear_convergence_coefficient"`` 0.15 moves that voltage 1.1 mV from the
reference, and 0.1 fails 78 s into a 0.5 C discharge of a carbon-free cathode at
1e-5 S/m.
"""

import casadi
import pybamm

from assb_models.submodels.reduced.reaction_distribution import (
    OHMIC_NUMBER,
    PI_LIMIT,
    expected_voltage_error_mV,
)

#: the option that selects IDA's full-system initialisation
_FULL = {"newton_mode": "full"}
#: the factor by which the last retry of a failed step tightens rtol and atol
TIGHTEN = 10.0
#: IDA's Newton settings that differ from PyBaMM's defaults (see the module text)
NEWTON_OPTIONS = {"max_nonlinear_iterations": 4}


def _failure_hint(solution):
    """What to try after a step that starts from ``solution`` failed: for the
    reduced model, its ohmic number :math:`\\Pi` at the start of the step when it
    lies beyond the range the model is built for
    (:data:`~assb_models.submodels.reduced.reaction_distribution.PI_LIMIT`), else
    tighter tolerances or the DFN."""
    try:
        pi = float(solution.last_state[OHMIC_NUMBER].entries.ravel()[-1])
    except (AttributeError, KeyError, IndexError, TypeError, ValueError):
        pi = None
    if pi is not None and pi > PI_LIMIT:
        return (
            f"The composite's ohmic number ('{OHMIC_NUMBER}', its ohmic drop over "
            f"the thermal voltage) was {pi:.3g} at the start of the step; the "
            f"reduced model is built for values of a few (its voltage error "
            f"against the DFN is about {expected_voltage_error_mV(pi):.3g} mV "
            f"here): solve this cell with SolidStateDFN."
        )
    return (
        "Try tolerances tighter still (rtol, atol), a shorter step, or "
        "SolidStateDFN if this is the reduced model."
    )


#: the model's CasADi functions that IDA evaluates at every step or Newton iteration
#: (residual and Jacobian, and those of the algebraic initialisation)
EXPANDED_FUNCTIONS = (
    "rhs_algebraic_eval",
    "jac_rhs_algebraic_eval",
    "algebraic_eval",
    "jac_algebraic_eval",
)


class _ExpandedFunctions(pybamm.BaseSolver):
    """Solver set-up that, with ``self.expand``, replaces the model's residual and
    Jacobian functions (:data:`EXPANDED_FUNCTIONS`) by their CasADi SX expansions
    (:meth:`casadi.Function.expand`): the same expressions, evaluated as flat
    scalar instruction lists instead of graphs of matrix operations. A function
    that cannot be expanded (e.g. one calling a CasADi interpolant) stays as it
    is. Placed between :class:`pybamm.IDAKLUSolver` and :class:`pybamm.BaseSolver`
    in :class:`SolidStateSolver`'s bases, so IDAKLU's set-up builds its solver from
    the expanded functions."""

    expand = False

    def set_up(self, model, inputs=None, t_eval=None, ics_only=False):
        result = super().set_up(model, inputs, t_eval, ics_only)
        if self.expand and not ics_only:
            for name in EXPANDED_FUNCTIONS:
                function = getattr(model, name, None)
                if isinstance(function, casadi.Function):
                    try:
                        setattr(model, name, function.expand())
                    except RuntimeError as error:
                        pybamm.logger.info(
                            f"{model.name}: {name} kept as an MX function ({error})"
                        )
        return result


class SolidStateSolver(pybamm.IDAKLUSolver, _ExpandedFunctions):
    """:class:`pybamm.IDAKLUSolver` (same arguments; IDA's Newton settings
    :data:`NEWTON_OPTIONS` unless ``options`` sets them) whose :meth:`step`, when a step
    fails, solves it again with IDA's full-system initialisation of the step
    (``options={"newton_mode": "full"}``), then at tighter tolerances, before
    giving up.

    With ``expand=True`` the residual and Jacobian are evaluated as CasADi SX
    functions (:class:`_ExpandedFunctions`). That pays for small models, whose
    cost is CasADi's per-operation overhead: for the reduced model of
    ``benchmarks/bench_cycling.py`` (33 states) one residual takes 9.6 us instead
    of 14.9 and one Jacobian 36 instead of 101, and 100 cycles 1.8 s instead of
    2.4 s. It does not pay for the DFN (584 states), whose sparse matrix products
    SX unrolls into scalar instructions: 6.1 s instead of 5.2 s. The reduced
    model's default solver expands; the DFN's does not. The results agree to the
    solver's tolerance (the order of floating-point operations changes).

    A step that fails with the full-system initialisation too is solved once more
    at tolerances :data:`TIGHTEN` times tighter (``rtol`` and ``atol`` / 10, the
    default initialisation). Near a steep end of discharge (a carbon-free cathode
    whose lithiated NCM barely conducts, its surface at x = 0.9994) IDA can fail
    to converge at ``rtol`` 1e-4 a few minutes before the cut-off, and the whole
    discharge step is lost; at 1e-5 the same step reaches its cut-off.

    A step whose stopping condition already holds at its start (PyBaMM's "Events
    [...] are non-positive at initial conditions", which an experiment reads as a
    step that cannot start and skips) is not retried, nor is a step when the
    solver already uses ``"newton_mode": "full"``. Each retry is logged as a
    warning naming the error it recovers from; when the last fails too, a
    :class:`pybamm.SolverError` names the step's start, the first error and what
    to try (for the reduced model beyond its range, its ohmic number and the DFN).
    """

    def __init__(self, *args, expand=False, **kwargs):
        kwargs["options"] = {**NEWTON_OPTIONS, **(kwargs.get("options") or {})}
        super().__init__(*args, **kwargs)
        self.expand = bool(expand)
        self._full_solvers = {}
        self._tight_solvers = {}

    def copy(self):
        new = super().copy()
        new._full_solvers = {}
        new._tight_solvers = {}
        return new

    def _variant(self, rtol, atol, options):
        """A :class:`pybamm.IDAKLUSolver` with this solver's settings but ``rtol``,
        ``atol`` and IDA's ``options``."""
        return pybamm.IDAKLUSolver(
            rtol=rtol,
            atol=atol,
            root_method=self.root_method,
            root_tol=self.root_tol,
            extrap_tol=self.extrap_tol,
            on_extrapolation=self.on_extrapolation,
            output_variables=self.output_variables,
            on_failure=self.on_failure,
            options=options,
            store_first_last=self.store_first_last,
        )

    def _full_solver(self, model):
        """The solver, set up once per model, that initialises steps of ``model``
        with IDA's full-system Newton."""
        if model not in self._full_solvers:
            self._full_solvers[model] = self._variant(
                self.rtol, self.atol, {**self._options, **_FULL}
            )
        return self._full_solvers[model]

    def _tight_solver(self, model):
        """The solver, set up once per model, at tolerances :data:`TIGHTEN` times
        tighter than this one's (default initialisation)."""
        if model not in self._tight_solvers:
            self._tight_solvers[model] = self._variant(
                self.rtol / TIGHTEN, self.atol / TIGHTEN, dict(self._options)
            )
        return self._tight_solvers[model]

    def step(self, old_solution, model, dt, *args, **kwargs):
        try:
            return super().step(old_solution, model, dt, *args, **kwargs)
        except pybamm.SolverError as error:
            if (
                "non-positive at initial conditions" in str(error)
                or self._options.get("newton_mode") == _FULL["newton_mode"]
            ):
                raise
            start = f"{model.name}: a step from t = {old_solution.t[-1]:.10g} s"
            pybamm.logger.warning(
                f"{start} failed ({error}); solving it again with IDA's full-system "
                "initialisation"
            )
            try:
                return self._full_solver(model).step(
                    old_solution, model, dt, *args, **kwargs
                )
            except pybamm.SolverError:
                pass
            tight = self._tight_solver(model)
            pybamm.logger.warning(
                f"{start} failed with IDA's full-system initialisation too; solving "
                f"it again at rtol {tight.rtol:g}, atol {tight.atol:g}"
            )
            try:
                return tight.step(old_solution, model, dt, *args, **kwargs)
            except pybamm.SolverError:
                raise pybamm.SolverError(
                    f"{model.name}: the step from t = {old_solution.t[-1]:.10g} s "
                    f"failed ({error}), also with IDA's full-system "
                    f"initialisation and at rtol {tight.rtol:g}, atol "
                    f"{tight.atol:g}. {_failure_hint(old_solution)}"
                ) from None
