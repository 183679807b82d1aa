"""Models a sweep spec can name (its ``model`` field).

``MODELS`` maps a name to a factory ``options -> pybamm model``: the full-cell
models of :data:`assb_models.models.MODELS` (the same table). Register another model
with :func:`assb_models.models.register_model`::

    from assb_models.models import register_model
    register_model("MyModel", MyModel)

The model must have the variables the metrics read ("Specific capacity
[mA.h.g-1]", "Discharge energy [W.h]" with the PyBaMM option "calculate discharge
energy").
"""

from assb_models.models import MODELS, register_model

__all__ = ["MODELS", "build_model", "register_model"]


def build_model(name, options):
    """A fresh model of the registered ``name`` with ``options``."""
    return MODELS[name](dict(options) or None)
