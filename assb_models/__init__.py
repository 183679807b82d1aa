"""assb-models: physics-based all-solid-state battery models on PyBaMM."""

from . import parameter_sets, submodels
from .models import SolidStateDFN
from .options import ASSB_OPTIONS
from .parameters import get_parameter_values, get_sources, validate_parameter_values
from .recipe import CompositeCathodeRecipe
from .validation import InvalidInputError

__version__ = "0.1.0"

__all__ = [
    "ASSB_OPTIONS",
    "CompositeCathodeRecipe",
    "InvalidInputError",
    "SolidStateDFN",
    "get_parameter_values",
    "get_sources",
    "parameter_sets",
    "submodels",
    "validate_parameter_values",
]
