"""First correction to the uniform reaction in a thin composite cathode."""

import pybamm

#: names of the correction fields, shared by the SE and electrode potentials
ELECTROLYTE_CURRENT = "Positive electrolyte current density correction [A.m-2]"
ELECTROLYTE_POTENTIAL = "Positive electrolyte potential correction [V]"
ELECTRODE_POTENTIAL = "Positive electrode potential correction [V]"


class ReactionDistribution(pybamm.BaseSubModel):
    """Reaction distribution across the composite cathode, to first order.

    With :math:`s = (x - L_n - L_s)/L_p \\in [0, 1]` (0 at the separator),
    :math:`I` the current density [A.m-2] (> 0 on discharge), :math:`p =
    1/\\kappa_{eff}` and :math:`q = 1/\\sigma_{eff}` [Ohm.m] the x-averaged SE and
    electronic resistivities of the composite and :math:`S = p + q`, a uniform
    reaction gives the leading-order currents :math:`i_e = I(1 - s)`,
    :math:`i_s = Is`, and the local potential difference
    :math:`\\Delta\\phi = \\phi_s - \\phi_e` varies across the layer as
    :math:`I L_p\\,h(s)`, :math:`h = ps - Ss^2/2`. Linearising the kinetics about
    the mean current, :math:`\\delta j = \\delta\\Delta\\phi / R_d`, gives the first
    correction (of relative order :math:`\\nu^2`):

    .. math::
        \\delta i_e = I\\beta H(s), \\quad
        \\delta\\phi_e = -I L_p p\\,\\beta K(s), \\quad
        \\delta\\phi_s = I L_p q\\,\\beta\\,(K(s) - \\bar K), \\qquad
        \\beta = \\frac{a L_p^2}{R_d}

    with :math:`H = \\int_0^s (h - \\bar h)`, :math:`K = \\int_0^s H`
    (:math:`H(0) = H(1) = 0`, :math:`\\bar K = -p/24 + 7S/360`), :math:`a` [m-1] the AM
    surface per volume and :math:`R_d = \\partial\\eta/\\partial j` [Ohm.m2] the
    differential resistance of the intercalation reaction (symmetric Butler-Volmer
    with utilisation :math:`u` and a film :math:`R_f` in series):

    .. math::
        R_d = \\frac{2RT/F}{\\sqrt{\\bar j^2 + (2 u j_0)^2}} + \\frac{R_f}{u}.

    The cell voltage rises by :math:`\\delta V = I L_p \\beta\\,(S^2/45 - pq/12)`
    (the reaction crowds where the path is cheaper, so the composite resistance
    falls); the mean of :math:`\\Delta\\phi` is unchanged to this order. For
    :math:`q = 0` this is the :math:`\\nu^2` term of Newman and Tobias's composite
    resistance, :math:`(L_p p)\\,\\nu^{-1}\\coth\\nu`.

    The dimensionless number (variable "Positive electrode reaction distribution
    number")

    .. math:: \\nu^2 = \\frac{a L_p^2 (p + q)}{R_d}

    is the ohmic resistance of the composite over its reaction resistance; in the
    Tafel regime (:math:`|\\bar j| \\gg j_0`) it is :math:`|I| L_p (p + q)` over
    :math:`2RT/F`, the ohmic drop across the composite over the thermal voltage.
    The expansion holds for :math:`\\nu^2 \\lesssim 1`; the neglected term is of
    relative order :math:`\\nu^4`, and the particles' different states of charge
    (which a non-uniform reaction builds up over time) are not corrected.
    """

    def __init__(self, param, options, film=False):
        super().__init__(param, "positive", options=options)
        self.film = film

    def get_fundamental_variables(self):
        m = pybamm.Variable(
            "Positive electrode redistributed current density [A.m-2]",
            domain="current collector",
            scale=self.param.I_typ,
        )
        return {"Positive electrode redistributed current density [A.m-2]": m}

    def get_coupled_variables(self, variables):
        param = self.param
        i = variables["Current collector current density [A.m-2]"]
        T = variables["X-averaged cell temperature [K]"]
        j = variables["X-averaged positive electrode total interfacial current density [A.m-2]"]
        j0 = variables["X-averaged positive electrode exchange current density [A.m-2]"]
        u = variables["X-averaged positive electrode interface utilisation"]
        a = variables["X-averaged positive electrode surface area to volume ratio [m-1]"]
        c_e = variables["X-averaged electrolyte concentration [mol.m-3]"]
        sto = variables["X-averaged positive particle surface stoichiometry"]
        tor_e = variables["X-averaged positive electrolyte transport efficiency"]
        tor_s = variables["X-averaged positive electrode transport efficiency"]
        m = variables["Positive electrode redistributed current density [A.m-2]"]

        R_d = 2 * param.R * T / param.F / pybamm.sqrt(j**2 + (2 * u * j0) ** 2)
        if self.film:
            R_d = R_d + variables[
                "X-averaged positive electrode interfacial film resistance [Ohm.m2]"
            ] / u
        p = 1 / (param.kappa_e(c_e, T) * tor_e)
        q = 1 / (param.p.sigma(sto, T) * tor_s)
        S = p + q
        L = param.p.L
        beta = a * L**2 / R_d

        s = (pybamm.standard_spatial_vars.x_p - (param.L_x - L)) / L
        h_mean = p / 2 - S / 6
        H = p * s**2 / 2 - S * s**3 / 6 - h_mean * s
        K = p * s**3 / 6 - S * s**4 / 24 - h_mean * s**2 / 2
        K_mean = -p / 24 + 7 * S / 360

        # the AM's chemical capacitance per surface area, from the OCP slope
        c_max, R = param.p.prim.c_max, param.p.prim.R_typ
        dsto = 1e-4
        dU = (param.p.prim.U(sto + dsto, T) - param.p.prim.U(sto - dsto, T)) / (2 * dsto)
        C = param.F * c_max * R / (3 * pybamm.AbsoluteValue(dU))
        i_free = i - m
        variables.update(
            {
                "Positive electrode chemical capacitance [F.m-2]": C,
                "Positive electrode redistribution time [s]": R_d * C,
                "Positive electrode differential reaction resistance [Ohm.m2]": R_d,
                "Positive electrode reaction distribution number": beta * S,
                ELECTROLYTE_CURRENT: i_free * beta * H,
                ELECTROLYTE_POTENTIAL: -i_free * L * p * beta * K,
                ELECTRODE_POTENTIAL: i_free * L * q * beta * (K - K_mean),
                "Reaction distribution voltage correction [V]": (
                    i_free * L * beta * (S**2 / 45 - p * q / 12)
                ),
            }
        )
        return variables

    def set_rhs(self, variables):
        i = variables["Current collector current density [A.m-2]"]
        m = variables["Positive electrode redistributed current density [A.m-2]"]
        tau = variables["Positive electrode redistribution time [s]"]
        self.rhs = {m: (i - m) / tau}

    def set_initial_conditions(self, variables):
        m = variables["Positive electrode redistributed current density [A.m-2]"]
        self.initial_conditions = {m: pybamm.Scalar(0)}
