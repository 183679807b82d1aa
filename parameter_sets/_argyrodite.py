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
#: electrons = Li per formula unit - Li kept. This is the reaction on carbon and,
#: unless :data:`NCM_SIDE_REACTION` names another, on the active material.
SE_OXIDATION = {
    "Li6PS5Cl": (
        6,
        1,
        5,
        "Li6PS5Cl -> LiCl + 1/2 P2S5 + 5/2 S + 5 Li+ + 5 e- (Auvergniot et al., Chem. "
        "Mater. 29 (2017) 3883: S, Li polysulfides, P2Sx (x >= 5), phosphates and LiCl "
        "at the positive electrode, abstract checked; Tan et al. 2019: S and P2S5 on "
        "carbon)",
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

#: solid phases of the reactions below: (molar mass [g.mol-1], density [g.cm-3],
#: source). Handbook densities are estimates (values as commonly tabulated, not
#: re-read here); NCM and Li6PS5Cl are this project's values
PHASES = {
    "Li6PS5Cl": (268.37, 1.86, "Kim 2024 (measured density)"),
    "LiCl": (42.39, 2.07, "estimate: handbook density 2.07 g/cm3"),
    "P2S5": (444.55, 2.09, "estimate: handbook density 2.09 g/cm3"),
    "S": (32.06, 2.07, "estimate: alpha-sulfur, handbook density 2.07 g/cm3"),
    "Li3PO4": (115.79, 2.48, "estimate: handbook density of gamma-Li3PO4 2.48 g/cm3"),
    "Li2SO4": (109.94, 2.22, "estimate: handbook density 2.22 g/cm3"),
    "MO2": (
        90.34,
        4.41,
        "charged NCM811 site Ni0.8Co0.1Mn0.1O2 (97.28 g/mol LiMO2 less its Li), in "
        "the lattice volume of the NCM at 4.75 g/cm3 (Kim 2024 vol%; estimate: "
        "the volume kept on delithiation)",
    ),
    "MO": (
        74.34,
        6.5,
        "estimate: rock-salt (Ni0.8Co0.1Mn0.1)O of a reconstructed NCM surface, "
        "NiO-like (handbook NiO 6.67 g/cm3, rounded down for Co/Mn and disorder)",
    ),
}

#: element content of each species (charge under "+")
SPECIES = {
    "Li6PS5Cl": {"Li": 6, "P": 1, "S": 5, "Cl": 1},
    "LiCl": {"Li": 1, "Cl": 1},
    "P2S5": {"P": 2, "S": 5},
    "S": {"S": 1},
    "Li3PO4": {"Li": 3, "P": 1, "O": 4},
    "Li2SO4": {"Li": 2, "S": 1, "O": 4},
    "MO2": {"M": 1, "O": 2},
    "MO": {"M": 1, "O": 1},
    "Li+": {"Li": 1, "+": 1},
    "e-": {"+": -1},
}

#: written SE oxidation reactions at the cathode, per SE formula unit: species ->
#: coefficient (reactants negative), and their sources. "M" is the NCM's
#: transition metal; "MO2" a charged (delithiated) NCM site, "MO" the rock-salt
#: it reconstructs to when it gives lattice oxygen away
REACTIONS = {
    "sulfide products": (
        {
            "Li6PS5Cl": -1,
            "LiCl": 1,
            "P2S5": 0.5,
            "S": 2.5,
            "Li+": 5,
            "e-": 5,
        },
        SE_OXIDATION["Li6PS5Cl"][3],
    ),
    "oxygenated products, lattice oxygen": (
        {
            "Li6PS5Cl": -1,
            "MO2": -8,
            "LiCl": 1,
            "Li3PO4": 1,
            "Li2SO4": 1,
            "S": 4,
            "MO": 8,
        },
        "the phosphate and sulfate Kim 2024 (XPS) and Walther et al., Chem. Mater. "
        "31 (2019) 3745 (ToF-SIMS; not re-read here) see on the NCM, with the oxygen "
        "from the NCM lattice: the SE keeps all its Li (LiCl + Li3PO4 + Li2SO4), one "
        "S goes S(-II) -> S(VI) and four to S(0), 16 e- that reduce 8 charged NCM "
        "sites M(IV) -> M(II), which give one O each and reconstruct to rock salt. "
        "No electron leaves the cathode: a chemical reaction, whose irreversible "
        "capacity is the 8 charged NCM sites lost (x = 0, the most the NCM can lose "
        "per formula unit; estimate)",
    ),
}


def reaction_balance(name):
    """Element and charge totals of :data:`REACTIONS` ``name`` (all zero when it
    is balanced), as {element: net amount}."""
    stoich, _ = REACTIONS[name]
    net = {}
    for species, nu in stoich.items():
        for element, n in SPECIES[species].items():
            net[element] = net.get(element, 0.0) + nu * n
    return net


def phase_molar_volume(species):
    """Molar volume of a solid phase of :data:`PHASES` [m3.mol-1]."""
    mass, density, _ = PHASES[species]
    return mass / density * 1e-6


def reaction_quantities(name):
    """What a written reaction does per SE formula unit oxidised.

    Returns a dict: "electrons" (leaving the cathode), "lithium released" (Li+
    into the SE), "lithium kept" (in the solid products), "lattice oxygen"
    (taken from the NCM), "NCM sites lost" (charged NCM sites reconstructed to
    rock salt, each one unit of Li capacity), "irreversible charge" (electrons
    + NCM sites lost: what the first cycle cannot give back, per formula unit),
    "product volume [m3.mol-1]" (solid products, rock salt included) and
    "layer volume per irreversible charge [m3.mol-1]".
    """
    stoich, _ = REACTIONS[name]
    unbalanced = {k: v for k, v in reaction_balance(name).items() if abs(v) > 1e-12}
    if unbalanced:
        raise ValueError(f"reaction {name!r} is not balanced: {unbalanced}")
    solids = {k: v for k, v in stoich.items() if k in PHASES and k != "Li6PS5Cl"}
    products = {k: v for k, v in solids.items() if v > 0}
    electrons = stoich.get("e-", 0.0)
    sites = stoich.get("MO", 0.0)
    volume = sum(v * phase_molar_volume(k) for k, v in products.items())
    irreversible = electrons + sites
    return {
        "electrons": electrons,
        "lithium released": stoich.get("Li+", 0.0),
        "lithium kept": float(
            sum(v * SPECIES[k].get("Li", 0) for k, v in products.items())
        ),
        "lattice oxygen": -2 * stoich.get("MO2", 0.0) - sites + 0.0,
        "NCM sites lost": sites,
        "irreversible charge": irreversible,
        "product volume [m3.mol-1]": volume,
        "layer volume per irreversible charge [m3.mol-1]": volume / irreversible,
    }


#: the reaction on the NCM in the model: an electrochemical one (the chemical,
#: lattice-oxygen one removes NCM sites, a loss of active material the model does
#: not hold; per irreversible charge its layer is as thick, see
#: :func:`reaction_quantities`)
NCM_SIDE_REACTION = "sulfide products"


def se_oxidation_table(formula):
    """Stoichiometry of the SE's anodic decomposition, as {name: (value, source)}.

    ``formula`` is a key of :data:`SE_OXIDATION`. The side reactions consume SE formula
    units at (current / (electrons x F)); the Li+ they release (= electrons) leaves
    the SE for the anode, the Li kept stays in the solid products ("Lithium in SE
    oxidation products [mol]"). The reaction on carbon is the one of
    :data:`SE_OXIDATION`; the reaction on the active material ("Positive electrode
    SE oxidation ...") has its own entries, for Li6PS5Cl from
    :data:`NCM_SIDE_REACTION`, with the products' volume per formula unit ("CEI
    molar volume [m3.mol-1]").
    """
    li, kept, electrons, reaction = SE_OXIDATION[formula]
    am = (kept, electrons, reaction)
    if formula == "Li6PS5Cl":
        q = reaction_quantities(NCM_SIDE_REACTION)
        am = (q["lithium kept"], q["electrons"], REACTIONS[NCM_SIDE_REACTION][1])
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
        "Positive electrode SE oxidation lithium kept in products per formula unit": (
            float(am[0]),
            am[2],
        ),
        "Positive electrode SE oxidation electrons per formula unit": (
            float(am[1]),
            am[2],
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
