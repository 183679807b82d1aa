"""Galvanostatic circuit of a symmetric Li cell."""

import pybamm


class CellCircuit(pybamm.BaseSubModel):
    """Galvanostatic circuit of the symmetric cell.

    .. math::
        V = \\phi_{+} - \\phi_{-} = -(\\Delta\\phi_{-} - \\Delta\\phi_{+} + \\eta_{e})

    "Voltage [V]" is negative while the "negative" electrode is stripped (positive
    current, PyBaMM's "Discharge"); "Cell overpotential [V]" is its magnitude, as
    papers quote it. :math:`\\eta_e` is "Electrolyte potential difference [V]",
    the drop across the electrolyte between the foils (SE pellet, polymer layer,
    or polymer films, SPEI and SE in series). "Discharge capacity [A.h]" counts
    the charge passed.
    """

    def get_fundamental_variables(self):
        Q = pybamm.Variable("Discharge capacity [A.h]")
        I = self.param.current_with_time  # noqa: E741 (PyBaMM's symbol)
        return {
            "Discharge capacity [A.h]": Q,
            "Current [A]": I,
            "Current variable [A]": I,
            "Current density [A.m-2]": self.param.current_density_with_time,
            "Areal current density [mA.cm-2]": self.param.current_density_with_time
            / 10,
            "Time [s]": pybamm.t,
            "Time [h]": pybamm.t / 3600,
            "X-averaged cell temperature [K]": self.param.assb.T_amb,
        }

    def get_coupled_variables(self, variables):
        d_n = variables["Negative electrode interface potential difference [V]"]
        d_p = variables["Positive electrode interface potential difference [V]"]
        eta_se = variables["Electrolyte potential difference [V]"]
        V = -(d_n - d_p + eta_se)
        n_total = sum(
            variables[f"{D} electrode lithium inventory [mol.m-2]"]
            + variables[f"{D} electrode lithium lost to interphase [mol.m-2]"]
            for D in ("Negative", "Positive")
        )
        variables.update(
            {
                "Voltage [V]": V,
                "Battery voltage [V]": V,
                "Cell overpotential [V]": pybamm.AbsoluteValue(V),
                "Total lithium in metal and interphases [mol.m-2]": n_total,
            }
        )
        return variables

    def set_rhs(self, variables):
        Q = variables["Discharge capacity [A.h]"]
        self.rhs = {Q: variables["Current [A]"] / 3600}

    def set_initial_conditions(self, variables):
        self.initial_conditions = {variables["Discharge capacity [A.h]"]: 0}
