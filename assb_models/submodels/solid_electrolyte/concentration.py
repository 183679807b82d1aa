"""Li+ concentration of a single-ion solid electrolyte."""

import pybamm


class SingleIonConcentration(pybamm.electrolyte_diffusion.ConstantConcentration):
    """Uniform, constant Li+ concentration in the SE, and no flux of it.

    .. math:: c_e = c_{e,0}, \\qquad N_e = 0

    The Li+ sublattice of a single-ion conductor is fixed by its crystal
    structure, so the concentration stays at "Initial concentration in electrolyte
    [mol.m-3]" even when the SE volume fraction :math:`\\varepsilon_{SE}` changes
    (SE consumed by oxidation); the Li held by the SE, :math:`\\int
    \\varepsilon_{SE} c_e\\,dx`, falls with it. No states.
    """

    def get_fundamental_variables(self):
        N_e = pybamm.FullBroadcastToEdges(
            0, self.options.whole_cell_domains, "current collector"
        )
        return self._get_standard_flux_variables(N_e)

    def get_coupled_variables(self, variables):
        c_e_init = self.param.c_e_init
        c_e_dict, eps_c_e_dict = {}, {}
        for domain in self.options.whole_cell_domains:
            eps_k = variables[f"{domain.capitalize()} porosity"]
            c_e_dict[domain] = pybamm.FullBroadcast(
                c_e_init, domain, "current collector"
            )
            eps_c_e_dict[domain] = eps_k * c_e_init
        variables.update(
            self._get_standard_porosity_times_concentration_variables(eps_c_e_dict)
        )
        variables["Electrolyte concentration concatenation [mol.m-3]"] = (
            pybamm.concatenation(*c_e_dict.values())
        )
        variables.update(self._get_standard_domain_concentration_variables(c_e_dict))
        variables.update(
            self._get_standard_whole_cell_concentration_variables(
                variables["Electrolyte concentration concatenation [mol.m-3]"]
            )
        )
        return variables
