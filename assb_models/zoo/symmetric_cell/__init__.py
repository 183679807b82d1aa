"""Li symmetric cell, Park2021 default set (PyBaMM model-zoo entry)."""

from .model import SymmetricCell

__all__ = ["SymmetricCell"]
