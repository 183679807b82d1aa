"""Hybrid polymer/sulfide electrolytes (Mangani & Villevieille 2020 and the papers
it cites): the numbers of targets M1-M8 and their tolerances, as
``../shared/targets/hybrid_electrolytes.md`` gives them (the review's Table 2 for
M1-M2, the cited papers for the rest).

The model's values: the report of ``assb reproduce hybrid_electrolytes``.
"""

#: discharge rates of the rate tests [C]
RATES = (0.1, 0.2, 0.5, 1.0)

#: M1: Chen et al. 2016, LFP | PEO-LiTFSI-1 wt% LGPS-10 wt% SN | Li, 40 C, first
#: discharge [mAh/g] (review Table 2)
PAPER_M1 = (158.1, 144.0, 133.3, 86.2)
#: M2: Zhao et al. 2016, LFP | PEO(LiTFSI)-1 wt% LGPS | Li, 60 C (review Table 2)
PAPER_M2 = (158.0, 148.0, 138.0, 99.0)
#: relative tolerance of M1, M2
TOL_CAPACITY = 0.10
#: M1: the 1 C capacity below this share of the 0.1 C capacity
M1_DROP = 0.60

#: M3: Zhao 2016 cell, 0.5 C at 60 C for 50 cycles: 149 -> 137 mAh/g (92.5 %)
M3_CYCLES = 50
M3_RATE = 0.5
PAPER_M3 = (149.0, 137.0, 0.925)
M3_WINDOW = (0.88, 0.96)

#: M4: 70 wt% LGPS in PEO-LiTFSI at 22 C: 0.22 mS/cm (Zheng et al. 2019), +-30 %
PAPER_M4 = 0.22
TOL_M4 = 0.30
M4_WEIGHT_FRACTION = 0.70
M4_TEMPERATURE = 295.15

#: M5: high LGPS weight fractions compared with the neat sulfide (review ref 107)
M5_WEIGHT_FRACTIONS = (0.7, 0.8, 0.9, 0.95)

#: M6: Li symmetric cells at 40 C, fresh: hybrid 180 Ohm vs PEO-LiTFSI 913 Ohm
#: (Chen 2016); ratio 3-7; hybrid within +-20 % over 27 days
PAPER_M6 = {"hybrid": 180.0, "PEO": 913.0}
M6_RATIO = (3.0, 7.0)
M6_DAYS = 27
M6_DRIFT = 0.20

#: M7: Li symmetric cells, time until the voltage rises sharply [h] (Zheng 2019):
#: PEO 370 h, LGPS 224 h, 70 wt% LGPS-PEO stable for 1700 h
PAPER_M7 = {"PEO": 370.0, "LGPS": 224.0, "70 wt% LGPS-PEO": 1700.0}
M7_HOURS = 1700.0
#: cell voltage [V] above which a symmetric cell counts as failed (estimate: the
#: usual +-1 V window of symmetric-cell cyclers)
M7_CUTOFF = 1.0

#: M8: SPEI at 40 C over 7 days: Li10SnP2S12/PEO rises, Li6PS5Cl/PEO negligible
M8_TEMPERATURE = 313.15
M8_DAYS = 7

#: a cell's text per target: (paper value, tolerance)
PAPER = {
    "M1": (
        "158.1, 144, 133.3, 86.2 mAh/g at 0.1, 0.2, 0.5, 1 C (Chen et al. 2016; "
        "review Table 2)",
        "+-10 %; the 1 C drop below 60 % of 0.1 C",
    ),
    "M2": (
        "158, 148, 138, 99 mAh/g at 0.1, 0.2, 0.5, 1 C (Zhao et al. 2016; review "
        "Table 2)",
        "+-10 %",
    ),
    "M3": ("149 -> 137 mAh/g (92.5 % stated)", "retention 88-96 %"),
    "M4": ("0.22 mS/cm (Zheng et al. 2019)", "+-30 %"),
    "M5": (
        "hybrid conductivity stays below the neat sulfide's (review ref 107)",
        "ordering",
    ),
    "M6": (
        "180 vs 913 Ohm, same cell format; hybrid stable for 27 days (Chen 2016)",
        "ratio 3-7; hybrid resistance within +-20 % over 27 days",
    ),
    "M7": (
        "370 h, 224 h, stable for 1700 h (Zheng et al. 2019)",
        "ordering: hybrid > PEO > LGPS, each failure by a named mechanism",
    ),
    "M8": (
        "Li10SnP2S12/PEO rises steadily; Li6PS5Cl/PEO negligible",
        "ordering; growth law stated",
    ),
}
