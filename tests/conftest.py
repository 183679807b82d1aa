"""Shared test helpers; the unit tier (tests/unit) is kept free of solves."""

import os
import pathlib

import pybamm
import pytest

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "true")

TESTS = pathlib.Path(__file__).resolve().parent
UNIT_TIER = TESTS / "unit"
#: the paper tier and the docs build that reads its report run on one worker
PAPERS_GROUP = (TESTS / "papers", TESTS / "test_docs.py")


def pytest_report_header():
    """Which copy of the package the run tests (the installed wheel in CI)."""
    import assb_models

    return f"assb_models from {pathlib.Path(assb_models.__file__).parent}"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Keep each paper's session run and its readers on one xdist worker (before
    xdist reads the group into the node id)."""
    for item in items:
        path = pathlib.Path(str(item.path)).resolve()
        if any(path == p or p in path.parents for p in PAPERS_GROUP):
            item.add_marker(pytest.mark.xdist_group("papers"))


def pytest_runtest_setup(item):
    """Fail a grouped test if xdist did not put its group into the node id (xdist
    3.8 writes ``item._nodeid``, which pytest 9 no longer reads): without the
    group a paper's session run is solved once per worker."""
    grouped = item.get_closest_marker("xdist_group") is not None
    if grouped and getattr(item.config.option, "loadgroup", False):
        if "@" not in item.nodeid:
            pytest.fail(
                "xdist_group was not applied: this pytest/pytest-xdist pair cannot "
                "group tests; install the versions pinned in pyproject.toml"
            )


class SolveInUnitTier(AssertionError):
    """Raised when a unit test calls a solver (it belongs in tests/integration)."""


@pytest.fixture(autouse=True, scope="module")
def _unit_tests_solve_nothing(request):
    """In tests/unit any solver call fails the test (module scope, so that it is in
    place before any module-scoped fixture of the test file runs)."""
    if UNIT_TIER not in pathlib.Path(str(request.path)).resolve().parents:
        yield
        return

    def refuse(*args, **kwargs):
        raise SolveInUnitTier(
            "unit tests solve nothing: move this test to tests/integration"
        )

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pybamm.BaseSolver, "solve", refuse)
        patch.setattr(pybamm.BaseSolver, "step", refuse)
        yield


@pytest.fixture(scope="session")
def papers_report_dir(tmp_path_factory):
    """The folder the paper tier (``tests/papers``) writes its report to, as
    ``assb reproduce NAME --out DIR`` would: ``<name>.json``, figures and
    ``index.html``; the docs build reads it."""
    return tmp_path_factory.mktemp("papers_report")
