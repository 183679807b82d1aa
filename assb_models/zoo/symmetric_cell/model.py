"""Li symmetric cell, Park2021 default set (PyBaMM model-zoo entry)."""

from assb_models import models
from assb_models.zoo import register_citations

SLUG = "symmetric_cell"


class SymmetricCell(models.SymmetricCell):
    """Li | SE | Li plating/stripping cell.

    :class:`assb_models.SymmetricCell`, its default parameter set
    ``Park2021`` (``model.default_parameter_values``); instantiating it registers
    the package and the set's paper with :data:`pybamm.citations`.

    Parameters
    ----------
    options : dict, optional
        Options of :class:`assb_models.SymmetricCell`.
    name : str, optional
    build : bool, optional
        Build on instantiation (default True).
    """

    def __init__(self, options=None, name="Symmetric lithium cell", build=True):
        super().__init__(options, name=name, build=build)
        register_citations(SLUG)
