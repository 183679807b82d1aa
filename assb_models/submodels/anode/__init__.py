"""Planar anodes: Li-In alloy, lithium metal (interphase, interlayer, contact),
anode-free (Ag-C interlayer, plated Li) and dense silicon films."""

from .agc_interlayer import AgCInterlayer, AnodeFreePotential, anode_free_submodels
from .contact import ConstantContact, CreepContact, FullContact
from .coulombic_efficiency import ChargeCounting
from .counter_electrode_ocp import CounterElectrodeOCP
from .interface_potential import (
    AnodeSurfaceForm,
    AnodeSurfaceFormWithFilms,
    LithiumMetalExplicitWithFilms,
    film_overpotentials,
)
from .interlayer import Interlayer, NoInterlayer
from .interphase import (
    ConstantInterphase,
    DiffusionLimitedInterphase,
    NoInterphase,
    ReactionLimitedInterphase,
)
from .lithium_inventory import AlloyLithiumInventory, LithiumInventory
from .lithium_metal_interface import (
    INTERFACE_OPTIONS,
    chosen_interface_options,
    electrode_interface_submodels,
    lithium_metal_interface_submodels,
)
from .silicon import SiliconFilm, SiliconOCP, silicon_submodels

__all__ = [
    "INTERFACE_OPTIONS",
    "AgCInterlayer",
    "AlloyLithiumInventory",
    "AnodeFreePotential",
    "AnodeSurfaceForm",
    "AnodeSurfaceFormWithFilms",
    "ChargeCounting",
    "ConstantContact",
    "ConstantInterphase",
    "CounterElectrodeOCP",
    "CreepContact",
    "DiffusionLimitedInterphase",
    "FullContact",
    "Interlayer",
    "LithiumInventory",
    "LithiumMetalExplicitWithFilms",
    "NoInterlayer",
    "NoInterphase",
    "ReactionLimitedInterphase",
    "SiliconFilm",
    "SiliconOCP",
    "anode_free_submodels",
    "chosen_interface_options",
    "electrode_interface_submodels",
    "film_overpotentials",
    "lithium_metal_interface_submodels",
    "silicon_submodels",
]
