"""Charge conservation in a single-ion solid electrolyte (ionic potential only)."""

import pybamm


class SingleIonConductor(pybamm.electrolyte_conductivity.BaseElectrolyteConductivity):
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

    Unlike PyBaMM's liquid :class:`pybamm.electrolyte_conductivity.Full`, no
    concentration enters (no :math:`\\nabla c_e` term), and it is used with
    :class:`pybamm.electrolyte_diffusion.ConstantConcentration`, so the model has no
    electrolyte concentration states.
    """

    def __init__(self, param, options=None):
        super().__init__(param, options=options)
        pybamm.citations.register("Doyle1993")

    def get_fundamental_variables(self):
        phi_e_dict = {}
        for domain in self.options.whole_cell_domains:
            Dom = domain.split()[0].capitalize()
            phi_e_k = pybamm.Variable(
                f"{Dom} electrolyte potential [V]",
                domain=domain,
                auxiliary_domains={"secondary": "current collector"},
                reference=-self.param.n.prim.U_init,
            )
            phi_e_k.print_name = f"phi_e_{domain[0]}"
            phi_e_dict[domain] = phi_e_k
        return self._get_standard_potential_variables(phi_e_dict)

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

    def set_algebraic(self, variables):
        phi_e = variables["Electrolyte potential [V]"]
        i_e = variables["Electrolyte current density [A.m-2]"]
        sum_a_j = variables["Sum of volumetric interfacial current densities [A.m-3]"]
        # scaled by L_x**2 for conditioning, as PyBaMM does
        self.algebraic = {phi_e: self.param.L_x**2 * (pybamm.div(i_e) - sum_a_j)}

    def set_initial_conditions(self, variables):
        phi_e = variables["Electrolyte potential [V]"]
        self.initial_conditions = {phi_e: -self.param.n.prim.U_init}
