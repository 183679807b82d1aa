"""Shared variables of the cathode-electrolyte interphase (CEI) submodels."""

import pybamm

VOLUMETRIC = (
    "Positive electrode CEI growth SE oxidation volumetric current density [A.m-3]"
)
CURRENT = "CEI growth SE oxidation current [A]"
CAPACITY = "CEI growth SE oxidation capacity [A.h]"


class BaseCEI(pybamm.BaseSubModel):
    """Base of the CEI submodels: the standard variables every variant returns.

    A CEI of thickness :math:`L` [m] on the contacted AM surface has the
    resistance :math:`R_{CEI}` [Ohm.m2] per contacted area; growing it by its own
    SE oxidation passes the current density :math:`j_{CEI}` [A.m-2] on the
    area :math:`a f_c`, i.e. :math:`a f_c j_{CEI}` [A.m-3] and, over the electrode,
    the current :math:`\\overline{a f_c j_{CEI}}\\,L_p A` [A].
    """

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options=options)

    def _get_standard_thickness_variables(self, L, R, L_av=None, R_av=None):
        """Thickness [m] and resistance [Ohm.m2] of the CEI, and their x-averages."""
        return {
            "Positive electrode CEI thickness [m]": L,
            "X-averaged positive electrode CEI thickness [m]": (
                pybamm.x_average(L) if L_av is None else L_av
            ),
            "Positive electrode CEI resistance [Ohm.m2]": R,
            "X-averaged positive electrode CEI resistance [Ohm.m2]": (
                pybamm.x_average(R) if R_av is None else R_av
            ),
        }

    def _get_standard_growth_current_variables(self, j, a_j):
        """Current density [A.m-2] of the CEI's own SE oxidation, per volume
        [A.m-3], its x-average and the current [A]."""
        a_j_av = pybamm.x_average(a_j)
        return {
            "Positive electrode CEI growth SE oxidation current density [A.m-2]": j,
            VOLUMETRIC: a_j,
            "X-averaged positive electrode CEI growth SE oxidation volumetric "
            "current density [A.m-3]": a_j_av,
            CURRENT: a_j_av * self.param.p.L * self.param.A_cc,
        }

    def _get_zero_growth_current_variables(self):
        """The growth current of a CEI that grows without its own SE oxidation."""
        zero = pybamm.FullBroadcast(0, "positive electrode", "current collector")
        return {
            "Positive electrode CEI growth SE oxidation current density [A.m-2]": zero,
            VOLUMETRIC: zero,
            "X-averaged positive electrode CEI growth SE oxidation volumetric "
            "current density [A.m-3]": pybamm.Scalar(0),
            CURRENT: pybamm.Scalar(0),
            CAPACITY: pybamm.Scalar(0),
        }
