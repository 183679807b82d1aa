"""Lee et al. 2020 (Nat. Energy 5, 299): anode-free cells with an Ag-C interlayer.

:mod:`.paper` (the paper's numbers), :mod:`.cells` (cell, protocols, simulations),
:mod:`.targets` (scoring, :class:`.targets.Lee2020`), :mod:`.figures`. Targets:
``../shared/targets/lee2020_anode_free.md``.
"""

from .cells import (
    CYCLE,
    FORMATION,
    K_D,
    LAYER_KEEP_SCAN,
    LAYER_POTENTIAL_SCAN,
    LAYER_TRAP,
    LONG_SAVED,
    LOSSES,
    NCM_KINETIC_LOSS,
    NO_LAYER,
    SE_IONIC_RESISTANCE,
    attribution,
    convergence,
    experiment,
    fit_isolated_fraction,
    fit_layer_porosity,
    formation,
    isolated_scan,
    layer_keep_scan,
    layer_potential_scan,
    layer_storage,
    long_run,
    parameter_values,
    rate_budget,
    retention,
    run,
    silver_ratio,
    without,
    without_layer,
)
from .paper import CYCLES, LONG_CYCLES, LOWER, PAPER, UPPER

# documented in assb_models.reproductions, re-exported here for scripts
from .targets import Lee2020 as Lee2020

__all__ = [
    "CYCLE",
    "CYCLES",
    "FORMATION",
    "K_D",
    "LAYER_KEEP_SCAN",
    "LAYER_POTENTIAL_SCAN",
    "LAYER_TRAP",
    "LONG_CYCLES",
    "LONG_SAVED",
    "LOSSES",
    "LOWER",
    "NCM_KINETIC_LOSS",
    "NO_LAYER",
    "PAPER",
    "SE_IONIC_RESISTANCE",
    "UPPER",
    "attribution",
    "convergence",
    "experiment",
    "fit_isolated_fraction",
    "fit_layer_porosity",
    "formation",
    "isolated_scan",
    "layer_keep_scan",
    "layer_potential_scan",
    "layer_storage",
    "long_run",
    "parameter_values",
    "rate_budget",
    "retention",
    "run",
    "silver_ratio",
    "without",
    "without_layer",
]
