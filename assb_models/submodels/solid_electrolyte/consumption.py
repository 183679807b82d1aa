"""SE volume fraction consumed by oxidation."""

import pybamm


class SolidElectrolyteConsumption(pybamm.porosity.BaseModel):
    """SE volume fraction in the cathode as a state that falls as the SE oxidises.

    .. math::
        \\frac{\\partial\\varepsilon_{SE}}{\\partial t} =
        -\\frac{\\bar V_{SE}}{n_e F}\\left(a_C j_C + a f_c j_{AM}\\right)

    with :math:`\\bar V_{SE}` "Solid electrolyte molar volume [m3.mol-1]" and
    :math:`n_e` "Solid electrolyte oxidation electrons per formula unit" (5 for
    Li6PS5Cl -> LiCl + 1/2 P2S5 + 5/2 S + 5 Li+ + 5 e-). In PyBaMM's naming
    :math:`\\varepsilon_{SE}` is "Positive electrode porosity", so the SE transport
    efficiency, hence the ionic conductivity, falls with it. The separator's SE is
    not oxidised. The run stops with the event "Solid electrolyte consumed" if the
    SE fraction anywhere falls below 0.1 % of its initial value.
    """

    def __init__(self, param, options):
        super().__init__(param, options)

    def get_fundamental_variables(self):
        eps_p = pybamm.Variable(
            "Positive electrode porosity",
            domain="positive electrode",
            auxiliary_domains={"secondary": "current collector"},
            bounds=(0, 1),
        )
        eps_s = self.initial_se_fractions()[0]
        return self._get_standard_porosity_variables(
            {"separator": eps_s, "positive electrode": eps_p}
        )

    def initial_se_fractions(self):
        """SE volume fractions before oxidation: separator, composite cathode."""
        return self.param.s.epsilon_init, self.param.p.epsilon_init

    def set_rhs(self, variables):
        eps = variables["Positive electrode porosity"]
        a_j = variables[
            "Positive electrode SE oxidation volumetric current density [A.m-3]"
        ]
        V = self.param.assb.se.V_m
        n_e = self.param.assb.se.n_e_ox
        self.rhs = {eps: -V * a_j / (n_e * self.param.F)}

    def set_initial_conditions(self, variables):
        eps = variables["Positive electrode porosity"]
        self.initial_conditions = {eps: self.initial_se_fractions()[1]}

    def add_events_from(self, variables):
        eps = variables["Positive electrode porosity"]
        self.events.append(
            pybamm.Event(
                "Solid electrolyte consumed",
                pybamm.min(eps / self.initial_se_fractions()[1]) - 1e-3,
            )
        )
