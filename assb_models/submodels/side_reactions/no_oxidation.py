"""Off switches of the SE oxidation side reactions."""

import pybamm


class NoSEOxidation(pybamm.BaseSubModel):
    """No SE oxidation at one interface ("carbon" or "active material")."""

    def __init__(self, param, interface, options=None):
        super().__init__(param, "positive", options=options)
        self.interface = interface

    def get_fundamental_variables(self):
        zero = pybamm.FullBroadcast(0, "positive electrode", "current collector")
        prefix = f"Positive electrode {self.interface} SE oxidation"
        variables = {
            f"{prefix} current density [A.m-2]": zero,
            f"{prefix} volumetric current density [A.m-3]": zero,
            f"X-averaged {prefix[0].lower() + prefix[1:]} volumetric current "
            "density [A.m-3]": pybamm.Scalar(0),
            f"{self.interface.capitalize()} SE oxidation current [A]": pybamm.Scalar(0),
            f"{self.interface.capitalize()} SE oxidation capacity [A.h]": pybamm.Scalar(
                0
            ),
        }
        if self.interface == "carbon":
            variables.update(
                {
                    "Positive electrode carbon oxidation product thickness [m]": zero,
                    "Positive electrode SE oxidation intermediate concentration "
                    "[mol.m-3]": zero,
                }
            )
        return variables
