"""Interphase on lithium metal from the reduction of the solid electrolyte."""

import pybamm


def _thickness_parameters():
    return {
        "L0": pybamm.Parameter("Lithium metal interphase initial thickness [m]"),
        "kappa": pybamm.Parameter(
            "Lithium metal interphase ionic conductivity [S.m-1]"
        ),
        "c_li": pybamm.Parameter(
            "Lithium metal interphase lithium concentration [mol.m-3]"
        ),
    }


class BaseInterphase(pybamm.BaseSubModel):
    """Interphase (SEI) of SE-reduction products on a planar lithium electrode.

    A sulfide SE touching Li is reduced (Li6PS5Cl + 8 Li -> 5 Li2S + Li3P + LiCl),
    leaving a film of thickness :math:`L` [m] of poor ionic conductivity
    :math:`\\kappa_{sei}` [S.m-1] between the Li and the SE. Its area-specific
    resistance and the lithium it holds are

    .. math::
        R_{sei} = \\frac{L}{\\kappa_{sei}}, \\qquad
        n_{Li,sei} = c_{Li,sei}\\,(L - L_0)

    with :math:`R_{sei}` [Ohm.m2] referred to the electrode area and
    :math:`c_{Li,sei}` "Lithium metal interphase lithium concentration
    [mol.m-3]" (Li taken from the metal per volume of products). Subclasses give
    the growth law. ``domain`` names the electrode ("negative" in a full cell;
    "negative" and "positive" for the two electrodes of a symmetric cell).
    """

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options=options)
        self.p = _thickness_parameters()

    def _thickness(self):
        return pybamm.Variable(
            f"{self.domain.capitalize()} electrode interphase thickness [m]",
            scale=1e-8,  # typical film thickness, for solver tolerances
        )

    def _standard_variables(self, L):
        Domain = self.domain.capitalize()
        return {
            f"{Domain} electrode interphase thickness [m]": L,
            f"{Domain} electrode interphase resistance [Ohm.m2]": L / self.p["kappa"],
            f"{Domain} electrode lithium lost to interphase [mol.m-2]": self.p["c_li"]
            * (L - self.p["L0"]),
        }

    def get_fundamental_variables(self):
        return self._standard_variables(self._thickness())

    def set_initial_conditions(self, variables):
        L = variables[f"{self.domain.capitalize()} electrode interphase thickness [m]"]
        self.initial_conditions = {L: self.p["L0"]}

    def _growth_rate(self, L):
        raise NotImplementedError  # pragma: no cover

    def set_rhs(self, variables):
        Domain = self.domain.capitalize()
        L = variables[f"{Domain} electrode interphase thickness [m]"]
        factor = variables[f"{Domain} electrode interlayer SE reduction rate factor"]
        self.rhs = {L: factor * self._growth_rate(L)}


class ConstantInterphase(BaseInterphase):
    """An interphase of fixed thickness :math:`L_0`: dL/dt = 0."""

    def _growth_rate(self, L):
        return pybamm.Scalar(0)


class ReactionLimitedInterphase(BaseInterphase):
    """Reaction-limited growth at a constant rate, L grows linearly in time.

    .. math::
        \\frac{dL}{dt} = f_{IL}\\,k_R

    :math:`k_R` "Lithium metal interphase reaction-limited growth rate [m.s-1]";
    :math:`f_{IL}` the interlayer's SE-reduction rate factor (1 on bare Li).
    """

    def _growth_rate(self, L):
        return (
            pybamm.Parameter(
                "Lithium metal interphase reaction-limited growth rate [m.s-1]"
            )
            + 0 * L
        )


class DiffusionLimitedInterphase(BaseInterphase):
    """Parabolic growth, limited by transport through the film (Wenzel et al. 2018).

    .. math::
        \\frac{dL}{dt} = f_{IL}\\,\\frac{k_D}{L}, \\qquad
        L^2 = L_0^2 + 2 f_{IL} k_D t, \\qquad R_{sei}\\propto\\sqrt{t}

    :math:`k_D` "Lithium metal interphase diffusion-limited growth constant
    [m2.s-1]"; :math:`f_{IL}` the interlayer's SE-reduction rate factor.
    """

    def __init__(self, param, domain, options=None):
        super().__init__(param, domain, options)
        pybamm.citations.register(_WENZEL2018)

    def _growth_rate(self, L):
        k_D = pybamm.Parameter(
            "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"
        )
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


class NoInterphase(BaseInterphase):
    """No interphase: zero thickness, resistance and lithium loss (no states)."""

    def get_fundamental_variables(self):
        Domain = self.domain.capitalize()
        zero = pybamm.Scalar(0)
        return {
            f"{Domain} electrode interphase thickness [m]": zero,
            f"{Domain} electrode interphase resistance [Ohm.m2]": zero,
            f"{Domain} electrode lithium lost to interphase [mol.m-2]": zero,
        }

    def set_initial_conditions(self, variables):
        pass

    def set_rhs(self, variables):
        pass


#: growth law of each "anode interphase" option value
INTERPHASE_LAWS = {
    "none": NoInterphase,
    "constant": ConstantInterphase,
    "reaction-limited": ReactionLimitedInterphase,
    "diffusion-limited": DiffusionLimitedInterphase,
}
