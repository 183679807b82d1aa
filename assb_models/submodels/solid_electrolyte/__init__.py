"""Solid electrolyte: single-ion conduction in separator and composite cathode."""

from .concentration import SingleIonConcentration
from .conductivity import arrhenius_conductivity
from .consumption import SolidElectrolyteConsumption
from .single_ion_conductor import SingleIonConductor

__all__ = [
    "SingleIonConcentration",
    "SingleIonConductor",
    "SolidElectrolyteConsumption",
    "arrhenius_conductivity",
]
