"""Chen et al. 2016: LFP | PEO-LiTFSI-1 wt% LGPS-10 wt% SN | Li cells at 40 C.

B. Chen, Z. Huang, X. Chen, Y. Zhao, Q. Xu, P. Long, S. Chen, X. Xu, "A new
composite solid electrolyte PEO/Li10GeP2S12/SN for all-solid-state lithium
battery", Electrochim. Acta 210 (2016) 905 (authors and title recalled, not
checked; the numbers used are those of the review, Mangani & Villevieille 2020,
Table 2, as the target file gives them).

The hybrid is a dispersed hybrid at 1 wt% LGPS (0.6 vol%): the effective-medium
law (:func:`assb_models.parameters.hybrid_laws.dispersed_hybrid`) changes its
conductivity by less than 1 % (tests/unit/test_hybrid_laws.py), so the set gives
the polymer's own values; the succinonitrile (SN) keeps the PEO amorphous at 40 C.
The LFP is PyBaMM's Prada2013; the PEO-LiTFSI transport is from the literature
(``_hybrid.polymer_table``); the cell format is an estimate (not in the review).
Nothing is fitted to this paper: M1 and M6 are predictions. Recipe ``cell``:
"full" (LFP | hybrid | Li) or "symmetric" (Li | ``electrolyte`` | Li, M6, with
``electrolyte`` "hybrid" or "PEO").

Not in the papers (``_hybrid.NOT_IN_THE_PAPERS``): the cell keeps the estimates
of ``_hybrid.lfp_cell_table`` (2 mg/cm2 LFP, Prada2013's 50 nm particles, the
estimated LFP/PEO exchange current in the polymer's VTF law).
"""

from assb_models.citations import BIBTEX
from assb_models.validation import InvalidInputError

from ._hybrid import lfp_cell_table, set_functions, spei_table, symmetric_table

CITATION = BIBTEX["Chen2016"]

#: 40 C (Chen 2016, target M1)
TEMPERATURE = 313.15

#: model options of the cells
MODEL_OPTIONS = {"anode": "lithium metal", "electrolyte": "polymer"}
SYMMETRIC_OPTIONS = {"electrolyte": "polymer"}

CELLS = ("full", "symmetric")
ELECTROLYTES = ("hybrid", "PEO")


def _tables(cell="full", electrolyte="hybrid"):
    if cell not in CELLS:
        raise InvalidInputError(f"'cell' = {cell!r} is not allowed; allowed: {CELLS}")
    if electrolyte not in ELECTROLYTES:
        raise InvalidInputError(
            f"'electrolyte' = {electrolyte!r} is not allowed; allowed: {ELECTROLYTES}"
        )
    plasticised = electrolyte == "hybrid"
    what = "Chen 2016: 40 C (target M1)"
    if cell == "full":
        if electrolyte != "hybrid":
            raise InvalidInputError(
                "'electrolyte' = 'PEO' is allowed only with cell = 'symmetric' "
                "(the full cell is the hybrid's)"
            )
        table = lfp_cell_table(TEMPERATURE, plasticised, what=what)
    else:
        table = symmetric_table(electrolyte, TEMPERATURE, plasticised)
        table["Ambient temperature [K]"] = (TEMPERATURE, what)
        table["Initial temperature [K]"] = (TEMPERATURE, what)
    table.update(spei_table("Li10GeP2S12"))
    return table


def _options(recipe):
    return dict(MODEL_OPTIONS if recipe["cell"] == "full" else SYMMETRIC_OPTIONS)


#: the set's functions and record (:mod:`assb_models.parameters.registry`)
get_parameter_values, get_sources, SET = set_functions(
    "Chen2016", _tables, __doc__, MODEL_OPTIONS, _options
)

__all__ = ["MODEL_OPTIONS", "SET", "get_parameter_values", "get_sources"]
