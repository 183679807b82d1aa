"""Lee et al. 2020: anode-free NCM | argyrodite | Ag-C nanocomposite cells.

Y.-G. Lee, S. Fujiki, C. Jung, N. Suzuki, N. Yashiro, R. Omoda, D.-S. Ko, T.
Shiratsuchi, T. Sugimoto, S. Ryu, J. H. Ku, T. Watanabe, Y. Park, Y. Aihara, D. Im,
I. T. Han, "High-energy long-cycling all-solid-state lithium metal batteries
enabled by silver-carbon composite anodes", Nat. Energy 5 (2020) 299,
doi:10.1038/s41560-020-0575-z.

The cell: a Ni-rich NCM cathode with a Li2O-ZrO2 coating, an argyrodite
(Li6PS5Cl) SE layer and, on the anode current collector, a thin Ag-C nanocomposite
layer (Ag nanoparticles in carbon black) and no Li. Li from the cathode lithiates the
layer and then plates as a dense film between the collector and the layer.

**Provenance.** The paper's full text was not consulted (no copy was available): the
numbers below marked "recalled from the Lee 2020 abstract" are from its abstract as
recalled (0.6 Ah pouch cell, over 6.8 mAh/cm2 and 900 Wh/L, CE over 99.8 %, 1,000
cycles); those marked "recalled, not checked" (60 C, 10 um layer, Ag:C 1:3 by weight,
2.5-4.25 V, 0.5C, 89 % after 1,000 cycles) should be checked against the paper's Methods
and Fig. 4 before being relied on. Every other value is an estimate with its reasoning,
or read from the Kim2024 set (the NCM and Li6PS5Cl of the same group of materials) and
the Park2021 set (argyrodite reduction at Li). Nothing is fitted to this paper: the
SE-reduction growth constant is Park2021's (the same Li6PS5Cl reduced at Li, fitted
there on the bare-Li impedance growth), so the 1,000-cycle retention is a prediction.
Fitting it on the recalled 89 % instead would take 9.3e-18 m2/s, 1.3e5 times Park's
(:func:`assb_models.reproductions.lee2020.calibrate`): one physical value cannot serve
both papers, and the reproduction reports that conflict with its numbers. :data:`PAPER`
holds the paper's numbers that the reproduction
(:mod:`assb_models.reproductions.lee2020`) compares with.
"""

import pybamm

from assb_models.citations import BIBTEX
from assb_models.parameters.set_record import (
    ParameterSetRecord,
    module_description,
    recipe_defaults,
)
from assb_models.validation import require_in_range, require_positive

from . import Kim2024, Park2021
from ._argyrodite import F
from ._provenance import sources_of, values_of

CITATION = BIBTEX["Lee2020"]

#: the parabolic growth constant of the SE reduction products (Park2021's value)
K_D = "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"

#: prefix of the numbers taken from the paper's abstract as recalled (no copy here)
RECALLED = "recalled from the Lee 2020 abstract, not checked here: "

#: model options of the published cell: the anode-free anode, its SE reduction
MODEL_OPTIONS = {"anode": "anode-free", "anode interphase": "diffusion-limited"}

#: the paper's numbers with their sources (what the reproduction scores)
PAPER = {
    "areal capacity [mA.h.cm-2]": (
        6.8,
        RECALLED + "cathode areal capacity > 6.8 mAh/cm2 (a bound)",
    ),
    "Coulombic efficiency over cycling": (
        0.998,
        RECALLED + "stable CE over 99.8 % (a bound)",
    ),
    "cycles": (1000, RECALLED + "1,000 cycles"),
    "capacity retention after 1000 cycles": (
        0.89,
        "recalled, not checked: ~89 % after 1,000 cycles at 0.5C, 60 C (Fig. 4)",
    ),
    "pouch cell capacity [A.h]": (0.6, RECALLED + "0.6 Ah prototype"),
    "energy density [W.h.L-1]": (900.0, RECALLED + "> 900 Wh/L (a bound)"),
}

#: Ag-C layer: thickness [m], Ag weight fraction, porosity
LAYER_THICKNESS = 10e-6
AG_WEIGHT_FRACTION = 0.25
LAYER_POROSITY = 0.4
#: densities [kg.m-3] and molar masses [kg.mol-1] of Ag and carbon black
AG_DENSITY, AG_MOLAR_MASS = 10490.0, 0.10787
CARBON_DENSITY, CARBON_MOLAR_MASS = 1900.0, 0.012011
#: Li per Ag in the most lithiated Li-Ag phase before Li plates (Li9Ag4)
LI_PER_AG = 2.25
#: reversible capacity of carbon black [A.h.kg-1] (200 mAh/g)
CARBON_CAPACITY = 200.0

TEMPERATURE = 333.15
#: cathode: NCM loading [mg.cm-2], wt% NCM and carbon
NCM_LOADING = 34.0
NCM_WT_PERCENT = 85.0
CARBON_WT_PERCENT = 1.0


def layer_capacity(
    thickness=LAYER_THICKNESS, ag_fraction=AG_WEIGHT_FRACTION, porosity=LAYER_POROSITY
):
    """Li the Ag-C layer holds when full [mol.m-2]: Li-Ag alloy plus Li in carbon.

    .. math::
        n_{cap} = L(1-\\varepsilon)\\rho\\left(\\frac{w_{Ag}\\nu_{Ag}}{M_{Ag}}
            + \\frac{(1-w_{Ag}) q_C}{F}\\right), \\qquad
        \\frac{1}{\\rho} = \\frac{w_{Ag}}{\\rho_{Ag}} + \\frac{1-w_{Ag}}{\\rho_C}

    with :math:`\\nu_{Ag}` = 2.25 Li per Ag (Li9Ag4) and :math:`q_C` the carbon's
    capacity (200 mAh/g) in C/kg.
    """
    require_positive("Ag-C layer thickness [m]", thickness)
    require_in_range("Ag weight fraction", ag_fraction, 0, 1, (True, True))
    require_in_range("Ag-C layer porosity", porosity, 0, 1, (True, False))
    rho = 1 / (ag_fraction / AG_DENSITY + (1 - ag_fraction) / CARBON_DENSITY)
    mass = thickness * (1 - porosity) * rho
    li_ag = ag_fraction * mass / AG_MOLAR_MASS * LI_PER_AG
    li_c = (1 - ag_fraction) * mass * CARBON_CAPACITY * 3600 / F
    return li_ag + li_c


def agc_standard_potential(sto):
    """Standard potential U0(x) of the Ag-C layer vs Li/Li+ [V].

    .. math::
        U^0(x) = 0.10 + 0.25(1 - x) + 0.40\\,e^{-x/0.1}

    (estimate: the layer's equilibrium :math:`U^0 + \\frac{RT}{F}\\ln\\frac{1-x}{x}`
    falls from ~0.9 V through the sloping Li-C and Li-Ag region, 0.1-0.3 V vs Li,
    and reaches 0 V at x ~ 0.97, where Li starts to plate; the shape is not fitted).
    """
    return 0.10 + 0.25 * (1 - sto) + 0.40 * pybamm.exp(-sto / 0.1)


def _table(layer_thickness_m, ag_weight_fraction, ncm_loading_mg_cm2):
    kim = Kim2024._tables(
        am_wt_percent=NCM_WT_PERCENT,
        carbon_wt_percent=CARBON_WT_PERCENT,
        anode="lithium metal",
        am_loading_mg_cm2=ncm_loading_mg_cm2,
        pristine=True,
    )[0]
    n_cap = layer_capacity(layer_thickness_m, ag_weight_fraction)
    capacity = PAPER["areal capacity [mA.h.cm-2]"][0] * 1e-3  # A.h on 1 cm2
    table = {
        name: (value, f"Kim2024 set ({source})")
        for name, (value, source) in kim.items()
    }
    table.update(
        Park2021.se_reduction_values(
            (
                "Lithium metal interphase initial thickness [m]",
                "Lithium metal interphase molar volume [m3.mol-1]",
                "Solid electrolyte reduction electrons per formula unit",
                "Lithium metal SE reduction transfer coefficient",
                "Lithium metal interphase reaction-limited growth rate [m.s-1]",
                K_D,
            )
        )
    )
    table[K_D] = (
        table[K_D][0],
        table[K_D][1] + "; measured at 25 C and used at 60 C (estimate: no "
        "activation energy of the interphase growth was found, so the rate at 60 C "
        "is if anything underestimated). The thickness is the products' volume per "
        "geometric area of the SE/Ag-C contact",
    )
    anode_src = "recalled, not checked: Lee 2020 Methods"
    table.update(
        {
            "Nominal cell capacity [A.h]": (
                capacity,
                RECALLED + "> 6.8 mAh/cm2 (on 1 cm2)",
            ),
            "Current function [A]": (capacity / 2, "0.5C, recalled, not checked"),
            "Ambient temperature [K]": (TEMPERATURE, "60 C, recalled, not checked"),
            "Initial temperature [K]": (TEMPERATURE, "60 C, recalled, not checked"),
            "Separator thickness [m]": (
                3e-5,
                "estimate: thin SE sheet of the pouch cell (~30 um), not checked",
            ),
            "Lower voltage cut-off [V]": (2.5, "recalled, not checked: 2.5-4.25 V"),
            "Upper voltage cut-off [V]": (4.25, "recalled, not checked: 2.5-4.25 V"),
            "Open-circuit voltage at 0% SOC [V]": (2.5, "same as the lower cut-off"),
            "Open-circuit voltage at 100% SOC [V]": (4.25, "same as the upper cut-off"),
            # anode: Ag-C layer on the collector, no Li
            "Negative electrode OCP [V]": (
                0.0,
                "Li/Li+: the potential of the plated Li, the anode's reference",
            ),
            "Negative electrode thickness [m]": (
                layer_thickness_m,
                f"Ag-C layer ~10 um, {anode_src}",
            ),
            "Negative electrode conductivity [S.m-1]": (
                1e4,
                "estimate: carbon-black network with Ag; its ohmic drop is negligible",
            ),
            "Ag-C interlayer lithium capacity [mol.m-2]": (
                n_cap,
                f"estimate from the recipe ({anode_src}: "
                f"{layer_thickness_m * 1e6:g} um, "
                f"Ag:C = {ag_weight_fraction:g}:{1 - ag_weight_fraction:g} by weight): "
                f"{LAYER_POROSITY:g} porosity (estimate), Ag {AG_DENSITY / 1e3:g} and "
                f"carbon black {CARBON_DENSITY / 1e3:g} g/cm3, Li9Ag4 (2.25 Li/Ag) and "
                f"{CARBON_CAPACITY:g} mAh/g for carbon black: {n_cap:.3f} mol/m2 = "
                f"{n_cap * F / 3600 / 10:.2f} mAh/cm2, ~6 % of the cathode",
            ),
            "Ag-C interlayer initial stoichiometry": (
                1e-3,
                "estimate: the layer holds no Li at assembly; 1e-3 of its capacity "
                "(1e-4 of the cathode's Li, counted in the total) keeps its rest "
                "potential finite",
            ),
            "Ag-C interlayer standard potential [V]": (
                agc_standard_potential,
                "see agc_standard_potential (estimate)",
            ),
            "Ag-C interlayer exchange-current density [A.m-2]": (
                50.0,
                "estimate: Li+ exchange over the layer's large internal surface (60 nm "
                "Ag particles in carbon black), per geometric area",
            ),
            "Exchange-current density for lithium metal electrode [A.m-2]": (
                20.0,
                "estimate: Li plating at the collector under the layer, 2x the Kim2024 "
                "Li|Li6PS5Cl value at 60 C",
            ),
            "Plated lithium stripping reference amount [mol.m-2]": (
                1e-4,
                "estimate: 1.3 nm of Li; below it the plated Li no longer covers the "
                "collector and its stripping current falls (numerical scale only)",
            ),
            "Lithium metal interphase ionic conductivity [S.m-1]": (
                1e-2,
                "estimate: the products spread over the layer's internal surface, so "
                "the current crosses far less than their geometric-equivalent "
                "thickness (a few Ohm.cm2 after the formation cycle)",
            ),
            "Stack pressure at assembly [Pa]": (
                2e6,
                "estimate: a few MPa while cycling (the cell is pressed by WIP)",
            ),
        }
    )
    return table


def _tables(
    layer_thickness_m=LAYER_THICKNESS,
    ag_weight_fraction=AG_WEIGHT_FRACTION,
    ncm_loading_mg_cm2=NCM_LOADING,
):
    require_positive("layer_thickness_m", layer_thickness_m)
    require_positive("ncm_loading_mg_cm2", ncm_loading_mg_cm2)
    return _table(layer_thickness_m, ag_weight_fraction, ncm_loading_mg_cm2)


def get_parameter_values(**recipe):
    """Parameters of the Lee 2020 anode-free cell, for :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    layer_thickness_m : float, optional
        Ag-C layer thickness [m], default 10 um (recalled, not checked).
    ag_weight_fraction : float, optional
        Ag weight fraction of the layer's solids, default 0.25 (Ag:C = 1:3).
    ncm_loading_mg_cm2 : float, optional
        NCM loading [mg.cm-2], default 34 (estimate: 6.8 mAh/cm2 at 200 mAh/g).

    Use with ``MODEL_OPTIONS`` (anode-free anode, SE reduction at it).
    """
    return values_of(_tables(**recipe), CITATION)


def get_sources(**recipe):
    """The source (paper, or estimate with reasoning) of each value."""
    return sources_of(_tables(**recipe))


def get_recipe(ncm_loading_mg_cm2=NCM_LOADING, **layer):
    """The :class:`~assb_models.parameters.recipe.CompositeCathodeRecipe` of the cathode
    (``layer`` keys, the Ag-C layer's, do not change it)."""
    _tables(ncm_loading_mg_cm2=ncm_loading_mg_cm2, **layer)  # checks the keys
    return Kim2024.get_recipe(
        am_wt_percent=NCM_WT_PERCENT,
        carbon_wt_percent=CARBON_WT_PERCENT,
        anode="lithium metal",
        am_loading_mg_cm2=ncm_loading_mg_cm2,
        pristine=True,
    )


def one_c_current_density():
    """1C of the set [A.m-2] (6.8 mAh/cm2 in one hour)."""
    return PAPER["areal capacity [mA.h.cm-2]"][0] * 10.0


#: this set's record (:mod:`assb_models.parameters.registry`)
SET = ParameterSetRecord(
    name="Lee2020",
    citation_key="Lee2020",
    get_parameter_values=get_parameter_values,
    get_sources=get_sources,
    recipe=recipe_defaults(_tables),
    model_options=MODEL_OPTIONS,
    get_recipe=get_recipe,
    description=module_description(__doc__),
)


__all__ = [
    "SET",
    "MODEL_OPTIONS",
    "PAPER",
    "get_parameter_values",
    "get_recipe",
    "get_sources",
    "layer_capacity",
]
