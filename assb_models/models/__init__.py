"""Full cells assembled from submodels."""

from .anodes import ANODES, Anode, register_anode, unregister_anode
from .solid_state_dfn import SolidStateDFN
from .solid_state_spme import SolidStateSPMe
from .symmetric_cell import (
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)

#: full-cell models by name: a sweep spec's ``model``, ``assb simulate --model``
#: (:func:`register_model` adds to it)
MODELS = {"SolidStateDFN": SolidStateDFN, "SolidStateSPMe": SolidStateSPMe}


def register_model(name, factory):
    """Make ``name`` build ``factory(model_options)`` wherever a model is chosen by
    name (sweep specs, ``assb simulate``); on a cluster, register it in a module the
    workers import as well."""
    MODELS[name] = factory


__all__ = [
    "ANODES",
    "MODELS",
    "Anode",
    "SolidStateDFN",
    "SolidStateSPMe",
    "SymmetricCell",
    "plating_stripping_experiment",
    "register_anode",
    "register_model",
    "run_plating_stripping",
    "unregister_anode",
]
