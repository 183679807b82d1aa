"""The package's models as a PyBaMM model-zoo collection.

``pybamm-model-zoo`` finds this package through the ``pybamm_zoo_models`` entry point
(pyproject.toml) and reads every ``*/model.toml`` below it, so each folder here is
one zoo entry: a thin subclass fixing the options that pick its default parameter
set, a README (Summary, Usage, Validation, Citation), a ``CITATION.bib``, an example
script and tests that pin a physical result.

>>> import pybamm_model_zoo as zoo
>>> model = zoo.load("SolidStateDFN")()

Nothing here imports ``pybamm_model_zoo``: the entries are ordinary models of this
package and run without the zoo installed.
"""

import re
from pathlib import Path

import pybamm

from assb_models import models

#: the folder holding one subfolder per zoo entry
ZOO_ROOT = Path(__file__).parent

_ENTRY = re.compile(r"^@\w+\s*\{", flags=re.MULTILINE)


def register_citations(slug):
    """Register every BibTeX entry of ``<slug>/CITATION.bib`` with PyBaMM.

    Called on instantiation of each zoo entry, so ``pybamm.print_citations()``
    credits the package and the papers of the entry's default parameter set.
    """
    text = (ZOO_ROOT / slug / "CITATION.bib").read_text(encoding="utf-8")
    starts = [match.start() for match in _ENTRY.finditer(text)] + [len(text)]
    for start, end in zip(starts[:-1], starts[1:], strict=True):
        pybamm.citations.register(text[start:end].strip())


def with_anode(options, anode, model_name):
    """``options`` with "anode" set to ``anode``, the one this zoo entry is for.

    Raises
    ------
    pybamm.OptionError
        If ``options`` names another anode: that is another zoo entry.
    """
    options = dict(options or {})
    given = options.setdefault("anode", anode)
    if given != anode:
        raise pybamm.OptionError(
            f"{model_name} has 'anode' = '{anode}', got '{given}'; for another anode "
            "use assb_models.SolidStateDFN({'anode': ...})"
        )
    return options


class DischargedAnodeDFN(models.SolidStateDFN):
    """A zoo entry: :class:`assb_models.SolidStateDFN` with one anode fixed (the one
    whose default set it runs), for a cell assembled discharged.

    Subclasses set ``anode_name`` (the value of the option "anode"), ``slug`` (the
    entry's folder) and ``title`` (the model's default name). Instantiating registers
    the package and the set's paper with :data:`pybamm.citations`; the default
    "Current function [A]" is the first charge at C/10 (negative: charging), since
    the set's cell holds its Li in the cathode.

    Parameters
    ----------
    options : dict, optional
        Options of :class:`assb_models.SolidStateDFN`; "anode" is the entry's
        (another value raises :class:`pybamm.OptionError`).
    name : str, optional
    build : bool, optional
        Build on instantiation (default True).
    """

    anode_name = ""
    slug = ""
    title = ""

    def __init__(self, options=None, name=None, build=True):
        super().__init__(
            with_anode(options, self.anode_name, type(self).__name__),
            name=name or self.title,
            build=build,
        )
        register_citations(self.slug)

    @property
    def default_parameter_values(self):
        """The set as assembled, with the first charge at C/10 as the current."""
        values = super().default_parameter_values
        values["Current function [A]"] = -0.1 * values["Nominal cell capacity [A.h]"]
        return values
