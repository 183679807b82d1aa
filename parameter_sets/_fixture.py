"""Values of a fixture clamped at a fixed gap (option "stack pressure": "fixed gap").

Shared by the sets and studies that put a cell in such a fixture; each value with
its source or reasoning, as {name: (value, source)}.
"""

from assb_models.validation import InvalidInputError, require_in_range

from .Park2021 import CREEP

#: stiffness of each type of fixed-gap fixture with the stack in series [Pa.m-1]
#: (pressure rise per m of stack thickness change), with its reasoning
FIXTURE_STIFFNESS = {
    "compliant frame": (
        3e11,
        "estimate: 0.3 MPa per um of stack thickness change, a polymer (PEEK, "
        "E ~ 3.6 GPa) die body about 10 mm long carrying the load, 3.6e9/0.01 Pa/m; "
        "25 um of plated Li then adds ~7 MPa, the order of the swings reported for "
        "Li-metal full cells in fixed-gap fixtures (Jang 2023 review, Fig. 7a: not "
        "checked against the figure's numbers)",
    ),
    "rigid bolted die": (
        3e12,
        "estimate: 3 MPa per um, a steel bolt-and-plunger die: three M6 bolts "
        "(20 mm2, 30 mm, E = 200 GPa: 4e8 N/m) over a 10 mm cell (7.9e-5 m2) give "
        "5e12 Pa/m, in series with a 20 mm steel plunger of the cell's section "
        "(1e13 Pa/m)",
    ),
}
#: the fixture type of the studies that do not name one
DEFAULT_FIXTURE = "compliant frame"
FIXED_GAP_STIFFNESS = FIXTURE_STIFFNESS[DEFAULT_FIXTURE][0]
#: allowed stiffnesses [Pa.m-1]: compliant frames to rigid bolted dies
STIFFNESS_RANGE = (1e11, 1e13)
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


def fixture_stiffness(fixture=DEFAULT_FIXTURE):
    """``(stiffness [Pa.m-1], source)`` of a fixture type (a key of
    :data:`FIXTURE_STIFFNESS`) or of a stiffness given as a number, which must lie
    in :data:`STIFFNESS_RANGE`."""
    if isinstance(fixture, str):
        if fixture not in FIXTURE_STIFFNESS:
            raise InvalidInputError(
                f"'fixture' = {fixture!r} is not one of {list(FIXTURE_STIFFNESS)} "
                "(or give a stiffness in Pa/m)"
            )
        return FIXTURE_STIFFNESS[fixture]
    require_in_range(
        "fixture stiffness [Pa.m-1]",
        fixture,
        *STIFFNESS_RANGE,
        why="compliant frames (1e11 Pa/m) to rigid bolted dies (1e13 Pa/m)",
    )
    return float(fixture), "given by the study"


def fixed_gap_table(li_thickness=None, radius=None, fixture=DEFAULT_FIXTURE):
    """Fixture values for ``fixture`` (a type of :data:`FIXTURE_STIFFNESS` or a
    stiffness [Pa.m-1]); with a Li foil (``li_thickness``, ``radius`` [m]) its
    creep relaxation length too."""
    table = {
        "Fixed-gap stack stiffness [Pa.m-1]": fixture_stiffness(fixture),
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
