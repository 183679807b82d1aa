"""Models a sweep spec can name (its ``model`` field).

``MODELS`` maps a name to a factory ``options -> pybamm model``: the full-cell
models of :data:`assb_models.models.MODELS` (the same table). Register another model
with :func:`register_model`::

    from . import register_model
    register_model("MyModel", MyModel)

The model must have the variables the metrics read ("Specific capacity
[mA.h.g-1]", "Discharge energy [W.h]" with the PyBaMM option "calculate discharge
energy").
"""

from assb_models.models import MODELS


def register_model(name, factory):
    """Make ``model = name`` in a spec build ``factory(model_options)``.

    On a cluster, register it in a module the workers import as well.
    """
    MODELS[name] = factory


def build_model(name, options):
    """A fresh model of the registered ``name`` with ``options``."""
    return MODELS[name](dict(options) or None)
