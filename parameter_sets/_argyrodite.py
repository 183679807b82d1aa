"""Solid-electrolyte values shared by the parameter sets (Li6PS5Cl and the generic
single-ion table)."""

from assb_models.parameters.laws import arrhenius_conductivity

#: Li6PS5Cl density [g.cm-3], as measured by Kim et al. 2024
SE_DENSITY = 1.86
#: molar mass of Li6PS5Cl [kg.mol-1] (6*6.941 + 30.974 + 5*32.06 + 35.453 g/mol)
SE_MOLAR_MASS = 0.26837
#: Faraday constant [C.mol-1]
F = 96485.33212


#: anodic decomposition of sulfide SEs, per formula unit: (Li per formula unit, Li
#: kept in the solid products, electrons = Li+ released, the written reaction). The
#: products are neutral, so every Li+ released leaves one electron:
#: electrons = Li per formula unit - Li kept.
SE_OXIDATION = {
    "Li6PS5Cl": (
        6,
        1,
        5,
        "Li6PS5Cl -> LiCl + 1/2 P2S5 + 5/2 S + 5 Li+ + 5 e- (Auvergniot et al., Chem. "
        "Mater. 29 (2017) 3883; Schwietert et al., Nat. Mater. 19 (2020) 428)",
    ),
    "Li3PS4": (
        3,
        0,
        3,
        "Li3PS4 -> 1/2 P2S5 + 3/2 S + 3 Li+ + 3 e- (Richards et al., Chem. Mater. 28 "
        "(2016) 266: Li3PS4 oxidises to P2S5 + S)",
    ),
    "Li10GeP2S12": (
        10,
        0,
        10,
        "Li10GeP2S12 -> GeS2 + P2S5 + 5 S + 10 Li+ + 10 e- (Han et al., Adv. Energy "
        "Mater. 6 (2016) 1501590)",
    ),
}


def se_oxidation_table(formula):
    """Stoichiometry of the SE's anodic decomposition, as {name: (value, source)}.

    ``formula`` is a key of :data:`SE_OXIDATION`. The side reactions consume SE formula
    units at (current / (electrons x F)); the Li+ they release (= electrons) leaves
    the SE for the anode, the Li kept stays in the solid products ("Lithium in SE
    oxidation products [mol]").
    """
    li, kept, electrons, reaction = SE_OXIDATION[formula]
    return {
        "Solid electrolyte lithium per formula unit": (float(li), f"{formula}"),
        "Solid electrolyte oxidation lithium kept in products per formula unit": (
            float(kept),
            reaction,
        ),
        "Solid electrolyte oxidation electrons per formula unit": (
            float(electrons),
            reaction,
        ),
    }


def single_ion_se_table(
    conductivity, activation_energy, li_concentration, formula=None
):
    """Values of a single-ion solid electrolyte with their sources.

    The first three arguments are ``(value, source)`` pairs: ionic conductivity at
    the reference temperature [S.m-1], its activation energy [J.mol-1] and the Li+
    concentration of the SE [mol.m-3]. ``formula`` (a key of :data:`SE_OXIDATION`)
    adds the stoichiometry of its oxidation. Returns {name: (value, source)} with
    PyBaMM's electrolyte entries set for a single-ion conductor (transference
    number 1).
    """
    table = {} if formula is None else se_oxidation_table(formula)
    return table | {
        "Solid electrolyte conductivity at reference temperature [S.m-1]": conductivity,
        "Solid electrolyte conductivity activation energy [J.mol-1]": activation_energy,
        "Electrolyte conductivity [S.m-1]": (
            arrhenius_conductivity,
            "Arrhenius law of the two parameters above",
        ),
        "Initial concentration in electrolyte [mol.m-3]": li_concentration,
        "Cation transference number": (1.0, "single-ion conductor (Mangani 2020)"),
        "Thermodynamic factor": (1.0, "unused: no concentration gradients in the SE"),
        "Electrolyte diffusivity [m2.s-1]": (
            1e-12,
            "unused: no concentration states in the SE (value only for PyBaMM's "
            "surface-form submodels, which multiply it by zero gradients)",
        ),
    }


def li6ps5cl_table(conductivity, conductivity_source):
    """Li6PS5Cl values with their sources, as {name: (value, source)}.

    Parameters
    ----------
    conductivity : float
        Ionic conductivity at the reference temperature [S.m-1].
    conductivity_source : str
        Where that value comes from.
    """
    return single_ion_se_table(
        (conductivity, conductivity_source),
        (
            0.35 * F,
            "estimate: 0.35 eV, middle of the 0.30-0.40 eV reported for argyrodites",
        ),
        (
            6 * SE_DENSITY * 1e3 / SE_MOLAR_MASS,
            "Li+ in Li6PS5Cl: 6 x density 1.86 g/cm3 (Kim 2024) / 268.37 g/mol",
        ),
        formula="Li6PS5Cl",
    )
