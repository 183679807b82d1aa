"""Solid-state DFN: sulfide composite cathode vs planar Li-In anode (PyBaMM model-zoo entry ``solid_state_dfn``)."""

from assb_models.models import SolidStateDFN
from assb_models.zoo import register_citations

SLUG = "solid_state_dfn"


class SolidStateDFN(SolidStateDFN):
    """DFN-type all-solid-state cell: single-ion sulfide SE in an NCM/SE/carbon composite cathode, planar Li-In anode.

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
