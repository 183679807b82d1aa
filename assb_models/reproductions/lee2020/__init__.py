"""Lee et al. 2020 (Nat. Energy 5, 299): anode-free cells with an Ag-C interlayer.

:mod:`.paper` (the paper's numbers), :mod:`.cells` (cell, protocols, simulations),
:mod:`.targets` (scoring, :class:`.targets.Lee2020`), :mod:`.figures`. Targets:
``../shared/targets/lee2020_anode_free.md``.
"""

from .cells import (
    K_D,
    LONG_SAVED,
    attribution,
    calibrate,
    convergence,
    cycle,
    experiment,
    long_run,
    parameter_values,
    retention,
    run,
)
from .paper import (
    CYCLES,
    L3_WOULD_NEED,
    LONG_CYCLES,
    LOWER,
    PAPER,
    UPPER,
)

# documented in assb_models.reproductions, re-exported here for scripts
from .targets import Lee2020 as Lee2020

__all__ = [
    "CYCLES",
    "K_D",
    "L3_WOULD_NEED",
    "LONG_CYCLES",
    "LONG_SAVED",
    "LOWER",
    "PAPER",
    "UPPER",
    "attribution",
    "calibrate",
    "convergence",
    "cycle",
    "experiment",
    "long_run",
    "parameter_values",
    "retention",
    "run",
]
