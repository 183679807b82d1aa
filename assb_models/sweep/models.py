"""Models a sweep spec can name (its ``model`` field).

``MODELS`` maps a name to a factory ``options -> pybamm model``. Register another
model with :func:`register_model`, e.g. a reduced model::

    from assb_models.sweep import register_model
    register_model("SolidStateSPMe", SolidStateSPMe)
"""

from ..models import SolidStateDFN

#: {name: factory(options) -> model}
MODELS = {"SolidStateDFN": SolidStateDFN}


def register_model(name, factory):
    """Make ``model = name`` in a spec build ``factory(model_options)``.

    On a cluster, register it in a module the workers import as well.
    """
    MODELS[name] = factory


def build_model(name, options):
    """A fresh model of the registered ``name`` with ``options``."""
    return MODELS[name](dict(options) or None)
