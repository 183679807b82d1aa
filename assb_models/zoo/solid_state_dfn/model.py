"""Solid-state DFN, Kim2024 default set (PyBaMM model-zoo entry)."""

from assb_models import models
from assb_models.zoo import register_citations

SLUG = "solid_state_dfn"


class SolidStateDFN(models.SolidStateDFN):
    """Sulfide SE composite cathode | SE separator | planar Li-In anode (DFN-type).

    :class:`assb_models.SolidStateDFN`, its default parameter set
    ``Kim2024`` (``model.default_parameter_values``); instantiating it registers
    the package and the set's paper with :data:`pybamm.citations`.

    Parameters
    ----------
    options : dict, optional
        Options of :class:`assb_models.SolidStateDFN`.
    name : str, optional
    build : bool, optional
        Build on instantiation (default True).
    """

    def __init__(self, options=None, name="Solid-state DFN", build=True):
        super().__init__(options, name=name, build=build)
        register_citations(SLUG)
