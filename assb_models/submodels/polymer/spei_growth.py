"""Growth of the polymer/sulfide interphase (SPEI) with time."""

import pybamm

from assb_models.citations import register

from .junction import ConstantPolymerSulfideInterphase


class LinearPolymerSulfideInterphase(pybamm.BaseSubModel):
    """An SPEI resistance growing linearly with time (reaction-limited).

    .. math::
        \\frac{dR_{SPEI}}{dt} = k_{SPEI}, \\qquad R_{SPEI}(0) = R_{SPEI,0}

    :math:`k_{SPEI}` "Polymer/sulfide interphase growth rate [Ohm.m2.s-1]",
    :math:`R_{SPEI,0}` "Polymer/sulfide interphase initial resistance [Ohm.m2]".
    The sulfide reacts chemically with the polymer electrolyte at their contact,
    at rest as under current, and the products do not passivate the contact
    (Riphaus et al. 2019: a steady rise over a week at 40 C for Li10SnP2S12/PEO;
    Li6PS5Cl/PEO-LiTFSI barely reacts, Simon et al.: its rate is near zero). The
    rate per sulfide is a value of the parameter sets
    (``parameter_sets/_hybrid.py``, ``SPEI``); the same law in closed form is
    :func:`assb_models.parameters.hybrid_laws.spei_resistance`.
    """

    def __init__(self, param, options=None):
        super().__init__(param, options=options)
        register("Riphaus2019")

    def get_fundamental_variables(self):
        R = pybamm.Variable(
            "Polymer/sulfide interphase resistance [Ohm.m2]",
            scale=1e-3,  # ~10 Ohm.cm2, for solver tolerances
        )
        return {"Polymer/sulfide interphase resistance [Ohm.m2]": R}

    def set_rhs(self, variables):
        R = variables["Polymer/sulfide interphase resistance [Ohm.m2]"]
        self.rhs = {R: self.param.assb.pe.k_spei}

    def set_initial_conditions(self, variables):
        R = variables["Polymer/sulfide interphase resistance [Ohm.m2]"]
        self.initial_conditions = {R: self.param.assb.pe.R_spei_0}


#: SPEI law of each "polymer/sulfide interphase" option value
SPEI_LAWS = {
    "constant": ConstantPolymerSulfideInterphase,
    "reaction-limited": LinearPolymerSulfideInterphase,
}
