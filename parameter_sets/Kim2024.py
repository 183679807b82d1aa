"""Kim et al. 2024: Ni-rich NCM | argyrodite Li6PS5Cl | spherical carbon, vs Li-In.

H.-s. Kim, S. Park, S. Kang, J. Y. Jung, K. Kim, J.-S. Yu, D.-W. Kim, J.-W. Lee,
Y.-K. Sun, W. Cho, "Accelerated Degradation of All-Solid-State Batteries Induced
through Volumetric Occupation of the Carbon Additive in the Solid Electrolyte
Domain", Adv. Funct. Mater. 2024, 34, 2409318, doi:10.1002/adfm.202409318.

The paper gives the recipes (wt% NCM / SE / carbon, measured densities) and the
electrochemistry; it does not give loading, thickness, temperature, pressure, NCM
kinetics or transport. Those come from the literature named beside each value, or
are estimates whose reasoning is written beside them. ``get_sources()`` returns the
source of every value.

References
----------
.. [1] Kim et al., Adv. Funct. Mater. 34 (2024) 2409318.
.. [2] Chen et al., J. Electrochem. Soc. 167 (2020) 080534 (NMC811 OCP, diffusivity).
.. [3] Mangani & Villevieille, J. Mater. Chem. A 8 (2020) 10150 (Table 1).
.. [4] Park et al., Adv. Sci. 8 (2021) 2004204 (Li-In potential).
.. [5] Amin & Chiang, J. Electrochem. Soc. 163 (2016) A1512 (NMC electronic
       conductivity vs Li content).
.. [6] Froboese et al., J. Electrochem. Soc. 166 (2019) A318 (ionic conduction in
       composite cathodes).
"""

import pybamm
from pybamm.input.parameters.lithium_ion.Chen2020 import nmc_LGM50_ocp_Chen2020

from assb_models.recipe import CompositeCathodeRecipe
from assb_models.submodels.solid_electrolyte import arrhenius_conductivity

CITATION = """@article{Kim2024,
  title={Accelerated Degradation of All-Solid-State Batteries Induced through
         Volumetric Occupation of the Carbon Additive in the Solid Electrolyte Domain},
  author={Kim, Hun-seong and Park, Sangbin and Kang, Seongkoo and Jung, Ji Young and
          Kim, Kyungjun and Yu, Ji-Sang and Kim, Dong-Won and Lee, Jong-Won and
          Sun, Yang-Kook and Cho, Woosuk},
  journal={Advanced Functional Materials},
  volume={34},
  pages={2409318},
  year={2024},
  doi={10.1002/adfm.202409318}
}"""

# ---------------------------------------------------------------- materials
#: NCM true density [g.cm-3]: implied by the paper's vol% (targets file; K1 holds)
NCM_DENSITY = 4.75
#: Li6PS5Cl density [g.cm-3]: measured in the paper
SE_DENSITY = 1.86
#: spherical carbon apparent density [g.cm-3]: measured in the paper
CARBON_DENSITY = 0.67
#: molar mass of LiNi0.8Co0.1Mn0.1O2 [kg.mol-1] (6.94 + 0.8*58.69 + 0.1*58.93 +
#: 0.1*54.94 + 2*16.00 g/mol); the paper's NCM is Ni-rich, exact composition not given
NCM_MOLAR_MASS = 0.09728
#: molar mass of Li6PS5Cl [kg.mol-1] (6*6.941 + 30.974 + 5*32.06 + 35.453 g/mol)
SE_MOLAR_MASS = 0.26837

_ESTIMATE_LOADING = (
    "estimate: not given in the paper; 12 mg/cm2 NCM is typical of pellet-type "
    "ASSB cells of this group's papers (10-20 mg/cm2)"
)


def nmc_ocp(sto):
    r"""NCM811 open-circuit potential vs Li/Li+ [V].

    .. math::
        U(x) = U_{Chen}(x) - 5.623\times10^{-5}\exp(109.451x - 100.006)

    :math:`U_{Chen}` is the NMC811 fit of Chen et al. 2020 (as in PyBaMM's
    Chen2020 set), which levels off at 3.49 V at x = 1; the second term is the steep
    full-lithiation tail of the NMC fit in Mohtat et al. 2020 (PyBaMM's Mohtat2020
    set), so that a discharge ends at a finite voltage as measured NCM half-cells do
    (it is below 1 mV for x < 0.9). x is the Li fraction in
    Li_xNi0.8Co0.1Mn0.1O2 (see "Maximum concentration in positive electrode
    [mol.m-3]").
    """
    return nmc_LGM50_ocp_Chen2020(sto) - 0.5623e-4 * pybamm.exp(109.451 * sto - 100.006)


def nmc_se_exchange_current_density(c_e, c_s_surf, c_s_max, T):
    """Exchange-current density of NCM | Li6PS5Cl [A.m-2] on the contacted surface.

    .. math::
        j_0 = k\\,c_e^{1/2}\\,c_s^{1/2}\\,(c_{s,max} - c_s)^{1/2}
        \\exp\\left(\\frac{E_a}{R}\\left(\\frac{1}{T_{ref}} - \\frac{1}{T}\\right)\\right)

    with :math:`c_e` the Li+ concentration of the SE [mol.m-3] and
    :math:`k` "Positive electrode exchange-current density rate constant
    [A.m-2.(m3.mol-1)1.5]". Estimate: k is set so that j0 = 0.5 A/m2 at half
    lithiation (0.1-1 A/m2 is the range inferred for oxide/sulfide interfaces,
    i.e. 250-2500 Ohm.cm2 per particle surface), activation energy 50 kJ/mol as for
    liquid-electrolyte NCM kinetics.
    """
    k = pybamm.Parameter(
        "Positive electrode exchange-current density rate constant "
        "[A.m-2.(m3.mol-1)1.5]"
    )
    E_a = pybamm.Parameter("Positive electrode exchange-current activation energy [J.mol-1]")
    T_ref = pybamm.Parameter("Reference temperature [K]")
    arrhenius = pybamm.exp(E_a / pybamm.constants.R * (1 / T_ref - 1 / T))
    return k * c_e**0.5 * c_s_surf**0.5 * (c_s_max - c_s_surf) ** 0.5 * arrhenius


def _recipe(am_wt_percent, carbon_wt_percent, am_loading_mg_cm2, void_fraction,
            carbon_specific_surface_area_m2_g, carbon_se_contact_fraction):
    return CompositeCathodeRecipe(
        am_wt_percent=am_wt_percent,
        se_wt_percent=100 - am_wt_percent - carbon_wt_percent,
        carbon_wt_percent=carbon_wt_percent,
        am_density_g_cm3=NCM_DENSITY,
        se_density_g_cm3=SE_DENSITY,
        carbon_density_g_cm3=CARBON_DENSITY,
        am_loading_mg_cm2=am_loading_mg_cm2,
        void_fraction=void_fraction,
        carbon_specific_surface_area_m2_g=carbon_specific_surface_area_m2_g,
        carbon_se_contact_fraction=carbon_se_contact_fraction,
    )


def _table(recipe, anode):
    """Every value with its source, as {name: (value, source)}."""
    c_max = NCM_DENSITY * 1e3 / NCM_MOLAR_MASS
    c_se = 6 * SE_DENSITY * 1e3 / SE_MOLAR_MASS
    k_p = 0.5 / (c_se**0.5 * (c_max / 2))
    capacity = recipe.am_loading_mg_cm2 * 0.2 * 1e-3  # A.h for 1 cm2 at 200 mAh/g
    li_in = anode == "Li-In"
    recipe_src = (
        f"recipe: {recipe.am_wt_percent:g}/{recipe.se_wt_percent:g}/"
        f"{recipe.carbon_wt_percent:g} wt% NCM/SE/SC (Kim 2024, Fig. 1-2), "
        "densities 4.75/1.86/0.67 g/cm3 (Kim 2024), loading and voids as below"
    )
    table = {
        # cell geometry
        "Electrode height [m]": (0.01, "estimate: 1 cm2 cell; results are per area"),
        "Electrode width [m]": (0.01, "estimate: 1 cm2 cell; results are per area"),
        "Nominal cell capacity [A.h]": (
            capacity,
            "estimate: AM loading x 200 mAh/g (Ni-rich NCM at low rate) x 1 cm2",
        ),
        "Current function [A]": (capacity, "1C of the nominal capacity"),
        "Number of electrodes connected in parallel to make a cell": (1.0, "one cell"),
        "Number of cells connected in series to make a battery": (1.0, "one cell"),
        "Contact resistance [Ohm]": (0.0, "estimate: neglected"),
        # temperature
        "Reference temperature [K]": (298.15, "estimate: room temperature (not given)"),
        "Ambient temperature [K]": (298.15, "estimate: room temperature (not given)"),
        "Initial temperature [K]": (298.15, "estimate: room temperature (not given)"),
        # solid electrolyte Li6PS5Cl
        "Solid electrolyte conductivity at reference temperature [S.m-1]": (
            0.13,
            "Mangani & Villevieille 2020, Table 1: Li6PS5Cl 1.3 mS/cm",
        ),
        "Solid electrolyte conductivity activation energy [J.mol-1]": (
            0.35 * 96485.33,
            "estimate: 0.35 eV, middle of the 0.30-0.40 eV reported for argyrodites",
        ),
        "Electrolyte conductivity [S.m-1]": (
            arrhenius_conductivity,
            "Arrhenius law of the two parameters above",
        ),
        "Initial concentration in electrolyte [mol.m-3]": (
            c_se,
            "Li+ in Li6PS5Cl: 6 x density 1.86 g/cm3 (Kim 2024) / 268.37 g/mol",
        ),
        "Cation transference number": (1.0, "single-ion conductor (Mangani 2020)"),
        "Thermodynamic factor": (1.0, "unused: no concentration gradients in the SE"),
        "Electrolyte diffusivity [m2.s-1]": (
            1e-12,
            "unused: no concentration states in the SE (value only for PyBaMM's "
            "surface-form submodels, which multiply it by zero gradients)",
        ),
        # separator: pressed SE pellet
        "Separator thickness [m]": (
            5e-4,
            "estimate: not given; pressed Li6PS5Cl pellets in lab cells are 0.4-0.8 mm",
        ),
        "Separator porosity": (
            0.85,
            "estimate: SE volume fraction of a cold-pressed argyrodite pellet "
            "(80-90 % dense)",
        ),
        "Separator Bruggeman coefficient (electrolyte)": (
            1.5,
            "estimate: Bruggeman for a dense pellet with isolated voids",
        ),
        # composite cathode: transport
        "Positive electrode Bruggeman coefficient (electrolyte)": (
            3.0,
            "calibrated on target K2 (ratio 0.10 of composite ionic conductivity, "
            "90/3 vs 80/3 wt%, needs b = 2.99); ASSB composites show ~3 (Froboese "
            "2019)",
        ),
        "Positive electrode conductivity [S.m-1]": (
            0.1,
            "estimate: NMC electronic conductivity rises from 1e-5 to 1 S/m as Li is "
            "removed (Amin & Chiang 2016); 0.1 S/m at intermediate state of charge",
        ),
        "Positive electrode Bruggeman coefficient (electrode)": (
            1.5,
            "estimate: Bruggeman for the percolating NCM network",
        ),
        "Positive electrode carbon conductivity [S.m-1]": (
            100.0,
            "estimate: compacted carbon black 1e2-1e3 S/m; low end for a powder "
            "pellet",
        ),
        "Positive electrode Bruggeman coefficient (carbon)": (
            1.5,
            "estimate: Bruggeman for the carbon network",
        ),
        # composite cathode: NCM
        "Positive particle radius [m]": (
            5e-6,
            "estimate: Ni-rich NCM secondary particles of D50 ~10 um (not given)",
        ),
        "Positive particle diffusivity [m2.s-1]": (
            4e-15,
            "Chen et al. 2020, Table VII (NMC811)",
        ),
        "Positive electrode OCP [V]": (
            nmc_ocp,
            "Chen et al. 2020 (NMC811) with the lithiation tail of Mohtat et al. 2020",
        ),
        "Positive electrode OCP entropic change [V.K-1]": (0.0, "estimate: isothermal"),
        "Maximum concentration in positive electrode [mol.m-3]": (
            c_max,
            "NCM811 density 4.75 g/cm3 (Kim 2024) / molar mass 97.28 g/mol "
            "(275 mAh/g theoretical)",
        ),
        "Initial concentration in positive electrode [mol.m-3]": (
            0.26 * c_max,
            "estimate: charged to 3.68 V vs Li-In (x = 0.26), start of a discharge",
        ),
        "Positive electrode charge transfer coefficient": (0.5, "symmetric BV"),
        "Positive electrode exchange-current density [A.m-2]": (
            nmc_se_exchange_current_density,
            "see nmc_se_exchange_current_density",
        ),
        "Positive electrode exchange-current density rate constant "
        "[A.m-2.(m3.mol-1)1.5]": (
            k_p,
            "estimate: j0 = 0.5 A/m2 at half lithiation",
        ),
        "Positive electrode exchange-current activation energy [J.mol-1]": (
            5e4,
            "estimate: as liquid-electrolyte NCM kinetics",
        ),
        "Positive electrode active material-solid electrolyte contact fraction": (
            0.5,
            "estimate: 30-70 % of the NCM surface touches SE in cold-pressed "
            "composites (3D imaging, e.g. Sakka et al.)",
        ),
        "Positive electrode coating resistance [Ohm.m2]": (
            5e-9 / 6e-5,
            "estimate: 5 nm LiNbO3 (Mangani 2020) / 6e-5 S/m (sol-gel LiNbO3, "
            "Ozer & Lampert 1995); used with option 'interface film': 'resistive'",
        ),
        "Positive electrode double-layer capacity [F.m-2]": (
            0.2,
            "estimate: PyBaMM's usual value; only with 'surface form'",
        ),
        # anode
        "Negative electrode OCP [V]": (
            0.62 if li_in else 0.0,
            "Li-In plateau 0.62 V vs Li (Park 2021; Mangani 2020)"
            if li_in
            else "lithium metal, 0 V vs Li/Li+",
        ),
        "Negative electrode thickness [m]": (
            1e-4,
            "estimate: 100 um foil (not given)",
        ),
        "Negative electrode conductivity [S.m-1]": (
            1.2e7 if li_in else 1.1e7,
            "estimate: indium / lithium metal bulk conductivity",
        ),
        "Negative electrode OCP entropic change [V.K-1]": (0.0, "isothermal"),
        "Exchange-current density for lithium metal electrode [A.m-2]": (
            20.0 if li_in else 10.0,
            "estimate: Li-In|Li6PS5Cl 13 Ohm.cm2 (5-20 Ohm.cm2 typical)"
            if li_in
            else "estimate: Li|Li6PS5Cl ~26 Ohm.cm2 at a fresh interface",
        ),
        "Negative electrode charge transfer coefficient": (0.5, "symmetric BV"),
        "Negative electrode double-layer capacity [F.m-2]": (
            0.2,
            "estimate: PyBaMM's usual value; only with 'surface form'",
        ),
        "Lithium metal partial molar volume [m3.mol-1]": (
            1.3e-5,
            "Li metal 6.94 g/mol / 0.534 g/cm3",
        ),
        # cut-offs
        "Lower voltage cut-off [V]": (
            1.9 if li_in else 2.5,
            "estimate: 2.5 V vs Li (1.9 V vs Li-In), not given",
        ),
        "Upper voltage cut-off [V]": (
            3.7 if li_in else 4.32,
            "estimate: 3.7 V vs Li-In (4.32 V vs Li); the pulse test reaches 3.7 V",
        ),
        "Open-circuit voltage at 0% SOC [V]": (
            1.9 if li_in else 2.5,
            "same as the lower cut-off",
        ),
        "Open-circuit voltage at 100% SOC [V]": (
            3.7 if li_in else 4.32,
            "same as the upper cut-off",
        ),
    }
    for name, value in recipe.to_parameters().items():
        table[name] = (value, recipe_src)
    return table


def _tables(am_wt_percent=80.0, carbon_wt_percent=3.0, anode="Li-In",
            am_loading_mg_cm2=12.0, void_fraction=0.12,
            carbon_specific_surface_area_m2_g=62.0, carbon_se_contact_fraction=0.8):
    if anode not in ("Li-In", "lithium metal"):
        from assb_models.validation import InvalidInputError

        raise InvalidInputError(
            f"'anode' = {anode!r} is not one of the allowed values "
            "['Li-In', 'lithium metal']"
        )
    recipe = _recipe(am_wt_percent, carbon_wt_percent, am_loading_mg_cm2,
                     void_fraction, carbon_specific_surface_area_m2_g,
                     carbon_se_contact_fraction)
    return _table(recipe, anode), recipe


def get_parameter_values(**recipe):
    """Parameters of a Kim 2024 cell, for :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    am_wt_percent : float, optional
        NCM weight percentage (default 80; the paper uses 80, 85 and 90).
    carbon_wt_percent : float, optional
        Spherical carbon weight percentage (default 3; the paper uses 0-3). SE makes
        up the rest.
    anode : str, optional
        "Li-In" (default, as in the paper) or "lithium metal".
    am_loading_mg_cm2 : float, optional
        NCM loading [mg.cm-2], default 12 (estimate, not given in the paper).
    void_fraction : float, optional
        Void volume fraction of the pressed composite, default 0.12 (Mangani 2020:
        tortuosity data of a composite at 12 % voids).
    carbon_specific_surface_area_m2_g : float, optional
        Default 62 m2/g (estimate: Super P-type spherical carbon black datasheet).
    carbon_se_contact_fraction : float, optional
        Default 0.8 (estimate: spherical carbon sits in the SE domain, Kim 2024).
    """
    table, _ = _tables(**recipe)
    values = {name: value for name, (value, _) in table.items()}
    values["chemistry"] = "lithium_ion"
    values["citations"] = [CITATION]
    return values


def get_sources(**recipe):
    """The source (paper + figure/table, or estimate with reasoning) of each value."""
    table, _ = _tables(**recipe)
    return {name: source for name, (_, source) in table.items()}


def get_recipe(**recipe):
    """The :class:`~assb_models.recipe.CompositeCathodeRecipe` of a Kim 2024 cell."""
    return _tables(**recipe)[1]
