import importlib.util
import os
import pathlib

import pytest

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "true")

ROOT = pathlib.Path(__file__).resolve().parents[1]


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
