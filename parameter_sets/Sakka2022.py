"""Sakka et al.: stack pressure and the 3D structure of an NCM111 | LGPS composite.

Y. Sakka, H. Yamashige, A. Takeuchi, M. Uesugi, K. Uesugi, Y. Orikasa, "Stack
pressure dependence on the three-dimensional structure of a composite electrode in
an all-solid-state battery" (operando X-ray CT at SPring-8 BL20XU).

Cell (paper): In-Li | Li10GeP2S12 (LGPS) | LiNbO3-coated NCM111 : LGPS : acetylene
black (AB) = 1 : 1 : 0.1 by mass, 1 mm diameter, 1.0 mg composite (60 mg/cm2 NCM),
2.5 mg LGPS separator, 298 K, 0.01 C, stack pressures 6-100 MPa. The paper gives the
structure vs pressure (porosity, volume fractions, AM/SE contact, tortuosity) and the
trends of conductivity and charge-transfer resistance; it does not give kinetics,
transport in NCM, the OCP or the voltage window. Those come from the literature named
beside each value, or are estimates with their reasoning. The pressure laws are fits
to the paper's imaging numbers (``../shared/targets/sakka_pressure.md``: S1, S2, S4,
S7); S5 (conductivity) and S6 (charge-transfer resistance) are then predicted by the
model.

Use with ``SolidStateDFN({"stack pressure": "laws"})``; "Stack pressure at assembly
[Pa]" can be set to ``"[input]"`` for a sweep. The structure (thicknesses, volume
fractions) follows mass-conserving compaction at the stack pressure under every option
(``assb_models.pressure_structure``): the solid masses per area are the recipe's,
the void fraction the Heckel law. Without the laws the contact, tortuosity and
connected AM are those of the reference pressure (100 MPa).

References
----------
.. [1] Sakka et al. (above).
.. [2] Mangani & Villevieille, J. Mater. Chem. A 8 (2020) 10150 (Table 1; tortuosity).
.. [3] Mohtat et al., J. Electrochem. Soc. 167 (2020) 110561 (NMC OCP, PyBaMM's
       Mohtat2020 set).
.. [4] Heckel, Trans. Metall. Soc. AIME 221 (1961) 671 (powder compaction).
.. [5] Bowden & Tabor, The Friction and Lubrication of Solids (1950) (real contact).
.. [6] Epstein, Chem. Eng. Sci. 44 (1989) 777 (tortuosity factor = tortuosity^2).
"""

import math

import pybamm
from pybamm.input.parameters.lithium_ion.Mohtat2020 import NMC_ocp_PeymanMPM
from scipy.optimize import brentq

from assb_models.citations import BIBTEX
from assb_models.parameters import compaction, laws
from assb_models.parameters.recipe import CompositeCathodeRecipe
from assb_models.parameters.set_record import (
    ParameterSetRecord,
    module_description,
    recipe_defaults,
)
from assb_models.validation import require_positive

from ._argyrodite import single_ion_se_table
from ._fixture import fixed_gap_table
from ._ncm import NCM_MATERIALS, ncm_table
from ._provenance import sources_of, values_of
from .Kim2024 import (
    LI_IN_LITHIUM_CONTENT,
    LI_IN_LITHIUM_CONTENT_SOURCE,
    nmc_se_exchange_current_density,
)

CITATION = BIBTEX["Sakka2022"]

# ---------------------------------------------------------------- materials
#: NCM111 values of the NCM law (parameter_sets/_ncm.py)
NCM = NCM_MATERIALS["NCM111"]
#: NCM111 density [g.cm-3] (estimate: crystallographic density of
#: LiNi1/3Co1/3Mn1/3O2, 4.7-4.8 g/cm3)
NCM_DENSITY = NCM.density_g_cm3
#: molar mass of LiNi1/3Co1/3Mn1/3O2 [kg.mol-1]
#: (6.94 + (58.69 + 58.93 + 54.94)/3 + 32.00)
NCM_MOLAR_MASS = NCM.molar_mass_kg_mol
#: LGPS density [g.cm-3] (estimate: crystallographic density of Li10GeP2S12, ~2.0)
LGPS_DENSITY = 2.04
#: molar mass of Li10GeP2S12 [kg.mol-1] (10*6.941 + 72.63 + 2*30.974 + 12*32.06)
LGPS_MOLAR_MASS = 0.58870
#: acetylene black [g.cm-3] (estimate: graphitic carbon black true density 1.9-2.0)
AB_DENSITY = 1.95
#: stoichiometry at which NCM111 reaches 4.3 V vs Li (155 mAh/g of 278 theoretical)
X_AT_4V3 = 0.45
#: stoichiometry at which PyBaMM's Mohtat 2020 NMC fit itself gives 4.3 V
X_FIT_AT_4V3 = brentq(lambda x: float(NMC_ocp_PeymanMPM(x)) - 4.3, 1e-4, 0.5)
#: cell diameter [m] (paper: 1 mm)
DIAMETER = 1e-3
#: separator LGPS mass [kg] (paper: 2.5 mg)
SEPARATOR_MASS = 2.5e-6
#: reference stack pressure [Pa], at which the set's exchange current holds
REFERENCE_PRESSURE = 100e6
#: stack pressures of the paper [MPa]
PRESSURES_MPA = (6, 12, 25, 50, 100)

#: model options for which the set is made
MODEL_OPTIONS = {"stack pressure": "laws"}


def ncm111_ocp(sto):
    """NCM111 open-circuit potential vs Li/Li+ [V] (estimate).

    PyBaMM's NMC fit of Mohtat et al. 2020, :math:`U_{NMC}`, with the stoichiometry
    axis stretched so that 4.3 V falls at x = 0.45 (NCM111 delivers about 155 mAh/g
    of its 278 mAh/g up to 4.3 V vs Li), keeping its full-lithiation tail at x = 1:

    .. math::
        U(x) = U_{NMC}\\left(1 - (1 - x)\\frac{1 - x_{fit}}{1 - 0.45}\\right)

    with :math:`x_{fit}` (about 0.028) where the fit itself gives 4.3 V. x is the Li
    fraction of LiNi1/3Co1/3Mn1/3O2.
    """
    return NMC_ocp_PeymanMPM(1 - (1 - sto) * (1 - X_FIT_AT_4V3) / (1 - X_AT_4V3))


def ncm111_volume_change(sto):
    """NCM111 volume change vs the pristine (lithiated) state [-] (estimate).

    .. math::
        \\Omega(x) = -\\omega\\,(1 - x)

    :math:`\\omega` "Positive electrode volume change per Li removed": layered oxides
    shrink on charge; NCM111 by a few percent at most (Ni-rich NCM811 about -6.5 %,
    reviews file), so :math:`\\omega` = 0.04 gives -2 % at x = 0.5.
    """
    omega = pybamm.Parameter("Positive electrode volume change per Li removed")
    return -omega * (1 - sto)


def _recipe(am_loading_mg_cm2):
    return CompositeCathodeRecipe(
        am_wt_percent=100 / 2.1,
        se_wt_percent=100 / 2.1,
        carbon_wt_percent=10 / 2.1,
        am_density_g_cm3=NCM_DENSITY,
        se_density_g_cm3=LGPS_DENSITY,
        carbon_density_g_cm3=AB_DENSITY,
        am_loading_mg_cm2=am_loading_mg_cm2,
        void_fraction=0.23,
        carbon_specific_surface_area_m2_g=68.0,
        carbon_se_contact_fraction=0.8,
    )


def _pressure_table():
    """Pressure laws and their coefficients, as {name: (value, source)}."""
    fit = "fit to Sakka (targets S1-S2): "
    return {
        "Stack pressure at assembly [Pa]": (
            REFERENCE_PRESSURE,
            "Sakka: 6-100 MPa; default 100 MPa (set '[input]' to sweep)",
        ),
        "Highest previous stack pressure [Pa]": (
            0.0,
            "Sakka: no separate fabrication pressure; the cell is pressed by the "
            "stack pressure only",
        ),
        "Reference stack pressure [Pa]": (
            REFERENCE_PRESSURE,
            "the pressure at which the exchange current and contact fraction of this "
            "set hold",
        ),
        # porosity (voids) of the two layers: Heckel compaction
        "Positive electrode void fraction vs pressure": (
            laws.heckel_void_fraction("Positive electrode"),
            "Heckel compaction with a residual void fraction (laws module)",
        ),
        "Positive electrode void fraction at zero pressure": (
            0.45,
            fit + "the two layers alike at <= 12 MPa (a loose powder bed ~45 % "
            "voids, random loose packing)",
        ),
        "Positive electrode void fraction at high pressure": (
            0.225,
            fit + "23 % at 100 MPa and flattening (the rigid NCM skeleton stops "
            "densification)",
        ),
        "Positive electrode compaction pressure [Pa]": (
            20e6,
            fit + "composite flattens above ~50 MPa",
        ),
        "Separator void fraction vs pressure": (
            laws.heckel_void_fraction("Separator"),
            "Heckel compaction (laws module)",
        ),
        "Separator void fraction at zero pressure": (
            0.45,
            fit + "as the composite at low pressure",
        ),
        "Separator void fraction at high pressure": (
            0.0,
            "Heckel: soft LGPS densifies fully at high enough pressure",
        ),
        "Separator compaction pressure [Pa]": (
            100e6 / math.log(0.45 / 0.05),
            fit + "5 % at 100 MPa (45.5 MPa)",
        ),
        # AM/SE contact fraction
        "Positive electrode active material-solid electrolyte contact fraction vs "
        "pressure": (
            laws.plateau_contact_fraction,
            "two plateaus (Sakka S4; laws module)",
        ),
        "Positive electrode active material-solid electrolyte contact fraction at low "
        "pressure": (
            0.55,
            "estimate of the level (not in the targets): about half of the NCM surface "
            "touches LGPS at <= 12 MPa; Sakka: voids beside particles even at 100 MPa",
        ),
        "Positive electrode active material-solid electrolyte contact fraction at "
        "high pressure": (
            0.65,
            "Sakka (S4): about 10 points higher at >= 50 MPa than at <= 12 MPa",
        ),
        "Positive electrode contact transition pressure [Pa]": (
            25e6,
            "fit to Sakka (S4): between the 12 and 50 MPa plateaus",
        ),
        "Positive electrode contact transition width [Pa]": (
            5e6,
            "fit to Sakka (S4): no change above 50 MPa",
        ),
        # real contact (exchange current) and SE grain contacts: Bowden-Tabor
        "Positive electrode active material-solid electrolyte real contact fraction "
        "vs pressure": (
            laws.bowden_tabor_contact(
                "Positive electrode active material-solid electrolyte residual "
                "contact pressure [Pa]"
            ),
            "Bowden-Tabor plastic asperity contact (laws module); gives R_ct ~ 1/P "
            "as Sakka observe",
        ),
        "Positive electrode active material-solid electrolyte residual contact "
        "pressure [Pa]": (
            0.3e6,
            "estimate: contact left from cell assembly; small, since Sakka's R_ct "
            "follows 1/P down to 6 MPa",
        ),
        "Solid electrolyte indentation hardness [Pa]": (
            1e9,
            "estimate: order of the indentation hardness of sulfide SEs; cancels in "
            "the exchange-current factor, and sets the grain contact fraction",
        ),
        "Solid electrolyte grain contact fraction vs pressure": (
            laws.bowden_tabor_contact(
                "Solid electrolyte residual grain contact pressure [Pa]"
            ),
            "Bowden-Tabor plastic contact between LGPS grains (laws module)",
        ),
        "Solid electrolyte residual grain contact pressure [Pa]": (
            0.3e6,
            "estimate: as the AM/SE residual contact",
        ),
        "Solid electrolyte grain contact fraction at half conductance": (
            0.3,
            "estimate: grain contacts limit conduction up to 100 MPa (Sakka: apparent "
            "conductivity still rising linearly there)",
        ),
        # tortuosity
        "Positive electrode solid electrolyte tortuosity vs pressure": (
            laws.log_parabolic_tortuosity,
            "minimum and rise at 100 MPa (Sakka S7; laws module)",
        ),
        "Positive electrode minimum solid electrolyte tortuosity": (
            1.45,
            "estimate: below the 1.6-1.7 of a composite at 12 % voids (Mangani 2020) "
            "as LGPS fills the voids",
        ),
        "Positive electrode tortuosity curvature": (
            0.078,
            "fit to Sakka (S7) shape: tortuosity 1.8 at 6 MPa",
        ),
        "Positive electrode pressure of minimum tortuosity [Pa]": (
            50e6,
            "Sakka (S7): tortuosity falls to 50 MPa and rises again at 100 MPa",
        ),
        "Positive electrode tortuosity regularisation pressure [Pa]": (
            1e6,
            "keeps the law finite at zero pressure; below the lowest pressure studied",
        ),
        # connected AM
        "Positive electrode connected active material fraction vs pressure": (
            laws.saturating_connected_fraction,
            "saturating law (laws module)",
        ),
        "Positive electrode connected active material fraction at zero pressure": (
            0.7,
            "estimate: Sakka: the thick electrode is partly inactive",
        ),
        "Positive electrode connected active material fraction at high pressure": (
            0.9,
            "estimate: a tenth of a 60 mg/cm2 electrode stays isolated even at high "
            "pressure (Sakka: part of the electrode is inactive)",
        ),
        "Positive electrode connection pressure [Pa]": (
            15e6,
            "estimate: most particles connect as the NCM skeleton locks (~12 MPa, S3)",
        ),
        # chemo-mechanical contact loss (option "contact loss")
        "Positive electrode volume change": (
            ncm111_volume_change,
            "see ncm111_volume_change",
        ),
        "Positive electrode volume change per Li removed": (
            0.04,
            "estimate: -2 % at x = 0.5 for NCM111 (see ncm111_volume_change)",
        ),
        "Positive electrode contact loss per volume strain": (
            5.0,
            "estimate: a 2 % shrink opens gaps over ~10 % of the contact at low "
            "pressure (Shi et al. 2020 see contact loss within tens of cycles)",
        ),
        "Contact loss pressure scale [Pa]": (
            20e6,
            "estimate: the SE follows a shrinking particle at stack pressures above "
            "~20 MPa (Sakka: contact improves up to 50 MPa)",
        ),
        "Initial positive electrode contact loss": (0.0, "a freshly pressed cell"),
    }


def _table(recipe):
    """Every value with its source, as {name: (value, source)}."""
    c_max = NCM_DENSITY * 1e3 / NCM_MOLAR_MASS
    c_se = 10 * LGPS_DENSITY * 1e3 / LGPS_MOLAR_MASS
    k_p = 0.5 / (c_se**0.5 * (c_max / 2))
    area = math.pi * DIAMETER**2 / 4
    am_mass = recipe.am_loading_mg_cm2 * 1e-2 * area  # kg
    capacity = am_mass * 1e3 * 0.155  # A.h at 155 mAh/g
    recipe_src = (
        "recipe: NCM111:LGPS:AB = 1:1:0.1 by mass, "
        f"{recipe.am_loading_mg_cm2:g} mg/cm2 NCM (Sakka); 23 % voids at 100 MPa "
        "(Sakka, S1); densities 4.77/2.04/1.95 g/cm3 and AB BET 68 m2/g (estimates: "
        "crystallographic densities, acetylene-black datasheet), AB touching LGPS "
        "over 0.8 of its surface (estimate)"
    )
    table = {
        # cell geometry: 1 mm diameter cell
        "Electrode height [m]": (DIAMETER, "Sakka: 1 mm diameter cell"),
        "Electrode width [m]": (
            math.pi * DIAMETER / 4,
            "Sakka: 1 mm diameter (height x width = pi d^2/4)",
        ),
        "Nominal cell capacity [A.h]": (
            capacity,
            "NCM mass (loading x area) x 155 mAh/g (NCM111 up to 4.3 V vs Li)",
        ),
        "Current function [A]": (capacity / 100, "0.01 C (Sakka)"),
        "Number of electrodes connected in parallel to make a cell": (1.0, "one cell"),
        "Number of cells connected in series to make a battery": (1.0, "one cell"),
        "Contact resistance [Ohm]": (0.0, "estimate: neglected"),
        "Reference temperature [K]": (298.15, "Sakka: 298 K"),
        "Ambient temperature [K]": (298.15, "Sakka: 298 K"),
        "Initial temperature [K]": (298.15, "Sakka: 298 K"),
        # LGPS
        **single_ion_se_table(
            (1.2, "Mangani & Villevieille 2020, Table 1: Li10GeP2S12 12 mS/cm"),
            (24e3, "estimate: ~0.25 eV, as reported for LGPS (Kamaya et al. 2011)"),
            (c_se, "Li+ in LGPS: 10 x 2.04 g/cm3 / 588.7 g/mol"),
            formula="Li10GeP2S12",
        ),
        # separator: the 2.5 mg LGPS pellet (thickness and SE fraction: compaction)
        "Separator solid electrolyte mass per area [kg.m-2]": (
            SEPARATOR_MASS / area,
            "Sakka: 2.5 mg LGPS over 1 mm diameter",
        ),
        "Separator Bruggeman coefficient (electrolyte)": (
            1.5,
            "estimate: Bruggeman for a dense pellet with isolated voids",
        ),
        # composite: transport
        "Positive electrode Bruggeman coefficient (electrolyte)": (
            3.0,
            "estimate: ASSB composites show ~3 (Froboese 2019); used without the "
            "pressure laws (with them: the tortuosity law)",
        ),
        "Positive electrode Bruggeman coefficient (electrode)": (
            1.5,
            "estimate: Bruggeman for the NCM network",
        ),
        "Positive electrode carbon conductivity [S.m-1]": (
            100.0,
            "estimate: compacted acetylene black 1e2-1e3 S/m; low end for a powder",
        ),
        "Positive electrode Bruggeman coefficient (carbon)": (
            1.5,
            "estimate: Bruggeman for the carbon network",
        ),
        # NCM111
        "Positive particle radius [m]": (5e-6, "Sakka: NCM particles ~10 um"),
        "Positive electrode OCP [V]": (ncm111_ocp, "see ncm111_ocp"),
        "Positive electrode OCP entropic change [V.K-1]": (0.0, "estimate: isothermal"),
        **ncm_table(NCM),
        "Initial concentration in positive electrode [mol.m-3]": (
            0.99 * c_max,
            "estimate: pristine NCM111 (x = 0.99), before the first charge",
        ),
        "Positive electrode charge transfer coefficient": (0.5, "symmetric BV"),
        "Positive electrode exchange-current density [A.m-2]": (
            nmc_se_exchange_current_density,
            "form of Kim2024.nmc_se_exchange_current_density (k c_e^1/2 c_s^1/2 "
            "(c_max - c_s)^1/2, Arrhenius), at the reference pressure; the pressure "
            "laws scale it by the real-contact factor",
        ),
        "Positive electrode exchange-current density rate constant "
        "[A.m-2.(m3.mol-1)1.5]": (
            k_p,
            "estimate: j0 = 0.5 A/m2 at half lithiation at 100 MPa (0.1-1 A/m2 "
            "inferred for coated oxide | sulfide interfaces)",
        ),
        "Positive electrode exchange-current activation energy [J.mol-1]": (
            5e4,
            "estimate: as liquid-electrolyte NCM kinetics",
        ),
        "Positive electrode active material-solid electrolyte contact fraction": (
            0.65,
            "the contact law at 100 MPa (used without the pressure laws)",
        ),
        "Positive electrode coating resistance [Ohm.m2]": (
            5e-9 / 6e-5,
            "estimate: 5 nm LiNbO3 (Mangani 2020) / 6e-5 S/m (sol-gel LiNbO3); "
            "used with option 'interface film': 'resistive'",
        ),
        "Positive electrode double-layer capacity [F.m-2]": (
            0.2,
            "estimate: PyBaMM's usual value; only with 'surface form'",
        ),
        "Positive electrode carbon double-layer capacity [F.m-2]": (
            0.1,
            "estimate: 10 uF/cm2, a carbon/electrolyte double layer; only with "
            "'surface form': 'differential'",
        ),
        # In-Li anode
        "Negative electrode OCP [V]": (0.62, "Li-In plateau 0.62 V vs Li (Park 2021)"),
        "Negative electrode thickness [m]": (1e-4, "estimate: 100 um foil (not given)"),
        "Negative electrode initial lithium content [mol.m-2]": (
            LI_IN_LITHIUM_CONTENT,
            f"as Kim2024: {LI_IN_LITHIUM_CONTENT_SOURCE}",
        ),
        "Negative electrode conductivity [S.m-1]": (
            1.2e7,
            "estimate: indium bulk conductivity",
        ),
        "Negative electrode OCP entropic change [V.K-1]": (0.0, "isothermal"),
        "Exchange-current density for lithium metal electrode [A.m-2]": (
            20.0,
            "estimate: Li-In | sulfide SE ~13 Ohm.cm2",
        ),
        "Negative electrode charge transfer coefficient": (0.5, "symmetric BV"),
        "Negative electrode double-layer capacity [F.m-2]": (
            0.2,
            "estimate: PyBaMM's usual value; only with 'surface form'",
        ),
        # cut-offs (voltage window not given by the paper)
        "Lower voltage cut-off [V]": (2.38, "estimate: 3.0 V vs Li (2.38 V vs Li-In)"),
        "Upper voltage cut-off [V]": (3.68, "estimate: 4.3 V vs Li (3.68 V vs Li-In)"),
        "Open-circuit voltage at 0% SOC [V]": (2.38, "same as the lower cut-off"),
        "Open-circuit voltage at 100% SOC [V]": (3.68, "same as the upper cut-off"),
    }
    table.update(_pressure_table())
    table.update(fixed_gap_table())  # Li-In anode: no Li creep relaxation
    for name, value in recipe.to_parameters().items():
        table[name] = (value, recipe_src)
    for name, value in recipe.to_compaction_parameters().items():
        table[name] = (value, recipe_src)
    for name, value in compaction.compacted_structure().items():
        table[name] = (
            value,
            "mass-conserving compaction (assb_models.parameters.compaction): "
            "masses per area of the recipe, void fraction from the Heckel law",
        )
    return table


def _tables(am_loading_mg_cm2=60.0, stack_pressure_MPa=100.0):
    require_positive("am_loading_mg_cm2", am_loading_mg_cm2)
    recipe = _recipe(am_loading_mg_cm2)
    table = _table(recipe)
    table["Stack pressure at assembly [Pa]"] = (
        stack_pressure_MPa * 1e6,
        "Sakka: 6-100 MPa",
    )
    return table, recipe


def get_parameter_values(**recipe):
    """Parameters of a Sakka cell, for :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    am_loading_mg_cm2 : float, optional
        NCM loading [mg.cm-2], default 60 (the paper's cell).
    stack_pressure_MPa : float, optional
        Stack pressure [MPa], default 100; checked (>= 0) by the loader. Set
        "Stack pressure at assembly [Pa]" to ``"[input]"`` to sweep it without
        rebuilding.
    """
    return values_of(_tables(**recipe)[0], CITATION)


def get_sources(**recipe):
    """The source (paper + figure/table, or estimate with reasoning) of each value."""
    return sources_of(_tables(**recipe)[0])


def get_recipe(**recipe):
    """The :class:`~assb_models.parameters.recipe.CompositeCathodeRecipe` of a
    Sakka cell."""
    return _tables(**recipe)[1]


#: this set's record (:mod:`assb_models.parameters.registry`)
SET = ParameterSetRecord(
    name="Sakka2022",
    citation_key="Sakka2022",
    get_parameter_values=get_parameter_values,
    get_sources=get_sources,
    recipe=recipe_defaults(_tables),
    model_options=MODEL_OPTIONS,
    get_recipe=get_recipe,
    description=module_description(__doc__),
)
