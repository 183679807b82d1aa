"""Layered NCM cathode materials: one law for their electronic conductivity and Li
diffusivity vs Li fraction, with the values of each material (:data:`NCM_MATERIALS`).

**The law.** Both quantities are interpolated log-linearly between measured points
(:func:`log_linear`): a small-polaron conductor's conductivity and a hopping
diffusivity change by decades, so a straight line in :math:`\\ln` between the
measured values is the interpolation that keeps the measured orders of magnitude
(a linear one across five decades puts the conductivity of a half-lithiated NCM
near its delithiated value). Outside the measured points the end values are held.

- electronic conductivity :math:`\\sigma_e(x)` [S.m-1], :func:`electronic_conductivity`;
- Li diffusivity :math:`D(x, T) = D_0\\,g(x)\\,
  \\exp\\left[\\frac{E_D}{R}\\left(\\frac{1}{T_{ref}} - \\frac{1}{T}\\right)\\right]`
  [m2.s-1], :func:`diffusivity`, with :math:`D_0` "Positive particle diffusivity at
  low lithiation [m2.s-1]" and :math:`E_D` "Positive particle diffusivity
  activation energy [J.mol-1]" (both at :math:`T_{ref}` = 298.15 K, where
  :math:`D_0` and the kinetic loss below are measured) and :math:`g` falling
  log-linearly from 1 at :math:`x_k` to :math:`10^{-n}` at :math:`x = 1`: the last
  Li sites of a layered oxide fill slowly, so at a finite rate a discharge ends
  before the NCM is relithiated (Robert & Novak, Chem. Mater. 30 (2018) 1907,
  abstract, checked: the first-cycle loss of a Ni-rich NCA is "due to low Li+-ion
  diffusion kinetics on discharge" and part of it returns on a deeper discharge).
  Being a diffusion limit, the loss follows the diffusivity's Arrhenius factor: at
  a higher temperature the same rate leaves less Li unfilled. That unfilled capacity
  is the kinetic (recoverable) part of the first-cycle loss: Kasnatscheew et al.,
  Phys. Chem. Chem. Phys. 18 (2016) 3956 (abstract, checked) measured 22.1 mAh/g of the
  36.3 mAh/g first-cycle loss of NCM111 (charged to 4.6 V) returning in a
  constant-potential step at the discharge cut-off (relithiation confirmed by
  ICP-OES), 4.2 mAh/g intrinsic to NCM and under 10 mAh/g irreversible.

**Per material** (:class:`NcmMaterial`): density, molar mass, the conductivity
points, :math:`D_0`, :math:`E_D`, the drop :math:`n` and its start :math:`x_k`.
:math:`x_k` is fitted, per material, so that the model's first cycle at 0.05 C and
25 C without side reactions leaves the kinetic loss ``kinetic_loss_mAh_g`` unfilled
(``experiments/ncm_kinetic_loss.py``); it is fitted to that literature value, not
to a paper target. At another temperature the loss is predicted by :math:`E_D`.
Where the only first-cycle measurement of a material is a cell's first-cycle
efficiency at its own temperature, rate and window (the Ni90 of Lee 2020), x_k is
fitted to that at those conditions, and the 25 C, 0.05 C loss is the prediction.

Sets use it as (``assb_models.parameter_sets._ncm``)::

    from ._ncm import NCM_MATERIALS, ncm_table
    table.update(ncm_table(NCM_MATERIALS["Ni90"]))
"""

from dataclasses import dataclass

import numpy as np
import pybamm

from assb_models.validation import InvalidInputError

#: name of the diffusivity scale the law multiplies
D0_NAME = "Positive particle diffusivity at low lithiation [m2.s-1]"
#: name of the activation energy of the law's Arrhenius factor
EA_NAME = "Positive particle diffusivity activation energy [J.mol-1]"
#: temperature at which D0 and the kinetic loss of each material hold [K] (25 C)
T_REF = 298.15


def log_linear(points, name="log_linear"):
    """Function of the Li fraction x that interpolates ``points`` in :math:`\\ln`.

    .. math::
        \\ln y(x) = \\ln y_0 + \\sum_i \\frac{\\ln y_{i+1} - \\ln y_i}
        {x_{i+1} - x_i}\\left(\\min(\\max(x, x_i), x_{i+1}) - x_i\\right)

    ``points`` are (x, y) pairs with x strictly increasing in [0, 1] and y > 0.
    Below the first and above the last x the end values are held (no extrapolation).
    """
    xs = np.array([p[0] for p in points], dtype=float)
    ys = np.array([p[1] for p in points], dtype=float)
    if len(xs) < 2 or np.any(np.diff(xs) <= 0) or xs[0] < 0 or xs[-1] > 1:
        raise InvalidInputError(
            f"'{name}' points: x = {xs.tolist()} must be at least two strictly "
            "increasing Li fractions in [0, 1]"
        )
    if np.any(ys <= 0):
        raise InvalidInputError(
            f"'{name}' points: values {ys.tolist()} must all be positive"
        )
    return LogLinear(xs, np.log(ys), name)


class LogLinear:
    """The function :func:`log_linear` returns: a module-level class, so that sets
    holding it pickle (process pools, Dask)."""

    def __init__(self, xs, logs, name):
        self.xs = xs
        self.logs = logs
        self.slopes = np.diff(logs) / np.diff(xs)
        self.__name__ = name

    def __call__(self, sto):
        xs, logs = self.xs, self.logs
        if not isinstance(sto, pybamm.Symbol):  # numbers: numpy
            return np.exp(np.interp(sto, xs, logs))
        log_y = float(logs[0])
        for x_i, x_j, slope in zip(xs[:-1], xs[1:], self.slopes, strict=True):
            clipped = pybamm.minimum(pybamm.maximum(sto, float(x_i)), float(x_j))
            log_y = log_y + float(slope) * (clipped - float(x_i))
        return pybamm.exp(log_y)


@dataclass(frozen=True)
class NcmMaterial:
    """Values of one NCM for the law of this module; each ``*_source`` says where
    the value comes from.

    Attributes
    ----------
    name : str
        Short name (key of :data:`NCM_MATERIALS`).
    density_g_cm3 : float
        True density [g.cm-3].
    molar_mass_kg_mol : float
        Molar mass of LiNi_aCo_bMn_cO2 [kg.mol-1].
    conductivity_points : tuple
        (Li fraction, electronic conductivity [S.m-1]) pairs, measured.
    d0_m2_s : float
        Li diffusivity away from full lithiation at 25 C [m2.s-1].
    activation_energy_J_mol : float
        Activation energy :math:`E_D` of the diffusivity [J.mol-1].
    drop_decades : float
        Decades :math:`n` by which D falls from :math:`x_k` to x = 1.
    drop_start : float
        Li fraction :math:`x_k` where the fall starts (fitted to the kinetic loss).
    kinetic_loss_mAh_g : float
        First-cycle kinetic (recoverable) loss at 0.05 C and 25 C on the reference
        cell [mAh.g-1]: the value ``drop_start`` is fitted to, or, for a material
        fitted to a first-cycle efficiency at other conditions (its
        ``drop_start_source`` says which), the law's prediction there.
    reversible_capacity_mAh_g : float
        Practical reversible capacity of the material at low rate [mAh.g-1] (a set
        may use it for its 1C).
    """

    name: str
    density_g_cm3: float
    density_source: str
    molar_mass_kg_mol: float
    molar_mass_source: str
    conductivity_points: tuple
    conductivity_source: str
    d0_m2_s: float
    d0_source: str
    activation_energy_J_mol: float
    activation_energy_source: str
    drop_decades: float
    drop_decades_source: str
    drop_start: float
    drop_start_source: str
    kinetic_loss_mAh_g: float
    kinetic_loss_source: str
    reversible_capacity_mAh_g: float
    reversible_capacity_source: str

    @property
    def maximum_concentration(self):
        """Li sites per volume [mol.m-3] (one per formula unit)."""
        return self.density_g_cm3 * 1e3 / self.molar_mass_kg_mol

    @property
    def theoretical_capacity_mAh_g(self):
        """Capacity of all the Li [mAh.g-1]."""
        return 96485.33212 / 3.6 / (self.molar_mass_kg_mol * 1e3)


def electronic_conductivity(material):
    """:math:`\\sigma_e(x, T)` [S.m-1] of ``material``: :func:`log_linear` through
    its measured points (no temperature dependence)."""
    sigma = log_linear(material.conductivity_points, f"sigma_e_{material.name}")
    return _Conductivity(sigma, f"ncm_electronic_conductivity_{material.name}")


class _Conductivity:
    """sigma_e(sto, T) = sigma(sto) (picklable)."""

    def __init__(self, sigma, name):
        self.sigma = sigma
        self.__name__ = name

    def __call__(self, sto, T):
        return self.sigma(sto)


class _Diffusivity:
    """D(sto, T) = D_0 g(sto) exp[E_D/R (1/T_ref - 1/T)] (picklable)."""

    def __init__(self, g, name):
        self.g = g
        self.__name__ = name

    def __call__(self, sto, T):
        arrhenius = pybamm.exp(
            pybamm.Parameter(EA_NAME) / pybamm.constants.R * (1 / T_REF - 1 / T)
        )
        return pybamm.Parameter(D0_NAME) * self.g(sto) * arrhenius


def diffusivity(material, drop=True):
    """:math:`D(x, T) = D_0 g(x) \\exp[E_D/R (1/T_{ref} - 1/T)]` [m2.s-1] of
    ``material`` with :math:`g` log-linear from 1 at :math:`x_k` to
    :math:`10^{-n}` at x = 1; ``drop=False`` gives the same law without the drop
    (:math:`g = 1`: no kinetic first-cycle loss, for attribution)."""
    end = 10.0 ** (-material.drop_decades) if drop else 1.0
    g = log_linear(
        ((material.drop_start, 1.0), (1.0, end)),
        f"diffusivity_drop_{material.name}" if drop else "no_drop",
    )

    return _Diffusivity(
        g, f"ncm_diffusivity_{material.name}" + ("" if drop else "_without_drop")
    )


def ncm_table(material):
    """The NCM entries of a parameter table, {name: (value, source)}."""
    points = ", ".join(
        f"x = {x:g}: {s:.3g} S/m" for x, s in material.conductivity_points
    )
    return {
        "Positive electrode conductivity [S.m-1]": (
            electronic_conductivity(material),
            f"log-linear between measured points ({points}): "
            f"{material.conductivity_source} (law: parameter_sets/_ncm.py)",
        ),
        "Positive particle diffusivity [m2.s-1]": (
            diffusivity(material),
            f"D0 x 10^(-{material.drop_decades:g}) log-linearly from x = "
            f"{material.drop_start:g} to 1 (parameter_sets/_ncm.py): decades "
            f"{material.drop_decades_source}; start {material.drop_start_source}; "
            f"kinetic loss {material.kinetic_loss_mAh_g:g} mAh/g at 0.05 C: "
            f"{material.kinetic_loss_source}",
        ),
        D0_NAME: (material.d0_m2_s, f"at 25 C: {material.d0_source}"),
        EA_NAME: (
            material.activation_energy_J_mol,
            f"{material.activation_energy_source} (reference 25 C: the law's "
            "Arrhenius factor is 1 there, parameter_sets/_ncm.py)",
        ),
        "Maximum concentration in positive electrode [mol.m-3]": (
            material.maximum_concentration,
            f"density {material.density_g_cm3:g} g/cm3 ({material.density_source}) / "
            f"molar mass {material.molar_mass_kg_mol * 1e3:.2f} g/mol "
            f"({material.molar_mass_source}); "
            f"{material.theoretical_capacity_mAh_g:.0f} mAh/g theoretical",
        ),
    }


#: measured points of the Ni-rich materials' electronic conductivity
_NI_RICH_SIGMA = ((0.25, 1.0), (1.0, 0.522))
_NI_RICH_SIGMA_SOURCE = (
    "x = 1: 5.22 mS/cm, the electronic conductivity that Ketter et al., Nat. "
    "Commun. 2025 (doi 10.1038/s41467-025-56514-5) give the electron-conducting "
    "phase of an 80/20 vol% composite (README of their resistor-network code, "
    "example 3, 'section S21': read in a public copy of the code, GitHub "
    "f-fathurrahman/ffr-komputasi-material, not in the paper; taken as pristine "
    "pressed LiNi0.83Co0.11Mn0.06O2, the composite's conductor); x = 0.25: "
    "~1e-2 S/cm for NMC523 and NMC333 with 75 % of "
    "the Li removed, Amin & Chiang, J. Electrochem. Soc. 163 (2016) A1512 "
    "(abstract, checked; no charged Ni-rich value found, estimate for Ni-rich). "
    "Amin & Chiang's lithiated value (~1e-7 S/cm) is for NMC333/523: Ni-rich NCM "
    "conducts far better when lithiated, and with 1e-7 S/cm the carbon-free Kim "
    "2024 cell (90/0 wt%) would lose 34 mAh/g at 0.05 C to electronic transport "
    "alone, more than its measured total first-cycle loss (26.3 mAh/g)"
)
_KINETIC = (
    "estimate: Kasnatscheew et al., PCCP 18 (2016) 3956 (abstract, checked) "
    "measured 22.1 mAh/g recovered by a constant-potential step at the discharge "
    "cut-off for NCM111 charged to 4.6 V (Li extraction ~0.8); a Ni-rich NCM charged "
    "to 4.25-4.3 V is delithiated about as deeply, and no Ni-rich measurement was "
    "found, so the same value is taken"
)
_DECADES = (
    "estimate: GITT on layered NCM finds the chemical diffusivity falling by one "
    "to three decades near full lithiation, with values scattered over up to four "
    "decades between studies (Kang & Chueh, J. Electrochem. Soc. 168 (2021) "
    "120504, checked); the middle, two decades, is used"
)
_D0 = "Chen et al. 2020, J. Electrochem. Soc. 167 080534, Table VII (NMC811)"
#: activation energy of the NMC811 Li diffusivity [J.mol-1]: 1449 K x R
_EA_NI_RICH = 1449 * 8.314462618
_EA_NI_RICH_SOURCE = (
    "O'Regan et al., Electrochim. Acta 425 (2022) 140700: the Arrhenius fit of the "
    "GITT Li diffusivity of the LG M50 NMC811 over temperature, E/R = 1449 K "
    "(12.0 kJ/mol; read in PyBaMM's ORegan2022 set, nmc_LGM50_diffusivity_ORegan2022, "
    "checked), the same cell whose 25 C diffusivity (Chen et al. 2020) is D0. Other "
    "NMC811 values: 25 kJ/mol (O'Kane et al. 2022 after Cabanero et al. 2018, PyBaMM's "
    "OKane2022 set); 0.3-0.5 eV is often assumed for Li hopping, with no measurement "
    "found for Ni-rich NCM"
)

#: the NCM materials of the parameter sets, by name
NCM_MATERIALS = {
    # Sakka 2022's NCM111 (the material Amin & Chiang and Kasnatscheew measured)
    "NCM111": NcmMaterial(
        name="NCM111",
        density_g_cm3=4.77,
        density_source="estimate: crystallographic density of LiNi1/3Co1/3Mn1/3O2",
        molar_mass_kg_mol=0.09646,
        molar_mass_source="LiNi1/3Co1/3Mn1/3O2 (6.94 + (58.69 + 58.93 + 54.94)/3 + "
        "32.00 g/mol)",
        conductivity_points=((0.25, 1.0), (1.0, 1e-5)),
        conductivity_source=(
            "Amin & Chiang, J. Electrochem. Soc. 163 (2016) A1512 (abstract, "
            "checked): NMC333 from ~1e-7 S/cm fully lithiated (x = 1) to ~1e-2 S/cm "
            "with 75 % of the Li removed (x = 0.25)"
        ),
        d0_m2_s=1e-14,
        d0_source="estimate: NCM111 Li diffusivity 1e-15-1e-13 m2/s (GITT "
        "literature, scattered over decades: Kang & Chueh 2021)",
        activation_energy_J_mol=_EA_NI_RICH,
        activation_energy_source="estimate: the NMC811 value (no NCM111 "
        "measurement found; the Sakka2022 set runs at 25 C, where it drops out). "
        + _EA_NI_RICH_SOURCE,
        drop_decades=3.0,
        drop_decades_source=_DECADES.replace("the middle, two", "the upper end, three")
        + " (with two, D0 = 1e-14 m2/s leaves at most 16.6 mAh/g unfilled)",
        drop_start=0.753,
        drop_start_source=(
            "fitted by experiments/ncm_kinetic_loss.py: 22.1 mAh/g (charge - "
            "discharge) in the first 0.05 C cycle of the reference cell (Kim 2024 "
            "90/3 wt% recipe with this material's sigma_e, D, c_max and the "
            "Sakka2022 NCM111 OCP) with side reactions off"
        ),
        kinetic_loss_mAh_g=22.1,
        kinetic_loss_source=(
            "Kasnatscheew et al., PCCP 18 (2016) 3956 (abstract, checked): NCM111, "
            "22.1 mAh/g returned by a constant-potential step at the discharge "
            "cut-off (charged to 4.6 V; estimate: taken at 4.3 V too)"
        ),
        reversible_capacity_mAh_g=155.0,
        reversible_capacity_source="NCM111 to 4.3 V vs Li (Sakka2022 set, estimate)",
    ),
    # Kim 2024's Ni-rich NCM (composition not given; NCM811 values)
    "NCM811": NcmMaterial(
        name="NCM811",
        density_g_cm3=4.75,
        density_source="implied by the vol% of Kim 2024 (K1 holds)",
        molar_mass_kg_mol=0.09728,
        molar_mass_source="LiNi0.8Co0.1Mn0.1O2",
        conductivity_points=_NI_RICH_SIGMA,
        conductivity_source=_NI_RICH_SIGMA_SOURCE,
        d0_m2_s=4e-15,
        d0_source=_D0,
        activation_energy_J_mol=_EA_NI_RICH,
        activation_energy_source=_EA_NI_RICH_SOURCE,
        drop_decades=2.0,
        drop_decades_source=_DECADES,
        drop_start=0.713,
        drop_start_source=(
            "fitted by experiments/ncm_kinetic_loss.py: 22.1 mAh/g (charge - "
            "discharge) in the first 0.05 C cycle of the Kim 2024 90/3 wt% cell "
            "with side reactions off"
        ),
        kinetic_loss_mAh_g=22.1,
        kinetic_loss_source=_KINETIC,
        reversible_capacity_mAh_g=200.0,
        reversible_capacity_source="estimate: Ni-rich NCM at low rate (Kim 2024's 1C)",
    ),
    # Lee 2020's coated Ni90 NCM (~215 mAh/g)
    "Ni90": NcmMaterial(
        name="Ni90",
        density_g_cm3=4.78,
        density_source=(
            "estimate: crystallographic density of LiNi0.9Co0.05Mn0.05O2 (a = "
            "2.873, c = 14.20 Angstrom, Z = 3: 4.78 g/cm3)"
        ),
        molar_mass_kg_mol=0.09745,
        molar_mass_source="LiNi0.9Co0.05Mn0.05O2 (6.94 + 0.9*58.69 + 0.05*58.93 + "
        "0.05*54.94 + 32.00 g/mol)",
        conductivity_points=_NI_RICH_SIGMA,
        conductivity_source=_NI_RICH_SIGMA_SOURCE
        + "; estimate for Ni90: electronic conductivity of layered oxides rises "
        "with Ni content, so NCM83's value is if anything low",
        d0_m2_s=4e-15,
        d0_source=_D0 + "; estimate: taken for Ni90 (no Ni90 value found)",
        activation_energy_J_mol=_EA_NI_RICH,
        activation_energy_source="estimate: the NMC811 value, taken for Ni90 (no "
        "Ni90 value found). " + _EA_NI_RICH_SOURCE,
        drop_decades=2.0,
        drop_decades_source=_DECADES,
        drop_start=0.899,
        drop_start_source=(
            "fitted by experiments/ncm_kinetic_loss.py to the one first-cycle "
            "measurement of this material found: the first-cycle efficiency of Lee "
            "2020's cell without the Ag-C layer, 93.1 % (Lee et al., Nat. Energy 5 "
            "(2020) 299, Fig. S7, read in the digest of "
            "../shared/targets/lee2020_anode_free.md, not in the paper), at the "
            "paper's own conditions: 60 C, 0.1C to 4.25 V with a CV hold to 0.05C, "
            "0.2C to 2.5 V, the Lee2020 cell with a 0.1 um layer and every loss on "
            "(0.899 gives 93.11 %; the law at 60 C through its Arrhenius factor). "
            "That efficiency (L2's cell without the layer) is therefore fitted, not "
            "predicted"
        ),
        kinetic_loss_mAh_g=7.7,
        kinetic_loss_source=(
            "prediction of the law with the fitted drop start (not fitted): 7.66 "
            "mAh/g at 0.05 C and 25 C on the reference cell (Kim 2024 90/3 wt% "
            "recipe with the Ni90 values and OCP), well below NCM111's 22.1 mAh/g "
            "(Kasnatscheew et al., PCCP 18 (2016) 3956). No measured Ni90 (Ni "
            "0.88-0.92) first-cycle charge and discharge in the searched corpora "
            "(searched: Ni90/NCM90/LiNi0.9Co0.05Mn0.05O2 first-cycle and initial "
            "Coulombic efficiency in liquid and sulfide cells; Ryu et al., Chem. "
            "Mater. 30 (2018) 1155; Liu et al., Adv. Funct. Mater. 34 (2024) "
            "2315701, single-crystal Ni90 in Li6PS5Cl at 55 C, read: no first-cycle "
            "numbers in its text). The loss is a property of the "
            "particles as much as of the composition: for LiNiO2 it does not follow "
            "the Ni excess and points to the primary-particle morphology (Kurzhals et "
            "al., J. Electrochem. Soc. 2021, LiNiO2 calcination study Part I, "
            "abstract, checked)"
        ),
        reversible_capacity_mAh_g=215.0,
        reversible_capacity_source=(
            "Lee et al., Nat. Energy 5 (2020) 299: coated Ni90 NCM, ~215 mAh/g "
            "(recalled, not checked here)"
        ),
    ),
}
