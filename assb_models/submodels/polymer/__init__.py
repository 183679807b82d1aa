"""Polymer electrolytes: a binary salt layer of its own domain and the
polymer/sulfide junction with its interphase (SPEI). A polymer that fills the
separator and the cathode uses PyBaMM's concentrated-solution submodels with
:class:`~assb_models.parameters.assb_parameters.PolymerFilledParameters`."""

from .catholyte import CatholyteConcentration, CatholyteConductivity
from .filled import PolymerDiffusion
from .interlayer import (
    PolymerInterlayerInSeries,
    SulfideBehindPolymerInterlayer,
    with_polymer_interlayer,
)
from .junction import ConstantPolymerSulfideInterphase, junction_variables
from .layer import (
    FULL_CELL_INTERLAYER,
    NEGATIVE_INTERLAYER,
    POSITIVE_INTERLAYER,
    SYMMETRIC_LAYER,
    PolymerLayer,
    PolymerLayerGeometry,
)
from .spei_growth import SPEI_LAWS, LinearPolymerSulfideInterphase

__all__ = [
    "CatholyteConcentration",
    "CatholyteConductivity",
    "FULL_CELL_INTERLAYER",
    "NEGATIVE_INTERLAYER",
    "POSITIVE_INTERLAYER",
    "SYMMETRIC_LAYER",
    "ConstantPolymerSulfideInterphase",
    "LinearPolymerSulfideInterphase",
    "PolymerDiffusion",
    "PolymerInterlayerInSeries",
    "PolymerLayer",
    "PolymerLayerGeometry",
    "SPEI_LAWS",
    "SulfideBehindPolymerInterlayer",
    "junction_variables",
    "with_polymer_interlayer",
]
