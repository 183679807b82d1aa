"""Fraction of the active-material surface in contact with the solid electrolyte."""

import pybamm


class ActiveMaterialContact(pybamm.interface_utilisation.BaseModel):
    """AM/SE contact fraction as PyBaMM's interface utilisation.

    In a solid composite only the part of the AM surface that touches SE carries
    intercalation current, so the reactive area is the geometric area times the
    contact fraction :math:`f_c`:

    .. math::
        a\\,j = a\\,f_c\\,j_{BV}

    where :math:`a = 3\\varepsilon_{AM}/R` [m-1] and :math:`j_{BV}` [A.m-2] is the
    Butler-Volmer current density on the contacted surface. :math:`f_c` is
    "Positive electrode active material-solid electrolyte contact fraction" [-]
    (stack-pressure laws may replace this constant).
    """

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options=options)

    def get_fundamental_variables(self):
        f_c = self.param.assb.p.f_contact
        u = pybamm.FullBroadcast(f_c, "positive electrode", "current collector")
        variables = self._get_standard_interface_utilisation_variables(u)
        variables[
            "Positive electrode active material-solid electrolyte contact fraction"
        ] = f_c
        return variables
