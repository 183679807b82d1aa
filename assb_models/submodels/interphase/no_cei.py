"""No interphase on the active material."""

import pybamm

from .base_cei import BaseCEI


class NoCEI(BaseCEI):
    """Off switch of CEI growth: zero thickness, resistance and growth current."""

    def get_fundamental_variables(self):
        zero = pybamm.FullBroadcast(0, "positive electrode", "current collector")
        thickness = self._get_standard_thickness_variables(
            zero, zero, L_av=pybamm.Scalar(0), R_av=pybamm.Scalar(0)
        )
        return self._get_zero_growth_current_variables() | thickness
