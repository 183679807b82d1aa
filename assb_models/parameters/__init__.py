"""Parameter values: loading the published sets, validating values, keeping their
provenance, and the composite-cathode recipe."""

from .parameter_values import (
    get_parameter_values,
    get_sources,
    validate_parameter_values,
)
from .recipe import CompositeCathodeRecipe

__all__ = [
    "CompositeCathodeRecipe",
    "get_parameter_values",
    "get_sources",
    "validate_parameter_values",
]
