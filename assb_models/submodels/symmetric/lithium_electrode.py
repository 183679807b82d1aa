"""The two lithium electrodes of a symmetric Li cell and their interfaces."""

import pybamm

from assb_models.submodels import anode
from assb_models.submodels.interface.double_layer import (
    double_layer_charge,
    double_layer_charge_name,
)

#: the two lithium electrodes: "negative" is stripped by a positive current
ELECTRODES = ("negative", "positive")


class LithiumMetalInterface(pybamm.BaseSubModel):
    """Potential step from a Li electrode to the SE, split into its parts.

    .. math::
        \\Delta\\phi = \\eta_{ct} + \\eta_{IL} + \\eta_{sei}, \\qquad
        \\eta_{ct} = \\frac{2RT}{F}\\sinh^{-1}\\left(\\frac{j}{2 j_0 f}\\right), \\qquad
        \\eta_{IL} + \\eta_{sei} = \\frac{j}{f}(R_{IL} + R_{sei})

    for a current :math:`j` [A.m-2] per electrode area (positive for stripping),
    Butler-Volmer over the contact fraction :math:`f` with the exchange-current
    density :math:`j_0` "Exchange-current density for lithium metal electrode
    [A.m-2]" (PyBaMM's) at the electrolyte concentration at the Li face
    ("<Domain> electrode electrolyte concentration [mol.m-3]": the SE's, or the
    polymer's salt there), and the interlayer and interphase drops in series. The
    electrode's lithium metal is a state of its own,

    .. math::
        \\frac{dn_{Li}}{dt} = -\\frac{j + j_{red}}{F}, \\qquad
        n_{Li}(0) = \\frac{L_{Li}}{\\bar V_{Li}}

    [mol.m-2]: the Li that leaves as Li+ (:math:`j`) and the Li that reduces the SE
    (:math:`j_{red}`, "<Domain> electrode SE reduction current density [A.m-2]",
    whose products the interphase counts), with :math:`L_{Li}` "Negative
    electrode thickness [m]" (each foil). The cell's "Total lithium [mol]" adds it
    to the SE and the interphases, each from its own state, so the balance can
    fail. The run stops with "Lithium metal depleted at the <domain> electrode"
    when it is gone.

    With "surface form" "differential" only the faradaic current
    :math:`j_{BV}` moves the metal (:math:`j` is replaced by :math:`j_{BV}` above);
    the rest charges the Li/SE double layer, whose SE side holds the Li:

    .. math::
        \\frac{dQ_{dl}}{dt} = j - j_{BV}, \\qquad
        n_{Li,dl} = -\\frac{A Q_{dl}}{F}

    ("<Domain> electrode double-layer charge [C.m-2]", the metal side, from zero,
    and "Lithium in <domain> electrode double layer [mol]"; :math:`j` and
    :math:`j_{BV}` are stripping currents of that electrode). The films' own
    capacitors hold equal and opposite Li+ on their two faces: no net Li.
    """

    def __init__(self, param, domain, cell_options):
        super().__init__(param, domain)
        self.cell_options = cell_options
        self.capacitive = cell_options["surface form"] == "differential"

    def _states(self):
        """Names of the overpotential states of the capacitive form."""
        Domain = self.domain.capitalize()
        names = {"ct": f"{Domain} electrode charge-transfer overpotential variable [V]"}
        if self.cell_options["anode interlayer"] != "none":
            names["il"] = f"{Domain} electrode interlayer overpotential variable [V]"
        if self.cell_options["anode interphase"] != "none":
            names["sei"] = f"{Domain} electrode interphase overpotential variable [V]"
        return names

    def _inventory_name(self):
        return f"{self.domain.capitalize()} electrode lithium inventory [mol.m-2]"

    def get_fundamental_variables(self):
        n0 = self.param.assb.n.L / self.param.assb.n.V_li
        n_li = pybamm.Variable(self._inventory_name(), scale=n0)
        variables = {
            self._inventory_name(): n_li,
            f"Lithium in {self.domain} electrode [mol]": n_li * self.param.A_cc,
        }
        if self.capacitive:
            variables.update(
                {
                    name: pybamm.Variable(name, scale=1e-2)
                    for name in self._states().values()
                }
            )
            variables.update(
                double_layer_charge(self.param, self.domain, state_domain=[])
            )
        return variables

    def _faradaic(self, variables, eta_ct):
        """Butler-Volmer current over the contact fraction [A.m-2]."""
        T = variables["X-averaged cell temperature [K]"]
        Domain = self.domain.capitalize()
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        c_e = variables[f"{Domain} electrode electrolyte concentration [mol.m-3]"]
        j0 = self.param.j0_Li_metal(c_e, c_e, T)
        return 2 * j0 * f * pybamm.sinh(self.param.F * eta_ct / (2 * self.param.R * T))

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        i = variables["Current density [A.m-2]"]
        j = i if self.domain == "negative" else -i
        T = variables["X-averaged cell temperature [K]"]
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        c_e = variables[f"{Domain} electrode electrolyte concentration [mol.m-3]"]
        j0 = self.param.j0_Li_metal(c_e, c_e, T)
        if self.capacitive:
            states = {k: variables[name] for k, name in self._states().items()}
            eta_ct = states["ct"]
            eta_il, eta_sei, film_variables = anode.film_overpotentials(
                variables, self.domain, j
            )
            eta_il = states.get("il", eta_il)
            eta_sei = states.get("sei", eta_sei)
            film_variables[f"{Domain} electrode interlayer overpotential [V]"] = eta_il
            film_variables[f"{Domain} electrode interphase overpotential [V]"] = eta_sei
        else:
            eta_ct = (
                2 * self.param.R * T / self.param.F * pybamm.arcsinh(j / (2 * j0 * f))
            )
            eta_il, eta_sei, film_variables = anode.film_overpotentials(
                variables, self.domain, j
            )
        eta_sp = film_variables[f"{Domain} electrode constriction overpotential [V]"]
        variables.update(film_variables)
        variables.update(
            {
                f"{Domain} electrode charge-transfer overpotential [V]": eta_ct,
                f"{Domain} electrode interface potential difference [V]": eta_ct
                + eta_il
                + eta_sei
                + eta_sp,
            }
        )
        return variables

    def add_events_from(self, variables):
        """The run stops when an electrode has given up its lithium (finite foil)."""
        Domain = self.domain.capitalize()
        n_li = variables[f"{Domain} electrode lithium inventory [mol.m-2]"]
        V_li = self.param.assb.n.V_li
        n0 = self.param.assb.n.L / V_li
        self.events.append(
            pybamm.Event(
                f"Lithium metal depleted at the {self.domain} electrode",
                n_li / n0 - 1e-3,
            )
        )

    def set_rhs(self, variables):
        r"""The Li metal (class docstring) and, in the capacitive form only, the
        double layer and films charged by the current.

        .. math::
            f C_{dl}\frac{d\eta_{ct}}{dt} = j - j_{BV}(\eta_{ct}), \qquad
            f\frac{\varepsilon_0\varepsilon_r}{L}\frac{d\eta_{k}}{dt}
            = j - \frac{f\eta_k}{R_k}

        for the interlayer and the interphase (:math:`k`), each a resistor in
        parallel with its parallel-plate capacitance over the contacted area
        :math:`f` (the current crosses both films where the Li touches them):
        "Negative electrode double-layer capacity [F.m-2]" (PyBaMM's Li-metal
        double layer, per contacted area), "Interlayer relative permittivity" with
        "Interlayer thickness [m]", "Lithium metal interphase relative
        permittivity" with the interphase thickness.
        """
        Domain = self.domain.capitalize()
        i = variables["Current density [A.m-2]"]
        j = i if self.domain == "negative" else -i
        j_red = variables[f"{Domain} electrode SE reduction current density [A.m-2]"]
        n_li = variables[self._inventory_name()]
        if not self.capacitive:
            self.rhs = {n_li: -(j + j_red) / self.param.F}
            return
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        names = self._states()
        eps0 = 8.8541878128e-12
        eta_ct = variables[names["ct"]]
        j_bv = self._faradaic(variables, eta_ct)
        # PyBaMM's name for the Li-metal double layer (as in its half cells)
        C_dl = self.param.assb.n.C_dl * f
        self.rhs = {
            n_li: -(j_bv + j_red) / self.param.F,
            eta_ct: (j - j_bv) / C_dl,
            variables[double_layer_charge_name(self.domain)]: j - j_bv,
        }
        films = {
            "il": (
                "interlayer",
                self.param.assb.n.permittivity_il,
                lambda: self.param.assb.n.L_il,
            ),
            "sei": (
                "interphase",
                self.param.assb.n.permittivity_sei,
                lambda: variables[f"{Domain} electrode interphase thickness [m]"],
            ),
        }
        for key, (film, permittivity, thickness) in films.items():
            if key in names:
                eta = variables[names[key]]
                R = variables[f"{Domain} electrode {film} resistance [Ohm.m2]"]
                C = eps0 * permittivity / thickness() * f
                self.rhs[eta] = (j - eta * f / R) / C

    def set_initial_conditions(self, variables):
        n0 = self.param.assb.n.L / self.param.assb.n.V_li
        self.initial_conditions = {variables[self._inventory_name()]: n0}
        if self.capacitive:
            self.initial_conditions.update(
                {variables[name]: pybamm.Scalar(0) for name in self._states().values()}
            )
            q = variables[double_layer_charge_name(self.domain)]
            self.initial_conditions[q] = pybamm.Scalar(0)
