"""Anode-free solid-state DFN, Lee2020 default set (PyBaMM model-zoo entry)."""

from assb_models import models
from assb_models.zoo import register_citations, with_anode

SLUG = "anode_free_solid_state_dfn"


class AnodeFreeSolidStateDFN(models.SolidStateDFN):
    """Solid-state DFN with no Li at assembly: Ag-C interlayer, then plated Li.

    :class:`assb_models.SolidStateDFN` with the "anode-free" anode, its default
    parameter set ``Lee2020`` (``model.default_parameter_values``); instantiating
    it registers the package and the set's paper with :data:`pybamm.citations`.

    Parameters
    ----------
    options : dict, optional
        Options of :class:`assb_models.SolidStateDFN`; "anode" is "anode-free"
        (another value raises :class:`pybamm.OptionError`).
    name : str, optional
    build : bool, optional
        Build on instantiation (default True).
    """

    def __init__(self, options=None, name="Anode-free solid-state DFN", build=True):
        super().__init__(
            with_anode(options, "anode-free", "AnodeFreeSolidStateDFN"),
            name=name,
            build=build,
        )
        register_citations(SLUG)

    @property
    def default_parameter_values(self):
        """The set as assembled: discharged, so "Current function [A]" is the
        first charge at C/10 (negative: charging)."""
        values = super().default_parameter_values
        values["Current function [A]"] = -0.1 * values["Nominal cell capacity [A.h]"]
        return values
