"""A polymer electrolyte filling the separator and the cathode."""

import pybamm

from .layer import zero_salt_events


class PolymerDiffusion(pybamm.electrolyte_diffusion.Full):
    """PyBaMM's concentrated-solution salt balance, with the Li-face flux written
    so the salt is conserved to round-off.

    .. math::
        \\frac{\\partial(\\varepsilon c)}{\\partial t} = -\\nabla\\cdot N_+ +
        \\frac{\\sum a j}{F}, \\qquad N_+ = -\\mathcal{B}D(c)\\nabla c +
        \\frac{t_+(c)\\,i_e}{F}, \\qquad N_+\\big|_{x=0} = \\frac{i_{cc}}{F}, \\quad
        N_+\\big|_{x=L} = 0

    (PyBaMM's :class:`pybamm.electrolyte_diffusion.Full`; the anion flux
    :math:`N_+ - i_e/F` vanishes at both ends, where only Li+ crosses to the Li
    anode or the current collector). PyBaMM imposes the gradient at the Li
    face as the face value of :math:`(1 - t_+)/(\\mathcal{B}D)`; the fluxes use
    the face values of :math:`\\mathcal{B}D` and :math:`t_+` extrapolated one by
    one, so with a concentration-dependent :math:`D` or :math:`t_+` PyBaMM's
    face flux differs from :math:`i_{cc}/F` by the discretisation error and the
    salt drifts (0.3 % over a 1C half discharge with LiPF6 in EC:EMC, Chen et
    al. 2020, on PyBaMM's default mesh). Here the gradient is
    :math:`-(1 - t_+)_b\\,i_{cc}/(F(\\mathcal{B}D)_b)` with the two face values
    extrapolated as the fluxes extrapolate them, so the face flux is exactly
    :math:`i_{cc}/F`; for constant :math:`D` and :math:`t_+` the two forms are
    the same. A termination event stops the cell when the salt runs out
    anywhere, the Li face included (:func:`~.layer.zero_salt_events`).
    """

    def add_events_from(self, variables):
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        faces = {"Li face": pybamm.boundary_value(c_e, "left")}
        self.events.extend(zero_salt_events("polymer electrolyte", c_e, faces))

    def set_boundary_conditions(self, variables):
        super().set_boundary_conditions(variables)
        if self.options.whole_cell_domains[0] != "separator":
            return
        c_e = variables["Electrolyte concentration [mol.m-3]"]
        c_e_conc = variables["Electrolyte concentration concatenation [mol.m-3]"]
        T = variables["Cell temperature [K]"]
        tor = variables["Electrolyte transport efficiency"]
        i_cc = variables["Current collector current density [A.m-2]"]
        one_minus_t = pybamm.boundary_value(1 - self.param.t_plus(c_e, T), "left")
        D_eff = pybamm.boundary_value(tor * self.param.D_e(c_e, T), "left")
        lbc = (-one_minus_t * i_cc / (self.param.F * D_eff), "Neumann")
        for c in (c_e, c_e_conc):
            self.boundary_conditions[c]["left"] = lbc
