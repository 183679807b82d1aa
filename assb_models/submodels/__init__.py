"""Submodels, one physics per package (as PyBaMM's ``models/submodels``)."""

from . import (
    anode,
    electrode,
    interface,
    interphase,
    polymer,
    pressure,
    reduced,
    side_reactions,
    solid_electrolyte,
    symmetric,
)

__all__ = [
    "anode",
    "electrode",
    "interface",
    "interphase",
    "polymer",
    "pressure",
    "reduced",
    "side_reactions",
    "solid_electrolyte",
    "symmetric",
]
