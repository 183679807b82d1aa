"""Solid-state DFN: sulfide composite cathode vs planar Li-In anode (PyBaMM model-zoo entry)."""

from .model import SolidStateDFN

__all__ = ["SolidStateDFN"]
