"""Lithium inventory of a lithium-metal anode."""

import pybamm


class LithiumInventory(pybamm.BaseSubModel):
    """Moles of lithium left in a planar lithium-metal anode.

    .. math::
        \\frac{dn_{Li}}{dt} = -\\frac{i_{cc}}{F}, \\qquad
        n_{Li}(0) = \\frac{L_{Li}}{\\bar V_{Li}}

    with :math:`n_{Li}` [mol.m-2] per electrode area, :math:`i_{cc}` [A.m-2] the
    current density (positive on discharge, which strips Li), :math:`L_{Li}`
    "Negative electrode thickness [m]" and :math:`\\bar V_{Li}` "Lithium metal
    partial molar volume [m3.mol-1]". The run stops with the event "Lithium metal
    anode depleted" when no lithium is left (anode-limited cells).
    """

    def __init__(self, param, options=None):
        super().__init__(param, "negative", options=options)

    def get_fundamental_variables(self):
        n_li = pybamm.Variable(
            "Negative electrode lithium inventory [mol.m-2]",
            domain="current collector",
            scale=self._initial_inventory(),
        )
        V_li = pybamm.Parameter("Lithium metal partial molar volume [m3.mol-1]")
        return {
            "Negative electrode lithium inventory [mol.m-2]": n_li,
            "Negative electrode lithium inventory [mol]": n_li * self.param.A_cc,
            "Lithium metal thickness [m]": n_li * V_li,
        }

    def _initial_inventory(self):
        V_li = pybamm.Parameter("Lithium metal partial molar volume [m3.mol-1]")
        return self.param.n.L / V_li

    def set_rhs(self, variables):
        n_li = variables["Negative electrode lithium inventory [mol.m-2]"]
        i_cc = variables["Current collector current density [A.m-2]"]
        self.rhs = {n_li: -i_cc / self.param.F}

    def set_initial_conditions(self, variables):
        n_li = variables["Negative electrode lithium inventory [mol.m-2]"]
        self.initial_conditions = {n_li: self._initial_inventory()}

    def add_events_from(self, variables):
        n_li = variables["Negative electrode lithium inventory [mol.m-2]"]
        self.events.append(
            pybamm.Event(
                "Lithium metal anode depleted",
                pybamm.x_average(n_li) / self._initial_inventory() - 1e-3,
            )
        )
