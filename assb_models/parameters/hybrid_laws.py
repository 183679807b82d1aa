r"""Laws of hybrid polymer/sulfide electrolytes that parameter sets and studies
evaluate: the effective medium of sulfide particles dispersed in a polymer
electrolyte, and the growth of the polymer/sulfide interphase (SPEI).

**Dispersed hybrid (one law for every sulfide fraction).** Three phases share the
volume: the polymer electrolyte (binary salt, conductivity :math:`\sigma_p`,
transference number :math:`t_p`, salt diffusivity :math:`D_p`), the sulfide
(single-ion, :math:`\sigma_s`, passes no anion and holds no salt) and an
interfacial shell of polymer within a thickness :math:`\delta` of the sulfide
surface, along which Li+ moves faster (:math:`\sigma_i`; Zheng et al. 2019: Li+
runs mainly along the LGPS/PEO interfaces). With :math:`\phi` the sulfide volume
fraction and :math:`s = (1 + \delta/a)^3 - 1` the shell volume per particle volume
of isolated particles of radius :math:`a`, the shell takes

.. math::
    \phi_i = (1 - \phi)\left[1 - \exp\left(-\frac{s\,\phi}{1 - \phi}\right)\right]

(:math:`s\phi` for dilute particles; all the polymer is interfacial as
:math:`\phi \to 1`, and no shell is left in the neat sulfide). The polymer wets
the particles, so two particles touch through their shells: a coated particle
(core fraction :math:`\psi = \phi/(\phi + \phi_i)`) conducts as Maxwell's coated
sphere,

.. math::
    \sigma_{cp} = \sigma_{sh}\,\frac{\sigma_c + 2\sigma_{sh} + 2\psi(\sigma_c -
    \sigma_{sh})}{\sigma_c + 2\sigma_{sh} - \psi(\sigma_c - \sigma_{sh})},

and coated particles (fraction :math:`\phi + \phi_i`) and the free polymer
(:math:`1 - \phi - \phi_i`) combine by McLachlan's general effective-medium
equation (McLachlan 1987), one equation over the whole range: ceramic-in-polymer
below the critical fraction :math:`\phi_c`, polymer-in-ceramic above it, the
switch being the percolation of the coated particles,

.. math::
    \sum_j f_j\,\frac{\sigma_j^{1/t} - \sigma^{1/t}}
    {\sigma_j^{1/t} + A\,\sigma^{1/t}} = 0, \qquad
    A = \frac{1 - \phi_c}{\phi_c}.

It is applied to each species: Li+ with core :math:`\sigma_s`, shell
:math:`\sigma_i`, matrix :math:`t_p\sigma_p`; the anion with core 0 (the sulfide
passes none), shell and matrix :math:`(1 - t_p)\sigma_p`; the salt diffusivity
with core 0, shell and matrix :math:`D_p` (the salt lives in the polymer;
:math:`D` is per composite volume). Then

.. math::
    \sigma = \sigma_{Li} + \sigma_{A}, \qquad t_+ = \sigma_{Li}/\sigma.

At :math:`\phi = 0` every quantity is the polymer's, at :math:`\phi = 1` the
sulfide's (:math:`t_+ = 1`, no salt diffusion). :math:`\phi_c = 0.16`
(Scher & Zallen 1970, continuum percolation in 3D) and :math:`t = 2` (Stauffer &
Aharony 1994, the 3D conductivity exponent) are universal values, not fitted.

With an SPEI on the particles (resistance :math:`R_f` [Ohm.m2]) the core
conducts as :math:`\sigma_s/(1 + \sigma_s R_f/a)`: a growing SPEI turns a
dispersed hybrid into its shell-and-polymer paths.

**SPEI growth.** A chemical reaction of the sulfide with the polymer electrolyte
makes an interphase at their contact whose resistance grows with time (Riphaus et
al. 2019: a steady rise over a week at 40 C for Li10SnP2S12/PEO; Simon et al.:
extremely small for Li6PS5Cl/PEO-LiTFSI). The law is reaction-limited (linear):

.. math::
    R_{SPEI}(t) = R_0 + k_{SPEI}\,t

with :math:`R_0` [Ohm.m2] the fresh contact and :math:`k_{SPEI}` [Ohm.m2.s-1] the
rate of each sulfide (parameter sets).
"""

import math

import numpy as np
from scipy.optimize import brentq

from assb_models.validation import (
    InvalidInputError,
    require_fraction,
    require_in_range,
    require_positive,
)


def volume_fraction(weight_fraction, density_sulfide, density_polymer):
    """Sulfide volume fraction of a hybrid from its weight fraction [-] and the
    true densities [kg.m-3] of the sulfide and the polymer electrolyte."""
    require_fraction("sulfide weight fraction", weight_fraction)
    require_positive("sulfide density [kg.m-3]", density_sulfide)
    require_positive("polymer electrolyte density [kg.m-3]", density_polymer)
    v_s = weight_fraction / density_sulfide
    v_p = (1 - weight_fraction) / density_polymer
    return v_s / (v_s + v_p)


def shell_fraction(phi, shell_volume_ratio):
    """Volume fraction of the interfacial shell :math:`\\phi_i` (module docstring)."""
    if phi >= 1:
        return 0.0
    return (1 - phi) * -math.expm1(-shell_volume_ratio * phi / (1 - phi))


def gem(fractions, conductivities, critical_fraction, exponent):
    """McLachlan's general effective-medium value of phases with volume
    ``fractions`` (sum 1) and ``conductivities`` (>= 0, any unit: the result has it).

    Solves :math:`\\sum_j f_j (\\sigma_j^{1/t} - \\sigma^{1/t})/(\\sigma_j^{1/t} +
    A\\sigma^{1/t}) = 0` for :math:`\\sigma` between the lowest and the highest
    phase value (the left side falls monotonically in :math:`\\sigma`).
    """
    f = np.asarray(fractions, dtype=float)
    s = np.asarray(conductivities, dtype=float)
    present = f > 0
    f, s = f[present], s[present]
    if len(f) == 1 or np.ptp(s) == 0:
        return float(s[0])
    a = (1 - critical_fraction) / critical_fraction
    x = s ** (1 / exponent)

    def residual(y):
        # a blocking phase (x = 0) at y = 0 contributes its limit -1/A
        den = x + a * y
        safe = np.where(den > 0, den, 1.0)
        return float(np.sum(f * np.where(den > 0, (x - y) / safe, -1 / a)))

    low, high = float(x.min()), float(x.max())
    if residual(low) <= 0:  # a blocking phase percolates: zero for this species
        return float(low**exponent)
    return float(brentq(residual, low, high, xtol=1e-14 * high, rtol=1e-13) ** exponent)


def coated_sphere(core, shell, core_fraction):
    """Maxwell's conductivity of a sphere ``core`` coated by ``shell`` (same unit),
    the core taking ``core_fraction`` of its volume (module docstring)."""
    if core_fraction >= 1:
        return float(core)
    num = core + 2 * shell + 2 * core_fraction * (core - shell)
    den = core + 2 * shell - core_fraction * (core - shell)
    return float(shell * num / den)


def dispersed_hybrid(
    sulfide_fraction,
    polymer_conductivity,
    polymer_transference_number,
    polymer_salt_diffusivity,
    sulfide_conductivity,
    shell_conductivity,
    shell_volume_ratio,
    critical_fraction,
    exponent,
    core_film_resistance=0.0,
    particle_radius=1e-6,
):
    """Effective transport of sulfide particles dispersed in a polymer electrolyte
    (module docstring): one law from the neat polymer to the neat sulfide.

    Parameters
    ----------
    sulfide_fraction : float
        Sulfide volume fraction :math:`\\phi` [-], in [0, 1].
    polymer_conductivity : float
        :math:`\\sigma_p` [S.m-1].
    polymer_transference_number : float
        :math:`t_p` [-], in (0, 1].
    polymer_salt_diffusivity : float
        :math:`D_p` [m2.s-1].
    sulfide_conductivity : float
        :math:`\\sigma_s` [S.m-1] (Li+ only).
    shell_conductivity : float
        Li+ conductivity along the polymer/sulfide interfaces :math:`\\sigma_i`
        [S.m-1].
    shell_volume_ratio : float
        :math:`s = (1 + \\delta/a)^3 - 1` [-], >= 0.
    critical_fraction : float
        Percolation threshold :math:`\\phi_c` [-], in (0, 1).
    exponent : float
        :math:`t` [-], >= 1.
    core_film_resistance : float, optional
        Interphase (SPEI) resistance on each particle :math:`R_f` [Ohm.m2], in
        series with its core: :math:`\\sigma_{core} = \\sigma_s/(1 + \\sigma_s
        R_f/a)` (a sphere of radius :math:`a` with a resistive skin), default 0.
    particle_radius : float, optional
        :math:`a` [m], for ``core_film_resistance`` only (default 1 um).

    Returns
    -------
    dict
        "Conductivity [S.m-1]", "Li+ conductivity [S.m-1]", "Anion conductivity
        [S.m-1]", "Transference number", "Salt diffusivity [m2.s-1]", "Shell volume
        fraction", "Sulfide volume fraction".
    """
    require_fraction("sulfide volume fraction", sulfide_fraction)
    require_positive("polymer conductivity [S.m-1]", polymer_conductivity)
    require_in_range(
        "polymer transference number",
        polymer_transference_number,
        0,
        1,
        closed=(False, True),
    )
    require_positive("polymer salt diffusivity [m2.s-1]", polymer_salt_diffusivity)
    require_positive("sulfide conductivity [S.m-1]", sulfide_conductivity)
    require_positive("shell conductivity [S.m-1]", shell_conductivity)
    require_in_range("shell volume ratio", shell_volume_ratio, 0, math.inf)
    require_in_range(
        "critical fraction", critical_fraction, 0, 1, closed=(False, False)
    )
    require_in_range("GEM exponent", exponent, 1, math.inf)
    require_in_range("core film resistance [Ohm.m2]", core_film_resistance, 0)
    require_positive("particle radius [m]", particle_radius)
    core = sulfide_conductivity / (
        1 + sulfide_conductivity * core_film_resistance / particle_radius
    )
    phi = float(sulfide_fraction)
    phi_i = shell_fraction(phi, shell_volume_ratio)
    coated = phi + phi_i
    psi = phi / coated if coated > 0 else 1.0
    f = (max(1 - coated, 0.0), coated)
    t_p = polymer_transference_number
    anion = (1 - t_p) * polymer_conductivity

    def medium(matrix, core, shell):
        particle = coated_sphere(core, shell, psi)
        return gem(f, (matrix, particle), critical_fraction, exponent)

    sigma_li = medium(t_p * polymer_conductivity, core, shell_conductivity)
    sigma_a = medium(anion, 0.0, anion)
    d = medium(polymer_salt_diffusivity, 0.0, polymer_salt_diffusivity)
    sigma = sigma_li + sigma_a
    return {
        "Conductivity [S.m-1]": sigma,
        "Li+ conductivity [S.m-1]": sigma_li,
        "Anion conductivity [S.m-1]": sigma_a,
        "Transference number": sigma_li / sigma,
        "Salt diffusivity [m2.s-1]": d,
        "Shell volume fraction": phi_i,
        "Sulfide volume fraction": phi,
    }


def spei_resistance(time, initial_resistance, growth_rate):
    """:math:`R_{SPEI}(t) = R_0 + k_{SPEI} t` [Ohm.m2] (module docstring); ``time``
    [s] (a float, an array or a PyBaMM symbol), ``initial_resistance`` [Ohm.m2],
    ``growth_rate`` [Ohm.m2.s-1]."""
    for name, value in (
        ("SPEI initial resistance [Ohm.m2]", initial_resistance),
        ("SPEI growth rate [Ohm.m2.s-1]", growth_rate),
    ):
        if isinstance(value, int | float) and value < 0:
            raise InvalidInputError(
                f"{name!r} = {value!r} is outside the allowed range [0, inf)"
            )
    return initial_resistance + growth_rate * time


def dead_lithium_front(charge_plated, inefficiency, porosity, molar_volume):
    """Thickness [m] of dead Li left in front of a Li electrode after plating
    ``charge_plated`` [C.m-2] from a soft electrolyte.

    .. math::
        h_d = \\frac{(1 - CE)\\,Q_{pl}\\,\\bar V_{Li}}{F\\,(1 - p_d)}

    Each plated Li that is not stripped back (Coulombic inefficiency
    :math:`1 - CE`) stays as metal cut off from the electrode (dead Li; Li is
    conserved: it leaves the electrode's inventory for the dead layer), a porous
    layer of porosity :math:`p_d` [-] that grows into the electrolyte. A polymer
    too soft to hold the deposit flat (Monroe & Newman 2005) lets the layer
    advance; the cell shorts when it crosses the electrolyte.
    """
    require_in_range("Coulombic inefficiency", inefficiency, 0, 1)
    require_in_range("dead-Li porosity", porosity, 0, 1, closed=(True, False))
    require_positive("Li molar volume [m3.mol-1]", molar_volume)
    faraday = 96485.33212
    return inefficiency * charge_plated * molar_volume / (faraday * (1 - porosity))
