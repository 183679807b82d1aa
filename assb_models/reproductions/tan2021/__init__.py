"""Tan et al. 2021 (Science 373, 1494): dense micro-Si | Li6PS5Cl | NCM811 full
cells.

:mod:`.paper` (the paper's numbers), :mod:`.cells` (cell, protocols, simulations),
:mod:`.targets` (scoring, :class:`.targets.Tan2021`), :mod:`.figures`.
"""

from .cells import (
    MESH_FACTOR,
    cell,
    cycling,
    first_cycle,
    fixed_gap,
)
from .paper import (
    CURRENT_DENSITY,
    PAPER,
    RETENTION_CYCLE,
)

# documented in assb_models.reproductions, re-exported here for scripts
from .targets import Tan2021 as Tan2021

__all__ = [
    "CURRENT_DENSITY",
    "MESH_FACTOR",
    "PAPER",
    "RETENTION_CYCLE",
    "cell",
    "cycling",
    "first_cycle",
    "fixed_gap",
]
