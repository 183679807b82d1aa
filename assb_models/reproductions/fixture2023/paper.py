"""Jang 2023 (review), Fig. 7a: the reading F1-F2 the fixture study is scored against,
and the numbers of its cells and protocol (loading, clamp, current ramp) with the
estimates of the cells.

The paper's reading and the sources of the estimates: ``../shared/targets/reviews.md``
in the development repository; the model's values: the report of
``assb reproduce fixture2023``.
"""

MPA = 1e6


#: clamping pressure [Pa]: Doux et al. 2020 cycle Li | Li6PS5Cl | Li at 5 MPa
CLAMP = 5 * MPA


#: NCM811 loading of the Jang 2023 Fig. 7a cell [mg.cm-2]
LOADING = 25.5


#: current ramp [mA.cm-2]: one cycle at each, in steps of 0.25 mA/cm2
RAMP = tuple(0.25 * k for k in range(1, 9))


#: NCM811 volume change per Li removed (estimate: ~5 % shrinkage by volume on
#: charge to 4.3 V for Ni-rich NCM, Koerver 2018, de Biasi 2019; linear here)
NCM811_VOLUME_CHANGE = 0.06


#: Li foil radius of the fixture [m] (estimate: 10 mm diameter cells)
RADIUS = 5e-3


#: per target: its row in :func:`reading`, what the paper reports, the tolerance
PAPER = {
    "F1": (
        "full cell swings far more than the symmetric cell (fixed gap; here: > 10x)",
        "an NCM811 | LPSCl | Li full cell swings in pressure far more than a "
        "symmetric Li | LPSCl | Li cell",
        "ratio of the swings > 10 (fixed gap)",
    ),
    "F2": (
        "constant-pressure fixture reaches a higher critical current (full cell)",
        "a constant-pressure fixture reaches a higher critical current density "
        "than one clamped at a fixed gap",
        "shape: higher",
    ),
}
