"""Zhao et al. 2016: LFP | PEO(LiTFSI)-1 wt% LGPS | Li cells at 60 C, with the
LGPS-PEO symmetric cells of Zheng et al. 2019.

Y. Zhao, C. Wu, G. Peng, X. Chen, X. Yao, Y. Bai, F. Wu, S. Chen, X. Xu, "A new
solid polymer electrolyte incorporating Li10GeP2S12 into a polyethylene oxide
matrix for all-solid-state lithium batteries", J. Power Sources 301 (2016) 47
(authors and title recalled, not checked; the numbers used are the review's,
Mangani & Villevieille 2020, Table 2, as the target file gives them). J. Zheng, P.
Wang, H. Liu, Y.-Y. Hu, "Interface-enabled ion conduction in Li10GeP2S12-
poly(ethylene oxide) hybrid electrolytes", ACS Appl. Energy Mater. 2 (2019) 1452
(title recalled): 70 wt% LGPS, 0.22 mS/cm at 22 C, symmetric cells (target file).

At 1 wt% LGPS the effective-medium law changes the polymer's conductivity by less
than 1 %, so the full cell gives the polymer's values (above the melting point
of PEO at 60 C: amorphous). Nothing is fitted to these papers: M2-M5 and M7 are
predictions. Recipe ``cell``: "full" (LFP | PEO(LiTFSI)-LGPS | Li) or "symmetric"
(Li | ``electrolyte`` | Li at ``temperature_C``, M7), ``electrolyte`` "PEO",
"LGPS" or "70 wt% LGPS-PEO". ``lgps_weight_fraction`` (full cell, design
studies): the polymer becomes the LGPS-PEO dispersed hybrid of that weight
fraction (the effective-medium law; default None: the paper's 1 wt%, taken as the
polymer).

Not in the papers (``_hybrid.NOT_IN_THE_PAPERS``): the cells keep the estimates
of ``_hybrid`` (2 mg/cm2 LFP, Prada2013's 50 nm particles, the estimated LFP/PEO
exchange current in the polymer's VTF law).
"""

from assb_models.citations import BIBTEX
from assb_models.validation import InvalidInputError, require_in_range

from ._hybrid import (
    dispersed_table,
    lfp_cell_table,
    set_functions,
    spei_table,
    symmetric_table,
)

CITATION = BIBTEX["Zhao2016"]

#: 60 C (Zhao 2016, target M2)
TEMPERATURE = 333.15
#: temperature of the symmetric cells (estimate: PEO cells are cycled above the
#: PEO melting point; Zheng 2019's cycling temperature not at hand)
SYMMETRIC_TEMPERATURE_C = 60.0

MODEL_OPTIONS = {"anode": "lithium metal", "electrolyte": "polymer"}

CELLS = ("full", "symmetric")
ELECTROLYTES = ("PEO(LiTFSI)-LGPS", "PEO", "LGPS", "70 wt% LGPS-PEO")

#: symmetric-cell options per electrolyte: LGPS reduced at Li by the linear
#: (reaction-limited) law; the polymers are binary salt electrolytes
SYMMETRIC_OPTIONS = {
    "PEO": {"electrolyte": "polymer"},
    "70 wt% LGPS-PEO": {"electrolyte": "polymer"},
    "LGPS": {"anode interphase": "reaction-limited"},
}


def _tables(
    cell="full",
    electrolyte="PEO(LiTFSI)-LGPS",
    temperature_C=SYMMETRIC_TEMPERATURE_C,
    lgps_weight_fraction=None,
):
    if cell not in CELLS:
        raise InvalidInputError(f"'cell' = {cell!r} is not allowed; allowed: {CELLS}")
    if electrolyte not in ELECTROLYTES:
        raise InvalidInputError(
            f"'electrolyte' = {electrolyte!r} is not allowed; allowed: {ELECTROLYTES}"
        )
    require_in_range("temperature_C", temperature_C, 0, 100)
    if cell == "full":
        if electrolyte != "PEO(LiTFSI)-LGPS":
            raise InvalidInputError(
                f"'electrolyte' = {electrolyte!r} is allowed only with cell = "
                "'symmetric'; the full cell's is 'PEO(LiTFSI)-LGPS'"
            )
        table = lfp_cell_table(TEMPERATURE, False, what="Zhao 2016: 60 C (M2)")
        if lgps_weight_fraction is not None:
            # a design study: the cell's polymer (membrane and catholyte) becomes
            # the LGPS-PEO dispersed hybrid of this weight fraction
            require_in_range("lgps_weight_fraction", lgps_weight_fraction, 0, 1)
            table.update(dispersed_table(TEMPERATURE, lgps_weight_fraction))
    else:
        if electrolyte == "PEO(LiTFSI)-LGPS":
            raise InvalidInputError(
                "symmetric cells: 'electrolyte' must be one of "
                f"{ELECTROLYTES[1:]} (Zheng 2019)"
            )
        T = temperature_C + 273.15
        table = symmetric_table(electrolyte, T)
        where = f"estimate: {temperature_C:g} C (Zheng 2019's not at hand)"
        table["Ambient temperature [K]"] = (T, where)
        table["Initial temperature [K]"] = (T, where)
    table.update(spei_table("Li10GeP2S12"))
    return table


def _options(recipe):
    if recipe["cell"] == "full":
        return dict(MODEL_OPTIONS)
    return dict(SYMMETRIC_OPTIONS[recipe["electrolyte"]])


#: the set's functions and record (:mod:`assb_models.parameters.registry`)
get_parameter_values, get_sources, SET = set_functions(
    "Zhao2016", _tables, __doc__, MODEL_OPTIONS, _options
)

__all__ = ["MODEL_OPTIONS", "SET", "get_parameter_values", "get_sources"]
