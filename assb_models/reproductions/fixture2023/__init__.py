"""Jang 2023 (review), Fig. 7a: pressure swing and critical current of a full and
a symmetric cell in a constant-pressure and a fixed-gap fixture.

:mod:`.paper` (the reading and numbers), :mod:`.cells` (cells, fixtures, ramps),
:mod:`.targets` (scoring, :class:`.targets.Fixture2023`), :mod:`.figures`.
"""

from .cells import (
    FIXTURES,
    FULL_OPTIONS,
    SYMMETRIC_FIXTURES,
    areal_capacity,
    attribution,
    convergence,
    critical_current_density,
    full_cell,
    in_fixture,
    ramp_full_cell,
    ramp_symmetric_cell,
    stiffness_sensitivity,
    symmetric_cell,
)
from .paper import (
    CLAMP,
    I_CRIT_0,
    LOADING,
    MPA,
    NCM811_VOLUME_CHANGE,
    P_PENETRATION,
    PAPER,
    RADIUS,
    RAMP,
)

# documented in assb_models.reproductions, re-exported here for scripts
from .targets import Fixture2023 as Fixture2023
from .targets import (
    reading,
)

__all__ = [
    "CLAMP",
    "FIXTURES",
    "FULL_OPTIONS",
    "I_CRIT_0",
    "LOADING",
    "MPA",
    "NCM811_VOLUME_CHANGE",
    "PAPER",
    "P_PENETRATION",
    "RADIUS",
    "RAMP",
    "SYMMETRIC_FIXTURES",
    "areal_capacity",
    "attribution",
    "convergence",
    "critical_current_density",
    "full_cell",
    "in_fixture",
    "ramp_full_cell",
    "ramp_symmetric_cell",
    "reading",
    "stiffness_sensitivity",
    "symmetric_cell",
]
