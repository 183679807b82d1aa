"""Silicon-anode solid-state DFN, Tan2021 default set (PyBaMM model-zoo entry)."""

from .model import SiliconSolidStateDFN

__all__ = ["SiliconSolidStateDFN"]
