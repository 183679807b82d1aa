"""Charge conservation in a single-ion solid electrolyte (ionic potential only)."""

import pybamm


class SingleIonConductor(pybamm.electrolyte_conductivity.Full):
    """Ionic potential in a solid electrolyte with transference number 1.

    In a single-ion conductor only Li+ moves, its concentration is uniform and there
    is no diffusion potential, so Ohm's law alone carries the ionic current:

    .. math::
        i_e = -\\kappa_{SE}(T)\\,\\mathcal{B}\\,\\nabla\\phi_e, \\qquad
        \\nabla\\cdot i_e = \\sum_k a_k j_k

    with :math:`i_e` [A.m-2], :math:`\\phi_e` [V], :math:`\\kappa_{SE}` PyBaMM's
    "Electrolyte conductivity [S.m-1]" (see
    :func:`assb_models.submodels.solid_electrolyte.arrhenius_conductivity`) and
    :math:`\\mathcal{B} = \\varepsilon_{SE}/\\tau` the SE transport efficiency
    (Bruggeman :math:`\\varepsilon_{SE}^b` or an explicit tortuosity factor).
    :math:`a_k j_k` [A.m-3] are the volumetric interfacial currents. The potential is
    solved in the separator and the composite cathode; at x = 0 it equals the
    electrolyte potential of the planar anode interface.

    It is PyBaMM's :class:`pybamm.electrolyte_conductivity.Full` (same potential
    variables, equation and initial condition) with the current law replaced: no
    concentration enters (no :math:`\\nabla c_e` term), and it is used with
    :class:`SingleIonConcentration`, so the model has no electrolyte concentration
    states.
    """

    def get_coupled_variables(self, variables):
        T = variables["Cell temperature [K]"]
        tor = variables["Electrolyte transport efficiency"]
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        phi_e = variables["Electrolyte potential [V]"]

        kappa_eff = self.param.kappa_e(c_e, T) * tor
        i_e = -kappa_eff * pybamm.grad(phi_e)
        i_e.print_name = "i_e"

        variables["Solid electrolyte effective conductivity [S.m-1]"] = kappa_eff
        variables.update(self._get_standard_current_variables(i_e))
        variables.update(self._get_electrolyte_overpotentials(variables))
        return variables
