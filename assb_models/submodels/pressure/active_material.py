"""Active material that stack pressure connects to the ionic and electronic paths."""

import pybamm

from assb_models.parameters.laws import law


class ConnectedActiveMaterial(pybamm.active_material.Constant):
    """Only the electrochemically connected AM takes part in the reaction.

    .. math::
        \\varepsilon_{AM}^{conn} = f_{conn}(P_d)\\,\\varepsilon_{AM}

    AM particles with no ionic or no electronic path hold capacity the cell cannot
    reach; :math:`f_{conn}` is "Positive electrode connected active material
    fraction vs pressure" at the densification pressure. PyBaMM's "Positive electrode
    active material volume fraction" becomes the connected one, so the reactive
    surface :math:`a = 3\\varepsilon_{AM}^{conn}/R`, the electrode capacity and the
    AM electronic path all shrink with it, while the AM mass (and so the specific
    capacity per gram of all AM, as papers quote it) is that of all the AM.
    """

    def get_fundamental_variables(self):
        variables = super().get_fundamental_variables()
        f_conn = law(
            "Positive electrode connected active material fraction vs pressure"
        )
        eps = self.phase_param.epsilon_s * f_conn
        variables.update(self._get_standard_active_material_variables(eps))
        variables["Positive electrode connected active material fraction"] = f_conn
        return variables
