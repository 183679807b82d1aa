"""Lee et al. 2020 (Nat. Energy 5, 299): the paper's numbers (capacity, CE, retention,
from the Lee2020 set's ``PAPER`` with their sources), its protocol limits and the
tolerances of the targets L1-L3.

The targets: ``../shared/targets/lee2020_anode_free.md`` in the development repository;
the model's values: the report of ``assb reproduce lee2020``.
"""

from assb_models.parameter_sets import Lee2020 as lee

UPPER, LOWER = 4.25, 2.5


#: cycles at 0.5C after formation in the default (cheap) run, and the long run
CYCLES, LONG_CYCLES = 5, 1000


#: the growth constant [m2.s-1] the recalled 89 % retention after 1,000 cycles
#: would need (:func:`calibrate`, 8 bisection steps); the set uses Park2021's
L3_WOULD_NEED = 9.3e-18


#: per target: what it is, the paper's value (with source) and the tolerance
PAPER = {
    "L1": (
        "areal capacity (first discharge, 0.1C)",
        "> 6.8 mAh/cm2 (" + lee.PAPER["areal capacity [mA.h.cm-2]"][1] + ")",
        ">= 6.8 mAh/cm2",
    ),
    "L2": (
        "CE of the 0.5C cycles",
        "> 99.8 % (" + lee.PAPER["Coulombic efficiency over cycling"][1] + ")",
        "every 0.5C cycle >= 99.8 %",
    ),
    "L3": (
        "capacity retention after 1,000 cycles (0.5C)",
        "~89 % (" + lee.PAPER["capacity retention after 1000 cycles"][1] + ")",
        "89 +- 5 %",
    ),
}
