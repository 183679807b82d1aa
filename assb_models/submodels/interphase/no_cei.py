"""No interphase on the active material."""

import pybamm

from .cei_growth import zero_cei_current


class NoCEI(pybamm.BaseSubModel):
    """Off switch of CEI growth: zero thickness, resistance and growth current."""

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options=options)

    def get_fundamental_variables(self):
        zero = pybamm.FullBroadcast(0, "positive electrode", "current collector")
        return zero_cei_current() | {
            "Positive electrode CEI thickness [m]": zero,
            "X-averaged positive electrode CEI thickness [m]": pybamm.Scalar(0),
            "Positive electrode CEI resistance [Ohm.m2]": zero,
            "X-averaged positive electrode CEI resistance [Ohm.m2]": pybamm.Scalar(0),
        }
