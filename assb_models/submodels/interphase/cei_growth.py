"""Growth of the cathode-electrolyte interphase (CEI) on the active material."""

import pybamm

from assb_models import citations
from assb_models.submodels.averaged_states import of_state, positive_electrode_state

from .base_cei import CAPACITY, CURRENT, VOLUMETRIC, BaseCEI

LAWS = ("side-reaction driven", "reaction-limited", "diffusion-limited")

__all__ = ["CAPACITY", "CURRENT", "LAWS", "VOLUMETRIC", "CEIGrowth"]


class CEIGrowth(BaseCEI):
    """Thickness of the CEI on the contacted AM surface, and its resistance.

    Three growth laws for the thickness :math:`L` [m] (option "CEI growth"):

    - "side-reaction driven": the products of SE oxidation on the AM deposit on it,

      .. math:: \\frac{dL}{dt} = \\frac{\\bar V_{CEI}\\, j_{ox,AM}}{n_e F}

      with :math:`j_{ox,AM}` [A.m-2] the SE oxidation current on the contacted AM
      surface, :math:`\\bar V_{CEI}` "CEI molar volume [m3.mol-1]" (per formula unit
      of SE oxidised by the reaction on the active material) and :math:`n_e`
      "Positive electrode SE oxidation electrons per formula unit" (that
      reaction's own);
    - "reaction-limited": a chemical reaction at a constant rate,
      :math:`dL/dt = k_{CEI}` ("CEI reaction-limited growth rate [m.s-1]"), so
      :math:`L` grows linearly in time;
    - "diffusion-limited": transport through the layer limits growth,
      :math:`dL/dt = D_{CEI}/L` ("CEI diffusion-limited growth constant
      [m2.s-1]"), so :math:`L = \\sqrt{L_0^2 + 2D_{CEI}t}` and :math:`R \\propto
      \\sqrt{t}` (Wenzel et al. 2016 for sulfide interphases).

    All start from "Initial CEI thickness [m]" :math:`L_0`. The CEI is made of
    oxidised SE, so the "reaction-limited" and "diffusion-limited" laws consume SE
    and pass charge like any SE oxidation: per contacted AM area the current

    .. math:: j_{CEI} = \\frac{n_e F}{\\bar V_{CEI}} \\frac{dL}{dt} \\; [A.m^{-2}]

    flows on the area :math:`a f_c` ("Positive electrode CEI growth SE oxidation
    volumetric current density [A.m-3]", added to the cathode's interfacial
    currents and to the SE consumption; its charge is "CEI growth SE oxidation
    capacity [A.h]"). In the "side-reaction driven" law that charge is already the
    SE oxidation on the AM, so this current is zero. The resistance per
    contacted area is :math:`R_{CEI} = L/\\kappa_{CEI}` [Ohm.m2] with
    :math:`\\kappa_{CEI}` "CEI ionic conductivity [S.m-1]"; it sits in series with the
    coating in :class:`~assb_models.submodels.interface.FilmButlerVolmer`.
    """

    def __init__(self, param, law, options=None):
        super().__init__(param, options=options)
        if law not in LAWS:
            raise pybamm.OptionError(f"CEI growth law {law!r}; allowed: {list(LAWS)}")
        self.law = law
        citations.register("Kim2024")

    def get_fundamental_variables(self):
        L0 = self.param.assb.side.L_cei_0
        self._L, L = positive_electrode_state(
            "Positive electrode CEI thickness [m]", self.options, scale=L0
        )
        kappa = self.param.assb.side.kappa_cei
        variables = self._get_standard_thickness_variables(L, L / kappa)
        if self.law != "side-reaction driven":
            Q = pybamm.Variable(CAPACITY)
            variables[CAPACITY] = Q
        return variables

    def get_coupled_variables(self, variables):
        L = variables["Positive electrode CEI thickness [m]"]
        V = self.param.assb.side.V_cei
        n_e = self.param.assb.side.n_e_ox_am
        F = self.param.F
        if self.law == "side-reaction driven":
            j_ox = variables[
                "Positive electrode active material SE oxidation current density "
                "[A.m-2]"
            ]
            dLdt = V * j_ox / (n_e * F)
            variables.update(self._get_zero_growth_current_variables())
        else:
            if self.law == "reaction-limited":
                dLdt = pybamm.FullBroadcast(
                    self.param.assb.side.k_cei_reaction,
                    "positive electrode",
                    "current collector",
                )
            else:
                dLdt = self.param.assb.side.k_cei_diffusion / L
            a = variables["Positive electrode surface area to volume ratio [m-1]"]
            f_c = variables["Positive electrode interface utilisation"]
            j = n_e * F * dLdt / V
            a_j = a * f_c * j
            variables.update(self._get_standard_growth_current_variables(j, a_j))
        variables["Positive electrode CEI growth rate [m.s-1]"] = dLdt
        return variables

    def set_rhs(self, variables):
        rate = variables["Positive electrode CEI growth rate [m.s-1]"]
        self.rhs = {self._L: of_state(self._L, rate)}
        if self.law != "side-reaction driven":
            self.rhs[variables[CAPACITY]] = variables[CURRENT] / 3600

    def set_initial_conditions(self, variables):
        self.initial_conditions = {
            self._L: of_state(self._L, self.param.assb.side.L_cei_0)
        }
        if self.law != "side-reaction driven":
            self.initial_conditions[variables[CAPACITY]] = pybamm.Scalar(0)
