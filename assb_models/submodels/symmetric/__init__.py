"""Symmetric Li|(interlayer)|SE|(interlayer)|Li cell: its two lithium electrodes,
the SE pellet between them and the galvanostatic circuit."""

from .circuit import CellCircuit
from .lithium_electrode import ELECTRODES, LithiumMetalInterface
from .polymer_stack import PolymerElectrolyte, PolymerInterlayers
from .separator import SeparatorOhm

__all__ = [
    "ELECTRODES",
    "CellCircuit",
    "LithiumMetalInterface",
    "PolymerElectrolyte",
    "PolymerInterlayers",
    "SeparatorOhm",
]
