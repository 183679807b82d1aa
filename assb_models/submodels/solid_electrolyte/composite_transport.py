"""Ionic transport efficiency of a composite cathode obstructed by its solids."""

import pybamm

from assb_models import citations


def composite_efficiency(eps_se, eps_am, b, eps_max, t, f_shell=1):
    """Transport efficiency of the composite's SE, :math:`\\mathcal{B}_p` [-].

    .. math::
        \\mathcal{B}_p = \\left(\\frac{\\varepsilon_{SE}}{1 - \\varepsilon_{AM}}
        \\right)^{b}\\left(1 - \\frac{\\varepsilon_{AM}}{\\varepsilon_{AM,max}}
        \\right)^{t} f_{sh}

    (see :class:`CompositeObstruction`). Takes numbers or PyBaMM symbols; returns
    (:math:`\\mathcal{B}_p`, the SE share of the SE domain, the AM obstruction
    factor).
    """
    share = eps_se / (1 - eps_am)
    obstruction = (1 - eps_am / eps_max) ** t
    return share**b * obstruction * f_shell, share, obstruction


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
      the SE's share of the domain. The carbon's volume (its wt% over its apparent
      density) enters here; the products of SE oxidation take the SE's place, so
      the share falls as the SE is consumed;
    - the AM particles obstruct the domain as a whole: its connectivity vanishes as
      the AM approaches its packing limit :math:`\\varepsilon_{AM,max}`
      ("Positive electrode active material packing limit"), a percolation law
      (Kirkpatrick, Rev. Mod. Phys. 45 (1973) 574) with the conductivity exponent
      :math:`t` ("Positive electrode obstruction exponent", about 2 in 3-D, Stauffer
      & Aharony 1994). This is what makes AM-rich composites ionically poor
      (Minnmann et al.; Ketter et al., Nat. Commun. 2025, Fig. 3d: the measured
      ionic conductivity of NCM-Li6PS5Cl composites falls steeply with the NCM
      volume fraction).

    The separator is pure SE with Bruggeman's law ("Separator Bruggeman
    coefficient (electrolyte)"). :math:`\\varepsilon_{SE}` is PyBaMM's "porosity";
    with an "SE consumption" option it is the conducting SE fraction of the
    consumption submodel ("Positive electrode conducting SE volume fraction") and
    :math:`\\mathcal{B}_p` carries its shell conduction factor :math:`f_{sh}`
    ("Positive electrode SE shell conduction factor", 1 for mean-field
    consumption).
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
        eps_am = variables["Positive electrode active material volume fraction"]
        b = self.param.p.b_e
        eps_max = self.param.assb.p.eps_am_max
        t = self.param.assb.p.t_obstruction
        efficiency, share, obstruction = composite_efficiency(
            eps_se, eps_am, b, eps_max, t, f_shell
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
