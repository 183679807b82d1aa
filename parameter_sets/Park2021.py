"""Park et al. 2021: Li2Se interlayers on lithium metal, Li6PS5Cl symmetric cells.

H. Park, J. Kim, D. Lee, J. Park, S. Jo, J. Kim, T. Song, U. Paik, "Epitaxial
Growth of Nanostructured Li2Se on Lithium Metal for All Solid-State Batteries",
Adv. Sci. 2021, 8, 2004204, doi:10.1002/advs.202004204.

Cells: symmetric Li|SE|Li and Li/Li2Se|SE|Li2Se/Li with nanoparticle (NP), nanorod
(NR) and nanowall (NW) Li2Se layers (``cell="symmetric"``), and LiCoO2 full cells
with bare Li, Li-In or Li/Li2Se-NR anodes (``cell="full"``, targets P6-P7). The
paper gives the SE conductivity (2 mS/cm), the layer
thicknesses and morphologies, the 50 MPa pressing, the protocols and the cut-off
(4.3 V vs Li). Cell area, pellet thickness, stack pressure while cycling, Li foil
thickness and all kinetics are not given: they are literature
values or estimates, with the reasoning beside each, and six values are fitted
(``FITTED``): the Li exchange-current density and the Li2Se conductivity on the
interlayer overpotentials of target P1, the bare-Li contact fraction and
interphase conductivity on bare P1 (split by the paper's cycle-1 impedance), the
Li creep length on P1 and the critical local current on P3 (short of bare Li at
0.2 mA/cm2), and the height of the SE-reduction crystallites Li does not wet on
P5 (bare-Li R1 and R2 growth). Everything else the experiment reports is a
prediction.

Full cells: the paper gives only "LiCoO2-based cathode" and the 4.3 V (vs Li/Li+)
upper cut-off. The LiCoO2 OCP and diffusivity are PyBaMM's Ai2020 functions
(Rieger et al. 2016 OCP, Dualfoil diffusivity), imported, not copied; the
composite recipe, loading, particle size and lower cut-off are estimates; the
SE-side values (kinetics form, SE oxidation law and its rate constant, CEI,
composite Bruggeman exponent, Li-In anode) are those of the Kim2024 set, read from
it; the LiCoO2|Li6PS5Cl exchange current is an estimate from the charge-transfer
resistance of oxide|argyrodite composites (``LCO_J0_HALF``). Nothing is fitted on
P6 or P7 (``FITTED_FULL_CELL`` is empty): all three full cells are predictions
with the anode values of the symmetric cells.

References
----------
.. [1] Park et al., Adv. Sci. 8 (2021) 2004204.
.. [2] Masias et al., J. Mater. Sci. 54 (2019) 2585 (Li yield, power-law creep).
.. [3] LePage et al., J. Electrochem. Soc. 166 (2019) A89 (Li flow stress vs rate).
.. [4] Kasemchainan et al., Nat. Mater. 18 (2019) 1105 (critical currents,
       Li|Li6PS5Cl).

The creep and critical-current numbers of [2]-[4] could not be checked against the
papers here (the references are checked, the numbers are as recalled): they are
marked "estimate" with their reasoning. The creep length is fitted on P3, so the
strain rate and reference stress only scale it; n and Q set the pressure and
temperature dependence.
.. [5] Wenzel et al., Solid State Ionics 318 (2018) 102 (argyrodite interphase on Li).
.. [6] Ai et al., J. Electrochem. Soc. 167 (2020) 013512; Rieger et al.,
       J. Electrochem. Soc. 163 (2016) A1566 (LiCoO2 OCP, PyBaMM's Ai2020 set).
.. [7] Menetrier et al., J. Mater. Chem. 9 (1999) 1135 (electronic conductivity
       of Li_xCoO2).
.. [8] Haruyama et al., Chem. Mater. 26 (2014) 4248 (space-charge layer at
       LiCoO2|sulfide interfaces).
"""

import pybamm
from pybamm.input.parameters.lithium_ion.Ai2020 import (
    lico2_diffusivity_Dualfoil1998,
    lico2_ocp_Ai2020,
)

from assb_models.citations import BIBTEX
from assb_models.parameters.recipe import CompositeCathodeRecipe
from assb_models.parameters.set_record import (
    ParameterSetRecord,
    module_description,
    recipe_defaults,
)
from assb_models.validation import InvalidInputError, require_positive

from . import Kim2024
from ._argyrodite import SE_DENSITY, SE_MOLAR_MASS, F, li6ps5cl_table
from ._provenance import sources_of, values_of

CITATION = BIBTEX["Park2021"]

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
    "Lithium metal creep length [m]": "P1 (bare Li 25 mV: the voids of stripping)",
    "Critical local current density [A.m-2]": "P3 (bare Li short at 0.2 mA/cm2)",
    "Lithium metal non-wetted crystallite height [m]": (
        "P5 (bare-Li R1 and R2 growth from cycle 1 to 50)"
    ),
}

# ---------------------------------------------------------------- fitted values
#: Li exchange-current density [A.m-2]: least squares (log residuals) of the three
#: interlayer overpotentials of P1 (model runs, 3 cycles) together with the Li2Se
#: conductivity (assb_models.reproductions.park2021.fit_interface_values)
J0_LI = 9.525
#: Li2Se ionic conductivity [S.m-1], fitted with J0_LI
KAPPA_LI2SE = 2.389e-2
#: bare-Li symmetric cell at 0.1 mA/cm2: 25 mV (P1); its interface part is split
#: between interphase (R1) and charge transfer (R2) as the paper's cycle-1
#: impedance, 62 : 91 Ohm
BARE_P1_V = 25e-3
BARE_R1_OVER_R2 = 62 / 91
#: interphase thickness at assembly [m]: estimate, tens of nm (Wenzel 2018, XPS)
INTERPHASE_L0 = 2e-8
#: the same under a Li2Se layer [m]
INTERLAYER_INTERPHASE_L0 = 1e-9
#: creep-limited stripping current at full contact and 1 MPa [A.m-2] that fixes
#: the creep length: fitted on bare Li's P1 (25 mV at 0.1 mA/cm2; the voids that
#: stripping opens carry what the healed interface, P5 at cycle 1, does not). As
#: the contacts carry the stack pressure, P/f, the critical stripping current
#: rises steeply as the contact shrinks (Kasemchainan 2019: a few 0.1 mA/cm2)
I_CREEP = 1.137e-3

# ---------------------------------------------------------------- estimates
SEPARATOR_THICKNESS = 5e-4
SE_CONDUCTIVITY = 0.2
LI_MOLAR_VOLUME = 1.3e-5
CREEP = {"n": 6.56, "Q": 37e3, "rate": 5e-4, "sigma": 0.8e6}
STACK_PRESSURE = 1e6
#: contact spot spacing [m], separator voids and largest pore radius [m]
SPOT_SPACING = 5e-6
#: roughness height over which the contact opens or closes [m]
VOID_HEIGHT = 2e-6
#: height of the SE-reduction crystallites Li does not wet [m], fitted on P5
#: (bare-Li R1 and R2 growth from cycle 1 to 50; fit_crust_height)
CRUST_HEIGHT = 3.2e-8
SEPARATOR_VOIDS = 0.2
PORE_RADIUS = 2.5e-6
#: critical local plating current density [A.m-2], fitted on P3 (bare Li shorts
#: at cycle 40 of 0.2 mA/cm2: the paper's overpotential drops after about 40)
I_CRIT = 6.24
#: area fraction of the SE face the Li filaments grow through (estimate)
FILAMENT_FRACTION = 1e-3


def _bare_interface():
    """Bare-Li contact at assembly and interphase resistance [Ohm.m2].

    Pressed at 50 MPa, the Li flows into full contact (f0 = 1, estimate). After
    the rest before the paper's impedance the voids of cycling have closed, so
    its cycle-1 arcs split the healed interface: R2 is the charge transfer at
    full contact, RT/(F j0) per interface with the j0 of the Li2Se cells (P1), and
    R1 the interphase, R1/R2 = 62/91 (Park 2021 impedance, cycle 1). The rest of
    bare Li's 25 mV (P1) is the voids stripping opens (creep length, fitted).
    """
    r_ct = RT_F / J0_LI
    return 1.0, BARE_R1_OVER_R2 * r_ct


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
            "Solid electrolyte molar volume [m3.mol-1]": (
                SE_MOLAR_MASS / (SE_DENSITY * 1e3),
                "Li6PS5Cl 268.37 g/mol / 1.86 g/cm3 (Kim 2024)",
            ),
            "Reference temperature [K]": (T_REF, "Park 2021: 25 C"),
            "Ambient temperature [K]": (T_REF, "Park 2021: 25 C"),
            "Initial temperature [K]": (T_REF, "Park 2021: 25 C"),
            "Separator thickness [m]": (
                SEPARATOR_THICKNESS,
                "estimate: not given; pressed Li6PS5Cl pellets in lab cells are "
                "0.4-0.8 mm",
            ),
            "Separator porosity": (
                1.0,
                "the 2 mS/cm is the measured pellet conductivity, voids already "
                "included",
            ),
            "Separator Bruggeman coefficient (electrolyte)": (
                1.5,
                "unused at porosity 1",
            ),
            # lithium metal
            "Negative electrode thickness [m]": (
                1e-4,
                "estimate: 100 um Li foil (not given; 20.6 mAh/cm2, N/P about 15 "
                "with the 10 mg/cm2 LiCoO2 of the full cells)",
            ),
            # capacitances (only for impedance: "surface form": "differential")
            "Lithium metal interphase relative permittivity": (
                10.0,
                "estimate: Li2S/Li3P/LiCl products of SE reduction (Li2S ~5-10)",
            ),
            "Interlayer relative permittivity": (
                10.0,
                "estimate: Li2Se, a wide-gap ionic crystal like Li2S",
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
                0.1,
                "estimate: 10 uF/cm2, the usual double layer of a metal/electrolyte "
                "interface (Li/SE of the full cells and both Li electrodes of the "
                "symmetric cells); only with 'surface form': 'differential'",
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
            INTERPHASE_L0 / (r_sei * f0),
            f"from Park 2021 impedance at cycle 1: R1 = {r_sei * 1e4:.1f} Ohm.cm2 per "
            "interface, 62/91 of the healed charge-transfer resistance RT/(F j0) "
            "(j0 fitted on the Li2Se cells' P1), at full contact after the rest",
        ),
        "Lithium metal interphase molar volume [m3.mol-1]": (
            molar_volume_products,
            "Li6PS5Cl + 8 Li+ + 8 e- -> 5 Li2S + Li3P + LiCl: 195 cm3 of products per "
            "mol of SE reduced (molar volumes Li2S 27.7, Li3P 36.2, LiCl 20.5 cm3/mol: "
            "M/rho of 45.95/1.66, 51.80/1.43, 42.39/2.07 g/mol per g/cm3)",
        ),
        "Solid electrolyte reduction electrons per formula unit": (
            8.0,
            "Li6PS5Cl + 8 Li+ + 8 e- -> 5 Li2S + Li3P + LiCl (Wenzel 2018)",
        ),
        "Lithium metal SE reduction transfer coefficient": (
            0.5,
            "estimate: symmetric barrier; the reduction runs ~1.7 V below its "
            "equilibrium, so mV of Li polarisation change its rate by a few %",
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
        "Interlayer coverage": (
            1.0,
            "Park 2021: the Li2Se layer is grown on the whole Li surface (CVD) and "
            "separates the Li from the SE, blocking its reduction",
        ),
        "Initial lithium metal contact fraction": (
            f0 if bare else 1.0,
            "estimate: the Li flows into full contact when the cell is pressed at "
            "50 MPa (Park 2021); the voids of stripping then open from there"
            if bare
            else "Park 2021: Li2Se grown epitaxially on the Li (intimate contact)",
        ),
        "Stack pressure at assembly [Pa]": (
            STACK_PRESSURE,
            "estimate: pressure while cycling not given (cells pressed at 50 MPa); "
            "1 MPa on the Li",
        ),
        "Lithium metal creep stress exponent": (
            CREEP["n"],
            "estimate: 6.56 as recalled from Masias et al. 2019 (J. Mater. Sci. 54, "
            "2585; power-law creep of Li at 25 C), not checked against the paper "
            "(only citing pages were at hand); n of 5-7 is dislocation-climb creep, "
            "which Li at 0.66 of its melting point shows",
        ),
        "Lithium metal creep activation energy [J.mol-1]": (
            CREEP["Q"],
            "estimate: 37 kJ/mol as recalled from Masias et al. 2019, not checked; "
            "about 2/3 of Li lattice self-diffusion (0.55 eV), as for creep by "
            "dislocation-core diffusion. Only sets the temperature dependence",
        ),
        "Lithium metal creep strain rate at reference stress [s-1]": (
            CREEP["rate"],
            "estimate: Li flows at about 0.8 MPa at 5e-4 s-1, as recalled from LePage "
            "et al. 2019 (J. Electrochem. Soc. 166, A89: checked that they find "
            "power-law creep dominant in Li anodes; the numbers not checked) and "
            "within the 0.57-0.73 MPa yield recalled from Masias 2019. With the "
            "reference stress it only scales the creep length, fitted on P3",
        ),
        "Lithium metal creep reference stress [Pa]": (
            CREEP["sigma"],
            "estimate: see the strain rate (LePage et al. 2019, not checked)",
        ),
        "Lithium metal creep length [m]": (
            creep_length(),
            f"fitted: creep-limited stripping current {I_CREEP / 10:.3g} mA/cm2 at "
            "full contact and 1 MPa, on bare Li's P1 (25 mV, of which the voids of "
            "stripping carry about half). Under the contact stress P/f it supplies "
            "0.1 mA/cm2 at f = 0.27 (Kasemchainan et al. 2019, Nat. Mater. 18, 1105, "
            "report critical stripping currents of a few 0.1 mA/cm2 at a few MPa; "
            "values recalled, not checked)",
        ),
        "Lithium metal void closure length [m]": (
            VOID_HEIGHT,
            "estimate: Li recession that opens the whole contact, the height of the "
            "roughness of a pellet face of 5-10 um particles (Park 2021), a few um",
        ),
        "Lithium metal non-wetted crystallite height [m]": (
            CRUST_HEIGHT,
            "fitted: P5 (bare-Li R1 +50 % and R2 +36 % from cycle 1 to 50, least "
            "squares of both with this one value); the height of the Li2S, Li3P and "
            "LiCl crystallites the SE reduction grows after assembly, which Li does "
            "not wet: random cover leaves exp(-(L - L0)/h) of the face in ionic "
            "contact. Tens of nm, the size of the reduction products' grains "
            "(estimate: not checked against a measurement)",
        ),
        "Critical local current density [A.m-2]": (
            I_CRIT,
            f"fitted: P3 (bare Li shorts at cycle 40 at 0.2 mA/cm2), "
            f"{I_CRIT / 10:g} mA/cm2 at the contacts; of the order of the critical "
            "plating current density of Li|Li6PS5Cl cells, about 1 mA/cm2 "
            "(Kasemchainan et al. 2019, recalled, not checked): plating above it at "
            "the contacts grows Li filaments into the SE",
        ),
        "Lithium metal self-diffusivity [m2.s-1]": (
            5.6e-15,
            "estimate: 5.6e-11 cm2/s, Li self-diffusion at 25 C as used for the "
            "vacancy-diffusion limit of Li stripping (recalled, not checked); driven "
            "by the contact stress over the spot spacing it adds ~1e-14 m/s at 1 MPa, "
            "negligible beside creep",
        ),
        "Lithium metal contact spot spacing [m]": (
            SPOT_SPACING,
            "estimate: the Li touches the SE particles (5-10 um, Park 2021) at "
            "spots one small particle apart",
        ),
        "Separator void fraction": (
            SEPARATOR_VOIDS,
            "estimate: cold-pressed Li6PS5Cl pellets are 75-85 % dense (Park 2021 "
            "pressed at 50 MPa, density not given)",
        ),
        "Separator pore radius [m]": (
            PORE_RADIUS,
            "estimate: the largest pores between 5-10 um Li6PS5Cl particles (Park "
            "2021), about half a small particle",
        ),
        "Lithium metal yield strength at 1 um [Pa]": (
            105e6,
            "Xu et al. 2017 (PNAS 114, 57, abstract): micron-sized Li reaches 105 "
            "MPa at room temperature",
        ),
        "Lithium metal yield strength size exponent": (
            -0.68,
            "Xu et al. 2017 (PNAS 114, 57, abstract): strengthening exponent -0.68 "
            "at room temperature",
        ),
        "Lithium filament area fraction": (
            FILAMENT_FRACTION,
            f"estimate: {FILAMENT_FRACTION:g} of the face, filaments a few um wide "
            "some 100 um apart (with the critical current it sets how fast a short "
            "follows once plating at the contacts exceeds it)",
        ),
    }


def se_reduction_values(names):
    """The Li6PS5Cl reduction values of the bare-Li cell that other sets read.

    ``names`` are entries of the Li-metal table (reaction, product, kinetics); each
    comes back as ``(value, "as Park2021: <its source>")``.
    """
    table = _lithium_metal("none")
    return {name: (table[name][0], f"as Park2021: {table[name][1]}") for name in names}


def _symmetric(interlayer):
    table = _common()
    table.update(_lithium_metal(interlayer))
    table["Nominal cell capacity [A.h]"] = (1e-3, "1 mAh/cm2 per half-cycle x 1 cm2")
    table["Current function [A]"] = (1e-4, "0.1 mA/cm2 x 1 cm2 (P1)")
    return table


# ---------------------------------------------------------------- full cells
#: anodes of the full cells: (model option "anode", interlayer)
FULL_CELL_ANODES = {
    "bare Li": ("lithium metal", "none"),
    "Li-In": ("Li-In", "none"),
    "Li2Se-NR": ("lithium metal", "NR"),
}

#: LiCoO2 true density [g.cm-3] (X-ray density of LiCoO2, 5.05-5.1)
LCO_DENSITY = 5.05
#: molar mass of LiCoO2 [kg.mol-1] (6.94 + 58.93 + 2 x 16.00 g/mol; 274 mAh/g)
LCO_MOLAR_MASS = 0.09787
#: capacity that defines 1C [mAh/g]: LCO's usual 140 mA/g (about Li0.5CoO2)
ONE_C_MAH_G = 140.0
#: Li fraction of pristine LiCoO2 at the start of the first charge: stoichiometric
#: LiCoO2 (Li/Co = 1) as far as :func:`lco_ocp` allows; its steep end of lithiation
#: reaches the 3.0 V cut-off at x = 0.9984, so a cell started lower (0.99) takes
#: back on its first discharge Li it never gave (2.3 mAh/g, CE above 100 %)
PRISTINE_STOICHIOMETRY = 0.998
#: cut-offs vs Li/Li+ [V]: upper from the paper, lower an estimate
UPPER_CUTOFF_VS_LI = 4.3
LOWER_CUTOFF_VS_LI = 3.0

#: model options of the full cells: SE oxidation on LiCoO2 builds a CEI (the
#: first-cycle irreversible capacity); each anode adds its Li-metal physics
FULL_CELL_OPTIONS = {
    "SE oxidation on active material": "Tafel",
    "CEI growth": "side-reaction driven",
    "SE consumption": "true",
}
LITHIUM_METAL_OPTIONS = {
    "anode interphase": "diffusion-limited",
    "anode contact": "creep and crust",
    "anode penetration": "intrusion",
}

#: values fitted on P6 or P7: none (all three full cells are predictions)
FITTED_FULL_CELL = {}

#: LiCoO2|Li6PS5Cl exchange-current density at half lithiation [A.m-2], per unit of
#: contacted LiCoO2 surface: estimate from the electrode's charge-transfer
#: resistance, RT/(F j0 a L f_c) = 108 Ohm.cm2 for the 10 mg/cm2 composite (a L f_c
#: = 11.9 cm2 of contacted LiCoO2 per cm2 of electrode). Oxide|argyrodite composite
#: cathodes with a LiNbO3-type coating show charge-transfer arcs of tens of
#: Ohm.cm2; Park 2021 mention no coating, so an uncoated LiCoO2 is taken a few
#: times higher. Bounded above by the clean, bonded LiCoO2|Li3PO4 thin-film
#: interface (< 10 Ohm.cm2 of LiCoO2 surface, j0 > 26 A/m2; Nature Commun. Mater.
#: 2025, doi:10.1038/s43246-025-00870-8, abstract checked)
LCO_J0_HALF = 0.2

#: values the full cells share with the Kim2024 set (same SE, same kind of
#: cold-pressed composite, same Li-In anode), read from it with their sources
FROM_KIM2024 = (
    "Positive electrode exchange-current density [A.m-2]",
    "Positive electrode exchange-current activation energy [J.mol-1]",
    "Positive electrode charge transfer coefficient",
    "Positive electrode active material-solid electrolyte contact fraction",
    "Positive electrode Bruggeman coefficient (electrolyte)",
    "Positive electrode Bruggeman coefficient (electrode)",
    "Positive electrode Bruggeman coefficient (carbon)",
    "Positive electrode carbon conductivity [S.m-1]",
    "Positive electrode double-layer capacity [F.m-2]",
    "Positive electrode carbon double-layer capacity [F.m-2]",
    "Positive electrode film capacitance [F.m-2]",
    "Positive electrode OCP entropic change [V.K-1]",
    "Solid electrolyte molar volume [m3.mol-1]",
    "Solid electrolyte oxidation electrons per formula unit",
    "SE oxidation intermediate reference concentration [mol.m-3]",
    "Positive electrode SE oxidation rate constant [A.m-2]",
    "Positive electrode SE oxidation onset potential [V]",
    "Positive electrode SE oxidation transfer coefficient",
    "Positive electrode SE oxidation activation energy [J.mol-1]",
    "CEI passivation thickness scale [m]",
    "Initial CEI thickness [m]",
    "CEI molar volume [m3.mol-1]",
    "CEI ionic conductivity [S.m-1]",
)
#: the same for the Li-In anode
FROM_KIM2024_LI_IN = (
    "Negative electrode OCP [V]",
    "Exchange-current density for lithium metal electrode [A.m-2]",
    "Negative electrode conductivity [S.m-1]",
    "Negative electrode initial lithium content [mol.m-2]",
)


def lco_ocp(sto):
    r"""LiCoO2 open-circuit potential vs Li/Li+ [V].

    .. math::
        U(x) = U_{Rieger}(x) - U_t\exp\left(\frac{x - 1}{w}\right)

    :math:`U_{Rieger}` is PyBaMM's Ai2020 LiCoO2 OCP (data of Rieger et al. 2016
    for x = 0.4-0.999), imported. The data end at 3.41 V, above a 3.0 V discharge
    cut-off, and a cubic interpolant continued past x = 1 would let the surface
    concentration exceed its maximum; the second term (U_t = 1 V, w = 2e-3) is the
    steep end of lithiation that real LiCoO2 shows below 3.5 V. It is below 7 mV
    for x < 0.99 and brings U to 3.0 V at x = 0.9984 (a narrower tail, w = 5e-4,
    makes the solver step past x = 1 at the end of a 0.05 C discharge).
    """
    return lico2_ocp_Ai2020(sto) - pybamm.exp((sto - 1) / 2e-3)


def lithium_metal_options(interlayer):
    """Li-metal interface options of a Li electrode with ``interlayer`` ("none").

    Bare Li: SE reduction, voids (creep contact) and Li intrusion into the SE.
    With a Li2Se layer: the layer is grown epitaxially on the Li and bonded to it
    (Park 2021: intimate contact, current spread evenly), so the Li keeps its
    contact with it ("anode contact": "full", a reading of the paper: no voids
    are reported under Li2Se); the closed layer keeps the Li out of the SE.
    """
    options = dict(LITHIUM_METAL_OPTIONS)
    if interlayer != "none":
        options.update({"anode interlayer": "resistive", "anode contact": "full"})
    else:
        options["anode interlayer"] = "none"
    return options


def full_cell_options(anode):
    """Model options of a full cell with ``anode`` (a key of ``FULL_CELL_ANODES``)."""
    option, interlayer = _full_cell_anode(anode)
    options = {**FULL_CELL_OPTIONS, "anode": option}
    if option == "lithium metal":
        options.update(lithium_metal_options(interlayer))
    return options


def _full_cell_anode(anode):
    if anode not in FULL_CELL_ANODES:
        raise InvalidInputError(
            f"'anode' = {anode!r} is not one of the allowed values "
            f"{list(FULL_CELL_ANODES)}"
        )
    return FULL_CELL_ANODES[anode]


def lco_recipe(am_loading_mg_cm2=10.0):
    """The LiCoO2 | Li6PS5Cl composite of the full cells (estimates, see the table)."""
    return CompositeCathodeRecipe(
        am_wt_percent=70,
        se_wt_percent=30,
        carbon_wt_percent=0,
        am_density_g_cm3=LCO_DENSITY,
        se_density_g_cm3=SE_DENSITY,
        carbon_density_g_cm3=Kim2024.CARBON_DENSITY,
        am_loading_mg_cm2=am_loading_mg_cm2,
        void_fraction=0.12,
    )


def _from_kim2024(names, anode):
    values = Kim2024.get_parameter_values(anode=anode)
    sources = Kim2024.get_sources(anode=anode)
    return {name: (values[name], f"as Kim2024: {sources[name]}") for name in names}


def _full(anode, am_loading_mg_cm2):
    """Every value of a LiCoO2 full cell with its source."""
    option, interlayer = _full_cell_anode(anode)
    li_in = option == "Li-In"
    recipe = lco_recipe(am_loading_mg_cm2)
    c_max = LCO_DENSITY * 1e3 / LCO_MOLAR_MASS
    c_se = li6ps5cl_table(SE_CONDUCTIVITY, "")[
        "Initial concentration in electrolyte [mol.m-3]"
    ][0]
    capacity = am_loading_mg_cm2 * ONE_C_MAH_G * 1e-6  # A.h for 1 cm2
    j0_half = LCO_J0_HALF
    vs = "vs Li-In" if li_in else "vs Li"

    table = _common()
    if not li_in:
        table.update(_lithium_metal(interlayer))
    table.update(_from_kim2024(FROM_KIM2024, "Li-In"))
    if li_in:
        table.update(_from_kim2024(FROM_KIM2024_LI_IN, "Li-In"))
    else:
        table["Negative electrode OCP [V]"] = (0.0, "lithium metal, 0 V vs Li/Li+")
    v_n = table["Negative electrode OCP [V]"][0]
    table.update(
        {
            "Nominal cell capacity [A.h]": (
                capacity,
                f"LCO loading x {ONE_C_MAH_G:g} mAh/g (1C of LiCoO2, Li0.5CoO2) "
                "x 1 cm2",
            ),
            "Current function [A]": (capacity, "1C of the nominal capacity"),
            # LiCoO2
            "Positive electrode OCP [V]": (
                lco_ocp,
                "PyBaMM Ai2020 set: LiCoO2 OCP of Rieger et al. 2016, with a steep "
                "end of lithiation (see lco_ocp)",
            ),
            "Positive particle diffusivity [m2.s-1]": (
                lico2_diffusivity_Dualfoil1998,
                "PyBaMM Ai2020 set: Dualfoil LiCoO2, 5.4e-15 m2/s",
            ),
            "Positive particle radius [m]": (
                2.5e-6,
                "estimate: LiCoO2 for sulfide ASSBs is used as D50 ~5 um powder (not "
                "given)",
            ),
            "Maximum concentration in positive electrode [mol.m-3]": (
                c_max,
                "LiCoO2 5.05 g/cm3 / 97.87 g/mol (274 mAh/g theoretical)",
            ),
            "Initial concentration in positive electrode [mol.m-3]": (
                PRISTINE_STOICHIOMETRY * c_max,
                "estimate: pristine, stoichiometric LiCoO2 (Li/Co = 1); x = 0.998 "
                "is as close as lco_ocp allows (3.11 V, above the 3.0 V cut-off "
                "that its steep end reaches at x = 0.9984)",
            ),
            "Positive electrode conductivity [S.m-1]": (
                1.0,
                "estimate: Li_xCoO2 rises from ~1e-2 S/m (x = 1) to metallic "
                ">1e3 S/m for x < 0.95 (Menetrier 1999); 1 S/m over the first charge",
            ),
            "Positive electrode exchange-current density rate constant "
            "[A.m-2.(m3.mol-1)1.5]": (
                j0_half / (c_se**0.5 * c_max / 2),
                f"estimate: j0 = {j0_half:.3g} A/m2 at half lithiation (LCO_J0_HALF: "
                "108 Ohm.cm2 of charge transfer in the 10 mg/cm2 electrode, a few "
                "times the tens of Ohm.cm2 of coated oxide|argyrodite composites, "
                "as the LiCoO2 is uncoated; below the < 10 Ohm.cm2 of LiCoO2 "
                "surface of a clean bonded LiCoO2|Li3PO4 interface, Nature Commun. "
                "Mater. 2025)",
            ),
            "Positive electrode coating resistance [Ohm.m2]": (
                0.0,
                "estimate: no coating (Park 2021 do not mention one); the CEI grown "
                "by SE oxidation is the film",
            ),
            # cut-offs (vs the anode)
            "Upper voltage cut-off [V]": (
                UPPER_CUTOFF_VS_LI - v_n,
                f"Park 2021: 4.3 V vs Li/Li+ ({UPPER_CUTOFF_VS_LI - v_n:g} V {vs})",
            ),
            "Lower voltage cut-off [V]": (
                LOWER_CUTOFF_VS_LI - v_n,
                f"estimate: 3.0 V vs Li/Li+ ({LOWER_CUTOFF_VS_LI - v_n:g} V {vs}), "
                "usual for LiCoO2; not given",
            ),
            "Open-circuit voltage at 0% SOC [V]": (
                LOWER_CUTOFF_VS_LI - v_n,
                "same as the lower cut-off",
            ),
            "Open-circuit voltage at 100% SOC [V]": (
                UPPER_CUTOFF_VS_LI - v_n,
                "same as the upper cut-off",
            ),
        }
    )
    recipe_src = (
        "estimate (Park 2021: 'LiCoO2-based cathode' only): 70/30/0 wt% "
        "LiCoO2/Li6PS5Cl/carbon (common for LiCoO2, an electronic conductor once "
        f"delithiated), {am_loading_mg_cm2:g} mg/cm2 LiCoO2 (pellet cells use "
        "10-20), 12 % voids as Kim2024"
    )
    for name, value in recipe.to_parameters().items():
        table[name] = (value, recipe_src)
    return table


def _table(
    cell="symmetric",
    interlayer="none",
    anode="bare Li",
    am_loading_mg_cm2=10.0,
    n_p_ratio=None,
):
    if interlayer not in ("none", *INTERLAYERS):
        raise InvalidInputError(
            f"'interlayer' = {interlayer!r} is not one of the allowed values "
            f"{['none', *INTERLAYERS]}"
        )
    if cell == "symmetric":
        return _symmetric(interlayer)
    if cell == "full":
        table = _full(anode, am_loading_mg_cm2)
        if n_p_ratio is not None:
            table.update(_anode_from_n_p(anode, n_p_ratio, table))
        return table
    raise InvalidInputError(
        f"'cell' = {cell!r} is not one of the allowed values ['symmetric', 'full']"
    )


def get_parameter_values(
    cell="symmetric",
    interlayer="none",
    anode="bare Li",
    am_loading_mg_cm2=10.0,
    n_p_ratio=None,
):
    """Parameters of a Park 2021 cell, for :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    cell : str, optional
        "symmetric" (default; :class:`~assb_models.SymmetricCell`) or "full" (LiCoO2
        full cell; :class:`~assb_models.SolidStateDFN` with
        ``full_cell_options(anode)``).
    interlayer : str, optional
        Symmetric cells: "none" (bare Li, default), "NP", "NR" or "NW" (Li2Se layers).
    anode : str, optional
        Full cells: "bare Li" (default), "Li-In" or "Li2Se-NR".
    am_loading_mg_cm2 : float, optional
        Full cells: LiCoO2 loading [mg.cm-2], default 10 (estimate, not given).
    n_p_ratio : float, optional
        Full cells: lithium in the anode per nominal cathode capacity (N/P); by
        default the 100 um foil (estimate; N/P about 15 at 10 mg/cm2). Near 1 the
        Li the SE reduction takes costs capacity and CE.
    """
    return values_of(
        _table(cell, interlayer, anode, am_loading_mg_cm2, n_p_ratio), CITATION
    )


def get_sources(
    cell="symmetric",
    interlayer="none",
    anode="bare Li",
    am_loading_mg_cm2=10.0,
    n_p_ratio=None,
):
    """The source (paper + figure/table, or estimate with reasoning) of each value."""
    return sources_of(_table(cell, interlayer, anode, am_loading_mg_cm2, n_p_ratio))


def _anode_from_n_p(anode, n_p_ratio, table):
    """Li of the anode [mol.m-2] as ``n_p_ratio`` x the nominal cathode capacity."""
    require_positive("n_p_ratio", n_p_ratio)
    area = table["Electrode height [m]"][0] * table["Electrode width [m]"][0]
    n_li = n_p_ratio * table["Nominal cell capacity [A.h]"][0] * 3600 / (F * area)
    source = f"N/P = {n_p_ratio:g} of the nominal capacity (chosen by the user)"
    if _full_cell_anode(anode)[0] == "Li-In":
        return {"Negative electrode initial lithium content [mol.m-2]": (n_li, source)}
    return {"Negative electrode thickness [m]": (n_li * LI_MOLAR_VOLUME, source)}


#: this set's record (:mod:`assb_models.parameters.registry`)
SET = ParameterSetRecord(
    name="Park2021",
    citation_key="Park2021",
    get_parameter_values=get_parameter_values,
    get_sources=get_sources,
    recipe=recipe_defaults(get_parameter_values),
    options_for=lambda recipe: (
        full_cell_options(recipe["anode"]) if recipe["cell"] == "full" else {}
    ),
    model_for=lambda recipe: (
        "SolidStateDFN" if recipe["cell"] == "full" else "SymmetricCell"
    ),
    description=module_description(__doc__),
)
