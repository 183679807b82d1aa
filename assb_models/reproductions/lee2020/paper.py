"""Lee et al. 2020 (Nat. Energy 5, 299): the paper's numbers, its protocol limits
and the tolerances of the targets L1-L7, as written in
``../shared/targets/lee2020_anode_free.md`` (numbers read there from a digest of
the paper and its SI, figure references as given).

The model's values: the report of ``assb reproduce lee2020``.
"""

UPPER, LOWER = 4.25, 2.5

#: cycles at 0.5C after formation in the default (cheap) run, and the long run
CYCLES, LONG_CYCLES = 5, 1000

#: per target: what it is, the paper's value (with source) and the tolerance
PAPER = {
    "L1": (
        "areal and specific capacity at 0.2C (formation discharge)",
        "6.8 mAh/cm2; 215 mAh/g (Methods; Table S3: 6.4-6.8)",
        "+-5 % each",
    ),
    "L2": (
        "first cycle (formation): ICE, and the Ag-C layer's cost",
        "charge 233, discharge 214 mAh/g, ICE 91.8 % with Ag-C; 93.1 % without the "
        "Ag-C layer (Fig. S7)",
        "ICE +-2 points; the Ag-C layer costs 0.5-2.5 points",
    ),
    "L3": (
        "discharge capacity at 0.5C (first 0.5C cycle)",
        "146 mAh/g (about 70 % of 0.2C)",
        "+-5 %",
    ),
    "L4": (
        "CE of the 0.5C cycles",
        "> 99.8 % (digitised median 99.89 % over cycles 1-800)",
        "mean of cycles 2-800 >= 99.8 %",
    ),
    "L5": (
        "retention at 0.5C, 60 C",
        "95 % after 600 cycles, 89 % after 1000 (Fig. 6g)",
        "+-3 points at each",
    ),
    "L6": (
        "Ag-C lithiation on the first charge",
        "0.5 mAh/cm2 stored by 3.5 V, 0.64 by 3.55 V; Li plating starts by 3.6 V at "
        "<= 1.12 mAh/cm2; ~25 um of Li at 6.75 mAh/cm2 (Fig. 4)",
        "plating onset between 0.5 and 1.12 mAh/cm2",
    ),
    "L7": (
        "Ag : C ratio",
        "1:1 gives CE < 95 % and shorts; 1:3 reaches CE ~99.97 % (Fig. S13, SI Note 3)",
        "CE(1:1) < CE(1:3)",
    ),
}

#: the paper's numbers the targets score
PAPER_VALUES = {
    "areal capacity [mA.h.cm-2]": 6.8,
    "specific capacity [mA.h.g-1]": 215.0,
    "ICE": 0.918,
    "ICE without the Ag-C layer": 0.931,
    "0.5C capacity [mA.h.g-1]": 146.0,
    "CE": 0.998,
    "retention at 600": 0.95,
    "retention at 1000": 0.89,
}

#: L2's tolerances: ICE within +-2 points, the Ag-C layer's cost in points
ICE_TOLERANCE = 0.02
LAYER_COST_POINTS = (0.5, 2.5)
#: L5's tolerance on each retention (+-3 points)
RETENTION_TOLERANCE = 0.03
#: L6's window for the plating onset on the first charge [mA.h.cm-2]
PLATING_ONSET_WINDOW = (0.5, 1.12)

#: L6's storage points: Li the Ag-C layer holds on the first charge by each cell
#: voltage, ((voltage [V], Li [mA.h.cm-2]), ...) (Fig. 4, via the target file);
#: the layer's porosity is fitted to them (:func:`.cells.fit_layer_porosity`)
LAYER_STORAGE = ((3.5, 0.5), (3.55, 0.64))
