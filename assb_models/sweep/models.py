"""Models a sweep spec can name (its ``model`` field).

``MODELS`` maps a name to a factory ``options -> pybamm model``: every full-cell
model of :mod:`assb_models.models` listed in :data:`FULL_CELLS` that the package has
(a reduced ``SolidStateSPMe`` joins by being added there). Register another model
with :func:`register_model`::

    from assb_models.sweep import register_model
    register_model("MyModel", MyModel)

The model must have the variables the metrics read ("Specific capacity
[mA.h.g-1]", "Discharge energy [W.h]" with the PyBaMM option "calculate discharge
energy").
"""

from .. import models as _models

#: full-cell models a spec may name when the package has them
FULL_CELLS = ("SolidStateDFN", "SolidStateSPMe")

#: {name: factory(options) -> model}
MODELS = {name: getattr(_models, name) for name in FULL_CELLS if hasattr(_models, name)}


def register_model(name, factory):
    """Make ``model = name`` in a spec build ``factory(model_options)``.

    On a cluster, register it in a module the workers import as well.
    """
    MODELS[name] = factory


def build_model(name, options):
    """A fresh model of the registered ``name`` with ``options``."""
    return MODELS[name](dict(options) or None)
