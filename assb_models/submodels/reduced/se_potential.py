"""Closed-form SE potential of a single-ion conductor in the reduced model."""

import pybamm

from .reaction_distribution import ELECTROLYTE_CURRENT, ELECTROLYTE_POTENTIAL


class SingleIonCompositeConductor(pybamm.electrolyte_conductivity.Composite):
    """SE potential in separator and composite cathode, in closed form.

    A single-ion conductor has no concentration state, so Ohm's law
    :math:`i_e = -\\kappa_{SE}\\mathcal{B}\\nabla\\phi_e` integrates directly once the
    reaction distribution is known. PyBaMM's composite (SPMe) solution gives the
    leading order, a uniform reaction: with :math:`I` the current density,
    :math:`\\kappa_s`, :math:`\\kappa_p` the x-averaged effective conductivities
    and :math:`s` the position in the cathode (0 at the separator),

    .. math::
        \\phi_e = \\phi_{e,0} - \\frac{I (x - L_n)}{\\kappa_s}
        \\text{ (separator)}, \\qquad
        \\phi_e = \\phi_e|_{sep} - \\frac{I L_p}{\\kappa_p}\\left(s - \\frac{s^2}{2}
        \\right) + \\delta\\phi_e \\text{ (cathode)}

    and :math:`i_e = I(1 - s) + \\delta i_e`, where :math:`\\delta\\phi_e` and
    :math:`\\delta i_e` are the first correction for the non-uniform reaction
    (:class:`ReactionDistribution`). The concentration terms of PyBaMM's solution
    vanish: :math:`c_e` is uniform and constant
    (:class:`~assb_models.submodels.solid_electrolyte.SingleIonConcentration`).
    """

    def get_coupled_variables(self, variables):
        # the correction first: until it exists, PyBaMM's solution need not be built
        d_phi = variables[ELECTROLYTE_POTENTIAL]
        d_i_e = variables[ELECTROLYTE_CURRENT]
        variables = super().get_coupled_variables(variables)
        phi_e_s = variables["Separator electrolyte potential [V]"]
        phi_e_p = variables["Positive electrolyte potential [V]"] + d_phi
        i_e_s = pybamm.PrimaryBroadcast(
            variables["Current collector current density [A.m-2]"], "separator"
        )
        i_e_p = variables["Positive electrolyte current density [A.m-2]"]
        i_e = pybamm.concatenation(i_e_s, i_e_p + d_i_e)
        i_e.print_name = "i_e"
        ohmic = variables["X-averaged electrolyte ohmic losses [V]"] + pybamm.x_average(
            d_phi
        )

        T = variables["Cell temperature [K]"]
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        tor = variables["Electrolyte transport efficiency"]
        variables.update(
            self._get_standard_potential_variables(
                {"separator": phi_e_s, "positive electrode": phi_e_p}, variables
            )
        )
        variables.update(self._get_standard_current_variables(i_e))
        variables.update(
            {
                "X-averaged electrolyte ohmic losses [V]": ohmic,
                "Solid electrolyte effective conductivity [S.m-1]": (
                    self.param.kappa_e(c_e, T) * tor
                ),
            }
        )
        return variables
