"""Interphase on lithium metal from the reduction of the solid electrolyte."""

import pybamm


def _reaction_parameters(param):
    return {
        "L0": param.n.L_sei_0,
        "kappa": param.n.kappa_sei,
        "V_p": param.n.V_sei,
        "n_e": param.se.n_e_red,
        "V_se": param.se.V_m,
        "alpha": param.n.alpha_sei,
    }


class BaseInterphase(pybamm.BaseSubModel):
    """Interphase (SEI) grown by the reduction of the SE at a planar Li electrode.

    A sulfide SE touching Li is reduced, for Li6PS5Cl

    .. math::
        \\mathrm{Li_6PS_5Cl + 8\\,Li^+ + 8\\,e^- \\to 5\\,Li_2S + Li_3P + LiCl}

    (other SEs by their own reaction, through :math:`n_e` and :math:`\\bar V_p`).
    The electrons come from the Li electrode: while a current flows they are part
    of the current the electrode passes (the plated or stripped Li is the cell's
    charge less or plus the reduction's), at rest the Li is oxidised locally
    (chemical corrosion). Either way each formula unit reduced takes :math:`n_e`
    Li from the metal and the :math:`c_{SE}\\bar V_{SE}` Li of the SE itself (6 for
    Li6PS5Cl) into the products. Per electrode area, with :math:`s` [mol.m-2] the
    SE reduced and :math:`L` [m] the interphase thickness:

    .. math::
        s = \\frac{L - L_0}{\\bar V_p}, \\qquad
        j_{red} = n_e F \\frac{ds}{dt}, \\qquad
        R_{sei} = \\frac{L}{\\kappa_{sei}}, \\qquad
        n_{Li,sei} = (n_e + c_{SE}\\bar V_{SE})\\frac{L}{\\bar V_p}

    :math:`\\bar V_p` "Lithium metal interphase molar volume [m3.mol-1]" (products
    per formula unit of SE reduced), :math:`n_e` "Solid electrolyte reduction
    electrons per formula unit", :math:`\\bar V_{SE}` "Solid electrolyte molar
    volume [m3.mol-1]", :math:`c_{SE}` the SE's Li+ concentration, :math:`R_{sei}`
    [Ohm.m2] referred to the contacted area. The growth laws of the subclasses
    give :math:`g(L)`; the reaction runs where the SE touches bare Li (an
    interlayer of coverage :math:`\\theta_{IL}` blocks it there) and, being
    electrochemical, speeds up when the Li is polarised cathodically:

    .. math::
        \\frac{dL}{dt} = (1 - \\theta_{IL})\\,
        \\exp\\left(-\\frac{\\alpha F \\eta_{ct}}{RT}\\right) g(L)

    :math:`\\eta_{ct}` the Li charge-transfer overpotential (positive stripping; 0
    at rest, where the chemical rate :math:`g(L)` is left), :math:`\\alpha`
    "Lithium metal SE reduction transfer coefficient". The reduction current
    (1e-5 A/m2 here) is left out of the charge-transfer overpotential that sets
    it. ``domain`` names the electrode ("negative" in a full cell; "negative" and
    "positive" for the two electrodes of a symmetric cell).
    """

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options=options)
        self.p = _reaction_parameters(self.param.assb)

    def _thickness(self):
        return pybamm.Variable(
            f"{self.domain.capitalize()} electrode interphase thickness [m]",
            scale=1e-8,  # typical film thickness, for solver tolerances
        )

    def _standard_variables(self, L):
        Domain = self.domain.capitalize()
        p = self.p
        A = self.param.A_cc
        s = (L - p["L0"]) / p["V_p"]
        li_se = self.param.c_e_init * p["V_se"]
        return {
            f"{Domain} electrode interphase thickness [m]": L,
            f"{Domain} electrode interphase resistance [Ohm.m2]": L / p["kappa"],
            f"{Domain} electrode solid electrolyte reduced [mol.m-2]": s,
            f"{Domain} electrode lithium lost to interphase [mol.m-2]": p["n_e"] * s,
            f"Solid electrolyte reduced at the {self.domain} electrode [mol]": s * A,
            f"Solid electrolyte lithium reduced at the {self.domain} electrode [mol]": (
                li_se * s * A
            ),
            f"Lithium in {self.domain} electrode interphase [mol]": (p["n_e"] + li_se)
            * L
            / p["V_p"]
            * A,
        }

    def get_fundamental_variables(self):
        return self._standard_variables(self._thickness())

    def _rate(self, variables):
        """dL/dt [m.s-1] of the law, with the interlayer and potential factors."""
        Domain = self.domain.capitalize()
        L = variables[f"{Domain} electrode interphase thickness [m]"]
        coverage = variables[f"{Domain} electrode interlayer coverage"]
        eta = variables[f"{Domain} electrode charge-transfer overpotential [V]"]
        T = variables["X-averaged cell temperature [K]"]
        tafel = pybamm.exp(-self.p["alpha"] * self.param.F * eta / (self.param.R * T))
        return (1 - coverage) * tafel * self._growth_rate(L)

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        j_red = self.p["n_e"] * self.param.F * self._rate(variables) / self.p["V_p"]
        variables[f"{Domain} electrode SE reduction current density [A.m-2]"] = j_red
        return variables

    def set_initial_conditions(self, variables):
        L = variables[f"{self.domain.capitalize()} electrode interphase thickness [m]"]
        self.initial_conditions = {L: self.p["L0"]}

    def _growth_rate(self, L):
        raise NotImplementedError  # pragma: no cover

    def set_rhs(self, variables):
        L = variables[f"{self.domain.capitalize()} electrode interphase thickness [m]"]
        self.rhs = {L: self._rate(variables)}


class ConstantInterphase(BaseInterphase):
    """An interphase of fixed thickness :math:`L_0`: g(L) = 0."""

    def _growth_rate(self, L):
        return pybamm.Scalar(0)


class ReactionLimitedInterphase(BaseInterphase):
    """Linear growth: the interphase conducts electrons, so the reduction goes on.

    .. math::
        g(L) = k_R, \\qquad L = L_0 + (1-\\theta_{IL}) k_R t \\text{ at rest}

    :math:`k_R` "Lithium metal interphase reaction-limited growth rate [m.s-1]".
    For SEs whose reduction products conduct electrons (Li10SnP2S12, Li10GeP2S12:
    Li-Sn/Li-Ge alloys in the interphase; Wenzel et al. 2018) the reaction is not
    self-limiting and the interphase, its resistance and the Li it takes grow
    without bound.
    """

    def _growth_rate(self, L):
        return self.param.assb.n.k_sei_reaction + 0 * L


class DiffusionLimitedInterphase(BaseInterphase):
    """Parabolic (self-limiting) growth through an electron-blocking interphase.

    .. math::
        g(L) = \\frac{k_D}{L}, \\qquad
        L^2 = L_0^2 + 2 (1-\\theta_{IL}) k_D t \\text{ at rest}, \\qquad
        R_{sei}\\propto\\sqrt{t}

    :math:`k_D` "Lithium metal interphase diffusion-limited growth constant
    [m2.s-1]". Li6PS5Cl-type SEs: Li2S, Li3P, LiCl conduct electrons poorly, so
    the reduction slows as the film thickens (Wenzel et al. 2018).
    """

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options)
        pybamm.citations.register(_WENZEL2018)

    def _growth_rate(self, L):
        k_D = self.param.assb.n.k_sei_diffusion
        return k_D / L


_WENZEL2018 = """@article{Wenzel2018,
  title={Interfacial reactivity and interphase growth of argyrodite solid electrolytes
         at lithium metal electrodes},
  author={Wenzel, Sebastian and Sedlmaier, Stefan J. and Dietrich, Christian and
          Zeier, Wolfgang G. and Janek, J{\\"u}rgen},
  journal={Solid State Ionics},
  volume={318},
  pages={102--112},
  year={2018},
  doi={10.1016/j.ssi.2017.07.005}
}"""


class NoInterphase(pybamm.BaseSubModel):
    """No interphase: zero thickness, resistance, SE reduction and Li loss."""

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options=options)

    def get_fundamental_variables(self):
        Domain = self.domain.capitalize()
        zero = pybamm.Scalar(0)
        return {
            f"{Domain} electrode interphase thickness [m]": zero,
            f"{Domain} electrode interphase resistance [Ohm.m2]": zero,
            f"{Domain} electrode solid electrolyte reduced [mol.m-2]": zero,
            f"{Domain} electrode lithium lost to interphase [mol.m-2]": zero,
            f"{Domain} electrode SE reduction current density [A.m-2]": zero,
        }


#: growth law of each "anode interphase" option value ("diffusion-limited" is the
#: parabolic law of Li6PS5Cl-type SEs, "reaction-limited" the linear one of SEs
#: whose interphase conducts electrons)
INTERPHASE_LAWS = {
    "none": NoInterphase,
    "constant": ConstantInterphase,
    "reaction-limited": ReactionLimitedInterphase,
    "diffusion-limited": DiffusionLimitedInterphase,
}
