"""Composite cathode: electronic conduction, microstructure and the active
material the SE network still reaches."""

from .active_material_isolation import (
    LOST_LITHIUM,
    IsolatedLithium,
    PercolationIsolation,
)
from .composite_conduction import CompositeElectronicConduction
from .composite_microstructure import CompositeMicrostructure

__all__ = [
    "CompositeElectronicConduction",
    "CompositeMicrostructure",
    "IsolatedLithium",
    "LOST_LITHIUM",
    "PercolationIsolation",
]
