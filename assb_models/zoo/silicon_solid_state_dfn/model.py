"""Silicon-anode solid-state DFN, Tan2021 default set (PyBaMM model-zoo entry)."""

from assb_models.zoo import DischargedAnodeDFN


class SiliconSolidStateDFN(DischargedAnodeDFN):
    """Solid-state DFN with a dense micro-Si film anode.

    :class:`assb_models.SolidStateDFN` with the "silicon" anode and its default
    parameter set ``Tan2021`` (:class:`~assb_models.zoo.DischargedAnodeDFN`).
    """

    anode_name = "silicon"
    slug = "silicon_solid_state_dfn"
    title = "Silicon-anode solid-state DFN"
