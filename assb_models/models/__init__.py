"""Full cells assembled from submodels."""

from .solid_state_dfn import SolidStateDFN
from .solid_state_spme import SolidStateSPMe
from .symmetric_cell import (
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)

__all__ = [
    "SolidStateDFN",
    "SolidStateSPMe",
    "SymmetricCell",
    "plating_stripping_experiment",
    "run_plating_stripping",
]
