"""Charge counted each way, for the Coulombic efficiency of a cell without spare Li."""

import pybamm


class ChargeCounting(pybamm.BaseSubModel):
    """The charge passed on charge and on discharge, counted separately.

    .. math::
        \\frac{dQ_{ch}}{dt} = \\frac{\\max(-I, 0)}{3600}, \\qquad
        \\frac{dQ_{dis}}{dt} = \\frac{\\max(I, 0)}{3600}, \\qquad
        Q_{ch}(0) = Q_{dis}(0) = 0 \\; [A.h]

    with :math:`I` "Current [A]" (positive on discharge): "Charge passed [A.h]" and
    "Discharge passed [A.h]". They are summary variables of an anode-free cell, so
    per cycle of a :class:`pybamm.Experiment`

    .. math::
        CE_k = \\frac{\\Delta Q_{dis,k}}{\\Delta Q_{ch,k}}

    is ``s["Change in discharge passed [A.h]"][k] / s["Change in charge passed
    [A.h]"][k]`` with ``s = solution.summary_variables``;
    :func:`assb_models.simulation.analysis.anode_free_cycle_balance` gives it with
    the Li lost and the Li left at the anode.
    """

    def __init__(self, param, options=None):
        super().__init__(param, options=options)

    def get_fundamental_variables(self):
        q_ch = pybamm.Variable("Charge passed [A.h]")
        q_dis = pybamm.Variable("Discharge passed [A.h]")
        return {"Charge passed [A.h]": q_ch, "Discharge passed [A.h]": q_dis}

    def set_rhs(self, variables):
        current = variables["Current [A]"]
        self.rhs = {
            variables["Charge passed [A.h]"]: pybamm.maximum(-current, 0) / 3600,
            variables["Discharge passed [A.h]"]: pybamm.maximum(current, 0) / 3600,
        }

    def set_initial_conditions(self, variables):
        self.initial_conditions = {
            variables["Charge passed [A.h]"]: pybamm.Scalar(0),
            variables["Discharge passed [A.h]"]: pybamm.Scalar(0),
        }
