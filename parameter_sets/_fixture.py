"""Values of a fixture clamped at a fixed gap (option "stack pressure": "fixed gap").

Shared by the sets and studies that put a cell in such a fixture; each value with
its source or reasoning, as {name: (value, source)}.
"""

from .Park2021 import CREEP

#: stiffness of a fixed-gap fixture with the stack in series [Pa.m-1]
FIXED_GAP_STIFFNESS = 3e11
#: partial molar volume of Li in a Li-In alloy [m3.mol-1]
LI_IN_LITHIUM_MOLAR_VOLUME = 8.0e-6


def squeeze_relaxation_length(li_thickness, radius, n=CREEP["n"]):
    """Creep relaxation length of a Li foil squeezed in a gap [m].

    A thin disc of thickness :math:`h` and radius :math:`R` clamped between
    sticking plates flows out under a mean pressure :math:`P` as if loaded by
    :math:`P h/R` (squeeze flow of a power-law solid), so it thins at
    :math:`\\dot h = h\\,\\dot\\varepsilon(P h/R) = h (h/R)^n\\,\\dot\\varepsilon(P)`:
    :math:`\\ell_r = h (h/R)^n` with the creep exponent :math:`n`.
    """
    return li_thickness * (li_thickness / radius) ** n


def fixed_gap_table(li_thickness=None, radius=None):
    """Fixture values; with a Li foil (``li_thickness``, ``radius`` [m]) its creep
    relaxation length too."""
    table = {
        "Fixed-gap stack stiffness [Pa.m-1]": (
            FIXED_GAP_STIFFNESS,
            "estimate: 0.3 MPa per um of thickness change for a bolted fixed-gap "
            "frame in series with the stack (the frame is far more compliant than "
            "the ~1 mm stack of ceramic and metal, ~2e13 Pa/m); 25 um of plated Li "
            "then adds ~7 MPa, the order of the swings reported for Li-metal full "
            "cells in fixed-gap fixtures (Jang 2023 review, Fig. 7a: not checked "
            "against the figure's numbers)",
        ),
        "Li-In alloy lithium partial molar volume [m3.mol-1]": (
            LI_IN_LITHIUM_MOLAR_VOLUME,
            "estimate: LiIn (B32, a = 6.80 A, 8 LiIn per cell) 23.7 cm3/mol less In "
            "15.7 cm3/mol: 8.0 cm3/mol of Li",
        ),
    }
    if li_thickness is not None:
        table["Lithium metal creep relaxation length [m]"] = (
            squeeze_relaxation_length(li_thickness, radius),
            f"estimate: squeeze flow of a {li_thickness * 1e6:g} um Li foil of "
            f"radius {radius * 1e3:g} mm, h (h/R)^n with n = {CREEP['n']:g} "
            "(Masias 2019): the confined foil barely relaxes the pressure",
        )
    return table
