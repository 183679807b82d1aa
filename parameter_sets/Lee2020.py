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

**Provenance.** The paper's full text was not consulted here: its numbers are those
of the target file (``../shared/targets/lee2020_anode_free.md``, read from a digest
of the paper and its SI, figure and table references as given there), cited as
such. The cathode is the coated Ni90 NCM through the one NCM law
(``parameter_sets/_ncm.py``, Ni90 values; its diffusivity at 60 C through the
law's Arrhenius factor, NMC811's measured activation energy) with the Kim2024
kinetics and composite laws and a Ni90 OCP
(:func:`ni90_ocp`: the Kim2024 NCM811 curve on a Li axis stretched so that the
formation charge is the paper's 233 mAh/g, fitted; no published Ni90 OCP was
found); the composite from the paper's recipe with the carbon nanofibre at its
own density (VGCF, :data:`CARBON_NANOFIBRE_DENSITY`) and the SE powder's
conductivity, the separator sheet at its measured conductivity
(:data:`SE_SHEET_CONDUCTIVITY`); the SE
reduction where the SE touches the Ag-C layer is Park2021's. The Li the cell loses
where the Li never meets the SE are parameters of the anode-free anode
(:class:`~assb_models.submodels.anode.agc_interlayer.AgCInterlayer`): isolated Li
(its fraction fitted to L5 inside the bound the CE Lee reports for the 1:3 layer
sets), Li kept by the Ag-C layer and by migrated Ag, and Ag migration (estimates
with their reasoning); the cathode-side loss at 60 C and 4.25 V is Kim2024's SE
oxidation on carbon and a parabolic CEI (:data:`CATHODE_LOSS_OPTIONS`). Four values
are fitted to this paper (:data:`FITTED_TO`): the Ni90 OCP's Li range (to the 233
mAh/g formation charge), the Ni90's drop start in the NCM law (to the 93.1 %
first-cycle efficiency of the cell without the Ag-C layer, Fig. S7, the one Ni90
first-cycle measurement found), the Ag-C layer's porosity (to the Li the layer holds
on the first charge, Fig. 4) and the isolated Li fraction (to the retention after
1,000 cycles, Fig. 6g). The paper's numbers the reproduction scores live in
:mod:`assb_models.reproductions.lee2020.paper`.
"""

import dataclasses

import numpy as np
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
from ._ncm import NCM_MATERIALS, ncm_table
from ._provenance import sources_of, values_of

CITATION = BIBTEX["Lee2020"]

#: the parabolic growth constant of the SE reduction products (Park2021's value)
K_D = "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"

#: target file of this paper (numbers read from a digest of the paper and its SI)
TARGETS = "Lee 2020 targets (../shared/targets/lee2020_anode_free.md)"

#: the cathode-side loss at 60 C and 4.25 V, with the Kim2024 laws and values
#: (Li6PS5Cl on carbon and on a Ni-rich NCM), run at 60 C through their activation
#: energies: the SE oxidised on the carbon nanofibres with the law and passivation
#: length Kim2024 calibrated (self-limiting: its product film, 9 nm after this
#: formation, shuts it) and a parabolic CEI on the NCM. No SE oxidation on the NCM
#: itself: its 5 nm Li2O-ZrO2 coating keeps the SE off the oxide (Kim2024's law is
#: for an uncoated NCM; at 60 C it would oxidise 1.4 mAh/cm2 of SE in the formation
#: charge, where the paper cycles 1,000 times)
CATHODE_LOSS_OPTIONS = {
    "SE oxidation on carbon": "self-limiting Tafel",
    "SE oxidation on active material": "none",
    "SE consumption": "true",
    "CEI growth": "diffusion-limited",
}
#: the same, switched off
NO_CATHODE_LOSS_OPTIONS = {
    "SE oxidation on carbon": "none",
    "SE oxidation on active material": "none",
    "SE consumption": "false",
    "CEI growth": "none",
}

#: model options of the published cell: the anode-free anode (its losses are
#: parameters: isolated Li, Li kept by the Ag-C layer, Ag migrating), the SE
#: reduction where the SE touches the Ag-C layer, the cathode-side loss, and the
#: composite's ionic transport by the Kim2024 composite law (the NCM near its
#: packing limit and the carbon obstruct the SE; its values are the Kim2024 set's,
#: Kim2024.TRANSPORT_CALIBRATED, whose exponent L3 helped choose)
MODEL_OPTIONS = {
    **Kim2024.TRANSPORT_OPTIONS,
    "anode": "anode-free",
    "anode interphase": "diffusion-limited",
    **CATHODE_LOSS_OPTIONS,
}

#: the anode losses (parameter names) that are switched off by setting them to 0
ANODE_LOSSES = {
    "isolated lithium": ("Isolated lithium fraction of stripped lithium",),
    "Li kept by the Ag-C layer": (
        "Ag-C interlayer irreversible lithium capacity [mol.m-2]",
    ),
    "silver migration": ("Silver migration coefficient [m2.mol-1]",),
}

#: Ag-C layer: thickness [m] and Ag weight fraction (the recipe). The paper gives
#: 5-10 um (via the target file); Samsung's announcement of it says 5 um (Samsung
#: Newsroom, March 2020, as electronics360 and krenewables report it; checked with
#: the search tool). At 5 um the layer's recipe capacity (Li9Ag4, carbon black 200
#: mAh/g) holds 0.28 mAh/cm2 reversibly, and Fig. 4's storage (0.64 mAh/cm2 before
#: Li plates) then needs its traps to keep 0.42 mAh/cm2 on the first lithiation:
#: 540 mAh/g of carbon black at the set's porosity, 390 fully dense, above the
#: 200-300 mAh/g carbon blacks lose in liquid electrolytes, where most is the
#: liquid's SEI (lee2020.fit_layer_traps, experiments/lee2020_calibration.py). The
#: set takes 10 um, the top of the paper's range, where Fig. 4 is held with
#: ordinary capacities at a pressed porosity (LAYER_POROSITY); a 5 um layer would
#: keep about four times the Li on its first cycle (L2's cost stays below 0.1
#: point either way, as the NCM's kinetic loss leaves Li at the anode)
LAYER_THICKNESS = 10e-6
AG_WEIGHT_FRACTION = 0.25
#: porosity of the Ag-C layer, fitted (least squares) to the Li the layer holds on
#: the first charge, Fig. 4 via the target file: 0.5 mAh/cm2 by 3.5 V and 0.64 by
#: 3.55 V (``experiments/lee2020_calibration.py``; the model gives 0.55 and 0.60,
#: and Li plates from 0.64 mAh/cm2). The layer's capacity, traps and Ag scale with
#: its solid fraction; the thickness (10 um, the top of the paper's 5-10 um), the
#: Li9Ag4 alloy and carbon black's 200 + 50 mAh/g are held, so the porosity, the
#: least constrained of the recipe's values, carries the fit. 0.15 is that of a
#: pressed composite (the Kim2024 set's cathode: 12 % voids); the estimate it
#: replaces, 0.4 (a cast, unpressed layer), left the layer 0.42 mAh/cm2 by 3.55 V
LAYER_POROSITY = 0.149
#: densities [kg.m-3] and molar masses [kg.mol-1] of Ag and carbon black
AG_DENSITY, AG_MOLAR_MASS = 10490.0, 0.10787
CARBON_DENSITY, CARBON_MOLAR_MASS = 1900.0, 0.012011
#: Li per Ag in the most lithiated Li-Ag phase before Li plates (Li9Ag4, the phase
#: Lee 2020 reports on charge, Figs. 3 and 5 via the target file): the Ag's whole
#: first lithiation, reversible part and the part it keeps
LI_PER_AG = 2.25
#: reversible capacity of carbon black [A.h.kg-1] (200 mAh/g)
CARBON_CAPACITY = 200.0
#: Li per Ag the Ag keeps after delithiation (estimate: Li left in the Ag-rich
#: fcc (Ag) solid solution when Li9Ag4 dealloys; Lee 2020 names "irreversible Li
#: remaining in the Ag nanoparticles", SI Note 3, via the target file, without a
#: number; Li is extensively soluble in fcc Ag (A. D. Pelton, Bull. Alloy Phase
#: Diagrams 7(3) (1986), the assessed Ag-Li diagram), and 0.2 Li/Ag, 17 at% Li, is
#: taken inside that range). Part of the LI_PER_AG of the first lithiation, so the
#: layer's reversible Ag capacity is LI_PER_AG - LI_KEPT_PER_AG
LI_KEPT_PER_AG = 0.2
#: irreversible first-lithiation capacity of the carbon black [A.h.kg-1], on top of
#: its reversible CARBON_CAPACITY (estimate: Li bound at defects and edge sites of
#: a 60 m2/g carbon black, well below the 200-300 mAh/g it loses in liquid
#: electrolytes, where most is the liquid's SEI, absent here; no solid-state value
#: was found)
CARBON_IRREVERSIBLE_CAPACITY = 50.0
#: rate constant of the trapping [s-1] (estimate, not fitted: Li alloys with the
#: 60 nm Ag and binds at carbon defects as soon as the layer holds Li, so the traps
#: fill in 1/k ~ 17 min of a lithiated layer, short against the 10 h formation
#: charge; any value above ~1e-4 s-1 fills them within that charge)
TRAP_RATE_CONSTANT = 1e-3
#: isolated Li per stripped Li, fitted to L5: the retention after 1,000 0.5C
#: cycles is the paper's 89 % (Fig. 6g; ``experiments/lee2020_calibration.py
#: --isolated``; 94.3 % after 600 cycles, 95 % in the paper). Inside its bound:
#: Lee 2020 reports CE ~99.97 % for the Ag:C 1:3 anode in 20 mAh cells (Fig. S13 /
#: SI Note 3, via the target file), so at most 3e-4 of the Li stripped is lost
#: each cycle; L5 holds from about 1.1e-4 to 2.3e-4 (lee2020.isolated_scan), and
#: the bound itself gives 90.8 / 80.8 %
ISOLATED_FRACTION = 1.85e-4
#: Ag carried to the collector per Li plated and per mol.m-2 of Ag left in the
#: layer [m2.mol-1] (estimate: ~10 % of the Ag at the collector after 1,000 cycles
#: of ~2 mol.m-2 plated each, "a little every cycle", Lee 2020 Figs. 3 and 5). The
#: law dn_Ag,cc/dt = kappa n_Ag s r_plating gives ds = -kappa s dn_plated: a share
#: kappa x 2 mol.m-2 of the Ag left moves each cycle, 0.1 / 1000 for 10 %
SILVER_MIGRATION = 0.1 / (1000 * 2.0)

TEMPERATURE = 333.15
#: the coated Ni90 NCM's capacity at 0.2C [mAh.g-1] (Lee 2020 Methods, via the
#: target file) and the cathode's areal capacity [mAh.cm-2] (Table S3: 6.4-6.8)
NCM_MAH_G, AREAL_CAPACITY = 215.0, 6.8
#: cathode: NCM loading [mg.cm-2] (6.8 mAh/cm2 at 215 mAh/g), wt% NCM and carbon
#: of NCM : SE : carbon nanofibre : PTFE = 85 : 15 : 3 : 1.5 (Lee 2020 Methods;
#: the PTFE counted with the SE, as the recipe has no binder)
NCM_LOADING = AREAL_CAPACITY / NCM_MAH_G * 1e3
NCM_WT_PERCENT = 100 * 85 / 104.5
CARBON_WT_PERCENT = 100 * 3 / 104.5
#: density of the cathode's carbon nanofibre [g.cm-3]: vapour-grown carbon fibre
#: (VGCF) 2.0 g/cm3 (T. D. Burchell (ed.), Carbon Materials for Advanced
#: Technologies, Pergamon 1999, chapter on VGCF composites, Table 8; checked with
#: the search tool). A fibre has no aggregate pores that SE grains cannot enter, so
#: the volume it blocks in the composite is its own (not an apparent density such as
#: the 0.67 g/cm3 of Kim 2024's spherical-carbon aggregates)
CARBON_NANOFIBRE_DENSITY = 2.0
#: BET surface area of the carbon nanofibre [m2.g-1]: as-received VGCF of 150 nm
#: mean diameter, 9 m2/g by N2 adsorption at 77 K (Y.-Y. Li, K. Mochidzuki, A.
#: Sakoda, M. Suzuki, Carbon 39 (2001) 2143, abstract, checked with the search tool);
#: a solid 150 nm fibre at 2.0 g/cm3 has 4/(rho d) = 13 m2/g of outer surface
CARBON_NANOFIBRE_BET = 9.0
#: fraction of the nanofibre's surface touching SE (estimate): a fibre has no
#: aggregate pores, so its whole surface lies in the SE domain; about 70 % of it
#: faces SE, as the Kim2024 set estimates for the outer surface of its carbon's
#: aggregates (the rest faces NCM, voids and other fibres)
CARBON_NANOFIBRE_SE_CONTACT = 0.7
#: void fraction of the pressed composite (estimate, as the Kim2024 set: Mangani &
#: Villevieille 2020's composites at 12 % voids). The paper's "about 100 um" cannot
#: fix it: the recipe's solids alone are 105 um thick at 31.6 mg/cm2 NCM
CATHODE_VOID_FRACTION = 0.12
#: Li6PS5Cl conductivity at room temperature [S.m-1]: the powder 1.8 mS/cm, used for
#: the composite (the cathode takes the SE as powder, < 1 um); the 30 um sheet (1 wt%
#: binder, warm isostatic pressing) 1.31 mS/cm, its separator value (Lee 2020, via
#: the target file)
SE_POWDER_CONDUCTIVITY, SE_SHEET_CONDUCTIVITY = 0.18, 0.131
#: SE volume fraction of the separator (the Kim2024 set's estimate for a pressed
#: argyrodite layer)
SEPARATOR_SE_FRACTION = 0.85


#: the values of this set fitted to Lee 2020, and the targets each was fitted to
#: (a fitted target is no prediction)
FITTED_TO = {
    "Ag-C layer porosity (LAYER_POROSITY)": [
        "L6's storage points (Fig. 4: 0.5 mAh/cm2 by 3.5 V, 0.64 by 3.55 V), so "
        "L6's plating onset is fitted"
    ],
    "Isolated lithium fraction of stripped lithium (ISOLATED_FRACTION)": [
        "L5's retention after 1,000 0.5C cycles (89 %, Fig. 6g), inside the 3e-4 "
        "bound of the paper's CE, so L5 is fitted (its 600-cycle point hardly "
        "depends on it)"
    ],
    "Ni90 Li fraction at 4.25 V (NI90_LI_AT_4V25)": [
        "the formation charge, 233 mAh/g (L2's charge, Fig. S7)"
    ],
    "Ni90 drop start of the NCM law (parameter_sets/_ncm.py)": [
        "the first-cycle efficiency of the cell without the Ag-C layer, 93.1 % "
        "(Fig. S7), so L2's ICE and L1 follow from fits"
    ],
}


#: Li fraction of the Ni90 NCM in equilibrium at 4.25 V vs Li, fitted so that the
#: formation charge (0.1C to 4.25 V, CV to 0.05C, 60 C) of the published cell is the
#: paper's 233 mAh/g (Lee 2020 Fig. S7, via the target file); see :func:`ni90_ocp`
NI90_LI_AT_4V25 = 0.16
#: Li fraction at which the NCM811 curve of :func:`ni90_ocp` reaches 4.25 V
NCM811_LI_AT_4V25 = 0.27802
#: the stretch of the Li axis: 1 - x_811 = beta (1 - x_Ni90) at every potential
NI90_STRETCH = (1 - NCM811_LI_AT_4V25) / (1 - NI90_LI_AT_4V25)


def ni90_ocp(sto):
    """Open-circuit potential of the coated Ni90 NCM vs Li/Li+ [V] (estimate).

    .. math::
        U_{Ni90}(x) = U_{811}\\left(1 - \\beta(1 - x)\\right), \\qquad
        \\beta = \\frac{1 - x_{811}(4.25\\,V)}{1 - x_{Ni90}(4.25\\,V)}
        = \\frac{1 - 0.278}{1 - 0.16} = 0.860

    :math:`U_{811}` the Kim2024 NCM811 curve (``Kim2024.nmc_ocp``: Chen et al.
    2020's measured LG M50 NMC811 OCP with Mohtat et al. 2020's full-lithiation
    tail), x the Li fraction of LiNi0.9Co0.05Mn0.05O2. No published OCP of an NCM
    with Ni >= 0.88 was found (searched: PyBaMM's and PyBOP's parameter sets,
    BattMo, the Diffthermo OCV fits, which have NMC, NCA and LiNiO2-type curves but
    no Ni90). A Ni90 gives up more Li than an NCM811 before a given potential (its
    Ni3+/Ni4+ couple extends where the NCM811's Co and Mn do not take part), so the
    NCM811 shape is kept and its delithiated side stretched, one value: the Li
    fraction at 4.25 V, :data:`NI90_LI_AT_4V25` = 0.16, fitted to the paper's
    formation charge (233 mAh/g at 0.1C with the CV hold, which ends near
    equilibrium). The fully lithiated end (x = 1) is unchanged. The discharge
    capacities (L1, L3) and the first-cycle efficiency (L2) are not fitted: they
    follow from this Li range, the NCM law's kinetic end of discharge and the
    losses.
    """
    return Kim2024.nmc_ocp(1 - NI90_STRETCH * (1 - sto))


def layer_capacity(
    thickness=LAYER_THICKNESS, ag_fraction=AG_WEIGHT_FRACTION, porosity=LAYER_POROSITY
):
    """Li the Ag-C layer holds reversibly when full [mol.m-2]: Li-Ag alloy plus Li
    in carbon, without the Li its traps keep (:func:`layer_irreversible_capacity`).

    .. math::
        n_{cap} = L(1-\\varepsilon)\\rho\\left(\\frac{w_{Ag}(\\nu_{Ag} - \\nu_{keep})}
            {M_{Ag}} + \\frac{(1-w_{Ag}) q_C}{F}\\right), \\qquad
        \\frac{1}{\\rho} = \\frac{w_{Ag}}{\\rho_{Ag}} + \\frac{1-w_{Ag}}{\\rho_C}

    with :math:`\\nu_{Ag}` = 2.25 Li per Ag (Li9Ag4) of which :math:`\\nu_{keep}` =
    0.2 stay in the Ag, and :math:`q_C` the carbon's reversible capacity (200
    mAh/g) in C/kg. On its first lithiation the layer takes :math:`n_{cap} +
    n_{trap,max}`: 2.25 Li per Ag and 250 mAh/g of carbon.
    """
    require_positive("Ag-C layer thickness [m]", thickness)
    require_in_range("Ag weight fraction", ag_fraction, 0, 1, (True, True))
    require_in_range("Ag-C layer porosity", porosity, 0, 1, (True, False))
    ag, carbon = layer_contents(thickness, ag_fraction, porosity)
    return ag * (LI_PER_AG - LI_KEPT_PER_AG) + carbon * CARBON_CAPACITY * 3600 / F


def layer_density(ag_fraction=AG_WEIGHT_FRACTION, porosity=LAYER_POROSITY):
    """Density of the Ag-C layer, pores included [kg.m-3]:
    :math:`(1 - \\varepsilon)/(w_{Ag}/\\rho_{Ag} + (1 - w_{Ag})/\\rho_C)`."""
    require_in_range("Ag weight fraction", ag_fraction, 0, 1, (True, True))
    require_in_range("Ag-C layer porosity", porosity, 0, 1, (True, False))
    solid = 1 / (ag_fraction / AG_DENSITY + (1 - ag_fraction) / CARBON_DENSITY)
    return (1 - porosity) * solid


def layer_contents(
    thickness=LAYER_THICKNESS, ag_fraction=AG_WEIGHT_FRACTION, porosity=LAYER_POROSITY
):
    """Ag [mol.m-2] and carbon black [kg.m-2] in the Ag-C layer (the recipe)."""
    require_positive("Ag-C layer thickness [m]", thickness)
    mass = thickness * layer_density(ag_fraction, porosity)
    return ag_fraction * mass / AG_MOLAR_MASS, (1 - ag_fraction) * mass


def layer_irreversible_capacity(
    thickness=LAYER_THICKNESS, ag_fraction=AG_WEIGHT_FRACTION, porosity=LAYER_POROSITY
):
    """Li the Ag-C layer keeps on its first lithiation [mol.m-2].

    .. math::
        n_{trap,max} = \\nu_{Ag} n_{Ag} + \\frac{q_{irr,C}\\,m_C}{F}

    with :math:`\\nu_{Ag}` = 0.2 Li per Ag and :math:`q_{irr,C}` = 50 mAh/g of
    carbon black (estimates, :data:`LI_KEPT_PER_AG`,
    :data:`CARBON_IRREVERSIBLE_CAPACITY`).
    """
    ag, carbon = layer_contents(thickness, ag_fraction, porosity)
    return LI_KEPT_PER_AG * ag + carbon * CARBON_IRREVERSIBLE_CAPACITY * 3600 / F


def agc_standard_potential(sto):
    """Standard potential U0(x) of the Ag-C layer vs Li/Li+ [V].

    .. math::
        U^0(x) = 0.10 + 0.25(1 - x) + 0.40\\,e^{-x/0.1}

    (estimate: the layer's equilibrium :math:`U^0 + \\frac{RT}{F}\\ln\\frac{1-x}{x}`
    falls from ~0.9 V through the sloping Li-C and Li-Ag region, 0.1-0.3 V vs Li,
    and reaches 0 V at x ~ 0.97, where Li starts to plate; the shape is not fitted).
    """
    return 0.10 + 0.25 * (1 - sto) + 0.40 * pybamm.exp(-sto / 0.1)


def _recipe(ncm_loading_mg_cm2):
    """The composite cathode: the Kim2024 recipe law with this paper's weights, the
    Ni90's density and the carbon nanofibre's density."""
    return dataclasses.replace(
        Kim2024.get_recipe(
            am_wt_percent=NCM_WT_PERCENT,
            carbon_wt_percent=CARBON_WT_PERCENT,
            anode="lithium metal",
            am_loading_mg_cm2=ncm_loading_mg_cm2,
            void_fraction=CATHODE_VOID_FRACTION,
            pristine=True,
        ),
        am_density_g_cm3=NCM_MATERIALS["Ni90"].density_g_cm3,
        carbon_density_g_cm3=CARBON_NANOFIBRE_DENSITY,
        carbon_specific_surface_area_m2_g=CARBON_NANOFIBRE_BET,
        carbon_se_contact_fraction=CARBON_NANOFIBRE_SE_CONTACT,
    )


def _recipe_source(recipe):
    return (
        f"recipe: NCM : SE : carbon nanofibre : PTFE = 85 : 15 : 3 : 1.5 by weight "
        f"({TARGETS}; the PTFE counted with the SE), NCM loading "
        f"{recipe.am_loading_mg_cm2:.1f} mg/cm2 (6.8 mAh/cm2 at 215 mAh/g); "
        f"densities: Ni90 NCM {recipe.am_density_g_cm3:g} g/cm3 (crystallographic, "
        f"the NCM law), Li6PS5Cl {recipe.se_density_g_cm3:g} g/cm3 (Kim 2024), "
        f"carbon nanofibre {recipe.carbon_density_g_cm3:g} g/cm3 (VGCF, Burchell "
        "(ed.), Carbon Materials for Advanced Technologies, 1999, Table 8); voids "
        f"{recipe.void_fraction:g} (estimate, as the Kim2024 set: Mangani 2020's "
        f"composites at 12 %): {recipe.thickness_m * 1e6:.0f} um where the paper "
        "gives about 100 um (the solids alone are 105 um); carbon surface "
        f"{recipe.carbon_specific_surface_area_m2_g:g} m2/g (VGCF, Li et al., Carbon "
        "39 (2001) 2143, abstract) touching SE over "
        f"{recipe.carbon_se_contact_fraction:g} of it (estimate: a fibre's whole "
        "surface lies in the SE domain, ~70 % facing SE as in the Kim2024 set)"
    )


def _table(layer_thickness_m, ag_weight_fraction, ncm_loading_mg_cm2, layer_porosity):
    recipe = _recipe(ncm_loading_mg_cm2)
    kim = Kim2024._table(recipe, "lithium metal", pristine=True)
    layer = (layer_thickness_m, ag_weight_fraction, layer_porosity)
    n_cap = layer_capacity(*layer)
    n_ag = layer_contents(*layer)[0]
    n_trap = layer_irreversible_capacity(*layer)
    porosity_src = (
        f"{layer_porosity:g} porosity (fitted to the layer's storage on the first "
        "charge, Fig. 4: LAYER_POROSITY)"
        if layer_porosity == LAYER_POROSITY
        else f"{layer_porosity:g} porosity (given)"
    )
    capacity = AREAL_CAPACITY * 1e-3  # A.h on 1 cm2
    table = {
        name: (value, f"Kim2024 set ({source})")
        for name, (value, source) in kim.items()
    }
    # the Kim table already holds the recipe's values; they take Lee's sources
    recipe_src = _recipe_source(recipe)
    for name in recipe.to_parameters():
        table[name] = (table[name][0], recipe_src)
    # the coated Ni90 NCM: the one NCM law (parameter_sets/_ncm.py), Ni90 values;
    # its diffusivity (and so its kinetic first-cycle loss) at the cell's 60 C
    # through the law's Arrhenius factor
    table.update(ncm_table(NCM_MATERIALS["Ni90"]))
    table["Positive electrode OCP [V]"] = (
        ni90_ocp,
        f"see ni90_ocp: the Kim2024 NCM811 OCP (Chen et al. 2020 with the Mohtat et "
        f"al. 2020 tail) on a Li axis stretched so that x = {NI90_LI_AT_4V25:g} at "
        "4.25 V, fitted to the formation charge of 233 mAh/g (Lee 2020 Fig. S7, "
        "via the target file); estimate: no published Ni90 OCP was found",
    )
    c_max = table["Maximum concentration in positive electrode [mol.m-3]"][0]
    x0_name = "Initial concentration in positive electrode [mol.m-3]"
    table[x0_name] = (
        Kim2024.PRISTINE_STOICHIOMETRY * c_max,
        f"pristine NCM, x = {Kim2024.PRISTINE_STOICHIOMETRY:g} of the Ni90 maximum "
        "(as the Kim2024 set: before formation)",
    )
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
    anode_src = f"{TARGETS}: 5-10 um, Ag (60 nm) : carbon black = 1 : 3 by weight"
    table.update(
        {
            "Nominal cell capacity [A.h]": (
                capacity,
                f"{TARGETS}: 6.8 mAh/cm2, 1C = 6.8 mA/cm2 (on 1 cm2)",
            ),
            "Current function [A]": (capacity / 2, f"0.5C, {TARGETS}"),
            "Ambient temperature [K]": (TEMPERATURE, f"60 C, {TARGETS}"),
            "Initial temperature [K]": (TEMPERATURE, f"60 C, {TARGETS}"),
            "Separator thickness [m]": (
                3e-5,
                f"{TARGETS}: Li6PS5Cl sheet, 40 um -> 30 um after warm isostatic "
                "pressing at 490 MPa",
            ),
            "Solid electrolyte conductivity at reference temperature [S.m-1]": (
                SE_POWDER_CONDUCTIVITY,
                f"{TARGETS}: 1.8 mS/cm of the Li6PS5Cl powder, the SE of the "
                "composite (room temperature, read at the set's 25 C reference); "
                "the separator sheet's 1.31 mS/cm enters through its transport "
                "efficiency",
            ),
            "Separator porosity": (
                SEPARATOR_SE_FRACTION,
                "SE volume fraction of the sheet (estimate, the Kim2024 set's for a "
                "pressed argyrodite layer)",
            ),
            "Separator Bruggeman coefficient (electrolyte)": (
                np.log(SE_SHEET_CONDUCTIVITY / SE_POWDER_CONDUCTIVITY)
                / np.log(SEPARATOR_SE_FRACTION),
                f"derived: the exponent b with {SEPARATOR_SE_FRACTION:g}^b x 1.8 "
                "mS/cm (powder) = 1.31 mS/cm, the sheet's measured conductivity with "
                f"1 wt% binder ({TARGETS})",
            ),
            "Solid electrolyte conductivity activation energy [J.mol-1]": (
                0.35 * F,
                f"{TARGETS}: 0.35 eV",
            ),
            "Lower voltage cut-off [V]": (2.5, f"{TARGETS}: 2.5-4.25 V"),
            "Upper voltage cut-off [V]": (4.25, f"{TARGETS}: 2.5-4.25 V"),
            "Open-circuit voltage at 0% SOC [V]": (2.5, "same as the lower cut-off"),
            "Open-circuit voltage at 100% SOC [V]": (4.25, "same as the upper cut-off"),
            # anode: Ag-C layer on the collector, no Li
            "Negative electrode OCP [V]": (
                0.0,
                "Li/Li+: the potential of the plated Li, the anode's reference",
            ),
            "Negative electrode thickness [m]": (
                layer_thickness_m,
                f"Ag-C layer {layer_thickness_m * 1e6:g} um (default 10 um, the top "
                "of the paper's range: Samsung announced 5 um, at which Fig. 4's "
                "storage needs more first-cycle Li kept than carbon black loses, "
                f"see Lee2020.LAYER_THICKNESS), {anode_src}",
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
                f"{porosity_src}, Ag {AG_DENSITY / 1e3:g} and "
                f"carbon black {CARBON_DENSITY / 1e3:g} g/cm3, Li9Ag4 (2.25 Li/Ag, of "
                f"which {LI_KEPT_PER_AG:g} stay in the Ag) and "
                f"{CARBON_CAPACITY:g} mAh/g for carbon black: {n_cap:.3f} mol/m2 = "
                f"{n_cap * F / 3600 / 10:.3f} mAh/cm2 reversible, ~6 % of the cathode",
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
                f"{TARGETS}: cycled at 2 MPa (2-4 MPa give the same rate capability)",
            ),
            # losses where the Li never meets the SE
            "Isolated lithium fraction of stripped lithium": (
                ISOLATED_FRACTION,
                "fitted to L5 (89 % after 1,000 0.5C cycles, Lee 2020 Fig. 6g, via "
                "the target file), inside the bound 3e-4 that the CE of the Ag:C "
                "1:3 anode in 20 mAh cells (~99.97 %, Fig. S13 / SI Note 3) sets if "
                "all of its loss were isolated Li (ISOLATED_FRACTION)",
            ),
            "Ag-C interlayer silver content [mol.m-2]": (
                n_ag,
                f"from the recipe ({anode_src}: Ag:C = {ag_weight_fraction:g}:"
                f"{1 - ag_weight_fraction:g} by weight, {porosity_src}): "
                f"{n_ag:.4f} mol/m2",
            ),
            "Ag-C interlayer irreversible lithium capacity [mol.m-2]": (
                n_trap,
                f"estimate: {LI_KEPT_PER_AG:g} Li per Ag left in the Ag-rich (Ag) "
                "solid solution after dealloying (Lee 2020 SI Note 3 names "
                "irreversible Li remaining in the Ag; Li's extensive solubility in "
                "fcc Ag: Pelton 1986, the assessed Ag-Li diagram) and "
                f"{CARBON_IRREVERSIBLE_CAPACITY:g} mAh/g of carbon black bound at its "
                f"defects, from the recipe ({porosity_src}): {n_trap:.4f} mol/m2 = "
                f"{n_trap * F / 36000:.3f} mAh/cm2",
            ),
            "Ag-C interlayer lithium trapping rate constant [s-1]": (
                TRAP_RATE_CONSTANT,
                "estimate, not fitted: Li alloys with the 60 nm Ag and binds at "
                "carbon defects as soon as the layer holds Li, so the traps fill in "
                "1/k ~ 17 min of a lithiated layer, short against the 10 h formation "
                "charge (the layer's loss is a first-cycle loss); 1e-4 and 1e-2 s-1 "
                "leave the same trapped Li after the formation",
            ),
            "Silver migration coefficient [m2.mol-1]": (
                SILVER_MIGRATION,
                "estimate: ~10 % of the layer's Ag at the collector after 1,000 "
                "cycles of ~2 mol/m2 of Li plated each (Ag migrates 'a little every "
                "cycle', Lee 2020 Figs. 3 and 5; no rate is given)",
            ),
            "Lithium kept per migrated silver": (
                LI_KEPT_PER_AG,
                "as the Ag in the layer (estimate, LI_KEPT_PER_AG)",
            ),
        }
    )
    return table


def _tables(
    layer_thickness_m=LAYER_THICKNESS,
    ag_weight_fraction=AG_WEIGHT_FRACTION,
    ncm_loading_mg_cm2=NCM_LOADING,
    layer_porosity=LAYER_POROSITY,
):
    require_positive("layer_thickness_m", layer_thickness_m)
    require_positive("ncm_loading_mg_cm2", ncm_loading_mg_cm2)
    require_in_range("layer_porosity", layer_porosity, 0, 1, (True, False))
    return _table(
        layer_thickness_m, ag_weight_fraction, ncm_loading_mg_cm2, layer_porosity
    )


def get_parameter_values(**recipe):
    """Parameters of the Lee 2020 anode-free cell, for :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    layer_thickness_m : float, optional
        Ag-C layer thickness [m], default 10 um, the top of the paper's 5-10 um
        (see ``LAYER_THICKNESS`` for why not the 5 um Samsung announced).
    ag_weight_fraction : float, optional
        Ag weight fraction of the layer's solids, default 0.25 (Ag:C = 1:3).
    ncm_loading_mg_cm2 : float, optional
        NCM loading [mg.cm-2], default 34 (estimate: 6.8 mAh/cm2 at 200 mAh/g).
    layer_porosity : float, optional
        Porosity of the Ag-C layer, in [0, 1), default :data:`LAYER_POROSITY`
        (fitted to the layer's Li storage on the first charge, Fig. 4).

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
    return _recipe(ncm_loading_mg_cm2)


def one_c_current_density():
    """1C of the set [A.m-2] (6.8 mAh/cm2 in one hour)."""
    return AREAL_CAPACITY * 10.0


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
    "FITTED_TO",
    "SET",
    "MODEL_OPTIONS",
    "get_parameter_values",
    "get_recipe",
    "get_sources",
    "layer_capacity",
    "layer_density",
    "ni90_ocp",
]
