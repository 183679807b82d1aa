"""Split of the anode-side voltage loss of a full cell with a Li-metal anode."""

import pybamm


class OverpotentialSplit(pybamm.BaseSubModel):
    """Anode-side overpotentials of a full cell, for the split of the voltage loss.

    Reports "Negative electrode charge-transfer overpotential [V]" (PyBaMM's
    Li-metal reaction overpotential) and "Separator ohmic overpotential [V]",
    :math:`\\phi_e(0) - \\phi_e(L_s)` across the SE separator, beside the interlayer
    and interphase overpotentials of the films.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "negative", options=options)

    def get_coupled_variables(self, variables):
        phi_e_s = variables["Separator electrolyte potential [V]"]
        variables.update(
            {
                "Negative electrode charge-transfer overpotential [V]": variables[
                    "Lithium metal interface reaction overpotential [V]"
                ],
                "Separator ohmic overpotential [V]": pybamm.boundary_value(
                    phi_e_s, "left"
                )
                - pybamm.boundary_value(phi_e_s, "right"),
            }
        )
        return variables
