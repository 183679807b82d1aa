"""Sakka et al. 2022: the paper's numbers and tolerances (targets S1-S7), its stack
pressures and the names of the pressure laws the targets read.

The targets, their sources and readings: ``../shared/targets/sakka_pressure.md`` in the
development repository; the model's values: the report of ``assb reproduce sakka2022``.
"""

import numpy as np

from assb_models.parameter_sets import Sakka2022 as sakka_set

PRESSURES = sakka_set.PRESSURES_MPA


MPA = 1e6


EIS_FREQUENCIES = np.logspace(5, -3, 81)


#: paper numbers (targets file)
PAPER_S1 = {"composite": 23.0, "separator": 5.0}


S1_TOL = 2.0


S4_GAP, S4_TOL = 10.0, 3.0


S5_R2 = 0.95


S6_SLOPE, S6_TOL = -1.0, 0.2


#: per target: what the paper reports and its tolerance, as the targets file writes them
PAPER = {
    "S1": ("23 % and 5 %", "+-2 points"),
    "S2": (
        "falls with pressure in both layers; no great difference between them at "
        "<= 12 MPa; composite flattens at high pressure",
        "shape",
    ),
    "S3": (
        "two stages: up to 12 MPa NCM fraction rises, LGPS fraction falls; above "
        "12 MPa NCM constant, LGPS fills voids",
        "shape",
    ),
    "S4": (
        "about 10 % higher at >= 50 MPa than at <= 12 MPa; no further change above "
        "50 MPa",
        "plateau levels +-3 %",
    ),
    "S5": ("rises almost linearly with pressure", "R2 >= 0.95 on a line"),
    "S6": (
        "inversely proportional to pressure; about an order of magnitude lower at "
        "100 than at 6 MPa",
        "log-log slope -1 +- 0.2",
    ),
    "S6 (impedance)": (
        "inversely proportional to pressure (from impedance)",
        "log-log slope -1 +- 0.2",
    ),
    "S7": (
        "minimum and mode fall with pressure, rise again at 100 MPa; minor effect "
        "on performance",
        "shape",
    ),
}


CONTACT = (
    "Positive electrode active material-solid electrolyte contact fraction vs pressure"
)


TORTUOSITY = "Positive electrode solid electrolyte tortuosity vs pressure"


#: the map from the model's (true) volume fractions to CT-apparent ones
CT_APPARENT_LAW = (
    "identity: CT-apparent = true volume fractions. NCM (~10 um) is resolved; for "
    "the share of LGPS finer than the voxel or not yet densified no published law "
    "was found, and one fitted to S3 alone would be a knob for one target. Any "
    "such share that shrinks as the SE densifies also cannot help: apparent LGPS "
    "= resolved share x true LGPS, both rising with pressure"
)
