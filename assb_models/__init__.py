"""assb-models: physics-based all-solid-state battery models on PyBaMM."""

from . import impedance, parameter_sets, submodels
from .models import (
    SolidStateDFN,
    SolidStateSPMe,
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from .options import ASSB_OPTIONS
from .parameters import (
    CompositeCathodeRecipe,
    get_parameter_values,
    get_sources,
    validate_parameter_values,
)
from .simulation import (
    Simulation,
    analysis,
    areal_experiment,
    cyclic_voltammetry,
    run_cycles,
)
from .submodels.pressure import pressure_structure
from .validation import InvalidInputError

__version__ = "0.1.0"

__all__ = [
    "ASSB_OPTIONS",
    "analysis",
    "areal_experiment",
    "impedance",
    "CompositeCathodeRecipe",
    "InvalidInputError",
    "cyclic_voltammetry",
    "Simulation",
    "SolidStateDFN",
    "SolidStateSPMe",
    "SymmetricCell",
    "get_parameter_values",
    "get_sources",
    "plating_stripping_experiment",
    "pressure_structure",
    "run_plating_stripping",
    "run_cycles",
    "parameter_sets",
    "submodels",
    "validate_parameter_values",
]
