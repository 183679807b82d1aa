"""Anode-free solid-state DFN, Lee2020 default set (PyBaMM model-zoo entry)."""

from .model import AnodeFreeSolidStateDFN

__all__ = ["AnodeFreeSolidStateDFN"]
