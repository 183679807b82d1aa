"""Solid-state SPMe, Kim2024 default set (PyBaMM model-zoo entry)."""

from .model import SolidStateSPMe

__all__ = ["SolidStateSPMe"]
