"""Solid-state SPMe: reduced all-solid-state cell for fits and sweeps (PyBaMM model-zoo entry)."""

from .model import SolidStateSPMe

__all__ = ["SolidStateSPMe"]
