"""Reversible redox of the SE on carbon: Li6PS5Cl <-> Li(6-x)PS5Cl + x Li+ + x e-."""

import pybamm

from assb_models import citations
from assb_models.submodels.averaged_states import of_state, positive_electrode_state

from .base_se_oxidation import BaseSideReaction

#: names of the couple's variables
STATE = "Positive electrode carbon SE redox state of charge"
CURRENT_DENSITY = "Positive electrode carbon SE redox current density [A.m-2]"
VOLUMETRIC = "Positive electrode carbon SE redox volumetric current density [A.m-3]"
X_AVERAGED = (
    "X-averaged positive electrode carbon SE redox volumetric current density [A.m-3]"
)
CURRENT = "Carbon SE redox current [A]"
CHARGE = "Carbon SE redox charge stored [A.h]"
LITHIUM = "Lithium in solid electrolyte, removed by redox on carbon [mol]"


class CarbonSERedox(BaseSideReaction):
    """The partly reversible first oxidation of the SE where it touches carbon.

    .. math::
        \\mathrm{Li_6PS_5Cl \\rightleftharpoons Li_{6-x}PS_5Cl + x\\,Li^+ + x\\,e^-}

    (Tan et al., ACS Energy Lett. 4 (2019) 2418: Li-In | Li6PS5Cl | Li6PS5Cl-C
    half-cells cycle the SE reversibly; Schwietert et al., Nat. Mater. 19 (2020)
    428: the first oxidation of the argyrodite is a delithiated argyrodite / S-S
    couple, not yet decomposition). Per unit carbon/SE contact area the couple
    holds the charge :math:`q_r` [C.m-2]; :math:`\\theta` is the fraction of it
    oxidised. Its equilibrium is a broadened Nernst law,
    :math:`\\theta_{eq} = 1/(1 + e^{-(\\Delta\\phi - E_r)/w})`, and the current
    density relaxes towards it:

    .. math::
        j_r = k_r q_r \\left[(1 - \\theta) e^{(\\Delta\\phi - E_r)/2w}
              - \\theta e^{-(\\Delta\\phi - E_r)/2w}\\right], \\qquad
        \\frac{d\\theta}{dt} = \\frac{j_r}{q_r} \\; (q_r > 0)

    with :math:`E_r` "Carbon SE redox equilibrium potential [V]", :math:`w`
    "Carbon SE redox potential width [V]", :math:`q_r` "Carbon SE redox capacity
    [C.m-2]" and :math:`k_r` "Carbon SE redox rate constant [s-1]". The current
    flows on the carbon/SE contact area :math:`a_C` ([A.m-3]: :math:`a_C j_r`)
    and enters charge conservation like any cathode reaction, but consumes no SE:
    the delithiated SE stays SE and returns its charge on reduction. Its Li deficit
    is a Li phase of the balance, "Lithium in solid electrolyte, removed by redox
    on carbon [mol]" :math:`= -A L_p \\overline{a_C q_r \\theta}/F`. With
    :math:`q_r = 0` the current is zero and the model is the one without it.
    """

    interface = "carbon redox"

    def __init__(self, param, options=None):
        super().__init__(param, options=options)
        citations.register("Kim2024")

    def get_fundamental_variables(self):
        self._theta, theta = positive_electrode_state(
            STATE, self.options, bounds=(0, 1)
        )
        return {
            STATE: theta,
            f"X-averaged {STATE[0].lower()}{STATE[1:]}": (pybamm.x_average(theta)),
        }

    def get_coupled_variables(self, variables):
        redox = self.param.assb.side.redox
        theta = variables[STATE]
        delta_phi = variables["Positive electrode surface potential difference [V]"]
        a_c = variables[
            "Positive electrode carbon-solid electrolyte contact area per unit "
            "volume [m-1]"
        ]
        x = (delta_phi - redox.E_eq) / (2 * redox.width)
        j = redox.k * redox.q * ((1 - theta) * pybamm.exp(x) - theta * pybamm.exp(-x))
        a_j = a_c * j
        a_j_av = pybamm.x_average(a_j)
        L_p, A = self.param.p.L, self.param.A_cc
        stored = pybamm.x_average(a_c * redox.q * theta) * L_p * A
        variables.update(
            {
                CURRENT_DENSITY: j,
                VOLUMETRIC: a_j,
                X_AVERAGED: a_j_av,
                CURRENT: a_j_av * L_p * A,
                CHARGE: stored / 3600,
                LITHIUM: -stored / self.param.F,
            }
        )
        return variables

    def set_rhs(self, variables):
        redox = self.param.assb.side.redox
        theta = variables[STATE]
        delta_phi = variables["Positive electrode surface potential difference [V]"]
        x = (delta_phi - redox.E_eq) / (2 * redox.width)
        rate = redox.k * ((1 - theta) * pybamm.exp(x) - theta * pybamm.exp(-x))
        self.rhs = {self._theta: of_state(self._theta, rate)}

    def set_initial_conditions(self, variables):
        self.initial_conditions = {self._theta: pybamm.Scalar(0)}


class NoCarbonSERedox(BaseSideReaction):
    """Off switch of the reversible SE redox on carbon."""

    interface = "carbon redox"

    def get_fundamental_variables(self):
        zero = pybamm.FullBroadcast(0, "positive electrode", "current collector")
        return {
            CURRENT_DENSITY: zero,
            VOLUMETRIC: zero,
            X_AVERAGED: pybamm.Scalar(0),
            CURRENT: pybamm.Scalar(0),
            CHARGE: pybamm.Scalar(0),
        }
