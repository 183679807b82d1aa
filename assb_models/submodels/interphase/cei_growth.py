"""Growth of the cathode-electrolyte interphase (CEI) on the active material."""

import pybamm

LAWS = ("side-reaction driven", "reaction-limited", "diffusion-limited")


class CEIGrowth(pybamm.BaseSubModel):
    """Thickness of the CEI on the contacted AM surface, and its resistance.

    Three growth laws for the thickness :math:`L` [m] (option "CEI growth"):

    - "side-reaction driven": the products of SE oxidation on the AM deposit on it,

      .. math:: \\frac{dL}{dt} = \\frac{\\bar V_{CEI}\\, j_{ox,AM}}{n_e F}

      with :math:`j_{ox,AM}` [A.m-2] the SE oxidation current on the contacted AM
      surface, :math:`\\bar V_{CEI}` "CEI molar volume [m3.mol-1]" (per formula unit
      of SE oxidised) and :math:`n_e` "Solid electrolyte oxidation electrons per
      formula unit";
    - "reaction-limited": a chemical reaction at a constant rate,
      :math:`dL/dt = k_{CEI}` ("CEI reaction-limited growth rate [m.s-1]"), so
      :math:`L` grows linearly in time;
    - "diffusion-limited": transport through the layer limits growth,
      :math:`dL/dt = D_{CEI}/L` ("CEI diffusion-limited growth constant
      [m2.s-1]"), so :math:`L = \\sqrt{L_0^2 + 2D_{CEI}t}` and :math:`R \\propto
      \\sqrt{t}` (Wenzel et al. 2016 for sulfide interphases).

    All start from "Initial CEI thickness [m]" :math:`L_0`. The resistance per
    contacted area is :math:`R_{CEI} = L/\\kappa_{CEI}` [Ohm.m2] with
    :math:`\\kappa_{CEI}` "CEI ionic conductivity [S.m-1]"; it sits in series with the
    coating in :class:`~assb_models.submodels.interface.FilmButlerVolmer`.
    """

    def __init__(self, param, law, options=None):
        super().__init__(param, "positive", options=options)
        if law not in LAWS:
            raise pybamm.OptionError(f"CEI growth law {law!r}; allowed: {list(LAWS)}")
        self.law = law

    def get_fundamental_variables(self):
        L0 = pybamm.Parameter("Initial CEI thickness [m]")
        L = pybamm.Variable(
            "Positive electrode CEI thickness [m]",
            domain="positive electrode",
            auxiliary_domains={"secondary": "current collector"},
            scale=L0,
        )
        kappa = pybamm.Parameter("CEI ionic conductivity [S.m-1]")
        R = L / kappa
        return {
            "Positive electrode CEI thickness [m]": L,
            "X-averaged positive electrode CEI thickness [m]": pybamm.x_average(L),
            "Positive electrode CEI resistance [Ohm.m2]": R,
            "X-averaged positive electrode CEI resistance [Ohm.m2]": pybamm.x_average(R),
        }

    def set_rhs(self, variables):
        L = variables["Positive electrode CEI thickness [m]"]
        if self.law == "side-reaction driven":
            j_ox = variables[
                "Positive electrode active material SE oxidation current density [A.m-2]"
            ]
            V = pybamm.Parameter("CEI molar volume [m3.mol-1]")
            n_e = pybamm.Parameter("Solid electrolyte oxidation electrons per formula unit")
            dLdt = V * j_ox / (n_e * self.param.F)
        elif self.law == "reaction-limited":
            dLdt = pybamm.PrimaryBroadcast(
                pybamm.Parameter("CEI reaction-limited growth rate [m.s-1]"),
                "positive electrode",
            )
        else:
            dLdt = pybamm.Parameter("CEI diffusion-limited growth constant [m2.s-1]") / L
        self.rhs = {L: dLdt}

    def set_initial_conditions(self, variables):
        L = variables["Positive electrode CEI thickness [m]"]
        self.initial_conditions = {L: pybamm.Parameter("Initial CEI thickness [m]")}
