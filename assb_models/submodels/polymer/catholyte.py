"""A polymer catholyte in the cathode behind a sulfide separator."""

import numpy as np
import pybamm

from .junction import junction_variables
from .layer import zero_salt_events


def _chi_rt_over_fc(param, c, T):
    """:math:`(RT/F)\\,2(1 - t_+)(1 + d\\ln f_\\pm/d\\ln c)/c` of the polymer
    [V.m3.mol-1]."""
    pe = param.assb.pe
    c_reg = pybamm.maximum(c, pybamm.settings.tolerances["chi__c_e"])
    chi = 2 * (1 - pe.t_plus(c, T)) * pe.thermodynamic_factor(c, T)
    return param.R * T / param.F * chi / c_reg


class CatholyteConcentration(pybamm.electrolyte_diffusion.BaseElectrolyteDiffusion):
    """Salt of a polymer catholyte; the sulfide separator's fixed Li+.

    In the separator the sulfide's Li+ concentration is constant ("Initial
    concentration in electrolyte [mol.m-3]", no state); in the cathode the
    polymer's salt balance (concentrated-solution theory, as PyBaMM's DFN)

    .. math::
        \\frac{\\partial(\\varepsilon c)}{\\partial t} = -\\nabla\\cdot N_+ +
        \\frac{\\sum a j}{F}, \\qquad N_+ = -\\mathcal{B}D(c)\\nabla c +
        \\frac{t_+(c)\\,i_e}{F}

    with Li+ alone crossing the polymer/sulfide junction at :math:`x = L_s`
    (:math:`N_+ = i_{cc}/F`, anion flux zero; the gradient imposed with the face
    values of :math:`1 - t_+` and :math:`\\mathcal{B}D` as the fluxes extrapolate
    them, so the salt is conserved to round-off) and no flux at the current
    collector; :math:`c(0)` "Polymer initial salt concentration [mol.m-3]".
    "Polymer catholyte salt [mol]" is the salt of the cathode's polymer; a
    termination event stops the cell when it runs out anywhere in the cathode
    or at the junction (:func:`~.layer.zero_salt_events`).
    """

    def get_fundamental_variables(self):
        eps_c_p = pybamm.Variable(
            "Positive electrode porosity times concentration [mol.m-3]",
            domain="positive electrode",
            auxiliary_domains={"secondary": "current collector"},
            bounds=(0, np.inf),
            scale=self.param.assb.pe.c_init,
        )
        return {"Positive electrode porosity times concentration [mol.m-3]": eps_c_p}

    def get_coupled_variables(self, variables):
        eps_s = variables["Separator porosity"]
        eps_p = variables["Positive electrode porosity"]
        eps_c_p = variables["Positive electrode porosity times concentration [mol.m-3]"]
        c_s = pybamm.FullBroadcast(
            self.param.c_e_init, "separator", "current collector"
        )
        c_p = eps_c_p / eps_p
        variables.update(
            self._get_standard_porosity_times_concentration_variables(
                {"separator": eps_s * c_s, "positive electrode": eps_c_p}
            )
        )
        c_e = pybamm.concatenation(c_s, c_p)
        variables["Electrolyte concentration concatenation [mol.m-3]"] = c_e
        variables.update(
            self._get_standard_domain_concentration_variables(
                {"separator": c_s, "positive electrode": c_p}
            )
        )
        variables.update(self._get_standard_whole_cell_concentration_variables(c_e))
        T = variables["Positive electrode temperature [K]"]
        tor = variables["Positive electrolyte transport efficiency"]
        i_e = variables["Positive electrolyte current density [A.m-2]"]
        pe = self.param.assb.pe
        N_p = -tor * pe.D(c_p, T) * pybamm.grad(c_p) + pe.t_plus(c_p, T) * i_e / (
            self.param.F
        )
        L_p = self.param.p.L
        salt = pybamm.x_average(eps_c_p) * L_p * self.param.A_cc
        variables.update(
            {
                "Positive electrolyte flux [mol.m-2.s-1]": N_p,
                "Polymer catholyte salt [mol]": salt,
            }
        )
        variables.update(
            junction_variables(
                self.param,
                pybamm.boundary_value(c_p, "left"),
                pybamm.boundary_value(T, "left"),
                "Polymer/sulfide junction",
            )
        )
        return variables

    def set_rhs(self, variables):
        eps_c_p = variables["Positive electrode porosity times concentration [mol.m-3]"]
        N_p = variables["Positive electrolyte flux [mol.m-2.s-1]"]
        source = variables[
            "Sum of positive electrode electrolyte reaction source terms [A.m-3]"
        ]
        self.rhs = {eps_c_p: -pybamm.div(N_p) + source / self.param.F}

    def set_boundary_conditions(self, variables):
        c_p = variables["Positive electrolyte concentration [mol.m-3]"]
        T = variables["Positive electrode temperature [K]"]
        tor = variables["Positive electrolyte transport efficiency"]
        i_cc = variables["Current collector current density [A.m-2]"]
        pe = self.param.assb.pe
        one_minus_t = pybamm.boundary_value(1 - pe.t_plus(c_p, T), "left")
        D_eff = pybamm.boundary_value(tor * pe.D(c_p, T), "left")
        self.boundary_conditions = {
            c_p: {
                "left": (-one_minus_t * i_cc / (self.param.F * D_eff), "Neumann"),
                "right": (pybamm.Scalar(0), "Neumann"),
            }
        }

    def add_events_from(self, variables):
        c_p = variables["Positive electrolyte concentration [mol.m-3]"]
        faces = {"junction": pybamm.boundary_value(c_p, "left")}
        self.events.extend(zero_salt_events("polymer catholyte", c_p, faces))

    def set_initial_conditions(self, variables):
        eps_c_p = variables["Positive electrode porosity times concentration [mol.m-3]"]
        self.initial_conditions = {
            eps_c_p: self.param.p.epsilon_init * self.param.assb.pe.c_init
        }


class CatholyteConductivity(
    pybamm.electrolyte_conductivity.BaseElectrolyteConductivity
):
    """Ionic potential in a sulfide separator and a polymer catholyte in series.

    .. math::
        i_e = -\\kappa_{SE}\\mathcal{B}\\nabla\\phi_e \\;(\\text{separator}), \\qquad
        i_e = \\kappa(c)\\mathcal{B}\\left(\\frac{2RT(1 - t_+)}{F}\\left(1 +
        \\frac{d\\ln f_\\pm}{d\\ln c}\\right)\\nabla\\ln c - \\nabla\\phi_e\\right)
        \\;(\\text{cathode})

    with :math:`\\nabla\\cdot i_e = \\sum a j` in each, the Li-anode potential
    at :math:`x = 0`, the current :math:`i_{cc}` leaving the separator at
    :math:`x = L_s`, and at the polymer/sulfide junction the Li-referenced
    potential continuous but for the interphase,
    :math:`\\phi_{e,p}(L_s) = \\phi_{e,s}(L_s) - i_{cc}R_{SPEI}` (Li+ in
    equilibrium across the junction, so salt depletion there shows through the
    catholyte's diffusion potential). :math:`\\kappa_{SE}` is PyBaMM's
    "Electrolyte conductivity [S.m-1]", :math:`\\kappa(c)` "Polymer electrolyte
    conductivity [S.m-1]".
    """

    def get_fundamental_variables(self):
        phi = {}
        for domain in ("separator", "positive electrode"):
            Dom = domain.capitalize().split()[0]
            phi[domain] = pybamm.Variable(
                f"{Dom} electrolyte potential [V]",
                domain=domain,
                auxiliary_domains={"secondary": "current collector"},
                reference=-self.param.n.prim.U_init,
            )
        variables = {"Electrolyte potential [V]": pybamm.concatenation(*phi.values())}
        variables.update(self._get_standard_potential_variables(phi))
        return variables

    def get_coupled_variables(self, variables):
        phi_s = variables["Separator electrolyte potential [V]"]
        phi_p = variables["Positive electrolyte potential [V]"]
        c_s = variables["Separator electrolyte concentration [mol.m-3]"]
        c_p = variables["Positive electrolyte concentration [mol.m-3]"]
        T_s = variables["Separator temperature [K]"]
        T_p = variables["Positive electrode temperature [K]"]
        tor_s = variables["Separator electrolyte transport efficiency"]
        tor_p = variables["Positive electrolyte transport efficiency"]
        i_e_s = -self.param.kappa_e(c_s, T_s) * tor_s * pybamm.grad(phi_s)
        kappa_p = self.param.assb.pe.kappa(c_p, T_p)
        chi = _chi_rt_over_fc(self.param, c_p, T_p)
        i_e_p = kappa_p * tor_p * (chi * pybamm.grad(c_p) - pybamm.grad(phi_p))
        variables.update(
            self._get_standard_current_variables(pybamm.concatenation(i_e_s, i_e_p))
        )
        # split of the electrolyte loss: the catholyte's diffusion potential from
        # the junction, the rest ohmic
        phi_li = variables["Lithium metal interface electrolyte potential [V]"]
        eta_c = pybamm.IndefiniteIntegral(
            chi * pybamm.grad(c_p), pybamm.standard_spatial_vars.x_p
        )
        eta_c_av = pybamm.x_average(eta_c)
        delta = pybamm.x_average(phi_p) - phi_li - eta_c_av
        variables.update(self._get_split_overpotential(eta_c_av, delta))
        i_cc = variables["Current collector current density [A.m-2]"]
        R_spei = variables["Polymer/sulfide interphase resistance [Ohm.m2]"]
        variables["Polymer/sulfide interphase overpotential [V]"] = i_cc * R_spei
        return variables

    def set_algebraic(self, variables):
        phi_s = variables["Separator electrolyte potential [V]"]
        phi_p = variables["Positive electrolyte potential [V]"]
        i_e_s, i_e_p = variables["Electrolyte current density [A.m-2]"].orphans
        sum_a_j = variables[
            "Sum of positive electrode volumetric interfacial current densities [A.m-3]"
        ]
        L2 = self.param.L_x**2
        self.algebraic = {
            phi_s: L2 * pybamm.div(i_e_s),
            phi_p: L2 * (pybamm.div(i_e_p) - sum_a_j),
        }

    def set_boundary_conditions(self, variables):
        phi_s = variables["Separator electrolyte potential [V]"]
        phi_p = variables["Positive electrolyte potential [V]"]
        c_s = variables["Separator electrolyte concentration [mol.m-3]"]
        T_s = variables["Separator temperature [K]"]
        tor_s = variables["Separator electrolyte transport efficiency"]
        i_cc = variables["Current collector current density [A.m-2]"]
        R_spei = variables["Polymer/sulfide interphase resistance [Ohm.m2]"]
        phi_li = variables["Lithium metal interface electrolyte potential [V]"]
        kappa_s = pybamm.boundary_value(self.param.kappa_e(c_s, T_s) * tor_s, "right")
        junction = pybamm.boundary_value(phi_s, "right") - i_cc * R_spei
        self.boundary_conditions = {
            phi_s: {
                "left": (phi_li, "Dirichlet"),
                "right": (-i_cc / kappa_s, "Neumann"),
            },
            phi_p: {
                "left": (junction, "Dirichlet"),
                "right": (pybamm.Scalar(0), "Neumann"),
            },
        }

    def set_initial_conditions(self, variables):
        U = -self.param.n.prim.U_init
        self.initial_conditions = {
            variables["Separator electrolyte potential [V]"]: U,
            variables["Positive electrolyte potential [V]"]: U,
        }
