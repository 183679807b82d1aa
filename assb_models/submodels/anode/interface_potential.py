"""Surface potential difference of a planar anode in the surface formulation."""

import pybamm

from assb_models.submodels.interface.double_layer import (
    double_layer_charge,
    double_layer_charge_name,
)


class AnodeSurfaceForm(pybamm.electrode.ohm.LithiumMetalSurfaceForm):
    """PyBaMM's lithium-metal surface form, starting at the anode's own OCP.

    With "surface form" "differential", the potential step across the anode/SE
    interface is a state charged through the double layer:

    .. math::
        C_{dl}\\frac{d\\Delta\\phi}{dt} = i_{cc} - j, \\qquad
        \\Delta\\phi(0) = U_{n}

    PyBaMM starts :math:`\\Delta\\phi` at 0 V (lithium metal); a Li-In anode rests at
    "Negative electrode OCP [V]" (0.62 V), so the initial condition is that value.

    The SE side of the double layer is Li+ in excess or missing, so it holds
    lithium. Its charge is a state of its own,

    .. math::
        \\frac{dQ_{dl}}{dt} = C_{dl}\\frac{d\\Delta\\phi}{dt}, \\qquad
        Q_{dl}(0) = 0, \\qquad n_{Li,dl} = -\\frac{A Q_{dl}}{F}

    ("Negative electrode double-layer charge [C.m-2]", electron side, and
    "Lithium in negative electrode double layer [mol]"), which "Total lithium
    [mol]" counts beside the anode's own lithium.
    """

    def _double_layer_capacity(self, variables):
        """The double layer's capacity [F.m-2], as PyBaMM's equation uses it."""
        T = pybamm.boundary_value(
            variables["Negative electrode temperature [K]"], "right"
        )
        return self.domain_param.C_dl(T)

    def _differential(self):
        return self.options["surface form"] == "differential"

    def get_fundamental_variables(self):
        variables = super().get_fundamental_variables()
        if self._differential():
            variables.update(double_layer_charge(self.param, "negative"))
        return variables

    def set_rhs(self, variables):
        super().set_rhs(variables)
        self._charge_double_layer(variables)

    def _charge_double_layer(self, variables):
        """The double layer's charge follows its potential step (class docstring)."""
        if self._differential():
            q = variables[double_layer_charge_name("negative")]
            delta_phi = variables[
                "Lithium metal interface surface potential difference [V]"
            ]
            C_dl = self._double_layer_capacity(variables)
            self.rhs[q] = C_dl * self.rhs[delta_phi]

    def _rest_potential(self):
        """The potential step at assembly [V]: the anode's OCP."""
        return self.param.assb.n.U_ocp

    def set_initial_conditions(self, variables):
        delta_phi = variables[
            "Lithium metal interface surface potential difference [V]"
        ]
        self.initial_conditions = {delta_phi: self._rest_potential()}
        if self._differential():
            q = variables[double_layer_charge_name("negative")]
            self.initial_conditions[q] = pybamm.Scalar(0)


def film_overpotentials(variables, domain, j):
    """Ohmic drops across the interlayer and the interphase of a Li electrode [V].

    .. math::
        \\eta_{IL} = \\frac{j}{f} R_{IL}, \\qquad \\eta_{sei} = \\frac{j}{f} R_{sei}

    with :math:`j` [A.m-2] per electrode area (positive for stripping), :math:`f`
    the lithium contact fraction and the area-specific resistances of the
    interlayer and interphase submodels per contacted area: the current crosses
    the films where the Li touches them, so voids constrict it to the local
    density :math:`j/f`, as in the charge transfer. Returns the two overpotentials
    and the variables that report them.

    Where a contact law sets "<Domain> electrode constriction resistance [Ohm.m2]"
    (the SE's spreading resistance near the contact spots, per electrode area),
    its drop :math:`\\eta_{sp} = j R_{sp}` is reported as "<Domain> electrode
    constriction overpotential [V]" for the interface to add in series.
    """
    Domain = domain.capitalize()
    j_local = j / variables[f"{Domain} electrode lithium metal contact fraction"]
    eta_il = j_local * variables[f"{Domain} electrode interlayer resistance [Ohm.m2]"]
    eta_sei = j_local * variables[f"{Domain} electrode interphase resistance [Ohm.m2]"]
    film_variables = {
        f"{Domain} electrode lithium metal interfacial current density [A.m-2]": j,
        f"{Domain} electrode interlayer overpotential [V]": eta_il,
        f"{Domain} electrode interphase overpotential [V]": eta_sei,
    }
    # a fundamental variable of the contact law (absent without one: anode-free)
    r_sp = variables.get(f"{Domain} electrode constriction resistance [Ohm.m2]")
    if r_sp is not None:
        film_variables[f"{Domain} electrode constriction overpotential [V]"] = j * r_sp
    return eta_il, eta_sei, film_variables


class _FilmsInSeries:
    """Interlayer and interphase resistances in series with the Li-metal interface.

    All currents through a planar anode are the same current :math:`i_{cc}`, so
    the films' ohmic drops add to the potential step from the Li to the SE:

    .. math::
        \\phi_{e}(0) = \\phi_{s,Li} - \\Delta\\phi_{ct}
            - \\frac{i_{cc}}{f}(R_{IL} + R_{sei})

    where :math:`\\Delta\\phi_{ct}` is PyBaMM's Li-metal surface potential difference
    (OCP + Butler-Volmer overpotential over the contact fraction :math:`f`).
    "Voltage [V]" therefore includes both films; the split of the anode
    overpotential is reported as "Negative electrode interlayer overpotential [V]",
    "Negative electrode interphase overpotential [V]" and "Negative electrode
    charge-transfer overpotential [V]".
    """

    def get_coupled_variables(self, variables):
        variables = super().get_coupled_variables(variables)
        i = variables["Current collector current density [A.m-2]"]
        eta_il, eta_sei, film_variables = film_overpotentials(variables, "negative", i)
        phi_e = variables["Lithium metal interface electrolyte potential [V]"]
        eta_sp = film_variables.get(
            "Negative electrode constriction overpotential [V]", 0
        )
        variables.update(film_variables)
        variables["Lithium metal interface electrolyte potential [V]"] = (
            phi_e - eta_il - eta_sei - eta_sp
        )
        return variables


class LithiumMetalExplicitWithFilms(
    _FilmsInSeries, pybamm.electrode.ohm.LithiumMetalExplicit
):
    """PyBaMM's explicit Li-metal interface with interlayer and interphase in series."""


class AnodeSurfaceFormWithFilms(_FilmsInSeries, AnodeSurfaceForm):
    """The surface-form Li-metal interface with interlayer and interphase in series."""
