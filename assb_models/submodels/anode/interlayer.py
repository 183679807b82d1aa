"""Interlayer between lithium metal and the solid electrolyte (e.g. Li2Se)."""

import pybamm

from assb_models import citations


class NoInterlayer(pybamm.BaseSubModel):
    """Bare lithium on the SE: no interlayer resistance or coverage (SE reduced).

    The SE touches the Li only where the Li touches it, so the fraction of the SE
    surface that carries current is the lithium contact fraction.
    """

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options=options)

    def get_fundamental_variables(self):
        Domain = self.domain.capitalize()
        return {
            f"{Domain} electrode interlayer resistance [Ohm.m2]": pybamm.Scalar(0),
            f"{Domain} electrode interlayer coverage": pybamm.Scalar(0),
        }

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        f_li = variables[f"{Domain} electrode lithium metal contact fraction"]
        variables[f"{Domain} electrode solid electrolyte contact fraction"] = f_li
        return variables


class Interlayer(NoInterlayer):
    """A dense or porous ionically conducting interlayer (Li2Se) on the lithium.

    .. math::
        R_{IL} = \\frac{L_{IL}}{\\kappa_{IL}(1-\\varepsilon_{IL})^{b}}, \\qquad
        f_{SE} = 1 - \\varepsilon_{IL}, \\qquad
        \\frac{dL_{sei}}{dt} \\to (1 - \\theta_{IL})\\frac{dL_{sei}}{dt}

    :math:`L_{IL}` "Interlayer thickness [m]", :math:`\\kappa_{IL}` "Interlayer
    ionic conductivity [S.m-1]", :math:`\\varepsilon_{IL}` "Interlayer porosity"
    (empty pores, which carry no current), :math:`b` "Interlayer Bruggeman
    coefficient". The layer is grown on the Li and covers it, so it carries the
    current to the SE over its whole solid area :math:`f_{SE}` whatever voids open
    behind it (current spreading, Park et al. 2021); and it separates the SE from
    the Li, so SE reduction proceeds only on the fraction of the Li it leaves
    bare, :math:`1 - \\theta_{IL}` with :math:`\\theta_{IL}` "Interlayer coverage"
    (1: a closed layer, no SE reduction). Its resistance is in series with the
    charge transfer.
    """

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options=options)
        citations.register("Park2021")

    def get_fundamental_variables(self):
        Domain = self.domain.capitalize()
        L = self.param.assb.n.L_il
        kappa = self.param.assb.n.kappa_il
        eps = self.param.assb.n.eps_il
        b = self.param.assb.n.b_il
        return {
            f"{Domain} electrode interlayer resistance [Ohm.m2]": L
            / (kappa * (1 - eps) ** b),
            f"{Domain} electrode interlayer coverage": self.param.assb.n.coverage_il,
        }

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        eps = self.param.assb.n.eps_il
        variables[f"{Domain} electrode solid electrolyte contact fraction"] = 1 - eps
        return variables
