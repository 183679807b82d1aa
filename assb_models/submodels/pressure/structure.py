"""Mesh of layers whose thickness follows the stack pressure.

The compacted thicknesses and volume fractions are parameter expressions
(:mod:`assb_models.parameters.compaction`); with "Stack pressure at assembly [Pa]"
an input parameter they are symbolic, and the pressure options of
:class:`~assb_models.SolidStateDFN` mesh the layers with
:class:`CompactedUniform1DSubMesh`.
"""

import pybamm

from assb_models.parameters.compaction import compacted_structure, pressure_structure

__all__ = ["CompactedUniform1DSubMesh", "compacted_structure", "pressure_structure"]


class CompactedUniform1DSubMesh(pybamm.SubMesh1D):
    """Uniform mesh of a layer whose thickness may depend on an input parameter.

    PyBaMM's :class:`pybamm.Uniform1DSubMesh` when the layer's limits are numbers
    (physical node positions, as plots and interpolation expect), its
    :class:`pybamm.SymbolicUniform1DSubMesh` when they depend on an input
    parameter (nodes on [0, 1], scaled by the thickness when the model is solved,
    so a pressure sweep needs no rebuild; processed variables then report the
    normalised positions, while "x_s [m]" and "x_p [m]" stay in metres).
    """

    def __new__(cls, lims, npts, **kwargs):
        symbolic = any(
            isinstance(value, pybamm.Symbol)
            for key, limits in lims.items()
            if key != "tabs"
            for value in limits.values()
        )
        if symbolic:
            return pybamm.SymbolicUniform1DSubMesh(lims, npts, **kwargs)
        return pybamm.Uniform1DSubMesh(lims, npts, **kwargs)
