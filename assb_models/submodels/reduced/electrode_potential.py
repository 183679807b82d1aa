"""Closed-form electronic potential of the composite cathode in the reduced model."""

import pybamm

from .reaction_distribution import ELECTRODE_POTENTIAL, ELECTROLYTE_CURRENT


class CompositeElectrodePotential(pybamm.electrode.ohm.Composite):
    """Electronic potential of the composite cathode, in closed form.

    PyBaMM's composite (SPMe) solution of Ohm's law in the solid, for a uniform
    reaction (:math:`i_s = Is`, :math:`\\sigma_{eff}` x-averaged), plus the first
    correction for the non-uniform reaction of :class:`ReactionDistribution`:

    .. math::
        \\phi_s = \\overline{\\Delta\\phi} + \\bar\\phi_e
            - \\frac{I L_p}{\\sigma_{eff}}\\left(\\frac{s^2}{2} - \\frac{1}{6}\\right)
            + \\delta\\phi_s, \\qquad i_s = I s - \\delta i_e

    so that the x-average of :math:`\\phi_s - \\phi_e` stays that of the
    x-averaged kinetics. The voltage is :math:`\\phi_s` at the current collector.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options=options)

    def get_coupled_variables(self, variables):
        # the correction first: until it exists, PyBaMM's solution need not be built
        d_phi_s = variables[ELECTRODE_POTENTIAL]
        d_i_e = variables[ELECTROLYTE_CURRENT]
        variables = super().get_coupled_variables(variables)
        phi_s = variables["Positive electrode potential [V]"] + d_phi_s
        i_s = variables["Positive electrode current density [A.m-2]"] - d_i_e
        tor = variables["Positive electrode transport efficiency"]
        T = variables["Positive electrode temperature [K]"]
        sto = self._get_electrode_stoichiometry(variables)
        variables.update(self._get_standard_potential_variables(phi_s))
        variables.update(self._get_standard_current_variables(i_s))
        variables["Positive electrode effective conductivity"] = (
            self.domain_param.sigma(sto, T) * tor
        )
        variables.update(self._get_standard_whole_cell_variables(variables))
        return variables
