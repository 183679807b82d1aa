"""Open-circuit potential of a planar metal or alloy counter electrode."""

import pybamm


class CounterElectrodeOCP(pybamm.open_circuit_potential.BaseOpenCircuitPotential):
    """Constant open-circuit potential of a planar anode, vs Li/Li+.

    .. math::
        U_{n} = U_{ref}

    with :math:`U_{ref}` "Negative electrode OCP [V]": 0 V for lithium metal and
    about 0.62 V for the Li-In alloy on its two-phase plateau (Park et al. 2021;
    Mangani & Villevieille 2020). A Li-In electrode in excess stays on the plateau,
    so its potential does not depend on its state of charge.
    """

    def __init__(self, param, options):
        super().__init__(param, "negative", "lithium metal plating", options)

    def get_coupled_variables(self, variables):
        T = variables["Negative electrode temperature [K]"]
        U = self.param.assb.n.U_ocp
        variables.update(self._get_standard_ocp_variables(U + 0 * T, U, 0 * T))
        return variables
