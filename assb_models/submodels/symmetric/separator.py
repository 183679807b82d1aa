"""Ohmic drop across the SE pellet of a symmetric Li cell."""

import pybamm

from .lithium_electrode import ELECTRODES


class SeparatorOhm(pybamm.BaseSubModel):
    """Ohmic drop across the SE pellet of a symmetric cell.

    .. math::
        \\eta_{SE} = i\\,\\frac{L_s}{\\kappa_{SE}(T)\\,\\varepsilon_s^{b}}

    :math:`L_s` "Separator thickness [m]", :math:`\\varepsilon_s` "Separator
    porosity" (the SE volume fraction of the pellet), :math:`b` "Separator Bruggeman
    coefficient (electrolyte)", :math:`\\kappa_{SE}` "Electrolyte conductivity
    [S.m-1]" at the SE's Li+ concentration. Alone between the Li foils (no polymer
    film), it is the cell's whole electrolyte: "Electrolyte potential difference
    [V]" is its drop, and the Li faces see the SE's Li+ concentration.
    """

    def __init__(self, param, options=None, alone=True):
        super().__init__(param, "separator", options=options)
        self.alone = alone

    def get_coupled_variables(self, variables):
        i = variables["Current density [A.m-2]"]
        T = variables["X-averaged cell temperature [K]"]
        kappa = self.param.kappa_e(self.param.c_e_init, T)
        eps = self.param.assb.s_eps
        b = self.param.assb.s_b_e
        R = self.param.s.L / (kappa * eps**b)
        reduced = sum(
            variables.get(
                f"Solid electrolyte lithium reduced at the {d} electrode [mol]", 0
            )
            for d in ELECTRODES
        )
        variables.update(
            {
                "Separator resistance [Ohm.m2]": R,
                "Separator ohmic overpotential [V]": i * R,
                # the SE's Li+ times its volume, less the SE reduced at the Li
                "Lithium in solid electrolyte [mol]": self.param.c_e_init
                * self.param.s.L
                * eps
                * self.param.A_cc
                - reduced,
            }
        )
        if self.alone:
            variables["Electrolyte potential difference [V]"] = i * R
            for domain in ELECTRODES:
                variables[
                    f"{domain.capitalize()} electrode electrolyte concentration "
                    "[mol.m-3]"
                ] = self.param.c_e_init
        return variables
