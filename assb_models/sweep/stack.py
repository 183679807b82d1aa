"""Areal mass and thickness of a cell stack, and its energy densities.

The stack is one single-sided repeat unit, from the cathode's current collector to
the anode's:

    CC(+) | composite cathode | SE separator | anode | CC(-)

Per unit electrode area, each layer ``k`` has a thickness ``L_k`` [m] and a mass
``m_k`` [kg.m-2]:

- composite cathode: ``m = m_AM / w_AM`` (AM loading over its weight fraction, so SE,
  carbon and binder are included; voids weigh nothing), ``L`` from the recipe
  (:attr:`~assb_models.parameters.recipe.CompositeCathodeRecipe.thickness_m`);
- SE separator: ``m = L_sep eps_SE,sep rho_SE`` with "Separator thickness [m]",
  "Separator porosity" (the SE volume fraction of the pressed pellet) and the
  recipe's SE density (the same SE as in the cathode);
- anode: ``m = L_an rho_an`` with "Negative electrode thickness [m]": the lithium
  foil with its excess Li, or the Li-In alloy foil, or (anode-free) the Ag-C
  interlayer, with the Li plated at full charge as a layer of thickness
  ``Q V_Li / F`` (``Q`` "Nominal cell capacity [A.h]" per area in C.m-2,
  ``V_Li`` "Lithium metal partial molar volume [m3.mol-1]") and no mass of its
  own (its Li is weighed in the cathode); a Si film (Li-free, its Li is the
  cathode's) is as thick as when it holds the nominal capacity,
  ``L_an + Omega Q / F`` with "Silicon lithium partial molar volume
  [m3.mol-1]", the charged stack being the thickest;
- current collectors: ``m = L_cc rho_cc``.

With the discharge energy ``E`` [W.h] of a cell of electrode area ``A`` [m2]:

    e_m = E / (A sum_k m_k)               [W.h.kg-1]
    e_V = E / (A sum_k L_k) / 1000        [W.h.L-1]

Lab pellet cells have no current collector foils and a thick separator; the
defaults below describe a practical stack, and every value can be replaced in the
spec's ``[stack]`` table (or by a parameter of the same name in the set).
"""

from dataclasses import dataclass

import pybamm

from assb_models.models.anodes import ANODES
from assb_models.parameter_sets import Lee2020
from assb_models.validation import InvalidInputError, require_positive

F = pybamm.constants.F.value

#: stack values not in the parameter sets: {name: (value, source)}
STACK_DEFAULTS = {
    "Positive current collector thickness [m]": (
        1.6e-5,
        "estimate: Al foil of a commercial cell, 16 um (Chen et al. 2020, PyBaMM "
        "Chen2020 set)",
    ),
    "Positive current collector density [kg.m-3]": (
        2700.0,
        "aluminium, 2.70 g/cm3 (Chen et al. 2020, PyBaMM Chen2020 set)",
    ),
    "Negative current collector thickness [m]": (
        1.2e-5,
        "estimate: Cu foil of a commercial cell, 12 um (Chen et al. 2020, PyBaMM "
        "Chen2020 set)",
    ),
    "Negative current collector density [kg.m-3]": (
        8960.0,
        "copper, 8.96 g/cm3 (Chen et al. 2020, PyBaMM Chen2020 set)",
    ),
    "Lithium metal density [kg.m-3]": (
        534.0,
        "lithium, 0.534 g/cm3 (CRC Handbook; as 'Lithium metal partial molar "
        "volume' 1.3e-5 m3/mol of the sets)",
    ),
    "Li-In alloy density [kg.m-3]": (
        5100.0,
        "estimate: LiIn (NaTl-type, a ~ 6.8 A, 8 formula units per cell) ~5.1 "
        "g/cm3; between Li (0.534) and In (7.31 g/cm3, CRC Handbook); lab Li-In "
        "anodes are In foil with pressed-on Li of varying ratio",
    ),
    "Ag-C interlayer density [kg.m-3]": (
        Lee2020.layer_density(),
        "the Lee2020 set's Ag-C layer (Lee2020.layer_density): Ag:C = 1:3 by weight "
        "(Lee et al. 2020) at 10.49 and 1.9 g/cm3, its porosity fitted to the "
        "layer's Li storage (Lee2020.LAYER_POROSITY)",
    ),
    "Silicon density [kg.m-3]": (2330.0, "silicon, 2.33 g/cm3 (CRC Handbook)"),
}


@dataclass(frozen=True)
class Stack:
    """Layers of a stack as {layer: (thickness [m], areal mass [kg.m-2])}."""

    layers: dict

    @property
    def thickness_m(self):
        """Total thickness sum_k L_k [m]."""
        return sum(L for L, _ in self.layers.values())

    @property
    def areal_mass_kg_m2(self):
        """Total areal mass sum_k m_k [kg.m-2]."""
        return sum(m for _, m in self.layers.values())

    def gravimetric_energy_density(self, energy_wh, area_m2):
        """e_m = E / (A sum m_k) [W.h.kg-1]."""
        return energy_wh / (area_m2 * self.areal_mass_kg_m2)

    def volumetric_energy_density(self, energy_wh, area_m2):
        """e_V = E / (A sum L_k) [W.h.L-1] (1 m3 = 1000 L)."""
        return energy_wh / (area_m2 * self.thickness_m) / 1000


def stack_values(parameter_values, overrides=None):
    """Stack values: ``overrides`` (the spec), else the parameter set, else
    :data:`STACK_DEFAULTS`."""
    overrides = dict(overrides or {})
    unknown = sorted(set(overrides) - set(STACK_DEFAULTS))
    if unknown:
        raise InvalidInputError(
            f"[stack] has unknown name(s) {unknown}; allowed names are "
            f"{sorted(STACK_DEFAULTS)}"
        )
    values = {}
    for name, (default, _) in STACK_DEFAULTS.items():
        if name in overrides:
            value = overrides[name]
        elif name in parameter_values.keys():
            value = parameter_values[name]
        else:
            value = default
        require_positive(name, value)
        values[name] = value
    return values


def cell_stack(recipe, parameter_values, anode="Li-In", overrides=None):
    """The :class:`Stack` of a cell from its cathode recipe and parameter values.

    Parameters
    ----------
    recipe : :class:`~assb_models.parameters.recipe.CompositeCathodeRecipe`
        The composite cathode (loading, weight fractions, densities).
    parameter_values : :class:`pybamm.ParameterValues`
        Gives "Separator thickness [m]", "Separator porosity" and "Negative
        electrode thickness [m]".
    anode : str
        The model option "anode" (an anode of
        :data:`assb_models.models.anodes.ANODES`: its density and swelling).
    overrides : dict, optional
        Replacements of :data:`STACK_DEFAULTS` (the spec's ``[stack]`` table).
    """
    if anode not in ANODES:
        raise InvalidInputError(
            f"'anode' = {anode!r} is not one of the allowed values {list(ANODES)}"
        )
    anode = ANODES[anode]
    values = stack_values(parameter_values, overrides)
    mg_cm2 = 1e-2  # kg.m-2 per mg.cm-2
    cathode_mass = recipe.am_loading_mg_cm2 * mg_cm2 / (recipe.am_wt_percent / 100)
    L_sep = parameter_values["Separator thickness [m]"]
    se_fraction = parameter_values["Separator porosity"]
    L_an = parameter_values["Negative electrode thickness [m]"]
    m_an = L_an * values[anode.stack_density]
    area = (
        parameter_values["Electrode height [m]"]
        * parameter_values["Electrode width [m]"]
    )
    # the nominal charge per area [C.m-2], as Li moved to the anode at full charge
    li_moved = parameter_values["Nominal cell capacity [A.h]"] * 3600 / area / F
    plated = {}
    if anode.stack_swelling is not None:
        layer, molar_volume = anode.stack_swelling
        swelling = li_moved * parameter_values[molar_volume]
        if layer == "anode":
            L_an = L_an + swelling
        else:
            plated = {layer: (swelling, 0.0)}
    L_pcc = values["Positive current collector thickness [m]"]
    L_ncc = values["Negative current collector thickness [m]"]
    return Stack(
        plated
        | {
            "positive current collector": (
                L_pcc,
                L_pcc * values["Positive current collector density [kg.m-3]"],
            ),
            "composite cathode": (recipe.thickness_m, cathode_mass),
            "separator": (L_sep, L_sep * se_fraction * recipe.se_density_g_cm3 * 1e3),
            "anode": (L_an, m_an),
            "negative current collector": (
                L_ncc,
                L_ncc * values["Negative current collector density [kg.m-3]"],
            ),
        }
    )
