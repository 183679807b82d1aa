"""Composite cathode from its recipe: weight fractions, densities, loading, voids.

A cold-pressed ASSB cathode is a powder mixture of active material (AM), solid
electrolyte (SE), carbon additive (C), optional binder (B) and voids. Papers give it
as weight percentages, true (or apparent) densities and an AM areal loading. With
``w_k`` the weight fraction and ``rho_k`` the density of solid ``k``, the volume
fraction of ``k`` among the solids is

    phi_k = (w_k / rho_k) / sum_j (w_j / rho_j)                       [-]

and with a void fraction ``eps_void`` of the electrode volume

    eps_k = (1 - eps_void) * phi_k                                    [-]

The electrode thickness follows from the AM loading ``m_AM`` [kg.m-2]:

    L = m_AM / (eps_AM * rho_AM)                                      [m]

The carbon surface touching SE, per unit electrode volume, is

    a_C = eps_C * rho_C * S_BET * f_C,SE                              [m-1]

with ``S_BET`` the carbon specific surface area and ``f_C,SE`` the fraction of that
surface in contact with SE (spherical carbon sitting in the SE domain: large;
fibres bridging AM particles: small). It is stored for the SE oxidation submodels.

Units of the arguments are those papers use, and the argument names say them.
"""

from dataclasses import dataclass

from assb_models.validation import (
    InvalidInputError,
    require_fraction,
    require_in_range,
)

#: upper limits of a recipe (beyond them the numbers describe no electrode)
MAX_DENSITY_G_CM3 = 25.0
MAX_VOID_FRACTION = 0.7
MAX_SPECIFIC_SURFACE_M2_G = 3000.0
MAX_THICKNESS_M = 0.01
#: allowed areal loadings of active material [mg.cm-2]: below 0.1 mg/cm2 the layer
#: is thinner than one NCM particle (a few um); lab and practical cathodes carry
#: 1-60 mg/cm2, and 200 mg/cm2 is about a 0.6 mm layer of NCM alone
LOADING_MG_CM2 = (0.1, 200.0)
#: lightest solid an electrode takes [g.cm-3]: carbon blacks' apparent densities
#: are 0.1-0.4 g/cm3, aerogels about 0.01 g/cm3
MIN_DENSITY_G_CM3 = 0.01

_G_PER_CM3 = 1e3  # kg.m-3 per g.cm-3
_MG_PER_CM2 = 1e-2  # kg.m-2 per mg.cm-2
_M2_PER_G = 1e3  # m2.kg-1 per m2.g-1


@dataclass(frozen=True)
class CompositeCathodeRecipe:
    """A composite cathode as a paper's methods section describes it.

    Parameters
    ----------
    am_wt_percent, se_wt_percent, carbon_wt_percent, binder_wt_percent : float
        Weight percentages of active material, solid electrolyte, carbon additive and
        binder. They must add up to 100.
    am_density_g_cm3, se_density_g_cm3, carbon_density_g_cm3, binder_density_g_cm3
        True (for carbon: apparent) densities [g.cm-3].
    am_loading_mg_cm2 : float
        Areal loading of active material [mg.cm-2].
    void_fraction : float
        Volume fraction of voids in the pressed electrode [-].
    carbon_specific_surface_area_m2_g : float
        BET surface area of the carbon additive [m2.g-1].
    carbon_se_contact_fraction : float
        Fraction of the carbon surface that touches SE [-].

    Raises
    ------
    assb_models.validation.InvalidInputError
        Naming the field, value and allowed range for a non-number, percentages
        outside [0, 100] or not adding up to 100, densities outside [0.01, 25] g/cm3,
        voids outside [0, 0.7], a carbon surface area above 3000 m2/g, an AM
        loading outside [0.1, 200] mg/cm2, or a loading that makes the electrode
        thicker than 1 cm (the message names the loading and void fraction).
    """

    am_wt_percent: float
    se_wt_percent: float
    carbon_wt_percent: float
    am_density_g_cm3: float
    se_density_g_cm3: float
    carbon_density_g_cm3: float
    am_loading_mg_cm2: float
    void_fraction: float
    carbon_specific_surface_area_m2_g: float = 0.0
    carbon_se_contact_fraction: float = 1.0
    binder_wt_percent: float = 0.0
    binder_density_g_cm3: float = 1.0

    def __post_init__(self):
        for name in ("am", "se", "carbon", "binder"):
            require_fraction(
                f"{name}_wt_percent", getattr(self, f"{name}_wt_percent"), upper=100
            )
            require_in_range(
                f"{name}_density_g_cm3",
                getattr(self, f"{name}_density_g_cm3"),
                MIN_DENSITY_G_CM3,
                MAX_DENSITY_G_CM3,
                (True, True),
                "no solid is denser than osmium (22.6 g/cm3); the lightest, "
                "aerogels, are about 0.01 g/cm3",
            )
        total = (
            self.am_wt_percent
            + self.se_wt_percent
            + self.carbon_wt_percent
            + self.binder_wt_percent
        )
        if abs(total - 100) > 1e-6:
            raise InvalidInputError(
                f"weight percentages add up to {total:g} "
                f"(am {self.am_wt_percent:g} + se {self.se_wt_percent:g} + "
                f"carbon {self.carbon_wt_percent:g} + binder "
                f"{self.binder_wt_percent:g}); they must add up to 100"
            )
        if self.am_wt_percent <= 0:
            raise InvalidInputError(
                f"'am_wt_percent' = {self.am_wt_percent!r} is outside the allowed "
                "range (0, 100]: a cathode needs active material"
            )
        require_in_range(
            "am_loading_mg_cm2",
            self.am_loading_mg_cm2,
            *LOADING_MG_CM2,
            (True, True),
            "below 0.1 mg/cm2 the layer is thinner than one NCM particle; cathodes "
            "carry 1-60 mg/cm2",
        )
        require_in_range(
            "void_fraction",
            self.void_fraction,
            0,
            MAX_VOID_FRACTION,
            (True, True),
            "a pressed composite; loose powder has about 0.5-0.6 voids (estimate)",
        )
        require_in_range(
            "carbon_specific_surface_area_m2_g",
            self.carbon_specific_surface_area_m2_g,
            0,
            MAX_SPECIFIC_SURFACE_M2_G,
            (True, True),
            "graphene's theoretical 2630 m2/g is the upper limit",
        )
        require_fraction("carbon_se_contact_fraction", self.carbon_se_contact_fraction)
        if self.thickness_m > MAX_THICKNESS_M:
            raise InvalidInputError(
                f"'am_loading_mg_cm2' = {self.am_loading_mg_cm2!r} with "
                f"'void_fraction' = {self.void_fraction!r} gives an electrode "
                f"{self.thickness_m:.3g} m thick, outside the allowed range (0, "
                f"{MAX_THICKNESS_M:g}] m (composite cathodes are at most 1 cm thick)"
            )

    # ------------------------------------------------------------------ geometry
    def solid_volume_fractions(self):
        """Volume fractions among the solids (voids excluded), as papers quote them."""
        volumes = {
            name: getattr(self, f"{name}_wt_percent")
            / getattr(self, f"{name}_density_g_cm3")
            for name in ("am", "se", "carbon", "binder")
        }
        total = sum(volumes.values())
        return {name: v / total for name, v in volumes.items()}

    def volume_fractions(self):
        """Volume fractions of the electrode, voids included; they add up to 1."""
        solid = 1 - self.void_fraction
        fractions = {k: solid * v for k, v in self.solid_volume_fractions().items()}
        fractions["void"] = self.void_fraction
        return fractions

    @property
    def thickness_m(self):
        """Electrode thickness L = m_AM / (eps_AM rho_AM) [m]."""
        eps_am = self.volume_fractions()["am"]
        return (self.am_loading_mg_cm2 * _MG_PER_CM2) / (
            eps_am * self.am_density_g_cm3 * _G_PER_CM3
        )

    @property
    def carbon_se_contact_area_per_volume(self):
        """Carbon/SE contact area per unit electrode volume a_C [m-1]."""
        eps_c = self.volume_fractions()["carbon"]
        return (
            eps_c
            * self.carbon_density_g_cm3
            * _G_PER_CM3
            * self.carbon_specific_surface_area_m2_g
            * _M2_PER_G
            * self.carbon_se_contact_fraction
        )

    def masses_per_area(self):
        """Solid masses per electrode area [kg.m-2]: the AM loading, and the other
        solids in the ratio of their weight fractions to the AM's."""
        m_am = self.am_loading_mg_cm2 * _MG_PER_CM2
        return {
            name: m_am * getattr(self, f"{name}_wt_percent") / self.am_wt_percent
            for name in ("am", "se", "carbon", "binder")
        }

    def to_compaction_parameters(self):
        """Masses per area and densities of the solids, for a set whose structure
        follows mass-conserving compaction
        (:mod:`assb_models.submodels.pressure.structure`)."""
        m = self.masses_per_area()
        return {
            "Positive electrode active material mass per area [kg.m-2]": m["am"],
            "Positive electrode solid electrolyte mass per area [kg.m-2]": m["se"],
            "Positive electrode carbon mass per area [kg.m-2]": m["carbon"],
            "Positive electrode binder mass per area [kg.m-2]": m["binder"],
            "Solid electrolyte density [kg.m-3]": self.se_density_g_cm3 * _G_PER_CM3,
            "Positive electrode binder density [kg.m-3]": (
                self.binder_density_g_cm3 * _G_PER_CM3
            ),
        }

    def to_parameters(self):
        """PyBaMM-named parameters of the positive electrode described by the recipe.

        PyBaMM calls the volume fraction of the ion-conducting phase "porosity"; in an
        ASSB that phase is the SE, so "Positive electrode porosity" is the SE volume
        fraction, and the voids are "Positive electrode void volume fraction".
        """
        eps = self.volume_fractions()
        return {
            "Positive electrode thickness [m]": self.thickness_m,
            "Positive electrode active material volume fraction": eps["am"],
            "Positive electrode porosity": eps["se"],
            "Positive electrode carbon volume fraction": eps["carbon"],
            "Positive electrode binder volume fraction": eps["binder"],
            "Positive electrode void volume fraction": eps["void"],
            "Positive electrode active material density [kg.m-3]": (
                self.am_density_g_cm3 * _G_PER_CM3
            ),
            "Positive electrode carbon density [kg.m-3]": (
                self.carbon_density_g_cm3 * _G_PER_CM3
            ),
            "Positive electrode carbon specific surface area [m2.kg-1]": (
                self.carbon_specific_surface_area_m2_g * _M2_PER_G
            ),
            "Positive electrode carbon surface fraction in contact with solid "
            "electrolyte": self.carbon_se_contact_fraction,
        }
