"""The unit tier solves nothing: a test here that reaches a solver fails."""

import pybamm
import pytest


class SolveInUnitTier(AssertionError):
    """Raised when a unit test calls a solver (it belongs in tests/integration)."""


@pytest.fixture(autouse=True)
def _no_solving(monkeypatch):
    def refuse(*args, **kwargs):
        raise SolveInUnitTier(
            "unit tests solve nothing: move this test to tests/integration"
        )

    monkeypatch.setattr(pybamm.BaseSolver, "solve", refuse)
    monkeypatch.setattr(pybamm.BaseSolver, "step", refuse)
