"""Values of hybrid polymer/sulfide electrolyte cells shared by the Chen2016 and
Zhao2016 sets: PEO-LiTFSI (a binary salt polymer electrolyte), LGPS, the
polymer/sulfide interphase (SPEI) per sulfide, the LFP cathode (PyBaMM's
Prada2013), the 70 wt% LGPS-PEO hybrid of Zheng et al. 2019 and the symmetric-cell
formats of the hybrid reproduction.

Each value is ``(value, source)``. "checked" means a passage of the source was read
with the search tool; "recalled, not checked" means the number is as remembered
from the paper and must be checked before it is relied on (the papers themselves
were not at hand). Everything else is an estimate with its reasoning.
"""

import math

import pybamm

from assb_models.parameters.hybrid_laws import volume_fraction
from assb_models.parameters.laws import vtf_conductivity

from ._argyrodite import F

R = 8.314462618

# ------------------------------------------------------------------ PEO-LiTFSI
#: EO:Li ratio of the polymer electrolytes (PEO18-LiTFSI; Zhao 2016 name their
#: electrolyte PEO18LiTFSI, recalled, not checked; Chen 2016 taken the same)
EO_PER_LI = 18
#: molar masses [kg.mol-1]: ethylene oxide unit, LiTFSI
M_EO, M_LITFSI = 0.04405, 0.28709
#: PEO-LiTFSI density [kg.m-3] (estimate: amorphous PEO 1.13 and crystalline 1.23
#: g/cm3, LiTFSI 1.33 g/cm3 at 21 wt% of the mixture: about 1.25)
PEO_DENSITY = 1250.0
#: salt concentration [mol.m-3]: density / (18 M_EO + M_LiTFSI)
PEO_SALT = PEO_DENSITY / (EO_PER_LI * M_EO + M_LITFSI)

#: VTF law of amorphous PEO18-LiTFSI, kappa = A exp(-B / (R (T - T0)))
VTF_T0 = 200.0
VTF_B = 9000.0
#: conductivity of amorphous PEO-LiTFSI at 90 C [S.m-1] that fixes A
KAPPA_90C = 0.12
VTF_A = KAPPA_90C * math.exp(VTF_B / (R * (363.15 - VTF_T0)))
#: salt diffusivity at 90 C [m2.s-1]; the VTF law carries it to other temperatures
D_90C = 1e-11
#: Li+ transference number (PFG-NMR, Gorecki et al. 1995)
T_PLUS = 0.3
#: crystalline fraction of PEO18-LiTFSI below its melting point (~60 C)
CRYSTALLINE_FRACTION = 0.5
#: melting point of the PEO crystallites [K]
PEO_MELTING = 333.15


def amorphous_conductivity(T):
    """VTF conductivity of amorphous PEO18-LiTFSI at ``T`` [K] (a float) [S.m-1]."""
    return VTF_A * math.exp(-VTF_B / (R * (T - VTF_T0)))


def peo_salt_diffusivity(c_e, T):
    """Salt diffusivity of PEO18-LiTFSI [m2.s-1]: the 90 C value carried by the VTF
    law, :math:`D(T) = D_{90}\\,\\kappa(T)/\\kappa(90\\,C)` (segmental motion moves
    both; estimate)."""
    ratio = pybamm.exp(-VTF_B / (R * (T - VTF_T0))) / math.exp(
        -VTF_B / (R * (363.15 - VTF_T0))
    )
    return D_90C * ratio + 0 * c_e


def peo_transference_number(c_e, T):
    """Li+ transference number of PEO-LiTFSI (constant, Gorecki et al. 1995)."""
    return T_PLUS + 0 * c_e + 0 * T


def peo_thermodynamic_factor(c_e, T):
    """Thermodynamic factor of PEO-LiTFSI, 1 (estimate: ideal solution)."""
    return 1.0 + 0 * c_e + 0 * T


def amorphous_fraction(T):
    """Volume fraction of the conducting (amorphous) PEO phase at ``T`` [K]."""
    return 1.0 if T >= PEO_MELTING else 1.0 - CRYSTALLINE_FRACTION


def amorphous_salt(amorphous=1.0):
    """Salt concentration of the amorphous (conducting) phase [mol.m-3]: the
    crystallites of PEO18-LiTFSI below its melting point are salt-free PEO, so the
    whole salt sits in the amorphous ``amorphous`` volume fraction,
    :math:`c_a = c_0/\varepsilon_a` (the salt per volume of membrane stays
    :math:`c_0`)."""
    return PEO_SALT / amorphous


def polymer_table(what="PEO18-LiTFSI", amorphous=1.0):
    """PEO-LiTFSI values with their sources as {name: (value, source)} (the
    amorphous phase, its salt concentration :func:`amorphous_salt`; crystallites
    enter as the layer's porosity, :func:`amorphous_source`)."""
    salt_src = (
        f"EO:Li = {EO_PER_LI} ({what}): {PEO_DENSITY / 1e3:g} g/cm3 / "
        f"({EO_PER_LI} x 44.05 + 287.09 g/mol)"
    )
    if amorphous < 1:
        salt_src += (
            f", / {amorphous:g} amorphous: the PEO crystallites hold no salt "
            "(pure PEO crystallises from dilute PEO-LiTFSI; estimate: the "
            "amorphous phase's conductivity taken at the same VTF law, near its "
            "maximum over EO:Li 6-18)"
        )
    vtf_src = (
        "estimate: VTF of amorphous PEO-LiTFSI; T0 = 200 K (the usual Tg - 40 K "
        "with Tg ~ 240 K at EO:Li 18), B = 9 kJ/mol (0.09 eV, a typical VTF "
        "pseudo-activation energy of PEO), A from 1.2e-3 S/cm at 90 C (order of "
        "the PEO-LiTFSI conductivities of Gao & Balsara 2021, Solid State Ionics "
        "364, 115609, Fig. 2, at r = [Li]/[EO] ~ 0.06; recalled, not checked)"
    )
    return {
        "Polymer initial salt concentration [mol.m-3]": (
            amorphous_salt(amorphous),
            salt_src,
        ),
        "Polymer VTF pre-exponential conductivity [S.m-1]": (VTF_A, vtf_src),
        "Polymer VTF pseudo-activation energy [J.mol-1]": (VTF_B, vtf_src),
        "Polymer VTF ideal glass transition temperature [K]": (VTF_T0, vtf_src),
        "Polymer electrolyte conductivity [S.m-1]": (
            vtf_conductivity,
            "VTF law of the three values above (amorphous phase)",
        ),
        "Polymer salt diffusivity [m2.s-1]": (
            peo_salt_diffusivity,
            "estimate: 1e-11 m2/s at 90 C (order of restricted-diffusion values "
            "for PEO-LiTFSI at r ~ 0.06, Gao & Balsara 2021 Fig. 3, recalled, not "
            "checked), carried in T by the VTF law",
        ),
        "Polymer cation transference number": (
            peo_transference_number,
            "Gorecki et al. 1995 (J. Phys.: Condens. Matter 7, 6823), PFG-NMR of "
            "PEO(LiTFSI): t+ close to 0.3 (abstract checked); taken constant",
        ),
        "Polymer thermodynamic factor": (
            peo_thermodynamic_factor,
            "estimate: ideal solution (1); measured values of 1-3 (Gao & Balsara "
            "2021) would raise the diffusion potential",
        ),
    }


def amorphous_source(T, plasticised=False):
    """Source text of the amorphous (conducting) fraction at ``T`` [K]."""
    if plasticised:
        return (
            "estimate: 1, succinonitrile (10 wt%) keeps PEO amorphous at 40 C "
            "(Chopade et al. 2017, ACS Appl. Mater. Interfaces, abstract checked: SN "
            "renders the PEO/Li-salt domains completely amorphous); SN's further "
            "effect on the amorphous conductivity is not modelled"
        )
    if T >= PEO_MELTING:
        return "1: above the melting point of the PEO crystallites (~60 C)"
    return (
        f"estimate: {1 - CRYSTALLINE_FRACTION:g} below the PEO melting point (~60 "
        "C): PEO18-LiTFSI is semi-crystalline (30-60 % crystalline by DSC is "
        "typical); crystallites block Li+ paths (Bruggeman 1.5)"
    )


def effective_polymer_conductivity(T, amorphous=None):
    """Conductivity of PEO18-LiTFSI at ``T`` [K] with its crystallites [S.m-1]:
    amorphous VTF value x amorphous fraction**1.5 (Bruggeman)."""
    amorphous = amorphous_fraction(T) if amorphous is None else amorphous
    return amorphous_conductivity(T) * amorphous**1.5


# ------------------------------------------------------------------------ LGPS
#: LGPS density [g.cm-3] and molar mass [kg.mol-1] (10 x 6.941 + 72.63 + 2 x 30.974 +
#: 12 x 32.06 g/mol)
LGPS_DENSITY = 2.04
LGPS_MOLAR_MASS = 0.58877
#: conductivity of a cold-pressed LGPS pellet at 25 C [S.m-1] and its activation
#: energy [J.mol-1]
LGPS_CONDUCTIVITY = 0.3
LGPS_ACTIVATION = 0.25 * F
#: Li10GeP2S12 + 23.75 Li+ + 23.75 e- -> 12 Li2S + 2 Li3P + 1/4 Li15Ge4
LGPS_REDUCTION_ELECTRONS = 23.75
#: molar volumes of the products [m3.mol-1]: Li2S 45.95/1.66, Li3P 51.80/1.43,
#: Li15Ge4 394.6/1.7 (g/mol per g/cm3)
LGPS_PRODUCTS_VOLUME = (
    12 * 45.95 / 1.66 + 2 * 51.80 / 1.43 + 0.25 * 394.6 / 1.7
) * 1e-6

LGPS_REACTION = (
    "Li10GeP2S12 + 23.75 Li+ + 23.75 e- -> 12 Li2S + 2 Li3P + 1/4 Li15Ge4 (Li-Ge "
    "alloy besides Li2S and Li3P: Wenzel et al. 2016, Chem. Mater. 28, 2400; Han "
    "et al. 2016, Adv. Energy Mater. 6, 1501590; products recalled, not checked). "
    "Balance: Li 10 + 23.75 = 24 + 6 + 3.75; P 5+ -> 3- (16 e-), Ge 4+ -> -3.75 "
    "(7.75 e-)"
)


def lgps_table(temperature):
    """LGPS as a single-ion SE (with its reduction at Li) as {name: (value,
    source)}."""
    from ._argyrodite import single_ion_se_table

    table = single_ion_se_table(
        (
            LGPS_CONDUCTIVITY,
            "estimate: 3 mS/cm for a cold-pressed LGPS pellet at 25 C (Kamaya et al. "
            "2011, Nat. Mater. 10, 682: 12 mS/cm at 27 C for the bulk, recalled; "
            "cold-pressed pellets keep 1/4-1/2 of it through grain boundaries)",
        ),
        (
            LGPS_ACTIVATION,
            "Kamaya et al. 2011: 0.25 eV (recalled, not checked)",
        ),
        (
            10 * LGPS_DENSITY * 1e3 / LGPS_MOLAR_MASS,
            "Li+ in LGPS: 10 x 2.04 g/cm3 / 588.77 g/mol",
        ),
        formula="Li10GeP2S12",
    )
    table.update(
        {
            "Solid electrolyte molar volume [m3.mol-1]": (
                LGPS_MOLAR_MASS / (LGPS_DENSITY * 1e3),
                "LGPS 588.77 g/mol / 2.04 g/cm3",
            ),
            "Solid electrolyte reduction electrons per formula unit": (
                LGPS_REDUCTION_ELECTRONS,
                LGPS_REACTION,
            ),
            "Lithium metal interphase molar volume [m3.mol-1]": (
                LGPS_PRODUCTS_VOLUME,
                "products of one LGPS reduced: 12 Li2S (27.7 cm3/mol), 2 Li3P "
                "(36.2), 1/4 Li15Ge4 (232, estimate density 1.7 g/cm3)",
            ),
            "Lithium metal interphase initial thickness [m]": (
                2e-8,
                "estimate: tens of nm after assembly, as for argyrodites (Wenzel 2018)",
            ),
            "Lithium metal interphase ionic conductivity [S.m-1]": (
                1e-6,
                "estimate: Li2S-dominated products (12 of 14.25 mol; Li2S ~1e-8 "
                "S/cm); the Li-Ge alloy conducts electrons, not Li+ across the film",
            ),
            "Lithium metal interphase reaction-limited growth rate [m.s-1]": (
                1e-12,
                "estimate: 3.6 nm/h at rest; the LGPS interphase grows without "
                "passivating because the Li-Ge alloy conducts electrons (Wenzel et "
                "al. 2016: continuous growth, rate recalled as hours-scale, not "
                "checked); not fitted to M7",
            ),
            "Lithium metal interphase diffusion-limited growth constant [m2.s-1]": (
                0.0,
                "unused: LGPS follows the reaction-limited (linear) law",
            ),
            "Lithium metal SE reduction transfer coefficient": (
                0.5,
                "estimate: symmetric barrier (as Park2021)",
            ),
        }
    )
    return table


# ------------------------------------------------------------------------ SPEI
#: SPEI at 40 C per sulfide: (initial resistance [Ohm.m2], growth rate
#: [Ohm.m2.s-1], source). The interphase is the product of the chemical reaction
#: of the sulfide with the polymer: none at first contact (R0 = 0, estimate), then
#: the linear law of assb_models.parameters.hybrid_laws.spei_resistance
SPEI = {
    "Li10SnP2S12": (
        0.0,
        300e-4 / (7 * 86400),
        "Riphaus et al. 2019 (J. Electrochem. Soc. 166, A975): the PEO/Li10SnP2S12 "
        "interphase resistance rises steadily over 7 days at 40 C (target file, "
        "from the review); the size, ~300 Ohm.cm2 per week on ~10 Ohm.cm2 fresh, "
        "is an estimate (the paper's figure was not at hand); linear law "
        "(reaction-limited: the Sn-containing products do not passivate)",
    ),
    "Li10GeP2S12": (
        0.0,
        300e-4 / (7 * 86400),
        "estimate: as Li10SnP2S12 (isostructural, Ge in place of Sn; Riphaus 2019)",
    ),
    "Li6PS5Cl": (
        0.0,
        1e-4 / (7 * 86400),
        "Simon et al. (4-electrode cell): the PEO-LiTFSI/Li6PS5Cl interphase "
        "resistance is 'extremely small' (target file, from the review); estimate "
        "1 Ohm.cm2 per week at 40 C (negligible)",
    ),
}


def spei_table(sulfide):
    """SPEI values of ``sulfide`` (a key of :data:`SPEI`) as {name: (value,
    source)}."""
    r0, k, source = SPEI[sulfide]
    return {
        "Polymer/sulfide interphase initial resistance [Ohm.m2]": (r0, source),
        "Polymer/sulfide interphase growth rate [Ohm.m2.s-1]": (k, source),
    }


# ------------------------------------------------ Zheng 2019: 70 wt% LGPS in PEO
ZHENG2019 = {
    "LGPS weight fraction": (0.70, "Zheng et al. 2019 (target M4, M7)"),
    "temperature [K]": (295.15, "Zheng et al. 2019: 22 C (target M4)"),
    "shell thickness [m]": (
        1e-8,
        "estimate: 10 nm of polymer ordered/complexed at the LGPS surface, a few "
        "PEO segment lengths (the interfacial Li+ path of Zheng 2019)",
    ),
    "particle radius [m]": (
        1e-6,
        "estimate: ball-milled LGPS of ~2 um size",
    ),
    "critical fraction": (
        0.16,
        "Scher & Zallen 1970 (J. Chem. Phys. 53, 3759): critical volume fraction "
        "of 3D continuum percolation (universal, not fitted)",
    ),
    "exponent": (
        2.0,
        "Stauffer & Aharony 1994: 3D conductivity exponent (universal)",
    ),
}


def lgps_conductivity(T):
    """Arrhenius conductivity of the cold-pressed LGPS at ``T`` [K] [S.m-1]."""
    return LGPS_CONDUCTIVITY * math.exp(LGPS_ACTIVATION / R * (1 / 298.15 - 1 / T))


def dispersed_inputs(T, weight_fraction=None, plasticised=False):
    """Arguments of :func:`assb_models.parameters.hybrid_laws.dispersed_hybrid`
    for PEO18-LiTFSI with LGPS at ``T`` [K] and the LGPS ``weight_fraction``
    (default Zheng's 70 wt%); ``plasticised``: succinonitrile keeps the polymer
    amorphous. The shell is amorphous polymer (no crystallites):
    its Li+ conductivity is the amorphous VTF value (estimate). Nothing in it is
    fitted to a hybrid measurement."""
    w = (
        ZHENG2019["LGPS weight fraction"][0]
        if weight_fraction is None
        else (weight_fraction)
    )
    delta = ZHENG2019["shell thickness [m]"][0]
    a = ZHENG2019["particle radius [m]"][0]
    D = D_90C * amorphous_conductivity(T) / amorphous_conductivity(363.15)
    amorphous = 1.0 if plasticised else amorphous_fraction(T)
    return {
        "sulfide_fraction": volume_fraction(w, LGPS_DENSITY * 1e3, PEO_DENSITY),
        "polymer_conductivity": effective_polymer_conductivity(T, amorphous),
        "polymer_transference_number": T_PLUS,
        "polymer_salt_diffusivity": D * amorphous**1.5,
        "sulfide_conductivity": lgps_conductivity(T),
        "shell_conductivity": amorphous_conductivity(T),
        "shell_volume_ratio": (1 + delta / a) ** 3 - 1,
        "critical_fraction": ZHENG2019["critical fraction"][0],
        "exponent": ZHENG2019["exponent"][0],
    }


# ------------------------------------------------------- Li plating in the polymer
#: Li partial molar volume [m3.mol-1]
LI_MOLAR_VOLUME = 6.94e-3 / 534.0
#: dead-Li law of Li plated from a soft polymer: (Coulombic inefficiency of Li
#: plating/stripping, porosity of the dead-Li layer)
DEAD_LI = {
    "Coulombic inefficiency": (
        0.05,
        "estimate: 95 % Coulombic efficiency of Li plating/stripping from PEO-"
        "LiTFSI (the 90-99 % range reported for Li in polymer electrolytes): the "
        "rest is Li cut off from the electrode (dead Li) each cycle",
    ),
    "porosity": (
        0.5,
        "estimate: mossy/filamentary dead Li, half pores filled by polymer",
    ),
}


# ------------------------------------------------------------- LFP | polymer | Li
#: LFP composite (estimate: LFP : carbon black : polymer electrolyte = 70 : 10 : 20
#: by weight, the usual recipe of PEO-based LFP cathodes where the polymer
#: electrolyte is the binder and catholyte)
LFP_WT, CARBON_WT, POLYMER_WT = 0.70, 0.10, 0.20
#: true densities [kg.m-3]: LFP 3.6 g/cm3, carbon black 1.9 g/cm3
LFP_DENSITY, CARBON_DENSITY = 3600.0, 1900.0
#: void fraction of the cast cathode (estimate: the polymer melts into the pores)
CATHODE_VOID = 0.05
#: LFP loading [kg.m-2] (estimate: 2 mg/cm2, the middle of the 1-3 mg/cm2 of
#: laboratory PEO-LFP coin cells; neither Chen 2016 nor Zhao 2016 gives theirs in
#: reach; one value for both papers, not fitted)
LFP_LOADING = 2e-2
#: LFP specific capacity that defines 1C [mAh/g] (LiFePO4 theoretical)
LFP_CAPACITY = 170.0
#: polymer membrane thickness [m] (estimate: solution-cast membranes, 50-150 um)
MEMBRANE_THICKNESS = 1e-4


#: LFP/PEO-LiTFSI exchange-current density at 60 C and half lithiation [A.m-2]
J0_LFP_POLYMER_60C = 0.1
J0_LFP_SOURCE = (
    "estimate: 0.1 A/m2 of LFP surface at 60 C, half lithiated, at the polymer's "
    "salt concentration, so that the 2 mg/cm2 cathode's charge transfer (RT/(F j0 "
    "a L) ~ 9 Ohm.cm2) stays a few % of the cell's (Appetecchi et al. 2011, J. "
    "Power Sources 196, 6703, abstract checked: in Li/LiFePO4 polymer cells above "
    "93 % of the resistance sits at the Li interface; this cell's Li/PEO is 2 x "
    "135-144 Ohm.cm2 at 40-60 C); no measured LFP/PEO-LiTFSI exchange current "
    "was found. "
    "Temperature: the polymer's VTF law (Li+ leaves the EO coordination shell by "
    "segmental motion, estimate): x0.24 at 40 C. Form: j0 ~ (c_e/c_0)^0.5 "
    "(x(1-x))^0.5, as Prada2013's Kashkooli 2017 kinetics"
)


def lfp_polymer_exchange_current_density(c_e, c_s_surf, c_s_max, T):
    r"""Exchange-current density of LFP in PEO-LiTFSI [A.m-2]:
    :math:`j_0 = j_{60}\,(c_e/c_0)^{1/2}\,(4x(1-x))^{1/2}\,
    \kappa_{VTF}(T)/\kappa_{VTF}(60\,C)`, with :math:`x = c_{s}/c_{s,max}`,
    :math:`c_0` the polymer's salt concentration and :math:`j_{60}`
    :data:`J0_LFP_POLYMER_60C` (an estimate: :data:`J0_LFP_SOURCE`)."""
    x = c_s_surf / c_s_max
    vtf = pybamm.exp(-VTF_B / (R * (T - VTF_T0))) / math.exp(
        -VTF_B / (R * (333.15 - VTF_T0))
    )
    return J0_LFP_POLYMER_60C * (c_e / PEO_SALT) ** 0.5 * (4 * x * (1 - x)) ** 0.5 * vtf


def lfp_conductivity(sto, T):
    """Electronic conductivity of carbon-coated LFP, 0.338 S/m (PyBaMM's Prada2013
    value), constant."""
    return 0.33795074 + 0 * sto + 0 * T


def lfp_recipe(loading=LFP_LOADING):
    """Volume fractions and thickness of the LFP composite (module constants)."""
    v = {
        "LFP": LFP_WT / LFP_DENSITY,
        "carbon": CARBON_WT / CARBON_DENSITY,
        "polymer": POLYMER_WT / PEO_DENSITY,
    }
    solids = sum(v.values())
    total = solids / (1 - CATHODE_VOID)
    fractions = {k: x / total for k, x in v.items()}
    thickness = loading / LFP_WT * total
    return fractions, thickness


def lfp_cell_table(temperature, plasticised, loading=LFP_LOADING, what=""):
    """LFP | polymer | Li full cell at ``temperature`` [K] as {name: (value,
    source)}: PyBaMM's Prada2013 LFP, the PEO-LiTFSI of :func:`polymer_table`,
    lithium metal. ``plasticised``: succinonitrile keeps the polymer amorphous."""
    prada = pybamm.ParameterValues("Prada2013")
    frac, thickness = lfp_recipe(loading)
    amorphous = 1.0 if plasticised else amorphous_fraction(temperature)
    recipe = (
        f"recipe (estimate): LFP/carbon/polymer {LFP_WT:g}/{CARBON_WT:g}/"
        f"{POLYMER_WT:g} by weight, densities 3.6/1.9/{PEO_DENSITY / 1e3:g} g/cm3, "
        f"{CATHODE_VOID:g} voids, {loading * 100:g} mg/cm2 LFP (the middle of "
        "the 1-3 mg/cm2 of laboratory PEO-LFP coin cells; the papers' own not in "
        "reach)"
    )
    capacity = loading * LFP_CAPACITY * 1e-4 * 1e-3 * 1e3  # A.h on 1 cm2
    amorph_src = amorphous_source(temperature, plasticised)
    prada_src = "Prada et al. 2013 (PyBaMM's Prada2013 set)"
    table = polymer_table(what, amorphous)
    table.update(
        {
            "Electrode height [m]": (0.01, "estimate: 1 cm2; results per area"),
            "Electrode width [m]": (0.01, "estimate: 1 cm2; results per area"),
            "Nominal cell capacity [A.h]": (
                capacity,
                f"{loading * 100:g} mg/cm2 LFP x {LFP_CAPACITY:g} mAh/g (1C), 1 cm2",
            ),
            "Current function [A]": (capacity, "1C"),
            "Number of electrodes connected in parallel to make a cell": (1.0, "one"),
            "Number of cells connected in series to make a battery": (1.0, "one"),
            "Contact resistance [Ohm]": (0.0, "estimate: neglected"),
            "Reference temperature [K]": (298.15, "25 C, the Arrhenius reference"),
            "Ambient temperature [K]": (temperature, what),
            "Initial temperature [K]": (temperature, what),
            "Lower voltage cut-off [V]": (2.5, "estimate: usual LFP window"),
            "Upper voltage cut-off [V]": (4.0, "estimate: usual LFP window"),
            "Open-circuit voltage at 0% SOC [V]": (2.5, "the lower cut-off"),
            "Open-circuit voltage at 100% SOC [V]": (4.0, "the upper cut-off"),
            # PyBaMM's electrolyte names carry the polymer's concentration,
            # conductivity and diffusivity too; its transference number and
            # thermodynamic factor stay under the "Polymer ..." names only (the
            # loader keeps PyBaMM's for single-ion SEs)
            "Initial concentration in electrolyte [mol.m-3]": (
                amorphous_salt(amorphous),
                "the polymer's (amorphous phase's) salt concentration",
            ),
            "Electrolyte conductivity [S.m-1]": (
                vtf_conductivity,
                "the polymer's VTF law",
            ),
            "Electrolyte diffusivity [m2.s-1]": (
                peo_salt_diffusivity,
                "the polymer's salt diffusivity",
            ),
            # separator: the polymer membrane
            "Separator thickness [m]": (
                MEMBRANE_THICKNESS,
                "estimate: solution-cast polymer membranes are 50-150 um",
            ),
            "Separator porosity": (amorphous, amorph_src),
            "Separator Bruggeman coefficient (electrolyte)": (
                1.5,
                "Bruggeman: crystallites as insulating inclusions",
            ),
            # cathode
            "Positive electrode thickness [m]": (thickness, recipe),
            "Positive electrode active material volume fraction": (
                frac["LFP"],
                recipe,
            ),
            "Positive electrode porosity": (
                frac["polymer"] * amorphous,
                recipe + "; the polymer's amorphous part conducts (" + amorph_src + ")",
            ),
            "Positive electrode carbon volume fraction": (frac["carbon"], recipe),
            "Positive electrode binder volume fraction": (0.0, "the polymer binds"),
            "Positive electrode void volume fraction": (CATHODE_VOID, recipe),
            "Positive electrode active material density [kg.m-3]": (
                LFP_DENSITY,
                "LiFePO4 3.6 g/cm3",
            ),
            "Positive electrode carbon density [kg.m-3]": (
                CARBON_DENSITY,
                "carbon black 1.9 g/cm3",
            ),
            "Positive electrode carbon specific surface area [m2.kg-1]": (
                62000.0,
                "Super P, 62 m2/g (as Kim2024)",
            ),
            "Positive electrode carbon surface fraction in contact with solid "
            "electrolyte": (0.0, "no sulfide in the cathode: no SE oxidation"),
            "Positive electrode active material-solid electrolyte contact fraction": (
                1.0,
                "estimate: the molten/plasticised polymer wets the LFP",
            ),
            "Positive electrode Bruggeman coefficient (electrolyte)": (
                1.5,
                "Bruggeman 1935",
            ),
            "Positive electrode Bruggeman coefficient (electrode)": (1.5, "Bruggeman"),
            "Positive electrode Bruggeman coefficient (carbon)": (1.5, "Bruggeman"),
            "Positive electrode carbon conductivity [S.m-1]": (
                100.0,
                "estimate: carbon-black network (as Kim2024)",
            ),
            "Positive electrode active material packing limit": (
                0.74,
                "close packing of equal spheres",
            ),
            "Positive electrode obstruction exponent": (
                2.0,
                "3D conductivity exponent (Stauffer 1994)",
            ),
            "Positive electrode packing limit size exponent": (
                0.0,
                "estimate: no AM/SE size term (the packing limit is that of "
                "equal spheres)",
            ),
            "Positive electrode solid electrolyte particle radius [m]": (
                1e-6,
                "unused without sulfide in the cathode",
            ),
            "Positive electrode conductivity [S.m-1]": (
                lfp_conductivity,
                prada_src,
            ),
            "Positive particle radius [m]": (
                prada["Positive particle radius [m]"],
                prada_src,
            ),
            "Positive particle diffusivity [m2.s-1]": (
                prada["Positive particle diffusivity [m2.s-1]"],
                prada_src + ": 5.9e-18 m2/s, with no temperature dependence in "
                "the set (kept at 40 and 60 C; any positive activation energy "
                "would only speed the 50 nm particles, R^2/D = 424 s at 25 C)",
            ),
            "Positive electrode OCP [V]": (
                prada["Positive electrode OCP [V]"],
                prada_src + " (Afshar 2017 OCP)",
            ),
            "Positive electrode OCP entropic change [V.K-1]": (0.0, "isothermal"),
            "Maximum concentration in positive electrode [mol.m-3]": (
                prada["Maximum concentration in positive electrode [mol.m-3]"],
                prada_src,
            ),
            "Initial concentration in positive electrode [mol.m-3]": (
                0.999 * prada["Maximum concentration in positive electrode [mol.m-3]"],
                "estimate: as-made LiFePO4, fully lithiated (the protocol charges "
                "first)",
            ),
            "Positive electrode charge transfer coefficient": (0.5, "symmetric BV"),
            "Positive electrode exchange-current density [A.m-2]": (
                lfp_polymer_exchange_current_density,
                J0_LFP_SOURCE,
            ),
            "Positive electrode double-layer capacity [F.m-2]": (0.2, "PyBaMM usual"),
            "Positive electrode coating resistance [Ohm.m2]": (0.0, "no coating"),
            # lithium metal
            "Negative electrode OCP [V]": (0.0, "lithium metal"),
            "Negative electrode thickness [m]": (
                2.5e-4,
                "estimate: 250 um Li chip of coin cells",
            ),
            "Negative electrode conductivity [S.m-1]": (1.1e7, "lithium metal bulk"),
            "Negative electrode OCP entropic change [V.K-1]": (0.0, "isothermal"),
            "Exchange-current density for lithium metal electrode [A.m-2]": (
                J0_LI_POLYMER,
                J0_LI_SOURCE,
            ),
            "Negative electrode charge transfer coefficient": (0.5, "symmetric BV"),
            "Negative electrode double-layer capacity [F.m-2]": (0.2, "PyBaMM usual"),
            "Lithium metal partial molar volume [m3.mol-1]": (
                LI_MOLAR_VOLUME,
                "Li metal 6.94 g/mol / 0.534 g/cm3",
            ),
        }
    )
    return table


#: Li/PEO-LiTFSI exchange-current density [A.m-2]
J0_LI_POLYMER = 2.0
J0_LI_SOURCE = (
    "estimate: 2 A/m2 (charge-transfer resistance RT/(F j0) ~ 130 Ohm.cm2 per "
    "interface, inside the 50-300 Ohm.cm2 usual for Li|PEO-LiTFSI at 40-60 C)"
)


# --------------------------------------------------------- Li | x | Li symmetric
#: symmetric cells (estimates: coin cells, 1 cm2 per results, 0.1 mA/cm2 for 1 h
#: per half-cycle; not given in the review)
SYMMETRIC_CURRENT_MA_CM2 = 0.1
SYMMETRIC_HALF_CYCLE_H = 1.0
#: LGPS pellet thickness [m] (estimate: cold-pressed pellets of 0.5 mm)
PELLET_THICKNESS = 5e-4


def symmetric_table(electrolyte, temperature, plasticised=False):
    """Li | ``electrolyte`` | Li at ``temperature`` [K] as {name: (value, source)}.

    ``electrolyte``: "PEO" (PEO18-LiTFSI membrane), "hybrid" (the 1 wt% LGPS /
    SN hybrid of Chen 2016, a polymer), "LGPS" (cold-pressed pellet, single-ion,
    reduced at Li) or "70 wt% LGPS-PEO" (Zheng 2019's dispersed hybrid: the
    effective values of :func:`dispersed_inputs`, a polymer whose LGPS is kept off
    the Li by its polymer shells).
    """
    base = lfp_cell_table(temperature, plasticised, what=electrolyte)
    keep = (
        "Electrode height [m]",
        "Electrode width [m]",
        "Number of electrodes connected in parallel to make a cell",
        "Number of cells connected in series to make a battery",
        "Contact resistance [Ohm]",
        "Reference temperature [K]",
        "Ambient temperature [K]",
        "Initial temperature [K]",
        "Negative electrode thickness [m]",
        "Negative electrode conductivity [S.m-1]",
        "Negative electrode OCP entropic change [V.K-1]",
        "Exchange-current density for lithium metal electrode [A.m-2]",
        "Negative electrode charge transfer coefficient",
        "Negative electrode double-layer capacity [F.m-2]",
        "Lithium metal partial molar volume [m3.mol-1]",
        "Separator Bruggeman coefficient (electrolyte)",
    )
    table = {k: base[k] for k in keep}
    table["Nominal cell capacity [A.h]"] = (
        SYMMETRIC_CURRENT_MA_CM2 * SYMMETRIC_HALF_CYCLE_H * 1e-3,
        "one half-cycle on 1 cm2",
    )
    table["Current function [A]"] = (
        SYMMETRIC_CURRENT_MA_CM2 * 1e-3,
        "estimate: 0.1 mA/cm2 on 1 cm2 (current not given in the review)",
    )
    table["Stack pressure at assembly [Pa]"] = (1e6, "estimate: coin-cell spring")
    table.update(_lithium_metal_values())
    if electrolyte == "LGPS":
        table.update(lgps_table(temperature))
        table["Separator thickness [m]"] = (PELLET_THICKNESS, "estimate: 0.5 mm")
        table["Separator porosity"] = (1.0, "the pellet value includes its voids")
        table["Exchange-current density for lithium metal electrode [A.m-2]"] = (
            10.0,
            "estimate: Li|sulfide ~26 Ohm.cm2 fresh (as Kim2024)",
        )
        return table
    amorphous = 1.0 if plasticised else amorphous_fraction(temperature)
    table.update(polymer_table(electrolyte, amorphous))
    for name in (
        "Initial concentration in electrolyte [mol.m-3]",
        "Electrolyte conductivity [S.m-1]",
        "Electrolyte diffusivity [m2.s-1]",
    ):
        table[name] = base[name]
    table["Separator thickness [m]"] = (
        MEMBRANE_THICKNESS,
        "estimate: solution-cast membranes 50-150 um",
    )
    table["Separator porosity"] = (
        amorphous,
        amorphous_source(temperature, plasticised),
    )
    if electrolyte == "70 wt% LGPS-PEO":
        table.update(dispersed_table(temperature))
    return table


def dispersed_table(temperature, weight_fraction=None, spei_age_s=0.0):
    """Effective polymer values of the LGPS-PEO dispersed hybrid at
    ``temperature`` (:func:`dispersed_inputs` through the effective-medium law):
    constant conductivity, salt diffusivity and transference number, with the
    transport efficiency 1 (the law already holds the geometry); the LGPS/PEO
    SPEI grown for ``spei_age_s`` [s] (40 C rate) sits on the particles."""
    from assb_models.parameters.hybrid_laws import dispersed_hybrid, spei_resistance

    out = dispersed_hybrid(
        **dispersed_inputs(temperature, weight_fraction),
        core_film_resistance=spei_resistance(spei_age_s, *SPEI["Li10GeP2S12"][:2]),
        particle_radius=ZHENG2019["particle radius [m]"][0],
    )
    src = (
        "effective-medium law (assb_models.parameters.hybrid_laws.dispersed_hybrid) "
        "of PEO18-LiTFSI and LGPS at "
        f"{temperature - 273.15:g} C, {out['Sulfide volume fraction']:.3f} LGPS by "
        f"volume, SPEI age {spei_age_s / 3600:g} h; fitted to no hybrid "
        "measurement"
    )
    sigma = out["Conductivity [S.m-1]"]
    D = out["Salt diffusivity [m2.s-1]"]
    t = out["Transference number"]
    return {
        "Polymer electrolyte conductivity [S.m-1]": (_const(sigma), src),
        "Polymer salt diffusivity [m2.s-1]": (_const(D), src),
        "Polymer cation transference number": (_const(t), src),
        "Electrolyte conductivity [S.m-1]": (_const(sigma), src),
        "Electrolyte diffusivity [m2.s-1]": (_const(D), src),
        "Separator porosity": (1.0, "the law's values are effective already"),
    }


def _const(value):
    """A (c_e, T) function returning ``value``."""

    def f(c_e, T):
        return value + 0 * c_e + 0 * T

    f.__name__ = f"constant_{value:.4g}"
    return f


def _lithium_metal_values():
    """Li-metal creep, contact, interlayer and short-circuit values of the
    symmetric cell, as the Park2021 set (the same Li foil; only read with the
    "anode contact" and "anode interlayer" options, which these cells leave off)."""
    from . import Park2021

    names = (
        "Lithium metal creep stress exponent",
        "Lithium metal creep activation energy [J.mol-1]",
        "Lithium metal creep strain rate at reference stress [s-1]",
        "Lithium metal creep reference stress [Pa]",
        "Lithium metal creep length [m]",
        "Lithium metal void closure length [m]",
        "Critical local current density [A.m-2]",
        "Interlayer thickness [m]",
        "Interlayer porosity",
        "Interlayer ionic conductivity [S.m-1]",
        "Interlayer Bruggeman coefficient",
        "Interlayer coverage",
        "Lithium metal self-diffusivity [m2.s-1]",
        "Lithium metal contact spot spacing [m]",
        "Separator void fraction",
        "Separator pore radius [m]",
        "Lithium metal yield strength at 1 um [Pa]",
        "Lithium metal yield strength size exponent",
        "Lithium filament area fraction",
    )
    table = Park2021.se_reduction_values(names)
    table["Initial lithium metal contact fraction"] = (
        1.0,
        "estimate: full contact (a soft polymer wets the Li; the LGPS pellet is "
        "taken in full contact, no creep voids)",
    )
    return table


# ------------------------------------------------------------ the sets' records
#: what neither paper gives (both cells keep the estimates of this module)
NOT_IN_THE_PAPERS = (
    "the LFP loading, cathode thickness and composition, LFP particle size, "
    "membrane thickness and an LFP/PEO-LiTFSI exchange-current density"
)


def set_functions(name, tables, module_doc, model_options, options_for):
    """``get_parameter_values``, ``get_sources`` and the
    :class:`~assb_models.parameters.set_record.ParameterSetRecord` of a hybrid
    set ``name`` whose recipe is the keyword arguments of ``tables`` (a "full"
    cell is a SolidStateDFN, a "symmetric" one a SymmetricCell)."""
    from assb_models.citations import BIBTEX
    from assb_models.parameters.set_record import (
        ParameterSetRecord,
        module_description,
        recipe_defaults,
    )

    from ._provenance import sources_of, values_of

    citation = BIBTEX[name]

    def get_parameter_values(**recipe):
        """Parameters of the set's cell (the set module's docstring)."""
        return values_of(tables(**recipe), citation)

    def get_sources(**recipe):
        """The source (paper, or estimate with reasoning) of each value."""
        return sources_of(tables(**recipe))

    def model_for(recipe):
        return "SolidStateDFN" if recipe["cell"] == "full" else "SymmetricCell"

    record = ParameterSetRecord(
        name=name,
        citation_key=name,
        get_parameter_values=get_parameter_values,
        get_sources=get_sources,
        recipe=recipe_defaults(tables),
        model_options=model_options,
        options_for=options_for,
        model_for=model_for,
        description=module_description(module_doc),
    )
    return get_parameter_values, get_sources, record
