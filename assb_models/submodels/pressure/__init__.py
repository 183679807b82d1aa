"""Stack pressure: compaction, AM/SE contact, tortuosity, connected AM, contact loss.

Options of :class:`~assb_models.SolidStateDFN`: "stack pressure" ("none", "laws",
"fixed gap") and "contact loss" ("none", "chemo-mechanical"). The laws are in
:mod:`assb_models.parameters.laws`, the compacted structure in
:mod:`assb_models.parameters.compaction` (meshed by :mod:`.structure`), the stack
pressure at a fixed gap in :mod:`.stack`.
"""

from assb_models.parameters import laws

from .active_material import ConnectedActiveMaterial
from .contact import ChemoMechanicalContactLoss, PressureDependentContact
from .stack import (
    FULL_CELL_ANODE,
    SYMMETRIC_CELL_ELECTRODES,
    ConstantStackPressure,
    FixedGapStackPressure,
)
from .structure import compacted_structure, pressure_structure
from .transport_efficiency import PressureDependentTransportEfficiency

__all__ = [
    "FULL_CELL_ANODE",
    "SYMMETRIC_CELL_ELECTRODES",
    "ConstantStackPressure",
    "FixedGapStackPressure",
    "ChemoMechanicalContactLoss",
    "ConnectedActiveMaterial",
    "PressureDependentContact",
    "PressureDependentTransportEfficiency",
    "compacted_structure",
    "laws",
    "pressure_structure",
]
