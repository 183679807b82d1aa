"""Interphases: cathode-electrolyte interphase (CEI) on the active material."""

from .cei_growth import CEIGrowth
from .no_cei import NoCEI

__all__ = ["CEIGrowth", "NoCEI"]
