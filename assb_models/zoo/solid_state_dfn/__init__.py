"""Solid-state DFN, Kim2024 default set (PyBaMM model-zoo entry)."""

from .model import SolidStateDFN

__all__ = ["SolidStateDFN"]
