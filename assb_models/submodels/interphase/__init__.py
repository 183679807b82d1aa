"""Interphases: cathode-electrolyte interphase (CEI) on the active material."""

from .base_cei import BaseCEI
from .cei_growth import CEIGrowth
from .no_cei import NoCEI

__all__ = ["BaseCEI", "CEIGrowth", "NoCEI"]
