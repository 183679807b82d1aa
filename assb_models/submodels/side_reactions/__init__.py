"""SE oxidation side reactions on carbon and on the active material (Kim 2024)."""

from .active_material_oxidation import ActiveMaterialSEOxidation
from .base_se_oxidation import BaseSEOxidation, BaseSideReaction
from .carbon_oxidation import CarbonSEOxidation
from .carbon_redox import CarbonSERedox, NoCarbonSERedox
from .no_oxidation import NoSEOxidation
from .total_current import TotalCurrentWithSEOxidation

__all__ = [
    "ActiveMaterialSEOxidation",
    "BaseSEOxidation",
    "BaseSideReaction",
    "CarbonSEOxidation",
    "CarbonSERedox",
    "NoCarbonSERedox",
    "NoSEOxidation",
    "TotalCurrentWithSEOxidation",
]
