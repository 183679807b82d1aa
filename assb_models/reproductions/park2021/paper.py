"""Park et al. 2021 (Adv. Sci. 8, 2004204): the paper's numbers, tolerances and labels
the targets P1-P7 are scored against.

The targets, their sources and readings: ``../shared/targets/park2021_li2se.md`` in the
development repository; the model's values: the report of ``assb reproduce park2021``.
"""

import numpy as np

from assb_models.parameter_sets import Park2021 as park_set

CELLS = ("none", "NP", "NR", "NW")


LABEL = {"none": "bare Li", "NP": "Li2Se-NP", "NR": "Li2Se-NR", "NW": "Li2Se-NW"}


AREA_CM2 = 1.0


CAPACITY = 1.0  # mAh/cm2 per half-cycle


#: paper numbers (targets file) [mV]
PAPER_P1 = {"none": 25, "NP": 8, "NR": 9, "NW": 10}


PAPER_P2 = {"none": 25, "NP": 10, "NR": 12, "NW": 20}


TOL = 0.2


#: P2's band for each Li2Se cell (targets file, revised note: cell-to-cell scatter)
P2_TOL = 0.5


BARE_NR_RANGE = (2.2, 3.4)


P3_WINDOW = (30, 60)


P3_CYCLES = 100


P4_CURRENTS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7)


P4_BARE_RANGE = (0.2, 0.3)


#: per target: what the paper reports and its tolerance, as the targets file writes them
PAPER = {
    "P1": ("bare 25, NP 8, NR 9, NW 10 mV", "+-20 %; bare/NR 2.2-3.4"),
    "P2": ("bare 25, NP 10, NR 12, NW 20 mV", "NW > NR; each interlayer within +-50 %"),
    "P3": (
        "bare Li: overpotential drops suddenly after about 40 cycles, cell stops "
        "at cycle 60 (short)",
        "short between cycles 30 and 60; interlayer cells no short in 100 cycles",
    ),
    "P4": (
        "bare Li shorts at 0.3 mA/cm2; all Li2Se cells reach 0.7 mA/cm2 with a "
        "gradual rise",
        "critical current in [0.2, 0.3] bare, > 0.7 with Li2Se",
    ),
    "P5": (
        "bare R1 62 -> 93, R2 91 -> 124; NR R1 81 -> 90, R2 65 -> 68 Ohm",
        "relative growth +-15 points; R1(NR) > R1(bare) at cycle 1; R1+R2 (NR) < "
        "bare at cycle 50",
    ),
    "P6": (
        "charge capacity 135 / 148 / 144 mAh/g; CE 87 / 86 / 84 % (bare Li / Li-In "
        "/ Li2Se-NR); bare Li has the largest polarisation",
        "+-5 mAh/g; +-2 points",
    ),
    "P7": (
        "all reach 1 C; Li-In and Li2Se-NR keep much more capacity than bare Li at "
        "every rate",
        "ordering",
    ),
}


# ---------------------------------------------------------------- full cells
FULL_CELLS = tuple(park_set.FULL_CELL_ANODES)


#: paper numbers (targets file): first-cycle charge capacity [mAh/g], CE [%]
PAPER_P6 = {"bare Li": (135, 87), "Li-In": (148, 86), "Li2Se-NR": (144, 84)}


P6_TOL_CAPACITY = 5.0


P6_TOL_CE = 2.0


P7_RATES = (0.05, 0.1, 0.2, 0.5, 1.0)


#: our reading of "much more capacity": at least 10 % above bare Li
P7_MUCH_MORE = 0.10


# ---------------------------------------------------------------- impedance (P5)
#: paper's R1 (interphase/interlayer) and R2 (charge transfer) [Ohm] after 1 and 50
#: cycles (targets file)
PAPER_P5 = {
    "none": {"R1": (62.0, 93.0), "R2": (91.0, 124.0)},
    "NR": {"R1": (81.0, 90.0), "R2": (65.0, 68.0)},
}


P5_GROWTH_TOL = 15.0  # percentage points


#: cycling before the spectra: the P3 protocol (0.2 mA/cm2, 1 mAh/cm2), then a rest.
#: The current of the cycling between the spectra is not in the text at hand (the
#: paper's abstract, PMC8188223); the P3 protocol is the paper's long symmetric
#: cycling, whose cells reach cycle 50 (bare Li shorts after 40-60). The set's
#: interphase growth constant was read for 20-h cycles (0.1 mA/cm2): at 0.1 mA/cm2
#: bare R1 grows +53 % from thickness alone, at 0.2 mA/cm2 +32 %
P5_CURRENT = 0.2


P5_REST_MINUTES = 60


P5_FREQUENCIES = np.logspace(6, -2, 121)


#: the ageing study: 100 cycles at 0.1 C (charge and discharge), 4.3-3.0 V vs Li
CYCLING_CYCLES = 100


CYCLING_RATE = 0.1
