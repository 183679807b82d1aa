"""Non-uniform reaction across a composite cathode, in closed form."""

import numpy as np
import pybamm

#: names of the correction fields, shared by the SE and electrode potentials
ELECTROLYTE_CURRENT = "Positive electrolyte current density correction [A.m-2]"
ELECTROLYTE_POTENTIAL = "Positive electrolyte potential correction [V]"
ELECTRODE_POTENTIAL = "Positive electrode potential correction [V]"
REDISTRIBUTED = "Positive electrode redistributed current density [A.m-2]"
#: name of the algebraic state nu (square root of the reaction distribution number)
NU = "Positive electrode reaction distribution number square root"
#: name of the ohmic drop across the composite over the thermal voltage, Pi
OHMIC_NUMBER = "Positive electrode ohmic number"
#: Pi above which the reduced model's voltage error against the DFN exceeds 10 mV
#: (:func:`expected_voltage_error_mV`)
PI_LIMIT = 7.0


def expected_voltage_error_mV(pi):
    """The reduced model's largest voltage error against the DFN [mV] at ohmic
    number ``pi``, :math:`0.42\\,\\Pi^{1.63}`: the log-log fit (:math:`R^2` = 0.96,
    points within a factor 2.2) over :math:`1 \\le \\Pi \\le 20` of the errors up
    to 95 % of the DFN's capacity on Kim 2024 series A (C/20 to 2 C, 80-90 wt% NCM,
    0.3-3x the SE conductivity; ``benchmarks/spme_validity.py``, see
    :class:`~assb_models.SolidStateSPMe`). It reaches 10 mV at :data:`PI_LIMIT`."""
    return 0.42 * pi**1.63


#: stoichiometry step of the central-difference OCP slope in the chemical capacitance
OCP_SLOPE_STEP = 1e-4

NEWMAN_TOBIAS_1962 = """@article{Newman1962,
  title={Theoretical Analysis of Current Distribution in Porous Electrodes},
  author={Newman, John S. and Tobias, Charles W.},
  journal={Journal of The Electrochemical Society},
  volume={109},
  number={12},
  pages={1183},
  year={1962},
  doi={10.1149/1.2425269}
}"""


class ReactionDistribution(pybamm.BaseSubModel):
    """Correction of the uniform reaction of a single-particle model.

    With :math:`s = (x - L_n - L_s)/L_p \\in [0, 1]` (0 at the separator),
    :math:`I` [A.m-2] the current density (> 0 on discharge), :math:`p =
    1/\\kappa_{eff}` and :math:`q = 1/\\sigma_{eff}` [Ohm.m] the x-averaged SE and
    electronic resistivities of the composite and :math:`S = p + q`, the leading
    order is a uniform reaction: :math:`i_e = I(1 - s)`, :math:`i_s = Is`.

    **First correction.** Linearising the kinetics about the mean current,
    :math:`\\delta(\\phi_s - \\phi_e) = R_d\\,\\delta j`, charge conservation in the two
    phases gives for :math:`f = i_e/I` the transmission-line equation
    :math:`f'' = \\nu^2 (f - q/S)`, :math:`f(0) = 1`, :math:`f(1) = 0`, solved by

    .. math::
        f(s) = \\frac{q + p\\cosh\\nu s - (q + p\\cosh\\nu)\\,
               \\sinh\\nu s/\\sinh\\nu}{S}, \\qquad
        \\nu^2 = \\frac{a L_p^2 S}{R_d}

    (Newman and Tobias 1962). Expanded in :math:`\\nu^2` it is :math:`1 - s` plus
    the first correction :math:`\\nu^2 H(s)/S`, :math:`H = \\int_0^s (h - \\bar h)`,
    :math:`h = ps - Ss^2/2`, which lowers the composite's resistance by :math:`L_p
    (S^2/45 - pq/12)\\,aL_p^2/R_d`; the closed form sums the series, so the
    correction stays bounded when :math:`\\nu^2 > 1`. :math:`a` [m-1] is the AM
    surface per volume and :math:`R_d = \\partial\\eta/\\partial j` [Ohm.m2] the
    differential resistance of the intercalation reaction (symmetric Butler-Volmer
    with utilisation :math:`u`, film :math:`R_f` in series):

    .. math::
        R_d = \\frac{2RT/F}{\\sqrt{\\bar j^2 + (2 u j_0)^2}} + \\frac{R_f}{u}.

    **Relaxation.** A non-uniform reaction changes the particles' states of charge
    unevenly; their open-circuit potentials then push back until the reaction is
    uniform again, with the particles' lithium offsets balancing the ohmic profile.
    The part of the current so redistributed, :math:`m` [A.m-2] (variable
    "Positive electrode redistributed current density [A.m-2]", 0 at the start),
    follows the slowest mode (:math:`\\cos\\pi s`) of the linearised problem,

    .. math::
        \\frac{dm}{dt} = \\frac{I - m}{\\tau}, \\qquad
        \\tau = C R_d \\left(1 + \\frac{\\nu^2}{\\pi^2}\\right), \\qquad
        C = \\frac{F c_{max} R_p}{3\\,|\\partial U/\\partial x|}

    with :math:`C` [F.m-2] the chemical capacitance of the AM per surface area.
    Only :math:`I - m` drives the non-uniform part:

    .. math::
        i_e = m(1 - s) + (I - m)f(s), \\quad
        \\delta\\phi_e = -(I - m) L_p p\\,D(s), \\quad
        \\delta\\phi_s = (I - m) L_p q\\,(D(s) - \\bar D)

    with :math:`D(s) = \\int_0^s (f - 1 + s')\\,ds'`, so the voltage changes by
    :math:`(I - m) L_p (q D(1) - S\\bar D)`. The mean of :math:`\\phi_s - \\phi_e`
    is unchanged (that of the x-averaged kinetics).

    :math:`\\nu^2` ("Positive electrode reaction distribution number") is the
    composite's ohmic over its reaction resistance; in the Tafel regime
    (:math:`|\\bar j| \\gg u j_0`) it is :math:`|I| L_p S` over :math:`2RT/F`. It sets
    how non-uniform the reaction is at a change of current. What this correction
    leaves out, the spread of the particles' states of charge beyond first order
    (the curvature of :math:`U`, the state dependence of diffusivity and exchange
    current) and the non-linearity of the kinetics across the layer, grows with
    the ohmic drop across the composite over the thermal voltage, :math:`\\Pi =
    |I| L_p S F/RT` (variable "Positive electrode ohmic number"), which predicts
    the error against the DFN (see :class:`~assb_models.SolidStateSPMe`).
    """

    def __init__(self, param, options, film=False):
        super().__init__(param, "positive", options=options)
        self.film = film
        pybamm.citations.register(NEWMAN_TOBIAS_1962)

    def get_fundamental_variables(self):
        m = pybamm.Variable(
            REDISTRIBUTED, domain="current collector", scale=self.param.I_typ
        )
        nu = pybamm.Variable(NU, domain="current collector", bounds=(0, np.inf))
        return {REDISTRIBUTED: m, NU: nu}

    def get_coupled_variables(self, variables):
        param = self.param
        i = variables["Current collector current density [A.m-2]"]
        m = variables[REDISTRIBUTED]
        T = variables["X-averaged cell temperature [K]"]
        j = variables[
            "X-averaged positive electrode interfacial current density [A.m-2]"
        ]
        j0 = variables["X-averaged positive electrode exchange current density [A.m-2]"]
        u = variables["X-averaged positive electrode interface utilisation"]
        a = variables[
            "X-averaged positive electrode surface area to volume ratio [m-1]"
        ]
        c_e = variables["X-averaged electrolyte concentration [mol.m-3]"]
        sto = variables["X-averaged positive particle surface stoichiometry"]
        tor_e = variables["X-averaged positive electrolyte transport efficiency"]
        tor_s = variables["X-averaged positive electrode transport efficiency"]

        R_d = 2 * param.R * T / param.F / pybamm.sqrt(j**2 + (2 * u * j0) ** 2)
        if self.film:
            R_f = variables[
                "X-averaged positive electrode interfacial film resistance [Ohm.m2]"
            ]
            R_d = R_d + R_f / u
        p = 1 / (param.kappa_e(c_e, T) * tor_e)
        q = 1 / (param.p.sigma(sto, T) * tor_s)
        S = p + q
        L = param.p.L
        nu = variables[NU]
        nu2 = nu**2

        # i_e / I of the linearised problem and D = int_0^s (f - (1 - s))
        s = (pybamm.standard_spatial_vars.x_p - (param.L_x - L)) / L
        B = (q + p * pybamm.cosh(nu)) / pybamm.sinh(nu)
        f = (q + p * pybamm.cosh(nu * s) - B * pybamm.sinh(nu * s)) / S

        def D(s):
            int_f = (
                q * s
                + p * pybamm.sinh(nu * s) / nu
                - B * (pybamm.cosh(nu * s) - 1) / nu
            ) / S
            return int_f - s + s**2 / 2

        int_f_mean = (
            q / 2
            + p * (pybamm.cosh(nu) - 1) / nu2
            - B * (pybamm.sinh(nu) / nu - 1) / nu
        ) / S
        D_mean = int_f_mean - pybamm.Scalar(1 / 3)

        # chemical capacitance of the AM per surface area, from the OCP slope
        # (central difference: CasADi cannot take the Jacobian of the derivative
        # of a cubic-spline OCP, whose second derivative that would need)
        h = pybamm.Scalar(OCP_SLOPE_STEP)
        dU = (param.p.prim.U(sto + h, T) - param.p.prim.U(sto - h, T)) / (2 * h)
        C = (
            param.F
            * param.p.prim.c_max
            * param.p.prim.R_typ
            / (3 * pybamm.AbsoluteValue(dU))
        )

        i_free = i - m
        variables.update(
            {
                "Positive electrode differential reaction resistance [Ohm.m2]": R_d,
                "Positive electrode closed-form reaction distribution number": (
                    a * L**2 * S / R_d
                ),
                "Positive electrode reaction distribution number": nu2,
                OHMIC_NUMBER: pybamm.AbsoluteValue(i) * L * S * param.F / (param.R * T),
                "Positive electrode chemical capacitance [F.m-2]": C,
                "Positive electrode redistribution time [s]": C
                * R_d
                * (1 + nu2 / np.pi**2),
                ELECTROLYTE_CURRENT: i_free * (f - 1 + s),
                ELECTROLYTE_POTENTIAL: -i_free * L * p * D(s),
                ELECTRODE_POTENTIAL: i_free * L * q * (D(s) - D_mean),
                "Reaction distribution voltage correction [V]": (
                    i_free * L * (q * D(pybamm.Scalar(1)) - S * D_mean)
                ),
            }
        )
        return variables

    def set_rhs(self, variables):
        i = variables["Current collector current density [A.m-2]"]
        m = variables[REDISTRIBUTED]
        tau = variables["Positive electrode redistribution time [s]"]
        self.rhs = {m: (i - m) / tau}

    def set_algebraic(self, variables):
        nu = variables[NU]
        nu2 = variables["Positive electrode closed-form reaction distribution number"]
        self.algebraic = {nu: nu - pybamm.sqrt(nu2)}

    def set_initial_conditions(self, variables):
        # nu: a guess, made consistent by the solver's initialisation
        self.initial_conditions = {
            variables[REDISTRIBUTED]: pybamm.Scalar(0),
            variables[NU]: pybamm.Scalar(1),
        }
