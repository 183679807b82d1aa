"""Off switches of the SE oxidation side reactions."""

import pybamm

from .base_se_oxidation import BaseSideReaction


class NoSEOxidation(BaseSideReaction):
    """No SE oxidation at one interface ("carbon" or "active material")."""

    def __init__(self, param, interface, options=None):
        super().__init__(param, options=options)
        self.interface = interface

    def get_fundamental_variables(self):
        zero = pybamm.FullBroadcast(0, "positive electrode", "current collector")
        variables = self._get_standard_reaction_variables(
            zero, zero, a_j_av=pybamm.Scalar(0), current=pybamm.Scalar(0)
        )
        variables.update(self._get_standard_capacity_variables(pybamm.Scalar(0)))
        if self.interface == "carbon":
            variables.update(
                {
                    "Positive electrode carbon oxidation product thickness [m]": zero,
                    "Positive electrode SE oxidation intermediate concentration "
                    "[mol.m-3]": zero,
                }
            )
        return variables
