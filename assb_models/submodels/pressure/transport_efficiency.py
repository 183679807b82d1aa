"""SE transport efficiency of a cell under stack pressure."""

import pybamm

from assb_models import citations
from assb_models.parameters.laws import grain_contact_factor, law


class PressureDependentTransportEfficiency(pybamm.transport_efficiency.BaseModel):
    """Ionic transport efficiency of the SE in separator and composite.

    .. math::
        \\mathcal{B}_s = \\varepsilon_{SE,s}^{b_s}\\,g(P_d), \\qquad
        \\mathcal{B}_p = \\frac{\\varepsilon_{SE,p}}{\\tau(P_d)^2}\\,g(P_d), \\qquad
        g = \\frac{\\phi_{gb}}{\\phi_{gb} + \\phi_{1/2}}

    The separator keeps Bruggeman's law ("Separator Bruggeman coefficient
    (electrolyte)" :math:`b_s`); in the composite the SE-path tortuosity :math:`\\tau`
    ("Positive electrode solid electrolyte tortuosity vs pressure", geometric, as 3D
    imaging gives it) enters as the tortuosity factor :math:`\\tau^2` (Epstein 1989).
    :math:`g` is the conductance of the contacts between SE grains: their real
    contact fraction :math:`\\phi_{gb}` ("Solid electrolyte grain contact fraction
    vs pressure") in series with the grain interior, :math:`\\phi_{1/2}` "Solid
    electrolyte grain contact fraction at half conductance". While grain contacts
    dominate (:math:`\\phi_{gb} \\ll \\phi_{1/2}`) the apparent conductivity rises
    about linearly with pressure, as Sakka et al. measure. The SE fractions are the
    porosity variables (pressure laws, possibly consumed by oxidation).
    """

    def __init__(self, param, options=None):
        super().__init__(param, "Electrolyte", options=options)
        citations.register("Bruggeman1935", "Sakka2022")

    def get_coupled_variables(self, variables):
        g = grain_contact_factor()
        tau = law("Positive electrode solid electrolyte tortuosity vs pressure")
        eps_s = variables["Separator porosity"]
        eps_p = variables["Positive electrode porosity"]
        tor_dict = {
            "separator": eps_s**self.param.s.b_e * g,
            "positive electrode": eps_p / tau**2 * g,
        }
        variables.update(self._get_standard_transport_efficiency_variables(tor_dict))
        variables.update(
            {
                "Positive electrode solid electrolyte tortuosity": tau,
                "Solid electrolyte grain contact factor": g,
            }
        )
        return variables
