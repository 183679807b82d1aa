"""Stack pressure: compaction, AM/SE contact, tortuosity, connected AM, contact loss.

Options of :class:`~assb_models.SolidStateDFN`: "stack pressure" ("none", "laws")
and "contact loss" ("none", "chemo-mechanical"). The laws are in :mod:`.laws`.
"""

from . import laws
from .active_material import ConnectedActiveMaterial
from .contact import ChemoMechanicalContactLoss, PressureDependentContact
from .structure import compacted_structure, pressure_structure
from .transport_efficiency import PressureDependentTransportEfficiency

__all__ = [
    "ChemoMechanicalContactLoss",
    "ConnectedActiveMaterial",
    "PressureDependentContact",
    "PressureDependentTransportEfficiency",
    "compacted_structure",
    "laws",
    "pressure_structure",
]
