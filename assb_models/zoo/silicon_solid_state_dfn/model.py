"""Silicon-anode solid-state DFN, Tan2021 default set (PyBaMM model-zoo entry)."""

from assb_models import models
from assb_models.zoo import register_citations, with_anode

SLUG = "silicon_solid_state_dfn"


class SiliconSolidStateDFN(models.SolidStateDFN):
    """Solid-state DFN with a dense micro-Si film anode.

    :class:`assb_models.SolidStateDFN` with the "silicon" anode, its default
    parameter set ``Tan2021`` (``model.default_parameter_values``); instantiating
    it registers the package and the set's paper with :data:`pybamm.citations`.

    Parameters
    ----------
    options : dict, optional
        Options of :class:`assb_models.SolidStateDFN`; "anode" is "silicon"
        (another value raises :class:`pybamm.OptionError`).
    name : str, optional
    build : bool, optional
        Build on instantiation (default True).
    """

    def __init__(self, options=None, name="Silicon-anode solid-state DFN", build=True):
        super().__init__(
            with_anode(options, "silicon", "SiliconSolidStateDFN"),
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
