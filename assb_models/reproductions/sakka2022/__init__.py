"""Sakka et al. 2022: stack pressure and the 3D structure of an NCM111 | LGPS
composite.

:mod:`.paper` (the paper's numbers), :mod:`.cells` (cells, protocols, simulations),
:mod:`.targets` (scoring, :class:`.targets.Sakka2022`), :mod:`.figures`. Targets:
``../shared/targets/sakka_pressure.md``.
"""

from .cells import (
    OPTIONS,
    cell,
    charge_discharge,
    contact_loss_cycling,
    small_signal,
    spectra,
    structure,
)
from .paper import (
    CONTACT,
    CT_APPARENT_LAW,
    EIS_FREQUENCIES,
    MPA,
    PAPER,
    PAPER_S1,
    PRESSURES,
    S1_TOL,
    S4_GAP,
    S4_TOL,
    S5_R2,
    S6_SLOPE,
    S6_TOL,
    TORTUOSITY,
)

# documented in assb_models.reproductions, re-exported here for scripts
from .targets import Sakka2022 as Sakka2022
from .targets import (
    target_s1,
    target_s2,
    target_s3,
    target_s4,
    target_s5_s6,
    target_s6_eis,
    target_s7,
)

__all__ = [
    "CONTACT",
    "CT_APPARENT_LAW",
    "EIS_FREQUENCIES",
    "MPA",
    "OPTIONS",
    "PAPER",
    "PAPER_S1",
    "PRESSURES",
    "S1_TOL",
    "S4_GAP",
    "S4_TOL",
    "S5_R2",
    "S6_SLOPE",
    "S6_TOL",
    "TORTUOSITY",
    "cell",
    "charge_discharge",
    "contact_loss_cycling",
    "small_signal",
    "spectra",
    "structure",
    "target_s1",
    "target_s2",
    "target_s3",
    "target_s4",
    "target_s5_s6",
    "target_s6_eis",
    "target_s7",
]
