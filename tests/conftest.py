import importlib.util
import os
import pathlib

os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "true")

ROOT = pathlib.Path(__file__).resolve().parents[1]


def load_experiment(name):
    """An experiment script, imported so tests check what its figure shows."""
    path = ROOT / "experiments" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
