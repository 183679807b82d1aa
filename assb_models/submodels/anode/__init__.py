"""Planar anodes: Li-In alloy, lithium metal (interphase, interlayer, contact),
anode-free (Ag-C interlayer, plated Li) and dense silicon films.

The submodel classes only; which of them each anode sets is the anode table,
:mod:`assb_models.models.anodes`."""

from .agc_interlayer import AgCInterlayer, AnodeFreePotential
from .contact import ConstantContact, CreepContact, CreepCrustContact, FullContact
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
from .lithium_metal_interface import OverpotentialSplit
from .silicon import SiliconFilm, SiliconOCP

__all__ = [
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
    "CreepCrustContact",
    "DiffusionLimitedInterphase",
    "FullContact",
    "Interlayer",
    "LithiumInventory",
    "LithiumMetalExplicitWithFilms",
    "NoInterlayer",
    "NoInterphase",
    "OverpotentialSplit",
    "ReactionLimitedInterphase",
    "SiliconFilm",
    "SiliconOCP",
    "film_overpotentials",
]
