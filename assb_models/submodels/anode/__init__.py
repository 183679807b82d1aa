"""Planar anodes: Li-In alloy and lithium metal."""

from .counter_electrode_ocp import CounterElectrodeOCP
from .interface_potential import AnodeSurfaceForm
from .lithium_inventory import LithiumInventory

__all__ = ["AnodeSurfaceForm", "CounterElectrodeOCP", "LithiumInventory"]
