"""Tan et al. 2021 (Science 373, 1494): the paper's numbers (from the Tan2021 set's
``PAPER``, with where they stand and whether checked), the tolerances of T1-T4 and
the protocol's current density and cycle count.

The model's values: the report of ``assb reproduce tan2021``.
"""

from assb_models.parameter_sets import Tan2021 as tan_set

#: the long-cycling current density [mA.cm-2] (Tan 2021, Fig. 3, recalled)
CURRENT_DENSITY = 5.0


#: cycle number of the paper's retention
RETENTION_CYCLE = 500


def _paper(key):
    value, unit, where, status = tan_set.PAPER[key]
    return value, f"{value:g} {unit} ({where}; {status})"


#: the paper's values the figures show (from the set's ``PAPER``)
PAPER_FIRST_CYCLE_CE = tan_set.PAPER["full_cell_first_cycle_ce"][0]
PAPER_AREAL_CAPACITY = tan_set.PAPER["areal_capacity_mAh_cm2"][0]
PAPER_RETENTION = tan_set.PAPER["retention_500_cycles"][0]
#: how that retention stands: "recalled" or where it was checked
PAPER_RETENTION_STATUS = tan_set.PAPER["retention_500_cycles"][3]

PAPER = {
    "T1": (_paper("full_cell_first_cycle_ce")[1], "+-0.05 (absolute)"),
    "T2": (_paper("retention_500_cycles")[1], "+-0.10 (absolute)"),
    "T3": (_paper("areal_capacity_mAh_cm2")[1], "+-25 %"),
    "T4": (
        "no continuous interfacial growth, no irreversible Li loss (abstract; checked)",
        "first-cycle SEI < 1 % of the charge; later cycles less",
    ),
}
