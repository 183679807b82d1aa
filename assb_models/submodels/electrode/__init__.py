"""Composite cathode: electronic conduction and microstructure."""

from .composite_conduction import CompositeElectronicConduction
from .composite_microstructure import CompositeMicrostructure

__all__ = ["CompositeElectronicConduction", "CompositeMicrostructure"]
