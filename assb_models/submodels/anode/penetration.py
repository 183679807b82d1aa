"""Lithium intrusion into the solid electrolyte separator, and the short it makes."""

import pybamm

from .contact import creep_strain_rate


class NoIntrusion(pybamm.BaseSubModel):
    """No Li enters the SE: the intrusion depth stays 0 and nothing shorts."""

    def get_fundamental_variables(self):
        Domain = self.domain.capitalize()
        return {f"{Domain} electrode lithium intrusion depth [m]": pybamm.Scalar(0)}


class LithiumIntrusion(pybamm.BaseSubModel):
    """Li pushed into the pores and cracks of the SE separator until it crosses it.

    The intrusion front :math:`L` [m] advances by creep of the Li into the pores
    under the stress on the contacts and by plating at contact hot spots:

    .. math::
        \\frac{dL}{dt} = (1 - \\theta_{IL})\\left[
        2 r_p \\sqrt{\\varepsilon_p}\\,\\dot\\varepsilon_{ref}
        \\left(\\frac{P/f}{\\sigma_y}\\right)^{n}
        + \\frac{\\bar V_{Li}\\, f}{F\\,\\theta_f}
        \\max\\left(-\\frac{j}{f} - i_{crit}, 0\\right)\\right], \\qquad
        \\sigma_y = \\sigma_{y,1}\\left(\\frac{2 r_p}{1\\,\\mu m}\\right)^{m}

    - pressure-driven: the contact stress :math:`P/f` (stack pressure
      :math:`P` over the contact fraction :math:`f`) extrudes Li into the pores by
      the power-law creep of the contact law (exponent :math:`n`, rate
      :math:`\\dot\\varepsilon_{ref}` and its Arrhenius factor), with the flow
      stress of Li in a pore of diameter :math:`2r_p`, :math:`\\sigma_y`, in place
      of the bulk reference stress (Li is stronger at small scale: 105 MPa at
      1 um, exponent -0.68, Xu et al. 2017), through a pore network of
      tortuosity :math:`\\varepsilon_p^{-1/2}` ("Separator void fraction"
      :math:`\\varepsilon_p`, "Separator pore radius [m]" :math:`r_p`): Li creeps
      into the SE at high stack pressure and shorts it at rest (Doux et al.
      2020);
    - current-driven: where the local plating current density :math:`-j/f`
      exceeds "Critical local current density [A.m-2]" :math:`i_{crit}` (dendrite
      initiation on plating at reduced contact, Kasemchainan et al. 2019), the
      excess plated over the contacts grows filaments occupying the area fraction
      :math:`\\theta_f` "Lithium filament area fraction".

    :math:`f` is the fraction of the face the voids leave in contact (with
    "anode contact": "creep and crust", the void-free fraction: the crust's
    crystallites, tens of nm, only divert the ions between them, while the Li
    plated on a contact spot and the stress on it are the spot's, a um-scale
    volume and force balance).

    A closed interlayer (coverage :math:`\\theta_{IL}` = 1) keeps the Li off the
    SE, so neither acts. The Li in the pores stays metal of the electrode (its
    atoms are counted there). The run ends with "Short circuit: lithium crossed
    the separator" when the depths of the cell's Li electrodes add up to the
    "Separator thickness [m]".
    """

    def get_fundamental_variables(self):
        Domain = self.domain.capitalize()
        L = pybamm.Variable(
            f"{Domain} electrode lithium intrusion depth [m]", scale=1e-5
        )
        return {f"{Domain} electrode lithium intrusion depth [m]": L}

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        p = self.param.assb.n
        # the spots the voids leave: with a crust ("creep and crust") of nm-scale
        # crystallites on them, the spot still carries the load and takes up the
        # Li plated on it, only the ions cross between the crystallites
        void_free = f"{Domain} electrode lithium metal void-free fraction"
        if void_free in variables:
            f = variables[void_free]
        else:
            f = variables[f"{Domain} electrode lithium metal contact fraction"]
        j = variables[
            f"{Domain} electrode lithium metal interfacial current density [A.m-2]"
        ]
        coverage = variables[f"{Domain} electrode interlayer coverage"]
        P = variables["Stack pressure [Pa]"]
        sigma_y = p.sigma_y_1um * (2 * p.r_pore / 1e-6) ** p.m_y
        # the creep law with the pore's flow stress as its reference stress
        stress = P / f * p.creep_sigma_ref / sigma_y
        v_p = (
            2
            * p.r_pore
            * pybamm.sqrt(p.eps_pore)
            * creep_strain_rate(self.param.assb, variables, stress)
        )
        i_crit = p.i_crit(P)
        excess_current = pybamm.maximum(-j / f - i_crit, 0)
        v_i = p.V_li * f * excess_current / (self.param.F * p.theta_fil)
        variables.update(
            {
                f"{Domain} electrode lithium yield strength in the SE pores [Pa]": (
                    sigma_y
                ),
                f"{Domain} electrode pressure-driven intrusion velocity [m.s-1]": (
                    1 - coverage
                )
                * v_p,
                f"{Domain} electrode current-driven intrusion velocity [m.s-1]": (
                    1 - coverage
                )
                * v_i,
            }
        )
        return variables

    def set_rhs(self, variables):
        Domain = self.domain.capitalize()
        L = variables[f"{Domain} electrode lithium intrusion depth [m]"]
        self.rhs = {
            L: variables[
                f"{Domain} electrode pressure-driven intrusion velocity [m.s-1]"
            ]
            + variables[f"{Domain} electrode current-driven intrusion velocity [m.s-1]"]
        }

    def set_initial_conditions(self, variables):
        L = variables[
            f"{self.domain.capitalize()} electrode lithium intrusion depth [m]"
        ]
        self.initial_conditions = {L: pybamm.Scalar(0)}

    def add_events_from(self, variables):
        """One short-circuit event, set by the "negative" electrode: the depths
        from both electrodes (a symmetric cell) or the anode's add up to the
        separator thickness."""
        if self.domain != "negative":
            return
        depth = sum(
            variables[name]
            for name in (
                "Negative electrode lithium intrusion depth [m]",
                "Positive electrode lithium intrusion depth [m]",
            )
            if name in variables
        )
        self.events.append(
            pybamm.Event(
                "Short circuit: lithium crossed the separator",
                1 - depth / self.param.s.L,
            )
        )


#: intrusion law of each "anode penetration" option value
INTRUSION_LAWS = {"none": NoIntrusion, "intrusion": LithiumIntrusion}
