"""AM/SE contact under stack pressure, and its chemo-mechanical loss in cycling."""

import pybamm

from assb_models import citations
from assb_models.parameters.laws import law, real_contact_factor

CONTACT_FRACTION = (
    "Positive electrode active material-solid electrolyte contact fraction"
)


class PressureDependentContact(pybamm.interface_utilisation.BaseModel):
    """AM/SE contact fraction and real-contact factor from the pressure laws.

    The reactive area of the composite is the AM surface times the contact fraction
    :math:`f_c(P_d)` ("Positive electrode active material-solid electrolyte contact
    fraction vs pressure", at the densification pressure), and the exchange current
    of that contact scales with the real (atomic) contact of the two rough solids,
    :math:`\\phi_r(P)/\\phi_r(P_{ref})` (Bowden-Tabor, at the present stack
    pressure; :math:`P_{ref}` "Reference stack pressure [Pa]" is the pressure at which
    the set's exchange current holds). In PyBaMM's Butler-Volmer kinetics the
    interface utilisation :math:`u` multiplies the current, so

    .. math::
        u = f_c(P_d)\\,\\frac{\\phi_r(P)}{\\phi_r(P_{ref})}, \\qquad
        a\\,j = a\\,u\\,j_{BV}(j_0),

    i.e. :math:`j_0 \\to j_0\\,\\phi_r(P)/\\phi_r(P_{ref})` on the contacted area and
    the charge-transfer resistance falls as :math:`1/P`. With a film
    (:class:`~assb_models.submodels.interface.FilmButlerVolmer`) the film then carries
    the current of the real contact.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options=options)
        citations.register("Sakka2022")

    def contact_variables(self, variables, u):
        """Standard utilisation variables for ``u``, with the pressure-law parts at
        the model's "Stack pressure [Pa]"."""
        f_c = law(f"{CONTACT_FRACTION} vs pressure")
        f_r = real_contact_factor(variables["Stack pressure [Pa]"])
        if f_r.domain:  # a pressure that changes in time (fixed gap)
            factor = pybamm.PrimaryBroadcast(f_c * f_r, "positive electrode")
        else:
            factor = pybamm.FullBroadcast(
                f_c * f_r, "positive electrode", "current collector"
            )
        u_full = factor * u
        variables.update(self._get_standard_interface_utilisation_variables(u_full))
        variables.update(
            {CONTACT_FRACTION: f_c, "Positive electrode real contact factor": f_r}
        )
        return variables

    def get_coupled_variables(self, variables):
        return self.contact_variables(variables, 1)


class ChemoMechanicalContactLoss(PressureDependentContact):
    """AM/SE contact lost as the AM shrinks at low pressure, recovered by pressure.

    The AM changes volume with its Li content, :math:`\\Omega(x)` "Positive electrode
    volume change" [-] (PyBaMM's name, a function of the particle stoichiometry;
    layered oxides shrink on charge). The fraction :math:`L` of the pressure-law
    contact that is lost is a state (per position in the cathode):

    .. math::
        \\frac{\\partial L}{\\partial t} = \\beta\\left[(1 - L)\\,\\frac{P_s}{P + P_s}
        \\left(-\\dot\\Omega\\right)^+ - L\\,\\frac{P}{P + P_s}\\,
        \\left(\\dot\\Omega\\right)^+\\right], \\qquad
        \\dot\\Omega = \\Omega'(\\bar x)\\frac{d\\bar x}{dt}, \\quad
        \\frac{d\\bar x}{dt} = -\\frac{3 j}{F R c_{max}}

    A shrinking particle pulls away from the SE, which follows it only under pressure;
    on re-expansion the pressure pushes the SE back onto it. :math:`\\beta` is
    "Positive electrode contact loss per volume strain" [-], :math:`P_s` "Contact loss
    pressure scale [Pa]", :math:`\\bar x` the particle's mean stoichiometry and
    :math:`j` [A.m-2] the intercalation current density. The utilisation becomes
    :math:`u = f_c(P_d)\\,\\phi_r(P)/\\phi_r(P_{ref})\\,(1 - L)`. At low pressure the
    loss outweighs the recovery each cycle and the cell fades faster. Initial value
    "Initial positive electrode contact loss" [-].
    """

    def get_fundamental_variables(self):
        loss = pybamm.Variable(
            "Positive electrode contact loss",
            domain="positive electrode",
            auxiliary_domains={"secondary": "current collector"},
            bounds=(0, 1),
        )
        return {
            "Positive electrode contact loss": loss,
            "X-averaged positive electrode contact loss": pybamm.x_average(loss),
        }

    def get_coupled_variables(self, variables):
        loss = variables["Positive electrode contact loss"]
        return self.contact_variables(variables, 1 - loss)

    def set_rhs(self, variables):
        p = self.param.p
        loss = variables["Positive electrode contact loss"]
        c_av = variables["R-averaged positive particle concentration [mol.m-3]"]
        j = variables["Positive electrode interfacial current density [A.m-2]"]
        sto = c_av / p.prim.c_max
        omega = p.prim.t_change(sto)
        dsto_dt = -3 * j / (self.param.F * p.prim.R_typ * p.prim.c_max)
        domega_dt = omega.diff(sto) * dsto_dt
        beta = self.param.assb.p.beta_loss
        p_s = self.param.assb.p.p_loss
        P = variables["Stack pressure [Pa]"]
        lose = (1 - loss) * p_s / (P + p_s) * pybamm.maximum(-domega_dt, 0)
        regain = loss * P / (P + p_s) * pybamm.maximum(domega_dt, 0)
        self.rhs = {loss: beta * (lose - regain)}

    def set_initial_conditions(self, variables):
        loss = variables["Positive electrode contact loss"]
        self.initial_conditions = {loss: self.param.assb.p.loss_init}
