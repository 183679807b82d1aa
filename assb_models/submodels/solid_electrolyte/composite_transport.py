"""Ionic transport efficiency of a composite cathode obstructed by its solids."""

import numpy as np
import pybamm
from scipy.optimize import least_squares

from assb_models import citations
from assb_models.validation import InvalidInputError


def packing_limit(eps_max, size_ratio=1, m=0):
    """AM packing limit at AM/SE particle-size ratio :math:`\\lambda` [-].

    .. math::
        \\varepsilon_{AM,max}(\\lambda) = 1 - (1 - \\varepsilon_{AM,max,1})
        \\lambda^{-m}, \\qquad \\lambda = r_{AM} / r_{SE}

    :math:`1 - \\varepsilon_{AM,max}` is the volume the SE domain needs to stay
    connected. In binary packings the small component percolates at a lower
    volume fraction the larger the size ratio (Bielefeld, Weber, Janek, J. Phys.
    Chem. C 123 (2019) 1626, simulated NCM/SE composites: finer SE lowers the SE
    percolation threshold), written here as a power law in :math:`\\lambda` with
    exponent :math:`m` ("Positive electrode packing limit size exponent";
    :math:`m = 0` removes the size term). :math:`\\varepsilon_{AM,max,1}` is the
    limit at equal sizes ("Positive electrode active material packing limit").
    Takes numbers or PyBaMM symbols.
    """
    return 1 - (1 - eps_max) * size_ratio ** (-m)


def composite_efficiency(
    eps_se, eps_am, b, eps_max, t, f_shell=1, size_ratio=1, m=0, eps_c=0, eps_block=0
):
    """Transport efficiency of the composite's SE, :math:`\\mathcal{B}_p` [-].

    .. math::
        \\mathcal{B}_p = \\left(\\frac{\\varepsilon_{SE} - \\varepsilon_c}
        {1 - \\varepsilon_{AM} - \\varepsilon_c}\\right)^{b}\\left(1 -
        \\frac{\\varepsilon_{AM} + \\varepsilon_{b}}
        {\\varepsilon_{AM,max}(\\lambda)}\\right)^{t} f_{sh}

    (see :class:`CompositeObstruction` and :func:`packing_limit`).
    :math:`\\varepsilon_c` = 0 (the model's law) gives the SE share of the SE
    domain; :math:`\\varepsilon_c > 0` puts a percolation threshold of the SE
    (electrode basis) into that factor, Kirkpatrick's
    :math:`((p - p_c)/(1 - p_c))^t` form, so that conduction vanishes where the
    "active material isolation" law cuts the AM off (one percolation picture for
    both; used by studies, not by the model). :math:`\\varepsilon_b` = 0 (the
    model's law) leaves the AM alone obstructing the domain; a positive
    :math:`\\varepsilon_b` is a further volume fraction (electrode basis) that
    closes the pore network between the AM particles as the AM does, e.g. the
    share of the carbon that sits in the necks between AM particles (used by
    studies, not by the model). Takes numbers or PyBaMM symbols;
    returns (:math:`\\mathcal{B}_p`, the SE share of the SE domain above the
    threshold, the AM obstruction factor).
    """
    share = (eps_se - eps_c) / (1 - eps_am - eps_c)
    obstruction = (
        1 - (eps_am + eps_block) / packing_limit(eps_max, size_ratio, m)
    ) ** t
    return share**b * obstruction * f_shell, share, obstruction


def law_arguments(parameter_values):
    """Keyword arguments of :func:`composite_efficiency` from a cell's parameter
    values (numbers): its SE and AM volume fractions and the law's values, as
    :class:`CompositeObstruction` reads them."""
    pv = parameter_values
    return {
        "eps_se": pv["Positive electrode porosity"],
        "eps_am": pv["Positive electrode active material volume fraction"],
        "b": pv["Positive electrode Bruggeman coefficient (electrolyte)"],
        "eps_max": pv["Positive electrode active material packing limit"],
        "t": pv["Positive electrode obstruction exponent"],
        "size_ratio": pv["Positive particle radius [m]"]
        / pv["Positive electrode solid electrolyte particle radius [m]"],
        "m": pv["Positive electrode packing limit size exponent"],
    }


def fit_obstruction(
    eps_am, eps_se, ratio, scatter=None, b=1.5, start=(0.75, 2.0), size_ratio=None
):
    """Fit :math:`\\varepsilon_{AM,max}` and :math:`t` of :func:`composite_efficiency`
    to measured effective conductivities of composites.

    Weighted least squares in :math:`\\ln`: residual
    :math:`r_i = \\ln(\\mathcal{B}(\\varepsilon_{SE,i}, \\varepsilon_{AM,i}) /
    \\rho_i) / \\ln s_i` with :math:`\\rho_i` the measured
    :math:`\\kappa_{eff}/\\kappa_{SE}` and :math:`s_i` > 1 its multiplicative
    scatter (one standard deviation), :math:`b` fixed (Bruggeman). Without
    ``scatter`` every point gets one common scatter estimated from the fit itself,
    :math:`\\ln s = (\\sum_i \\ln^2(\\mathcal{B}_i/\\rho_i) / (n - 2))^{1/2}`
    (the covariance scaled by the residual variance, as
    ``scipy.optimize.curve_fit`` with ``absolute_sigma=False``).

    Parameters
    ----------
    eps_am, eps_se : array-like
        AM and SE volume fractions of each measured composite (electrode basis:
        voids count, as in the model).
    ratio : array-like
        Measured effective ionic conductivity over the SE pellet's [-].
    scatter : array-like, optional
        Multiplicative scatter of each measurement (> 1); default: one common
        scatter from the residuals (needs at least 3 measurements).
    size_ratio : array-like, optional
        AM/SE particle-size ratio :math:`\\lambda` of each composite (> 0); with it
        the size exponent :math:`m` of :func:`packing_limit` is fitted jointly
        ("size exponent" and its interval in the result) and "packing limit" is
        the limit at :math:`\\lambda = 1`.

    Returns
    -------
    dict
        "packing limit" and "exponent" (values), their 95 % intervals (linearised,
        +-1.96 standard errors from the scatter), "residuals" (in units of the
        scatter: |r| <= 1 is within it), "scatter" (the multiplicative scatter
        used for each point) and "covariance".
    """
    if scatter is None:
        n = len(ratio)
        k = 2 if size_ratio is None else 3
        if n < k + 1:
            raise InvalidInputError(
                "fit_obstruction: estimating the scatter from the residuals needs "
                f"at least {k + 1} measurements (got {n})"
            )
        first = fit_obstruction(
            eps_am, eps_se, ratio, np.full(n, np.e), b, start, size_ratio
        )
        log_s = float(np.sqrt(np.sum(first["residuals"] ** 2) / (n - k)))
        return fit_obstruction(
            eps_am, eps_se, ratio, np.full(n, np.exp(log_s)), b, start, size_ratio
        )
    eps_am, eps_se, ratio, scatter = (
        np.asarray(v, dtype=float) for v in (eps_am, eps_se, ratio, scatter)
    )
    n = len(ratio)
    if not len(eps_am) == len(eps_se) == len(scatter) == n or n < 2:
        raise InvalidInputError(
            "fit_obstruction: 'eps_am', 'eps_se', 'ratio' and 'scatter' must have "
            f"the same length >= 2 (got {len(eps_am)}, {len(eps_se)}, {n}, "
            f"{len(scatter)})"
        )
    for name, values, low, high in (
        ("eps_am", eps_am, 0.0, 1.0),
        ("eps_se", eps_se, 0.0, 1.0),
        ("ratio", ratio, 0.0, 1.0),
    ):
        if np.any(values <= low) or np.any(values > high):
            raise InvalidInputError(
                f"fit_obstruction: {name!r} = {values.tolist()} must lie in "
                f"({low:g}, {high:g}]"
            )
    if np.any(scatter <= 1):
        raise InvalidInputError(
            f"fit_obstruction: 'scatter' = {scatter.tolist()} must exceed 1"
        )
    weight = 1 / np.log(scatter)
    sized = size_ratio is not None
    lam = np.ones(n) if not sized else np.asarray(size_ratio, dtype=float)
    if len(lam) != n or np.any(lam <= 0):
        raise InvalidInputError(
            f"fit_obstruction: 'size_ratio' = {lam.tolist()} must hold {n} values "
            "in (0, inf)"
        )

    def residuals(x):
        m = x[2] if sized else 0
        limit = packing_limit(x[0], lam, m)
        obstruction = np.clip(1 - eps_am / limit, 1e-12, None)
        efficiency = (eps_se / (1 - eps_am)) ** b * obstruction ** x[1]
        return np.log(efficiency / ratio) * weight

    if sized:
        start, lower, upper = (*start, 0.0), (0.5, 0.5, -2.0), (1.0, 8.0, 2.0)
    else:
        lower, upper = (float(eps_am.max()) + 1e-6, 0.5), (1.0, 8.0)
    fit = least_squares(residuals, start, bounds=(lower, upper))
    cov = np.linalg.pinv(fit.jac.T @ fit.jac)
    half = 1.96 * np.sqrt(np.diag(cov))
    extra = {}
    if sized:
        extra = {
            "size exponent": float(fit.x[2]),
            "size exponent 95% interval": (fit.x[2] - half[2], fit.x[2] + half[2]),
        }
    return {
        **extra,
        "packing limit": float(fit.x[0]),
        "exponent": float(fit.x[1]),
        "packing limit 95% interval": (fit.x[0] - half[0], fit.x[0] + half[0]),
        "exponent 95% interval": (fit.x[1] - half[1], fit.x[1] + half[1]),
        "residuals": fit.fun,
        "scatter": scatter,
        "covariance": cov,
    }


class CompositeObstruction(pybamm.transport_efficiency.BaseModel):
    """SE transport efficiency of a composite in which AM and carbon block Li+ paths.

    Li+ moves only in the SE, which shares the space between the AM particles (the
    "SE domain", volume fraction :math:`1 - \\varepsilon_{AM}`) with the carbon,
    the voids and the oxidation products. Two effective-medium factors in series:

    .. math::
        \\mathcal{B}_p = \\left(\\frac{\\varepsilon_{SE}}{1 - \\varepsilon_{AM}}
        \\right)^{b}\\left(1 - \\frac{\\varepsilon_{AM}}{\\varepsilon_{AM,max}}
        \\right)^{t}, \\qquad \\mathcal{B}_s = \\varepsilon_{SE,s}^{b_s}

    - inside the SE domain, carbon and voids are insulating inclusions in the SE:
      Bruggeman's effective-medium law for spheres (Bruggeman 1935), exponent
      :math:`b` "Positive electrode Bruggeman coefficient (electrolyte)" = 1.5, in
      the SE's share of the domain. The carbon blocks its envelope volume, its
      skeleton plus the pores inside its aggregates, which SE grains of ~1 um
      cannot enter: its wt% over its apparent (envelope) density,
      :math:`1/\\rho_{app} = 1/\\rho_{skel} + v_{pore}`. The products of SE
      oxidation take the SE's place, so the share falls as the SE is consumed;
    - the AM particles obstruct the domain as a whole: the SE fills the pore
      network between the packed AM particles, and that network closes as the AM
      approaches the densest packing it reaches in the pressed composite,
      :math:`\\varepsilon_{AM,max}` ("Positive electrode active material packing
      limit", electrode basis, at equal AM and SE particle sizes; at AM/SE
      radius ratio :math:`\\lambda` = "Positive particle radius [m]" / "Positive
      electrode solid electrolyte particle radius [m]" it is
      :math:`\\varepsilon_{AM,max}(\\lambda)` of :func:`packing_limit`, exponent
      "Positive electrode packing limit size exponent"), with the conductivity
      exponent :math:`t`
      ("Positive electrode obstruction exponent") of percolation (Kirkpatrick, Rev.
      Mod. Phys. 45 (1973) 574; about 2 on lattices, Stauffer & Aharony 1994, and
      larger in continuum composites). This is what makes AM-rich composites
      ionically poor (Minnmann et al., J. Electrochem. Soc. 168 (2021) 040537;
      Ketter et al., Nat. Commun. 2025, Fig. 3d). :func:`fit_obstruction` fits
      both to measured composites; a set's sources say whether its values were
      fitted, and ``experiments/composite_transport_band.py`` evaluates a paper's
      targets across their band.

    Carbon enters only the first factor, and at a fixed AM weight fraction it
    dilutes the AM away from its packing limit: in AM-rich composites the law
    lets carbon lower the SE's tortuosity (Kim 2024 90/3 about 4x below 90/0),
    where Cho et al., Electrochim. Acta (2024) 143990 measured carbon fibre
    making the ionic path of 88 wt% AM electrodes more tortuous.
    ``composite_efficiency``'s ``eps_block`` counts a share of the carbon with
    the AM; ``experiments/composite_transport_band.py`` reports what that share
    does to Kim's K2 and K10.

    The separator is pure SE with Bruggeman's law ("Separator Bruggeman
    coefficient (electrolyte)"). :math:`\\varepsilon_{SE}` is PyBaMM's "porosity";
    with an "SE consumption" option it is the conducting SE fraction of the
    consumption submodel ("Positive electrode conducting SE volume fraction") and
    :math:`\\mathcal{B}_p` carries its shell conduction factor :math:`f_{sh}`
    ("Positive electrode SE shell conduction factor", 1 for mean-field
    consumption). :math:`\\varepsilon_{AM}` is the recipe's "Positive electrode
    active material volume fraction": AM that a model option takes out of the
    reaction still fills its volume.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "Electrolyte", options=options)
        citations.register("Bruggeman1935", "Stauffer1994")

    def get_coupled_variables(self, variables):
        eps_s = variables["Separator porosity"]
        if self.options["SE consumption"] == "false":
            eps_se = variables["Positive electrode porosity"]
            f_shell = 1
        else:
            eps_se = variables["Positive electrode conducting SE volume fraction"]
            f_shell = variables["Positive electrode SE shell conduction factor"]
        # every AM particle obstructs the SE domain, reacting or not
        eps_am = self.param.p.prim.epsilon_s
        b = self.param.p.b_e
        eps_max = self.param.assb.p.eps_am_max
        t = self.param.assb.p.t_obstruction
        size_ratio = self.param.p.prim.R_typ / self.param.assb.p.r_se
        m = self.param.assb.p.m_size
        efficiency, share, obstruction = composite_efficiency(
            eps_se, eps_am, b, eps_max, t, f_shell, size_ratio, m
        )
        tor_dict = {
            "separator": eps_s**self.param.s.b_e,
            "positive electrode": efficiency,
        }
        variables.update(self._get_standard_transport_efficiency_variables(tor_dict))
        variables.update(
            {
                "Positive electrode solid electrolyte share of the SE domain": share,
                "Positive electrode active material obstruction factor": obstruction,
            }
        )
        return variables
