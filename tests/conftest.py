import importlib.util
import os
import pathlib

import pytest

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "true")

ROOT = pathlib.Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def kim2024_experiment():
    """The experiment script, imported so tests check what the figure shows."""
    path = ROOT / "experiments" / "kim2024_carbon.py"
    spec = importlib.util.spec_from_file_location("kim2024_carbon", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
