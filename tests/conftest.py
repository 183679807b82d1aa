"""Shared test helpers; the unit tier (tests/unit) is kept free of solves."""

import importlib.util
import os
import pathlib

import pytest

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "true")

ROOT = pathlib.Path(__file__).resolve().parents[1]
UNIT_TIER = pathlib.Path(__file__).resolve().parent / "unit"


def load_experiment(name):
    """An experiment script, imported so tests check what its figure shows."""
    path = ROOT / "experiments" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def papers_report_dir(tmp_path_factory):
    """The folder the paper tier (``tests/papers``) writes its report to, as
    ``assb reproduce NAME --out DIR`` would: ``<name>.json``, figures and
    ``index.html``; the docs build reads it."""
    return tmp_path_factory.mktemp("papers_report")


class SolveInUnitTier(AssertionError):
    """Raised when a unit test calls a solver (it belongs in tests/integration)."""


@pytest.fixture(autouse=True)
def _unit_tests_solve_nothing(request, monkeypatch):
    """In tests/unit any solver call fails the test."""
    if UNIT_TIER not in pathlib.Path(str(request.node.path)).resolve().parents:
        return
    import pybamm

    def refuse(*args, **kwargs):
        raise SolveInUnitTier(
            "unit tests solve nothing: move this test to tests/integration"
        )

    monkeypatch.setattr(pybamm.BaseSolver, "solve", refuse)
    monkeypatch.setattr(pybamm.BaseSolver, "step", refuse)
