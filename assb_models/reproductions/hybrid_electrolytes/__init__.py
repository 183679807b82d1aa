"""Hybrid polymer/sulfide electrolytes (Mangani & Villevieille 2020 and the papers
it cites: Chen 2016, Zhao 2016, Zheng 2019, Riphaus 2019): LFP | polymer | Li rate
capability, dispersed LGPS-PEO conductivity, Li symmetric cells, SPEI growth.

:mod:`.paper` (the papers' numbers), :mod:`.cells` (cells, protocols, laws),
:mod:`.targets` (scoring, :class:`.targets.HybridElectrolytes`), :mod:`.figures`.
Targets: ``../shared/targets/hybrid_electrolytes.md``.
"""

from .cells import (
    conductivity_curve,
    cycling,
    dfn_values,
    full_cell_model,
    hybrid_conductivity,
    lgps_cell,
    m6_resistances,
    polymer_cell,
    rate_capacities,
    spei_growth,
)
from .paper import PAPER, RATES

# documented in assb_models.reproductions, re-exported here for scripts
from .targets import HybridElectrolytes as HybridElectrolytes

__all__ = [
    "PAPER",
    "RATES",
    "conductivity_curve",
    "cycling",
    "dfn_values",
    "full_cell_model",
    "hybrid_conductivity",
    "lgps_cell",
    "m6_resistances",
    "polymer_cell",
    "rate_capacities",
    "spei_growth",
]
