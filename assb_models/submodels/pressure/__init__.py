"""Stack pressure: porosity, AM/SE contact, tortuosity, connected AM, contact loss.

Options of :class:`~assb_models.SolidStateDFN`: "stack pressure" ("none", "laws")
and "contact loss" ("none", "chemo-mechanical"). The laws are in :mod:`.laws`.
"""

from . import laws
from .active_material import ConnectedActiveMaterial
from .contact import ChemoMechanicalContactLoss, PressureDependentContact
from .porosity import PressureDependentPorosity, PressureDependentSEConsumption
from .transport_efficiency import PressureDependentTransportEfficiency

__all__ = [
    "ChemoMechanicalContactLoss",
    "ConnectedActiveMaterial",
    "PressureDependentContact",
    "PressureDependentPorosity",
    "PressureDependentSEConsumption",
    "PressureDependentTransportEfficiency",
    "laws",
]
