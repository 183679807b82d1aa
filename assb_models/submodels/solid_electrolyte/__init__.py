"""Solid electrolyte: single-ion conduction in separator and composite cathode."""

from .conductivity import arrhenius_conductivity
from .single_ion_conductor import SingleIonConductor

__all__ = ["SingleIonConductor", "arrhenius_conductivity"]
