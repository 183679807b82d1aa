"""Tan et al. 2021: dense 99.9 wt% micro-Si | Li6PS5Cl | NCM811 full cells.

D. H. S. Tan, Y.-T. Chen, H. Yang, W. Bao, B. Sreenarayanan, J.-M. Doux, W. Li,
B. Lu, S.-Y. Ham, B. Sayahpour, J. Scharf, E. A. Wu, G. Deysher, H. E. Han,
H. J. Hah, H. Jeong, J. B. Lee, Z. Chen, Y. S. Meng, "Carbon-free high-loading
silicon anodes enabled by sulfide solid electrolytes", Science 373 (2021) 1494,
doi:10.1126/science.abg7217.

What was checked: the copy of the paper reachable here (studylib) gives its title,
authors and abstract: a 99.9 wt% micro-Si anode with no carbon and no SE inside,
Li6PS5Cl separator, full cells with high areal current density, a wide operating
temperature range and high areal loadings, the SEI confined to the planar SE/Si
contact ("eliminates continuous interfacial growth"). Its figures, methods and
supplementary tables were not reachable, so every number of the cells (loadings,
N/P, pressure, cut-offs, current densities, first-cycle CE, retention) is as
recalled from the paper and marked "estimate" with that reasoning (a search of
the stored pages, documentation and code for its figures, first-cycle CE,
retention and capacity at 5 mA/cm2 found only the abstract and a third-party
note of the ~50 MPa cycling pressure, p. 1497): they are
listed in :data:`PAPER` with the figure they are recalled from, and scored as
such by the reproduction :mod:`assb_models.reproductions.tan2021`.

The cathode side (NCM811 OCP, diffusivity, kinetics, SE) is the Kim2024 set's
(Ni-rich NCM vs Li6PS5Cl), read from it with this paper's composite; the Si side
comes from the Li-Si literature named beside each value; the SE reduction on the
Si is the Li6PS5Cl reduction of the Park2021 set (written reaction, product molar
volumes, parabolic rate on Li), slowed by the Si potential in the model: no value
is tuned to this paper.

References
----------
.. [1] Tan et al., Science 373 (2021) 1494.
.. [2] Verbrugge, Baker, Xiao, J. Electrochem. Soc. 163 (2016) A262 (Li-Si OCP
       fit, PyBaMM's Chen2020_composite functions, imported, not copied).
.. [3] Obrovac & Christensen, Electrochem. Solid-State Lett. 7 (2004) A93; Beaulieu
       et al., Electrochem. Solid-State Lett. 4 (2001) A137 (Li15Si4, 280 % volume
       expansion).
"""

from pybamm.input.parameters.lithium_ion.Chen2020_composite import (
    silicon_ocp_average_Mark2016,
)

from assb_models.citations import BIBTEX
from assb_models.parameters.set_record import (
    ParameterSetRecord,
    module_description,
    recipe_defaults,
)
from assb_models.validation import InvalidInputError, require_positive

from . import Kim2024, Park2021
from ._argyrodite import F
from ._provenance import sources_of, values_of

CITATION = BIBTEX["Tan2021"]

#: model options of the published cell: the Si film with the SE reduced on its
#: planar contact (parabolic, self-limiting: Li2S, Li3P, LiCl block electrons)
MODEL_OPTIONS = {"anode": "silicon", "anode interphase": "diffusion-limited"}

_RECALLED = (
    "estimate: as recalled from Tan 2021 ({where}); the copy of the paper reachable "
    "here gives only the abstract, so the number is not checked"
)

#: the paper's numbers, as {key: (value, unit, where, status)}; "recalled" values
#: could not be checked against a copy of the paper (see the module docstring)
PAPER = {
    "full_cell_first_cycle_ce": (
        0.80,
        "-",
        "Fig. 3, first-cycle charge/discharge of uSi||NCM811",
        "recalled",
    ),
    "retention_500_cycles": (
        0.80,
        "-",
        "Fig. 3, 500 cycles at 5 mA/cm2, RT; 80 % after 500 cycles at room "
        "temperature as LG Energy Solution announced the paper (Maeil Business, "
        "2021-09-24) and Engadget reported it (the current density not given there)",
        "checked in secondary reports",
    ),
    "cycling_current_density_mA_cm2": (
        5.0,
        "mA/cm2",
        "Fig. 3, long cycling",
        "recalled",
    ),
    "areal_capacity_mAh_cm2": (
        2.0,
        "mAh/cm2",
        "Fig. 3, long cycling at 5 mA/cm2",
        "recalled",
    ),
    "temperature_range_C": ((-20.0, 80.0), "degC", "Fig. 3 and abstract", "recalled"),
    "si_wt_percent": (99.9, "wt%", "title/abstract", "checked"),
}

# ---------------------------------------------------------------- materials
#: Si density [g.cm-3] and molar mass [g.mol-1] (CRC Handbook)
SI_DENSITY, SI_MOLAR_MASS = 2.33, 28.086
#: Li per Si at full lithiation (Li15Si4, Obrovac & Christensen 2004)
LI_PER_SI = 3.75
#: Li15Si4 volume over Si volume (280 % expansion, Beaulieu 2001)
SI_VOLUME_RATIO = 3.8
#: NCM811 charge per gram used to size the cell [mAh.g-1] (estimate: Ni-rich NCM
#: at low rate to 4.3 V vs Li delivers ~200)
NCM_MAH_G = 200.0


def si_capacity_mah_g():
    """Theoretical capacity of Si to Li15Si4 [mAh.g-1] (3579)."""
    return LI_PER_SI * F / 3.6 / SI_MOLAR_MASS


def _table(am_loading_mg_cm2, n_p_ratio, sei_growth_constant):
    kim, recipe = Kim2024._tables(
        am_wt_percent=66.0,
        carbon_wt_percent=3.0,
        anode="Li-In",
        am_loading_mg_cm2=am_loading_mg_cm2,
        pristine=True,
    )
    kim_src = {
        name: (value, f"as Kim2024: {src}") for name, (value, src) in kim.items()
    }
    recipe_src = (
        _RECALLED.format(where="Methods: NCM811 : Li6PS5Cl : VGCF 66 : 31 : 3 wt%")
        + f"; NCM811 loading {am_loading_mg_cm2:g} mg/cm2 (estimate: ~2.4 mAh/cm2 "
        "at 200 mAh/g, the areal capacity recalled for the 5 mA/cm2 cycling, Fig. "
        "3); densities, voids and carbon contact as Kim2024"
    )
    for name, value in recipe.to_parameters().items():
        kim_src[name] = (value, recipe_src)
    # the Li-In anode entries of Kim2024 do not apply
    for name in (
        "Negative electrode OCP [V]",
        "Negative electrode initial lithium content [mol.m-2]",
        "Exchange-current density for lithium metal electrode [A.m-2]",
        "Lower voltage cut-off [V]",
        "Upper voltage cut-off [V]",
        "Open-circuit voltage at 0% SOC [V]",
        "Open-circuit voltage at 100% SOC [V]",
        "Negative electrode thickness [m]",
        "Negative electrode conductivity [S.m-1]",
    ):
        kim_src.pop(name)
    interphase = Park2021.se_reduction_values(
        (
            "Lithium metal interphase molar volume [m3.mol-1]",
            "Solid electrolyte reduction electrons per formula unit",
            "Lithium metal SE reduction transfer coefficient",
            "Lithium metal interphase initial thickness [m]",
            "Lithium metal interphase ionic conductivity [S.m-1]",
            "Lithium metal interphase diffusion-limited growth constant [m2.s-1]",
        )
    )
    if sei_growth_constant is not None:
        interphase[
            "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"
        ] = (sei_growth_constant, "recipe argument sei_growth_constant_m2_s")
    capacity_mah = am_loading_mg_cm2 * NCM_MAH_G * 1e-3  # per cm2
    si_mg_cm2 = n_p_ratio * capacity_mah / si_capacity_mah_g() * 1e3
    c_max = LI_PER_SI * SI_DENSITY * 1e6 / SI_MOLAR_MASS
    omega = (SI_VOLUME_RATIO - 1) * SI_MOLAR_MASS / SI_DENSITY * 1e-6 / LI_PER_SI
    table = (
        kim_src
        | interphase
        | {
            "Nominal cell capacity [A.h]": (
                capacity_mah * 1e-3,
                f"NCM811 loading x {NCM_MAH_G:g} mAh/g x 1 cm2",
            ),
            "Current function [A]": (capacity_mah * 1e-3, "1C of the nominal capacity"),
            # silicon film
            "Negative electrode thickness [m]": (
                si_mg_cm2 * 1e-3 / SI_DENSITY * 1e-2,
                f"Li-free Si film: {si_mg_cm2:.3f} mg/cm2 of Si (N/P {n_p_ratio:g}, "
                f"estimate: {_RECALLED.format(where='Methods, N/P ~1.1')}) at 2.33 "
                "g/cm3, dense (the pressed micro-Si densifies on lithiation, Tan 2021 "
                "cross-sections)",
            ),
            "Silicon maximum lithium concentration [mol.m-3]": (
                c_max,
                "Li15Si4 (3.75 Li per Si, 3579 mAh/g; Obrovac & Christensen 2004) per "
                "volume of Si (2.33 g/cm3, 28.086 g/mol)",
            ),
            "Silicon lithium partial molar volume [m3.mol-1]": (
                omega,
                "Si expands by 280 % at Li15Si4 (Beaulieu 2001; Obrovac & Christensen "
                "2004), linear in Li content: 2.8 x 12.05 cm3/mol Si / 3.75 Li = 9.0 "
                "cm3/mol Li",
            ),
            "Silicon initial stoichiometry": (
                0.01,
                "estimate: pristine Si holds no Li; x = 0.01 (36 mAh/g of Si, 1 % of "
                "its capacity, counted in the cell's Li balance) keeps the SE/Si "
                "exchange current, which vanishes at x = 0, finite at the start",
            ),
            "Silicon OCP [V]": (
                silicon_ocp_average_Mark2016,
                "Verbrugge et al. 2016 fit (PyBaMM Chen2020_composite), mean of the "
                "lithiation and delithiation branches: hysteresis left out",
            ),
            "Silicon lithium diffusivity [m2.s-1]": (
                1e-12,
                "estimate: measured values of Li in a-Si span 1e-18-1e-14 m2/s, too "
                "slow for the dense films the paper cycles at mA/cm2 (a 3 um film at "
                "2C needs ~1e-13 in the host frame, ~1e-12 in the swollen one); the "
                "dense micro-Si lithiates by a moving front along particle "
                "boundaries, which Fick's law with this effective value stands for",
            ),
            "Silicon exchange-current density [A.m-2]": (
                10.0,
                "estimate: 1 mA/cm2 at half lithiation, the order of SE/alloy "
                "interfaces (Li-In|Li6PS5Cl 2 mA/cm2 in the Kim2024 set); planar "
                "contact only",
            ),
            "Negative electrode conductivity [S.m-1]": (
                100.0,
                "estimate: lithiated Si is a metallic conductor (>= 1e2 S/m); the film "
                "drop is microvolts",
            ),
            # cut-offs and conditions
            "Lower voltage cut-off [V]": (
                2.5,
                _RECALLED.format(where="Fig. 3, 2.5-4.3 V full-cell window"),
            ),
            "Upper voltage cut-off [V]": (
                4.3,
                _RECALLED.format(where="Fig. 3, 2.5-4.3 V full-cell window"),
            ),
            "Open-circuit voltage at 0% SOC [V]": (2.5, "same as the lower cut-off"),
            "Open-circuit voltage at 100% SOC [V]": (4.3, "same as the upper cut-off"),
            "Stack pressure at assembly [Pa]": (
                50e6,
                _RECALLED.format(where="p. 1497, cycling at ~50 MPa")
                + "; a third-party summary of the paper gives the same (~50 MPa, p. "
                "1497)",
            ),
        }
    )
    return table, recipe


def _tables(am_loading_mg_cm2=12.0, n_p_ratio=1.1, sei_growth_constant_m2_s=None):
    require_positive("am_loading_mg_cm2", am_loading_mg_cm2)
    require_positive("n_p_ratio", n_p_ratio)
    if sei_growth_constant_m2_s is not None and not sei_growth_constant_m2_s >= 0:
        raise InvalidInputError(
            f"'sei_growth_constant_m2_s' = {sei_growth_constant_m2_s!r} is outside "
            "the allowed range [0, inf)"
        )
    return _table(am_loading_mg_cm2, n_p_ratio, sei_growth_constant_m2_s)


def get_parameter_values(**recipe):
    """Parameters of a Tan 2021 micro-Si | Li6PS5Cl | NCM811 cell (pristine).

    Parameters
    ----------
    am_loading_mg_cm2 : float, optional
        NCM811 loading [mg.cm-2], default 12 (estimate, see the sources).
    n_p_ratio : float, optional
        Si capacity (3579 mAh/g) over NCM capacity (200 mAh/g), default 1.1.
    sei_growth_constant_m2_s : float, optional
        Parabolic SE/Si interphase growth constant at 0 V vs Li [m2.s-1]; default
        the Park2021 value of Li6PS5Cl on Li (the same SE reduction, read at the Si
        potential by the model); 0 gives the clean model (no SE reduction).

    Use with ``MODEL_OPTIONS`` (``"anode": "silicon"``).
    """
    return values_of(_tables(**recipe)[0], CITATION)


def get_sources(**recipe):
    """The source (paper + figure/table, or estimate with reasoning) of each value."""
    return sources_of(_tables(**recipe)[0])


def get_recipe(**recipe):
    """The :class:`~assb_models.parameters.recipe.CompositeCathodeRecipe` of a
    Tan 2021 cell."""
    return _tables(**recipe)[1]


#: this set's record (:mod:`assb_models.parameters.registry`)
SET = ParameterSetRecord(
    name="Tan2021",
    citation_key="Tan2021",
    get_parameter_values=get_parameter_values,
    get_sources=get_sources,
    recipe=recipe_defaults(_tables),
    model_options=MODEL_OPTIONS,
    get_recipe=get_recipe,
    description=module_description(__doc__),
)
