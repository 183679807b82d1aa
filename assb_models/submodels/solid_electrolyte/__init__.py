"""Solid electrolyte: single-ion conduction in separator and composite cathode."""

from assb_models.parameters.laws import arrhenius_conductivity

from .composite_transport import (
    CompositeObstruction,
    composite_efficiency,
    packing_limit,
)
from .concentration import SingleIonConcentration
from .consumption import SolidElectrolyteConsumption, SolidElectrolyteShellConsumption
from .single_ion_conductor import SingleIonConductor

__all__ = [
    "CompositeObstruction",
    "SingleIonConcentration",
    "SingleIonConductor",
    "SolidElectrolyteConsumption",
    "SolidElectrolyteShellConsumption",
    "arrhenius_conductivity",
    "composite_efficiency",
    "packing_limit",
]
