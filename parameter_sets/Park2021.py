"""Park et al. 2021: Li2Se interlayers on lithium metal, Li6PS5Cl symmetric cells.

H. Park, J. Kim, D. Lee, J. Park, S. Jo, J. Kim, T. Song, U. Paik, "Epitaxial
Growth of Nanostructured Li2Se on Lithium Metal for All Solid-State Batteries",
Adv. Sci. 2021, 8, 2004204, doi:10.1002/advs.202004204.

Cells: symmetric Li|SE|Li and Li/Li2Se|SE|Li2Se/Li with nanoparticle (NP), nanorod
(NR) and nanowall (NW) Li2Se layers (this set); the paper's LiCoO2 full cells are
not parameterised yet. The paper gives the SE conductivity (2 mS/cm), the layer
thicknesses and morphologies, the 50 MPa pressing, the protocols and the cut-off
(4.3 V vs Li). Cell area, pellet thickness, stack pressure while cycling, Li foil
thickness and all kinetics are not given: they are literature
values or estimates, with the reasoning beside each, and five values are fitted
(``FITTED``): the Li exchange-current density and the Li2Se conductivity on the
interlayer overpotentials of target P1, the bare-Li contact fraction and
interphase conductivity on bare P1 (split by the paper's cycle-1 impedance), and
the Li creep length on P3 (short of bare Li at 0.2 mA/cm2). Everything else the
experiment reports is a prediction.

References
----------
.. [1] Park et al., Adv. Sci. 8 (2021) 2004204.
.. [2] Masias et al., J. Mater. Sci. 54 (2019) 2585 (Li yield, power-law creep).
.. [3] LePage et al., J. Electrochem. Soc. 166 (2019) A89 (Li flow stress vs rate).
.. [4] Kasemchainan et al., Nat. Mater. 18 (2019) 1105 (critical currents,
       Li|Li6PS5Cl).
.. [5] Wenzel et al., Solid State Ionics 318 (2018) 102 (argyrodite interphase on Li).
"""

import math

from assb_models.validation import InvalidInputError

from ._argyrodite import F, li6ps5cl_table

CITATION = """@article{Park2021,
  title={Epitaxial Growth of Nanostructured Li2Se on Lithium Metal for All
         Solid-State Batteries},
  author={Park, Hyunjung and Kim, Jeongheon and Lee, Dongsoo and Park, Jiwon and
          Jo, Seunghyeon and Kim, Jaeyoung and Song, Taeseup and Paik, Ungyu},
  journal={Advanced Science},
  volume={8},
  pages={2004204},
  year={2021},
  doi={10.1002/advs.202004204}
}"""

R_GAS = 8.314462618
T_REF = 298.15
#: thermal voltage RT/F at 25 C [V]
RT_F = R_GAS * T_REF / F

#: Li2Se layers after pressing: (thickness [m], porosity, source)
INTERLAYERS = {
    "NP": (
        5e-6,
        0.0,
        "Park 2021: NP 10 um as grown; estimate: pressed to 5 um and dense like NR "
        "(nanoparticle films compact at least as much as nanorods)",
    ),
    "NR": (5e-6, 0.0, "Park 2021: NR 10 um -> 5 um after pressing, dense"),
    "NW": (
        15e-6,
        0.25,
        "Park 2021: NW 15 um, keeps its pores after pressing; estimate: 25 % pores",
    ),
}

#: values fitted on paper targets (the rest of the targets are predictions)
FITTED = {
    "Exchange-current density for lithium metal electrode [A.m-2]": "P1 (NP, NR, NW)",
    "Interlayer ionic conductivity [S.m-1]": "P1 (NP, NR, NW)",
    "Initial lithium metal contact fraction": "P1 (bare) with P5 cycle-1 R1/R2",
    "Lithium metal interphase ionic conductivity [S.m-1]": "P1 (bare) with P5 "
    "cycle-1 R1/R2",
    "Lithium metal creep length [m]": "P3 (bare Li short at 0.2 mA/cm2)",
}

# ---------------------------------------------------------------- fitted values
#: Li exchange-current density [A.m-2]: least squares (log residuals) of the three
#: interlayer overpotentials of P1 (model runs, 3 cycles) together with the Li2Se
#: conductivity (experiments/park2021_li2se.py: fit_interface_values)
J0_LI = 10.05
#: Li2Se ionic conductivity [S.m-1], fitted with J0_LI
KAPPA_LI2SE = 2.389e-2
#: bare-Li symmetric cell at 0.1 mA/cm2: 25 mV (P1); its interface part is split
#: between interphase (R1) and charge transfer (R2) as the paper's cycle-1
#: impedance, 62 : 91 Ohm
BARE_P1_V = 25e-3
BARE_R1_SHARE = 62 / (62 + 91)
#: interphase thickness at assembly [m]: estimate, tens of nm (Wenzel 2018, XPS)
INTERPHASE_L0 = 2e-8
#: the same under a Li2Se layer [m]
INTERLAYER_INTERPHASE_L0 = 1e-9
#: creep-limited stripping current [A.m-2] that fixes the creep length: fitted on
#: P3 (bare Li shorts within 30-60 cycles at 0.2 mA/cm2, aimed at the middle);
#: critical stripping currents of a few 0.1 mA/cm2 are reported for Li|Li6PS5Cl
#: at a few MPa (Kasemchainan 2019)
I_CREEP = 1.343

# ---------------------------------------------------------------- estimates
SEPARATOR_THICKNESS = 5e-4
SE_CONDUCTIVITY = 0.2
LI_MOLAR_VOLUME = 1.3e-5
CREEP = {"n": 6.56, "Q": 37e3, "rate": 5e-4, "sigma": 0.8e6}
STACK_PRESSURE = 1e6


def _bare_interface():
    """Bare-Li contact fraction and interphase resistance from P1 and P5 (cycle 1).

    Per interface, the bare cell's 25 mV at 1 A/m2 less the SE's ohmic drop is
    R1 + R2 (two interfaces); R1 = L0/kappa_sei, R2 the Butler-Volmer overpotential
    over the contact fraction f0.
    """
    i = 1.0
    per_side = (BARE_P1_V - i * SEPARATOR_THICKNESS / SE_CONDUCTIVITY) / 2
    r_sei = BARE_R1_SHARE * per_side / i
    eta_ct = (1 - BARE_R1_SHARE) * per_side
    f0 = i / (2 * J0_LI * math.sinh(eta_ct / (2 * RT_F)))
    return f0, r_sei


def creep_length(i_creep=None):
    """Li creep length [m] giving a creep-limited stripping current [A.m-2].

    :math:`F v_c / \\bar V_{Li}` = ``i_creep`` (default ``I_CREEP``, fitted on P3)
    with the creep velocity of :class:`~assb_models.submodels.anode.CreepContact`.
    """
    i_creep = I_CREEP if i_creep is None else i_creep
    v_c = i_creep * LI_MOLAR_VOLUME / F
    return v_c / (CREEP["rate"] * (STACK_PRESSURE / CREEP["sigma"]) ** CREEP["n"])


def _common():
    """Cell, SE and lithium-metal electrode values."""
    table = li6ps5cl_table(
        SE_CONDUCTIVITY,
        "Park 2021: Li6PS5Cl 2e-3 S/cm at 25 C (pellet, voids included)",
    )
    table.update(
        {
            "Electrode height [m]": (
                0.01,
                "estimate: 1 cm2 (area not given; results per area)",
            ),
            "Electrode width [m]": (
                0.01,
                "estimate: 1 cm2 (area not given; results per area)",
            ),
            "Number of electrodes connected in parallel to make a cell": (
                1.0,
                "one cell",
            ),
            "Number of cells connected in series to make a battery": (1.0, "one cell"),
            "Contact resistance [Ohm]": (0.0, "estimate: neglected"),
            "Reference temperature [K]": (T_REF, "Park 2021: 25 C"),
            "Ambient temperature [K]": (T_REF, "Park 2021: 25 C"),
            "Initial temperature [K]": (T_REF, "Park 2021: 25 C"),
            "Separator thickness [m]": (
                SEPARATOR_THICKNESS,
                "estimate: not given; pressed Li6PS5Cl pellets in lab cells are 0.4-0.8 mm",
            ),
            "Separator porosity": (
                1.0,
                "the 2 mS/cm is the measured pellet conductivity, voids already included",
            ),
            "Separator Bruggeman coefficient (electrolyte)": (
                1.5,
                "unused at porosity 1",
            ),
            # lithium metal
            "Negative electrode thickness [m]": (
                1e-4,
                "estimate: 100 um Li foil (not given)",
            ),
            "Negative electrode conductivity [S.m-1]": (1.1e7, "lithium metal bulk"),
            "Lithium metal partial molar volume [m3.mol-1]": (
                LI_MOLAR_VOLUME,
                "Li metal 6.94 g/mol / 0.534 g/cm3",
            ),
            "Exchange-current density for lithium metal electrode [A.m-2]": (
                J0_LI,
                "fitted: P1 interlayer overpotentials (26 Ohm.cm2 per interface; "
                "5-50 Ohm.cm2 is reported for Li|argyrodite)",
            ),
            "Negative electrode charge transfer coefficient": (0.5, "symmetric BV"),
            "Negative electrode double-layer capacity [F.m-2]": (
                0.2,
                "estimate: PyBaMM's usual value; only with 'surface form'",
            ),
            "Negative electrode OCP entropic change [V.K-1]": (0.0, "isothermal"),
        }
    )
    return table


def _lithium_metal(interlayer):
    """Interphase, interlayer, contact and short-circuit values of a Li electrode."""
    f0, r_sei = _bare_interface()
    bare = interlayer == "none"
    L_il, eps_il, il_source = INTERLAYERS.get(interlayer, (0.0, 0.0, "no interlayer"))
    molar_volume_products = 5 * 27.7e-6 + 36.2e-6 + 20.5e-6
    return {
        "Lithium metal interphase initial thickness [m]": (
            INTERPHASE_L0 if bare else INTERLAYER_INTERPHASE_L0,
            "estimate: tens of nm after assembly (Wenzel 2018, XPS depth profiles)"
            if bare
            else "estimate: 1 nm, the Li2Se layer keeps the SE off the Li",
        ),
        "Lithium metal interphase ionic conductivity [S.m-1]": (
            INTERPHASE_L0 / r_sei,
            f"fitted: R1 = {r_sei * 1e4:.1f} Ohm.cm2 per interface, the interphase "
            "share (62 of 62 + 91 Ohm, Park 2021 impedance at cycle 1) of the bare "
            "cell's 25 mV at 0.1 mA/cm2 (P1) less the SE drop",
        ),
        "Lithium metal interphase lithium concentration [mol.m-3]": (
            8 / molar_volume_products,
            "Li6PS5Cl + 8 Li -> 5 Li2S + Li3P + LiCl: 8 mol Li per 195 cm3 of products "
            "(molar volumes Li2S 27.7, Li3P 36.2, LiCl 20.5 cm3/mol)",
        ),
        "Lithium metal interphase diffusion-limited growth constant [m2.s-1]": (
            1.25 * INTERPHASE_L0**2 / (2 * 955 * 3600),
            "from Park 2021 impedance: bare R1 62 -> 93 Ohm (x1.5) from cycle 1 to 50 "
            "at 20 h per cycle (0.1 mA/cm2, 1 mAh/cm2): (1.5^2 - 1) L0^2 = 2 k_D "
            "(t50 - 2.25 t1); parabolic growth as Wenzel 2018",
        ),
        "Lithium metal interphase reaction-limited growth rate [m.s-1]": (
            INTERPHASE_L0 / (1000 * 3600),
            "estimate: L0 again in 1000 h (only with 'reaction-limited')",
        ),
        "Interlayer thickness [m]": (L_il, il_source),
        "Interlayer porosity": (eps_il, il_source),
        "Interlayer ionic conductivity [S.m-1]": (
            KAPPA_LI2SE,
            "fitted: P1 (NW vs NR/NP); not measured (Li2S is about 1e-3 S/m)",
        ),
        "Interlayer Bruggeman coefficient": (1.5, "Bruggeman for the porous NW layer"),
        "Interlayer SE reduction rate factor": (
            0.0,
            "Park 2021: the dense Li2Se layer separates Li from the SE and blocks its "
            "reduction",
        ),
        "Initial lithium metal contact fraction": (
            f0 if bare else 1.0,
            "fitted: bare P1 with the cycle-1 R2 share (charge transfer over f0)"
            if bare
            else "Park 2021: Li2Se grown epitaxially on the Li (intimate contact)",
        ),
        "Stack pressure [Pa]": (
            STACK_PRESSURE,
            "estimate: pressure while cycling not given (cells pressed at 50 MPa); "
            "1 MPa on the Li",
        ),
        "Lithium metal creep stress exponent": (CREEP["n"], "Masias et al. 2019"),
        "Lithium metal creep activation energy [J.mol-1]": (
            CREEP["Q"],
            "Masias et al. 2019",
        ),
        "Lithium metal creep strain rate at reference stress [s-1]": (
            CREEP["rate"],
            "LePage et al. 2019: Li flows at about 0.8 MPa at 5e-4 s-1 (yield "
            "0.57-0.73 MPa, Masias et al. 2019)",
        ),
        "Lithium metal creep reference stress [Pa]": (
            CREEP["sigma"],
            "LePage et al. 2019 (see the strain rate)",
        ),
        "Lithium metal creep length [m]": (
            creep_length(),
            f"fitted: creep-limited stripping current {I_CREEP / 10:g} mA/cm2 (P3); "
            "Kasemchainan 2019 report critical stripping currents of a few 0.1 mA/cm2 "
            "for Li|Li6PS5Cl at a few MPa",
        ),
        "Lithium metal void closure length [m]": (
            4e-4,
            "estimate: Li thickness that opens or closes the whole contact; with the "
            "creep length it sets how many cycles bare Li lasts at 0.2 mA/cm2 (P3)",
        ),
        "Critical local current density [A.m-2]": (
            10.0,
            "estimate: 1 mA/cm2, order of the critical plating current density of "
            "Li|Li6PS5Cl cells at full contact (Kasemchainan 2019)",
        ),
    }


def _symmetric(interlayer):
    table = _common()
    table.update(_lithium_metal(interlayer))
    table["Nominal cell capacity [A.h]"] = (1e-3, "1 mAh/cm2 per half-cycle x 1 cm2")
    table["Current function [A]"] = (1e-4, "0.1 mA/cm2 x 1 cm2 (P1)")
    return table


def _table(cell="symmetric", interlayer="none"):
    if interlayer not in ("none", *INTERLAYERS):
        raise InvalidInputError(
            f"'interlayer' = {interlayer!r} is not one of the allowed values "
            f"{['none', *INTERLAYERS]}"
        )
    if cell == "symmetric":
        return _symmetric(interlayer)
    raise InvalidInputError(
        f"'cell' = {cell!r} is not one of the allowed values ['symmetric'] (the "
        "LiCoO2 full cells of P6-P7 are not parameterised yet)"
    )


def get_parameter_values(cell="symmetric", interlayer="none"):
    """Parameters of a Park 2021 cell, for :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    cell : str, optional
        "symmetric" (default; :class:`~assb_models.SymmetricCell`). The LiCoO2
        full cells (P6-P7) are not parameterised yet.
    interlayer : str, optional
        "none" (bare Li, default), "NP", "NR" or "NW" (Li2Se layers).
    """
    values = {name: value for name, (value, _) in _table(cell, interlayer).items()}
    values["chemistry"] = "lithium_ion"
    values["citations"] = [CITATION]
    return values


def get_sources(cell="symmetric", interlayer="none"):
    """The source (paper + figure/table, or estimate with reasoning) of each value."""
    return {name: src for name, (_, src) in _table(cell, interlayer).items()}
