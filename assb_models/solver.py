"""The solid-state models' default DAE solver: PyBaMM's IDAKLU with a second way to
start a step.

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

Two of IDA's Newton settings differ from PyBaMM's defaults (:data:`NEWTON_OPTIONS`;
options passed by the caller take precedence):

- ``"max_nonlinear_iterations"`` 4 (PyBaMM: 40) is SUNDIALS IDA's own default
  (``maxcor``). A corrector that has not converged in 4 iterations converges
  slowly because the Jacobian is stale; IDA then re-evaluates it and retries the
  step, which is cheaper than up to 40 more residual evaluations.
- ``"nonlinear_convergence_coefficient"`` 0.1 (PyBaMM and IDA: 0.33) stops the
  corrector when its error is 0.1 of the local error test instead of 0.33. The
  SE oxidation and CEI growth rates are exponential (Tafel) in the potentials,
  which are algebraic states, so a less converged corrector shows in their
  integrals.

On the cell of ``benchmarks/bench_cycling.py`` (Kim 2024 80/0 wt%, every
degradation option, 0.05 C formation + 100 cycles at 0.2 C) the two together take
5 % fewer IDA steps (36,576 against 38,576) and 14 % fewer residual evaluations
(72,640 against 84,804; 9 % more Jacobian evaluations, 7,034 against 6,453), and
the results are closer to a reference solved at ``rtol`` 1e-8, ``atol`` 1e-10:
largest relative difference over the 101 cycles of the 0.2 C discharge capacity
1.5e-5 (PyBaMM's settings: 4.9e-5), of the CEI thickness 4.5e-5 (9.9e-5) and of
the SE oxidation capacity 4.7e-5 (1.0e-4).
"""

import pybamm

#: the option that selects IDA's full-system initialisation
_FULL = {"newton_mode": "full"}
#: IDA's Newton settings that differ from PyBaMM's defaults (see the module text)
NEWTON_OPTIONS = {
    "max_nonlinear_iterations": 4,
    "nonlinear_convergence_coefficient": 0.1,
}


class SolidStateSolver(pybamm.IDAKLUSolver):
    """:class:`pybamm.IDAKLUSolver` (same arguments; IDA's Newton settings
    :data:`NEWTON_OPTIONS` unless ``options`` sets them) whose :meth:`step`, when a step
    fails, solves it again with IDA's full-system initialisation of the step
    (``options={"newton_mode": "full"}``) before giving up.

    A step whose stopping condition already holds at its start (PyBaMM's "Events
    [...] are non-positive at initial conditions", which an experiment reads as a
    step that cannot start and skips) is not retried, nor is a step when the
    solver already uses ``"newton_mode": "full"``. The retry is logged as a
    warning naming the error it recovered from; when it fails too, the first
    error is raised.
    """

    def __init__(self, *args, **kwargs):
        kwargs["options"] = {**NEWTON_OPTIONS, **(kwargs.get("options") or {})}
        super().__init__(*args, **kwargs)
        self._full_solvers = {}

    def copy(self):
        new = super().copy()
        new._full_solvers = {}
        return new

    def _full_solver(self, model):
        """The solver, set up once per model, that initialises steps of ``model``
        with IDA's full-system Newton."""
        solver = self._full_solvers.get(model)
        if solver is None:
            solver = pybamm.IDAKLUSolver(
                rtol=self.rtol,
                atol=self.atol,
                root_method=self.root_method,
                root_tol=self.root_tol,
                extrap_tol=self.extrap_tol,
                on_extrapolation=self.on_extrapolation,
                output_variables=self.output_variables,
                on_failure=self.on_failure,
                options={**self._options, **_FULL},
                store_first_last=self.store_first_last,
            )
            self._full_solvers[model] = solver
        return solver

    def step(self, old_solution, model, dt, *args, **kwargs):
        try:
            return super().step(old_solution, model, dt, *args, **kwargs)
        except pybamm.SolverError as error:
            if (
                "non-positive at initial conditions" in str(error)
                or self._options.get("newton_mode") == _FULL["newton_mode"]
            ):
                raise
            pybamm.logger.warning(
                f"{model.name}: a step from t = {old_solution.t[-1]:.10g} s failed "
                f"({error}); solving it again with IDA's full-system initialisation"
            )
            try:
                return self._full_solver(model).step(
                    old_solution, model, dt, *args, **kwargs
                )
            except pybamm.SolverError:
                raise error from None
