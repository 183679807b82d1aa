"""Anode-free solid-state DFN with an Ag-C interlayer (PyBaMM model-zoo entry)."""

from .model import AnodeFreeSolidStateDFN

__all__ = ["AnodeFreeSolidStateDFN"]
