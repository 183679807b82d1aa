"""Parameters: the parameter class that names each of them once, the laws sets give
as functions, the published sets' records and registry, loading, validation,
provenance and the composite-cathode recipe."""

from .assb_parameters import AssbParameters
from .parameter_values import (
    get_parameter_values,
    get_sources,
    validate_parameter_values,
)
from .recipe import CompositeCathodeRecipe
from .set_record import ParameterSetRecord

__all__ = [
    "AssbParameters",
    "CompositeCathodeRecipe",
    "ParameterSetRecord",
    "get_parameter_values",
    "get_sources",
    "validate_parameter_values",
]
