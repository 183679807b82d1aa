"""Surface potential difference of a planar anode in the surface formulation."""

import pybamm


class AnodeSurfaceForm(pybamm.electrode.ohm.LithiumMetalSurfaceForm):
    """PyBaMM's lithium-metal surface form, starting at the anode's own OCP.

    With "surface form" "differential", the potential step across the anode/SE
    interface is a state charged through the double layer:

    .. math::
        C_{dl}\\frac{d\\Delta\\phi}{dt} = i_{cc} - j, \\qquad
        \\Delta\\phi(0) = U_{n}

    PyBaMM starts :math:`\\Delta\\phi` at 0 V (lithium metal); a Li-In anode rests at
    "Negative electrode OCP [V]" (0.62 V), so the initial condition is that value.
    """

    def set_initial_conditions(self, variables):
        delta_phi = variables["Lithium metal interface surface potential difference [V]"]
        self.initial_conditions = {
            delta_phi: pybamm.Parameter("Negative electrode OCP [V]")
        }
