"""Jang 2023 (review), Fig. 7a: pressure swing and critical current of a full and
a symmetric cell in a constant-pressure and a fixed-gap fixture.

:mod:`.paper` (the reading and numbers), :mod:`.cells` (cells, fixtures, ramps),
:mod:`.targets` (scoring, :class:`.targets.Fixture2023`), :mod:`.figures`.
"""

from .cells import (
    FIXTURES,
    FULL_OPTIONS,
    REST_HOURS,
    SWEEP_CURRENTS,
    SWEEP_FIXTURES,
    SWEEP_PRESSURES_MPA,
    SYMMETRIC_FIXTURES,
    areal_capacity,
    attribution,
    convergence,
    critical_current,
    full_cell,
    in_fixture,
    pressure_sweep,
    ramp_full_cell,
    ramp_symmetric_cell,
    short_at_rest,
    stiffness_sensitivity,
    symmetric_cell,
)
from .paper import (
    CLAMP,
    LOADING,
    MPA,
    NCM811_VOLUME_CHANGE,
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
    "REST_HOURS",
    "SWEEP_CURRENTS",
    "SWEEP_FIXTURES",
    "SWEEP_PRESSURES_MPA",
    "LOADING",
    "MPA",
    "NCM811_VOLUME_CHANGE",
    "PAPER",
    "RADIUS",
    "RAMP",
    "SYMMETRIC_FIXTURES",
    "areal_capacity",
    "attribution",
    "convergence",
    "critical_current",
    "full_cell",
    "in_fixture",
    "pressure_sweep",
    "ramp_full_cell",
    "ramp_symmetric_cell",
    "short_at_rest",
    "reading",
    "stiffness_sensitivity",
    "symmetric_cell",
]
