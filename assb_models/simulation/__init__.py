"""Running protocols on the models: checked simulations, areal experiments, long
cycling runs that keep what finished, cyclic voltammetry and solution analysis."""

from . import analysis
from .protocol import areal_experiment
from .runs import run_cycles
from .simulation import Simulation, refined_var_pts
from .voltammetry import cyclic_voltammetry

__all__ = [
    "Simulation",
    "analysis",
    "areal_experiment",
    "cyclic_voltammetry",
    "refined_var_pts",
    "run_cycles",
]
