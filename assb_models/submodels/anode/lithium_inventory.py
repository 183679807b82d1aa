"""Lithium inventory of a planar anode: lithium metal or Li-In alloy."""

import pybamm

from assb_models.submodels.interface.double_layer import double_layer_charge_name


class LithiumInventory(pybamm.BaseSubModel):
    """Moles of lithium left in a planar lithium-metal anode.

    Stripping removes one Li per electron that leaves through the terminals, so

    .. math::
        n_{Li}(t) = \\frac{L_{Li}}{\\bar V_{Li}} - \\frac{Q(t)}{F A}, \\qquad
        Q(t) = \\int_0^t I\\,dt

    with :math:`n_{Li}` [mol.m-2] per electrode area, :math:`Q` PyBaMM's
    "Discharge capacity [A.h]" (in C), :math:`A` the electrode area,
    :math:`L_{Li}` "Negative electrode thickness [m]" and :math:`\\bar V_{Li}`
    "Lithium metal partial molar volume [m3.mol-1]". It reuses the discharge-capacity
    state instead of adding one. The run stops with the event "Lithium metal anode
    depleted" when no lithium is left (anode-limited cells).

    With ``interphase=True`` the lithium the anode interphase has taken from the
    metal, :math:`n_{Li,sei}` "Negative electrode lithium lost to interphase
    [mol.m-2]", is subtracted too. With a double layer ("surface form"
    "differential") the part of :math:`Q` that charged it, :math:`Q_{dl}`
    "Negative electrode double-layer charge [C.m-2]", did not strip lithium, so
    :math:`Q_{dl}/F` is added back; the SE side holds it instead.
    """

    def __init__(self, param, options=None, interphase=False):
        super().__init__(param, "negative", options=options)
        self.interphase = interphase

    def _initial_inventory(self):
        V_li = self.param.assb.n.V_li
        return self.param.n.L / V_li

    def get_coupled_variables(self, variables):
        Q = variables["Discharge capacity [A.h]"] * 3600
        n_li = self._initial_inventory() - Q / (self.param.F * self.param.A_cc)
        if self.interphase:
            lost = variables["Negative electrode lithium lost to interphase [mol.m-2]"]
            n_li = n_li - lost
        q_dl = variables.get(double_layer_charge_name("negative"))
        if q_dl is not None:
            n_li = n_li + q_dl / self.param.F
        V_li = self.param.assb.n.V_li
        variables.update(
            {
                "Negative electrode lithium inventory [mol.m-2]": n_li,
                "Negative electrode lithium inventory [mol]": n_li * self.param.A_cc,
                "Lithium in negative electrode [mol]": n_li * self.param.A_cc,
                "Lithium metal thickness [m]": n_li * V_li,
            }
        )
        return variables

    def add_events_from(self, variables):
        n_li = variables["Negative electrode lithium inventory [mol.m-2]"]
        self.events.append(
            pybamm.Event(
                "Lithium metal anode depleted",
                n_li / self._initial_inventory() - 1e-3,
            )
        )


class AlloyLithiumInventory(LithiumInventory):
    """Moles of lithium in a planar Li-In alloy anode.

    The same balance as :class:`LithiumInventory`,
    :math:`n_{Li}(t) = n_{Li,0} - Q(t)/(F A)` [mol.m-2], from the alloy's initial
    content :math:`n_{Li,0}` "Negative electrode initial lithium content
    [mol.m-2]". The alloy's potential does not depend on it (two-phase plateau), so
    the inventory only closes the lithium balance ("Lithium in negative electrode
    [mol]") and stops the run with the event "Lithium metal anode depleted" if the
    alloy runs out.
    """

    def _initial_inventory(self):
        return self.param.assb.n.n_li_init

    def get_coupled_variables(self, variables):
        variables = super().get_coupled_variables(variables)
        del variables["Lithium metal thickness [m]"]
        return variables
