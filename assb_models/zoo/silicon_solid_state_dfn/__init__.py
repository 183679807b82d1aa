"""Solid-state DFN with a dense silicon-film anode (PyBaMM model-zoo entry)."""

from .model import SiliconSolidStateDFN

__all__ = ["SiliconSolidStateDFN"]
