"""Anode-free solid-state DFN, Lee2020 default set (PyBaMM model-zoo entry)."""

from assb_models.zoo import DischargedAnodeDFN


class AnodeFreeSolidStateDFN(DischargedAnodeDFN):
    """Solid-state DFN with no Li at assembly: Ag-C interlayer, then plated Li.

    :class:`assb_models.SolidStateDFN` with the "anode-free" anode and its default
    parameter set ``Lee2020`` (:class:`~assb_models.zoo.DischargedAnodeDFN`).
    """

    anode_name = "anode-free"
    slug = "anode_free_solid_state_dfn"
    title = "Anode-free solid-state DFN"
