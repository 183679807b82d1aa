"""Planar anodes: Li-In alloy and lithium metal."""

from .counter_electrode_ocp import CounterElectrodeOCP
from .lithium_inventory import LithiumInventory

__all__ = ["CounterElectrodeOCP", "LithiumInventory"]
