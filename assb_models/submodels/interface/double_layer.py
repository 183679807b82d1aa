"""Double layers of the composite cathode: on the contacted AM and on carbon."""

import pybamm

FullDifferential = (
    pybamm.electrolyte_conductivity.surface_potential_form.FullDifferential
)


def double_layer_charge_name(domain):
    """Name of the double-layer charge state of ``domain`` [C.m-2]."""
    return f"{domain.capitalize()} electrode double-layer charge [C.m-2]"


def double_layer_charge(param, domain, state_domain="current collector"):
    """The charge state of one electrode's double layers and the Li it holds.

    .. math:: n_{Li,dl} = -\\frac{A Q_{dl}}{F}

    :math:`Q_{dl}` "<Domain> electrode double-layer charge [C.m-2]" is the
    electron-side charge per electrode area, zero at the start; the SE side is
    Li+ in excess or missing (a single-ion conductor's counter-charge is its
    mobile Li+), reported as "Lithium in <domain> electrode double layer [mol]"
    for "Total lithium [mol]". ``state_domain`` is the state's domain (none in a
    model without a current-collector domain). Returns both variables.
    """
    name = double_layer_charge_name(domain)
    q = pybamm.Variable(name, domain=state_domain)
    return {
        name: q,
        f"Lithium in {domain} electrode double layer [mol]": -q * param.A_cc / param.F,
    }


class CompositeDoubleLayer(FullDifferential):
    """PyBaMM's differential surface form with the composite's two double layers.

    The SE touches two electron conductors at the solid potential: the contacted AM
    surface and the carbon surface. Both charge as capacitors in parallel with the
    reactions, so

    .. math::
        \\left(a f_c C_{dl} + a_C C_{dl,C}\\right)
        \\frac{\\partial\\Delta\\phi}{\\partial t}
        = \\nabla\\cdot i_e - \\sum_k a_k j_k

    with :math:`a f_c` the contacted AM area per volume and :math:`a_C` the
    carbon/SE contact area per volume [m-1], :math:`C_{dl}` "Positive electrode
    double-layer capacity [F.m-2]" and :math:`C_{dl,C}` "Positive electrode carbon
    double-layer capacity [F.m-2]". PyBaMM's own form charges :math:`a C_{dl}`
    (the whole AM surface, no carbon).

    The SE side of both double layers is Li+ in excess or missing (a single-ion
    conductor's counter-charge is its mobile Li+), so the layers hold lithium:

    .. math::
        \\frac{dQ_{dl}}{dt} = \\int_{L_n+L_s}^{L}
            \\left(\\nabla\\cdot i_e - \\sum_k a_k j_k\\right) dx, \\qquad
        n_{Li,dl} = -\\frac{A Q_{dl}}{F}

    with :math:`Q_{dl}` "Positive electrode double-layer charge [C.m-2]" (the
    electron side, zero at the start) and :math:`n_{Li,dl}` "Lithium in positive
    electrode double layer [mol]", which "Total lithium [mol]" counts. The state
    integrates the double-layer current itself, so it stays exact when the
    capacitance moves with the contact.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options)

    def get_fundamental_variables(self):
        variables = super().get_fundamental_variables()
        variables.update(double_layer_charge(self.param, "positive"))
        return variables

    def set_rhs(self, variables):
        T = variables["Positive electrode temperature [K]"]
        delta_phi = variables["Positive electrode surface potential difference [V]"]
        i_e = variables["Positive electrolyte current density [A.m-2]"]
        sum_a_j = variables[
            "Sum of positive electrode volumetric interfacial current densities [A.m-3]"
        ]
        a = variables["Positive electrode surface area to volume ratio [m-1]"]
        f_c = variables["Positive electrode interface utilisation"]
        a_c = variables[
            "Positive electrode carbon-solid electrolyte contact area per unit "
            "volume [m-1]"
        ]
        C_c = self.param.assb.p.C_dl_c
        capacitance = a * f_c * self.domain_param.C_dl(T) + a_c * C_c
        j_dl = pybamm.div(i_e) - sum_a_j
        self.rhs[delta_phi] = j_dl / capacitance
        q = variables[double_layer_charge_name("positive")]
        self.rhs[q] = self.param.p.L * pybamm.x_average(j_dl)

    def set_initial_conditions(self, variables):
        super().set_initial_conditions(variables)
        q = variables[double_layer_charge_name("positive")]
        self.initial_conditions[q] = pybamm.Scalar(0)
