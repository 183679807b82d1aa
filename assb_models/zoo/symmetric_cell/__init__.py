"""Li | sulfide SE | Li symmetric cell for plating and stripping (PyBaMM model-zoo entry)."""

from .model import SymmetricCell

__all__ = ["SymmetricCell"]
