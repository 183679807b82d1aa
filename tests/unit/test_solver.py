"""The solid-state models' default solver: a step that cannot start is solved again
with IDA's full-system initialisation, then at tighter tolerances (no solving here:
PyBaMM's step is replaced by a stand-in; the failures themselves are reproduced in
tests/integration/test_cycling_runs.py)."""

import logging

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.solver import SolidStateSolver
from assb_models.submodels.reduced.reaction_distribution import (
    OHMIC_NUMBER,
    PI_LIMIT,
    expected_voltage_error_mV,
)

#: what pybammsolvers raises when IDA cannot take the first step of a CV hold
IDA_FAILURE = (
    "input set 0: IDAGetDky: IDA_BAD_K: The k-th derivative is not available "
    "(flag: -25)"
)


class _Old:
    t = [7502948.33]


@pytest.fixture
def steps(monkeypatch):
    """Replace PyBaMM's step: the default ("auto") initialisation fails with
    ``errors["auto"]``, the full-system one with ``errors["full"]``, the retry at
    tighter tolerances (the solver's ``_tight_solvers``) with ``errors["tight"]``
    (None: it returns its solver). Records the newton_mode of each call, "tight"
    for the last retry."""
    calls = []
    errors = {"auto": pybamm.SolverError(IDA_FAILURE), "full": None, "tight": None}
    tight_solvers = []

    def step(solver, old_solution, model, dt, *args, **kwargs):
        if any(solver is t for t in tight_solvers):
            mode = "tight"
        else:
            mode = solver._options["newton_mode"]
        calls.append(mode)
        if errors[mode] is not None:
            raise errors[mode]
        return solver

    original = SolidStateSolver._tight_solver

    def tight_solver(self, model):
        solver = original(self, model)
        tight_solvers.append(solver)
        return solver

    monkeypatch.setattr(SolidStateSolver, "_tight_solver", tight_solver)

    monkeypatch.setattr(pybamm.BaseSolver, "step", step)
    return calls, errors


def test_models_default_to_it():
    for model in (assb_models.SolidStateDFN(), assb_models.SolidStateSPMe()):
        assert isinstance(model.default_solver, SolidStateSolver)


def test_newton_settings_default_and_can_be_overridden():
    solver = SolidStateSolver(options={"print_stats": True})
    assert solver._options["max_nonlinear_iterations"] == 4
    assert solver._options["nonlinear_convergence_coefficient"] == 0.33
    assert solver._options["print_stats"] is True
    own = SolidStateSolver(options={"nonlinear_convergence_coefficient": 0.33})
    assert own._options["nonlinear_convergence_coefficient"] == 0.33
    assert own._options["max_nonlinear_iterations"] == 4
    # the full-system retry keeps them
    assert (
        own._full_solver(pybamm.BaseModel())._options[
            "nonlinear_convergence_coefficient"
        ]
        == 0.33
    )


def test_a_step_that_cannot_start_is_solved_with_full_initialisation(steps, caplog):
    calls, _ = steps
    solver = SolidStateSolver(rtol=1e-5, atol=1e-7)
    model = pybamm.BaseModel(name="hold")
    with caplog.at_level(logging.WARNING, logger="pybamm.logger"):
        used = solver.step(_Old(), model, 86400.0)
    assert calls == ["auto", "full"]
    assert isinstance(used, pybamm.IDAKLUSolver) and used is not solver
    assert (used.rtol, used.atol) == (1e-5, 1e-7)
    assert used._options["newton_mode"] == "full"
    assert "IDA_BAD_K" in caplog.text and "full-system initialisation" in caplog.text
    # one full-system solver per model, set up once
    assert solver.step(_Old(), model, 1.0) is used
    # a copy (PyBaMM copies the solver for each experiment step) has its own
    assert solver.copy()._full_solvers == {}


def test_a_step_that_succeeds_is_solved_once(steps):
    calls, errors = steps
    errors["auto"] = None
    solver = SolidStateSolver()
    assert solver.step(_Old(), pybamm.BaseModel(), 1.0) is solver
    assert calls == ["auto"]


def test_a_condition_holding_at_the_start_is_not_retried(steps):
    # PyBaMM's experiment skips such a step: it must see the error unchanged
    calls, errors = steps
    errors["auto"] = pybamm.SolverError(
        "Events ['Voltage > 4.25 [V] [experiment]'] are non-positive at initial "
        "conditions with inputs {}"
    )
    with pytest.raises(pybamm.SolverError, match="non-positive at initial"):
        SolidStateSolver().step(_Old(), pybamm.BaseModel(), 1.0)
    assert calls == ["auto"]


def test_a_step_failing_both_ways_is_solved_at_tighter_tolerances(steps, caplog):
    calls, errors = steps
    errors["full"] = pybamm.SolverError("another failure")
    solver = SolidStateSolver(rtol=1e-4, atol=1e-6, options={"print_stats": True})
    model = pybamm.BaseModel(name="discharge")
    with caplog.at_level(logging.WARNING, logger="pybamm.logger"):
        used = solver.step(_Old(), model, 1.0)
    assert calls == ["auto", "full", "tight"]
    assert isinstance(used, pybamm.IDAKLUSolver) and used is not solver
    assert used.rtol == pytest.approx(1e-5) and used.atol == pytest.approx(1e-7)
    # the default initialisation and the caller's options
    assert used._options["newton_mode"] == solver._options["newton_mode"]
    assert used._options["print_stats"] is True
    assert "rtol 1e-05, atol 1e-07" in caplog.text
    # one per model, set up once; a copy has its own
    solver.step(_Old(), model, 1.0)
    assert len(solver._tight_solvers) == 1
    assert solver.copy()._tight_solvers == {}


def test_when_every_retry_fails_the_first_error_is_raised(steps):
    calls, errors = steps
    errors["full"] = pybamm.SolverError("another failure")
    errors["tight"] = pybamm.SolverError("a third failure")
    with pytest.raises(pybamm.SolverError, match="IDA_BAD_K") as raised:
        SolidStateSolver().step(_Old(), pybamm.BaseModel(name="cell"), 1.0)
    assert calls == ["auto", "full", "tight"]
    message = str(raised.value)
    # where (model, start of the step), what was tried and what to try
    assert "cell: the step from t = 7502948.33 s failed" in message
    assert "full-system initialisation and at rtol" in message
    assert "Try tolerances tighter still" in message


class _Entries:
    def __init__(self, value):
        self.entries = np.array([value])


@pytest.mark.parametrize("pi", [17.7, 2.0])
def test_a_reduced_model_beyond_its_range_is_named_when_all_fail(steps, pi):
    # the reduced model's ohmic number at the start of the step decides the hint
    _, errors = steps
    errors["full"] = pybamm.SolverError("another failure")
    errors["tight"] = pybamm.SolverError("a third failure")

    class _OldReduced(_Old):
        last_state = {OHMIC_NUMBER: _Entries(pi)}

    with pytest.raises(pybamm.SolverError) as raised:
        SolidStateSolver().step(_OldReduced(), pybamm.BaseModel(name="SPMe"), 1.0)
    message = str(raised.value)
    if pi > PI_LIMIT:
        assert f"was {pi:.3g} at the start of the step" in message
        assert "solve this cell with SolidStateDFN" in message
        assert f"{expected_voltage_error_mV(pi):.3g} mV here" in message
    else:
        assert OHMIC_NUMBER not in message
        assert "Try tolerances tighter still" in message


def test_a_full_system_solver_is_not_retried(steps):
    calls, errors = steps
    errors["full"] = pybamm.SolverError(IDA_FAILURE)
    with pytest.raises(pybamm.SolverError, match="IDA_BAD_K"):
        SolidStateSolver(options={"newton_mode": "full"}).step(
            _Old(), pybamm.BaseModel(), 1.0
        )
    assert calls == ["full"]


def _discretised_decay():
    """dy/dt = -y, 0 = z - 2 y: a discretised model, for set-up only."""
    model = pybamm.BaseModel(name="decay")
    y = pybamm.Variable("y")
    z = pybamm.Variable("z")
    model.rhs = {y: -y}
    model.algebraic = {z: z - 2 * y}
    model.initial_conditions = {y: pybamm.Scalar(1), z: pybamm.Scalar(2)}
    pybamm.Discretisation().process_model(model)
    return model


@pytest.mark.parametrize("expand", [False, True])
def test_expand_sets_up_sx_residual_and_jacobian(expand):
    model = _discretised_decay()
    SolidStateSolver(expand=expand).set_up(model, {})
    kind = "SXFunction" if expand else "MXFunction"
    for name in assb_models.solver.EXPANDED_FUNCTIONS:
        assert getattr(model, name).class_name() == kind, name
    # the expanded residual is the same function
    assert float(model.rhs_algebraic_eval(0, [1.5, 0.0], [])[1]) == -3.0


def test_the_reduced_model_expands_and_the_dfn_does_not():
    assert assb_models.SolidStateSPMe().default_solver.expand is True
    assert assb_models.SolidStateDFN().default_solver.expand is False
    # a copy (one per experiment step) keeps the setting
    assert assb_models.SolidStateSPMe().default_solver.copy().expand is True
