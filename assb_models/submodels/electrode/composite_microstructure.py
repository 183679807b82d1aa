"""Derived microstructure quantities of the composite cathode."""

import pybamm


class CompositeMicrostructure(pybamm.BaseSubModel):
    """Volume fractions, carbon/SE contact area and AM mass of the composite cathode.

    .. math::
        a_{C} = \\varepsilon_C\\,\\rho_C\\,S_{BET}\\,f_{C,SE} \\quad [m^{-1}], \\qquad
        m_{AM} = \\varepsilon_{AM}\\,\\rho_{AM}\\,L_p\\,A \\quad [kg]

    with :math:`\\varepsilon_C` "Positive electrode carbon volume fraction",
    :math:`\\rho_C` "Positive electrode carbon density [kg.m-3]",
    :math:`S_{BET}` "Positive electrode carbon specific surface area [m2.kg-1]",
    :math:`f_{C,SE}` "Positive electrode carbon surface fraction in contact with
    solid electrolyte", :math:`\\rho_{AM}` "Positive electrode active material
    density [kg.m-3]", :math:`L_p` the electrode thickness and :math:`A` the electrode
    area. :math:`a_C` is the surface on which the SE oxidises on carbon; :math:`m_{AM}`
    turns charge into specific capacity [mA.h.g-1].
    """

    def __init__(self, param, options=None):
        super().__init__(param, options=options)

    def get_coupled_variables(self, variables):
        eps_c = self.param.assb.p.eps_c
        eps_void = self.param.assb.p.eps_void
        rho_c = self.param.assb.p.rho_c
        s_bet = self.param.assb.p.s_bet_c
        f_c_se = self.param.assb.p.f_c_se
        rho_am = self.param.assb.p.rho_am
        L_p = self.param.p.L
        A = self.param.A_cc

        # all the AM weighed into the cell, connected to the paths or not
        m_am = self.param.p.prim.epsilon_s_av * rho_am * L_p * A
        variables.update(
            {
                "Positive electrode carbon volume fraction": eps_c,
                "Positive electrode void volume fraction": eps_void,
                "Positive electrode carbon-solid electrolyte contact area per unit "
                "volume [m-1]": eps_c * rho_c * s_bet * f_c_se,
                "Positive electrode active material mass [kg]": m_am,
            }
        )
        return variables
