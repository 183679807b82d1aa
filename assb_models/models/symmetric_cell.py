"""Symmetric lithium cell Li|(interlayer)|SE|(interlayer)|Li for plating/stripping."""

import logging

import pybamm

from assb_models.options import ASSB_OPTIONS, choose_options
from assb_models.simulation.protocol import areal_to_cell, electrode_area_cm2
from assb_models.submodels import anode, pressure
from assb_models.validation import InvalidInputError, is_real, require_in_range

from .lithium_balance import total_lithium_variables

#: options of the symmetric cell (first value: default)
SYMMETRIC_CELL_OPTIONS = {
    "anode interphase": ("diffusion-limited", "none", "constant", "reaction-limited"),
    "anode interlayer": ASSB_OPTIONS["anode interlayer"],
    "anode contact": ("creep", "full", "constant"),
    "surface form": ("false", "differential"),
    "stack pressure": ("constant", "fixed gap"),
}

#: the two lithium electrodes: "negative" is stripped by a positive current
ELECTRODES = ("negative", "positive")


class SeparatorOhm(pybamm.BaseSubModel):
    """Ohmic drop across the SE pellet of a symmetric cell.

    .. math::
        \\eta_{SE} = i\\,\\frac{L_s}{\\kappa_{SE}(T)\\,\\varepsilon_s^{b}}

    :math:`L_s` "Separator thickness [m]", :math:`\\varepsilon_s` "Separator
    porosity" (the SE volume fraction of the pellet), :math:`b` "Separator Bruggeman
    coefficient (electrolyte)", :math:`\\kappa_{SE}` "Electrolyte conductivity
    [S.m-1]" at the SE's Li+ concentration.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "separator", options=options)

    def get_coupled_variables(self, variables):
        i = variables["Current density [A.m-2]"]
        T = variables["X-averaged cell temperature [K]"]
        kappa = self.param.kappa_e(self.param.c_e_init, T)
        eps = pybamm.Parameter("Separator porosity")
        b = pybamm.Parameter("Separator Bruggeman coefficient (electrolyte)")
        R = self.param.s.L / (kappa * eps**b)
        reduced = sum(
            variables.get(
                f"Solid electrolyte lithium reduced at the {d} electrode [mol]", 0
            )
            for d in ELECTRODES
        )
        variables.update(
            {
                "Separator resistance [Ohm.m2]": R,
                "Separator ohmic overpotential [V]": i * R,
                # the SE's Li+ times its volume, less the SE reduced at the Li
                "Lithium in solid electrolyte [mol]": self.param.c_e_init
                * self.param.s.L
                * eps
                * self.param.A_cc
                - reduced,
            }
        )
        return variables


class LithiumMetalInterface(pybamm.BaseSubModel):
    """Potential step from a Li electrode to the SE, split into its parts.

    .. math::
        \\Delta\\phi = \\eta_{ct} + \\eta_{IL} + \\eta_{sei}, \\qquad
        \\eta_{ct} = \\frac{2RT}{F}\\sinh^{-1}\\left(\\frac{j}{2 j_0 f}\\right), \\qquad
        \\eta_{IL} + \\eta_{sei} = \\frac{j}{f}(R_{IL} + R_{sei})

    for a current :math:`j` [A.m-2] per electrode area (positive for stripping),
    Butler-Volmer over the contact fraction :math:`f` with the exchange-current
    density :math:`j_0` "Exchange-current density for lithium metal electrode
    [A.m-2]" (PyBaMM's), and the interlayer and interphase drops in series. The
    electrode's lithium inventory is

    .. math::
        n_{Li} = \\frac{L_{Li}}{\\bar V_{Li}} - \\int_0^t\\frac{j}{F}dt - n_{Li,sei}

    with :math:`L_{Li}` "Negative electrode thickness [m]" (each foil); the run
    stops with "Lithium metal depleted at the <domain> electrode" when it is gone.
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

    def get_fundamental_variables(self):
        if not self.capacitive:
            return {}
        return {
            name: pybamm.Variable(name, scale=1e-2) for name in self._states().values()
        }

    def _faradaic(self, variables, eta_ct):
        """Butler-Volmer current over the contact fraction [A.m-2]."""
        T = variables["X-averaged cell temperature [K]"]
        f = variables[
            f"{self.domain.capitalize()} electrode lithium metal contact fraction"
        ]
        c_e = self.param.c_e_init
        j0 = self.param.j0_Li_metal(c_e, c_e, T)
        return 2 * j0 * f * pybamm.sinh(self.param.F * eta_ct / (2 * self.param.R * T))

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        i = variables["Current density [A.m-2]"]
        j = i if self.domain == "negative" else -i
        T = variables["X-averaged cell temperature [K]"]
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        c_e = self.param.c_e_init
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
        V_li = pybamm.Parameter("Lithium metal partial molar volume [m3.mol-1]")
        n0 = pybamm.Parameter("Negative electrode thickness [m]") / V_li
        q = variables["Discharge capacity [A.h]"] * 3600 / self.param.A_cc
        q = q if self.domain == "negative" else -q
        lost = variables[f"{Domain} electrode lithium lost to interphase [mol.m-2]"]
        n_li = n0 - q / self.param.F - lost
        variables.update(film_variables)
        variables.update(
            {
                f"{Domain} electrode charge-transfer overpotential [V]": eta_ct,
                f"{Domain} electrode interface potential difference [V]": eta_ct
                + eta_il
                + eta_sei,
                f"{Domain} electrode lithium inventory [mol.m-2]": n_li,
                f"Lithium in {self.domain} electrode [mol]": n_li * self.param.A_cc,
            }
        )
        return variables

    def add_events_from(self, variables):
        """The run stops when an electrode has given up its lithium (finite foil)."""
        Domain = self.domain.capitalize()
        n_li = variables[f"{Domain} electrode lithium inventory [mol.m-2]"]
        V_li = pybamm.Parameter("Lithium metal partial molar volume [m3.mol-1]")
        n0 = pybamm.Parameter("Negative electrode thickness [m]") / V_li
        self.events.append(
            pybamm.Event(
                f"Lithium metal depleted at the {self.domain} electrode",
                n_li / n0 - 1e-3,
            )
        )

    def set_rhs(self, variables):
        r"""Double layer and films charged by the current (capacitive form only).

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
        if not self.capacitive:
            return
        Domain = self.domain.capitalize()
        i = variables["Current density [A.m-2]"]
        j = i if self.domain == "negative" else -i
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        names = self._states()
        eps0 = 8.8541878128e-12
        eta_ct = variables[names["ct"]]
        # PyBaMM's name for the Li-metal double layer (as in its half cells)
        C_dl = pybamm.Parameter("Negative electrode double-layer capacity [F.m-2]") * f
        self.rhs = {eta_ct: (j - self._faradaic(variables, eta_ct)) / C_dl}
        films = {
            "il": (
                "interlayer",
                "Interlayer relative permittivity",
                lambda: pybamm.Parameter("Interlayer thickness [m]"),
            ),
            "sei": (
                "interphase",
                "Lithium metal interphase relative permittivity",
                lambda: variables[f"{Domain} electrode interphase thickness [m]"],
            ),
        }
        for key, (film, permittivity, thickness) in films.items():
            if key in names:
                eta = variables[names[key]]
                R = variables[f"{Domain} electrode {film} resistance [Ohm.m2]"]
                C = eps0 * pybamm.Parameter(permittivity) / thickness() * f
                self.rhs[eta] = (j - eta * f / R) / C

    def set_initial_conditions(self, variables):
        if self.capacitive:
            self.initial_conditions = {
                variables[name]: pybamm.Scalar(0) for name in self._states().values()
            }


class CellCircuit(pybamm.BaseSubModel):
    """Galvanostatic circuit of the symmetric cell.

    .. math::
        V = \\phi_{+} - \\phi_{-} = -(\\Delta\\phi_{-} - \\Delta\\phi_{+} + \\eta_{SE})

    "Voltage [V]" is negative while the "negative" electrode is stripped (positive
    current, PyBaMM's "Discharge"); "Cell overpotential [V]" is its magnitude, as
    papers quote it. "Discharge capacity [A.h]" counts the charge passed.
    """

    def get_fundamental_variables(self):
        Q = pybamm.Variable("Discharge capacity [A.h]")
        I = self.param.current_with_time
        return {
            "Discharge capacity [A.h]": Q,
            "Current [A]": I,
            "Current variable [A]": I,
            "Current density [A.m-2]": self.param.current_density_with_time,
            "Areal current density [mA.cm-2]": self.param.current_density_with_time
            / 10,
            "Time [s]": pybamm.t,
            "Time [h]": pybamm.t / 3600,
            "X-averaged cell temperature [K]": pybamm.Parameter(
                "Ambient temperature [K]"
            ),
        }

    def get_coupled_variables(self, variables):
        d_n = variables["Negative electrode interface potential difference [V]"]
        d_p = variables["Positive electrode interface potential difference [V]"]
        eta_se = variables["Separator ohmic overpotential [V]"]
        V = -(d_n - d_p + eta_se)
        n_total = sum(
            variables[f"{D} electrode lithium inventory [mol.m-2]"]
            + variables[f"{D} electrode lithium lost to interphase [mol.m-2]"]
            for D in ("Negative", "Positive")
        )
        variables.update(
            {
                "Voltage [V]": V,
                "Battery voltage [V]": V,
                "Cell overpotential [V]": pybamm.AbsoluteValue(V),
                "Total lithium in metal and interphases [mol.m-2]": n_total,
            }
        )
        return variables

    def set_rhs(self, variables):
        Q = variables["Discharge capacity [A.h]"]
        self.rhs = {Q: variables["Current [A]"] / 3600}

    def set_initial_conditions(self, variables):
        self.initial_conditions = {variables["Discharge capacity [A.h]"]: 0}


class SymmetricCell(pybamm.BaseModel):
    """Li|(interlayer)|SE|(interlayer)|Li cell under galvanostatic plating/stripping.

    Two planar lithium electrodes, each with an SE-reduction interphase (growth law
    of "anode interphase"), an optional interlayer ("anode interlayer") and a
    contact fraction ("anode contact": "creep" makes voids when stripping outruns
    Li creep under the stack pressure); a short circuit ends the run when the local
    plating current density at the SE reaches the critical one. A positive current
    strips the "negative" electrode (x = 0) and plates the "positive" one. Runs
    with :class:`pybamm.Simulation` and :class:`pybamm.Experiment` (see
    :func:`plating_stripping_experiment`).

    Parameters
    ----------
    options : dict, optional
        "anode interphase" ("diffusion-limited" default, "none", "constant",
        "reaction-limited"), "anode interlayer" ("none" default, "resistive"),
        "anode contact" ("creep" default, "full", "constant"), "surface form"
        ("false" default: resistive interfaces; "differential": double layer and
        film capacitances, for impedance with :func:`assb_models.impedance.eis.impedance`),
        "stack pressure" ("constant" default: "Stack pressure [Pa]" held by the
        fixture; "fixed gap": set by the stack, see
        :class:`~assb_models.submodels.pressure.FixedGapStackPressure`).
    name : str, optional
    build : bool, optional
        Build on instantiation (default True); False lets you replace submodels.
    """

    def __init__(self, options=None, name="Symmetric lithium cell", build=True):
        super().__init__(name)
        self.options = _check_options(options)
        self.param = pybamm.LithiumIonParameters()
        self.submodels = {"circuit": CellCircuit(self.param)}
        for domain in ELECTRODES:
            self.submodels.update(
                anode.electrode_interface_submodels(
                    self.param, domain, None, self.options, utilisation=False
                )
            )
            self.submodels[f"{domain} interface"] = LithiumMetalInterface(
                self.param, domain, self.options
            )
        self.submodels["separator"] = SeparatorOhm(self.param)
        if self.options["stack pressure"] == "fixed gap":
            self.submodels["stack pressure"] = pressure.FixedGapStackPressure(
                self.param, pressure.SYMMETRIC_CELL_ELECTRODES, cathode=False
            )
        else:
            self.submodels["stack pressure"] = pressure.ConstantStackPressure(
                self.param
            )
        if build:
            self.build_model()

    def build_model(self):
        """Build the submodels, then the Li balance over every phase they report."""
        super().build_model()
        self.variables.update(total_lithium_variables(self.variables))

    @property
    def default_parameter_values(self):
        from assb_models.parameters.parameter_values import get_parameter_values

        return get_parameter_values("Park2021", cell="symmetric")

    @property
    def summary_variables(self):
        """Per-cycle summaries (minimum/maximum over each cycle) of these variables."""
        return [
            "Cell overpotential [V]",
            "Negative electrode lithium metal contact fraction",
            "Positive electrode lithium metal contact fraction",
            "Negative electrode interphase resistance [Ohm.m2]",
            "Total lithium in metal and interphases [mol.m-2]",
        ]

    @property
    def default_solver(self):
        return pybamm.IDAKLUSolver()

    @property
    def default_quick_plot_variables(self):
        return [
            "Voltage [V]",
            "Negative electrode lithium metal contact fraction",
            "Positive electrode lithium metal contact fraction",
            "Negative electrode interphase resistance [Ohm.m2]",
            "Negative electrode local current density at the solid electrolyte [A.m-2]",
        ]


def _check_options(options):
    chosen, unknown = choose_options(options, SYMMETRIC_CELL_OPTIONS)
    if unknown:
        raise pybamm.OptionError(
            f"Options {sorted(unknown)} not recognised; the symmetric cell takes "
            f"{list(SYMMETRIC_CELL_OPTIONS)}"
        )
    return chosen


#: allowed ranges of plating/stripping protocols, and why
CURRENT_MA_CM2 = (1e-4, 100.0)
CAPACITY_MAH_CM2 = (0.0, 100.0)
HALF_CYCLE_HOURS = (1 / 3600, 1e4)
AREA_CM2 = (0.0, 1e4)
CYCLES = (1, 1e5)
REST_MINUTES = (0.0, 1e5)
_WHY = {
    "current": "lab cells run 0.01-10 mA/cm2; below 0.1 uA/cm2 nothing measurable "
    "plates, above 100 mA/cm2 no solid electrolyte carries the current",
    "capacity": "100 mAh/cm2 is a 0.5 mm Li layer, far beyond any cell",
    "hours": "a half-cycle shorter than 1 s is below the solver's output period; "
    "longer than 1e4 h (over a year) is no laboratory protocol",
    "area": "up to 1 m2",
    "cycles": "cycles at each current",
    "rest_minutes": "rests up to about 70 days",
}


def _range(bounds):
    return f"[{bounds[0]:g}, {bounds[1]:g}]"


def plating_stripping_experiment(
    current_mA_cm2,
    area_cm2,
    cycles=1,
    capacity_mAh_cm2=None,
    half_cycle_hours=None,
    rest_minutes=0,
    period="10 minutes",
):
    """PyBaMM experiment steps for galvanostatic plating/stripping in mA/cm2.

    Each cycle strips the "negative" electrode (positive current, "Discharge") and
    then plates it back, each half-cycle lasting ``capacity_mAh_cm2 /
    current_mA_cm2`` hours or ``half_cycle_hours``.

    Parameters
    ----------
    current_mA_cm2 : float or sequence of float
        Areal current density [mA.cm-2]; a sequence gives a stepped protocol, with
        ``cycles`` cycles at each current.
    area_cm2 : float
        Electrode area [cm2] (the model's "Electrode height [m]" x "Electrode
        width [m]").
    cycles : int
        Cycles at each current.
    capacity_mAh_cm2, half_cycle_hours : float
        Areal capacity or duration of each half-cycle; give exactly one.
    rest_minutes : float
        Rest after each half-cycle.

    Returns
    -------
    list of tuples of :class:`pybamm.step.BaseStep`
        One list per cycle, for :class:`pybamm.Experiment`.
    """
    if current_mA_cm2 is None or isinstance(current_mA_cm2, (str, bool)):
        raise InvalidInputError(
            f"'current_mA_cm2' = {current_mA_cm2!r} must be a current density in "
            f"{_range(CURRENT_MA_CM2)} mA/cm2 or a non-empty list of them"
        )
    currents = (
        [current_mA_cm2]
        if is_real(current_mA_cm2)
        else list(current_mA_cm2)
        if hasattr(current_mA_cm2, "__iter__")
        else None
    )
    if not currents:
        raise InvalidInputError(
            f"'current_mA_cm2' = {current_mA_cm2!r} must be a current density in "
            f"{_range(CURRENT_MA_CM2)} mA/cm2 or a non-empty list of them"
        )
    require_in_range("area_cm2", area_cm2, *AREA_CM2, (False, True), _WHY["area"])
    if (capacity_mAh_cm2 is None) == (half_cycle_hours is None):
        raise pybamm.OptionError(
            "Give exactly one of 'capacity_mAh_cm2' and 'half_cycle_hours'"
        )
    if isinstance(cycles, bool) or not isinstance(cycles, int):
        raise InvalidInputError(
            f"'cycles' = {cycles!r} must be an integer in [1, {CYCLES[1]:g}]"
        )
    require_in_range("cycles", cycles, *CYCLES, why=_WHY["cycles"])
    require_in_range(
        "rest_minutes", rest_minutes, *REST_MINUTES, why=_WHY["rest_minutes"]
    )
    if capacity_mAh_cm2 is not None:
        require_in_range(
            "capacity_mAh_cm2",
            capacity_mAh_cm2,
            *CAPACITY_MAH_CM2,
            (False, True),
            _WHY["capacity"],
        )
    else:
        require_in_range(
            "half_cycle_hours",
            half_cycle_hours,
            *HALF_CYCLE_HOURS,
            why=_WHY["hours"],
        )
    for i_areal in currents:
        require_in_range(
            "current_mA_cm2", i_areal, *CURRENT_MA_CM2, why=_WHY["current"]
        )
        if capacity_mAh_cm2 is not None:
            hours = capacity_mAh_cm2 / i_areal
            if not HALF_CYCLE_HOURS[0] <= hours <= HALF_CYCLE_HOURS[1]:
                raise InvalidInputError(
                    f"'capacity_mAh_cm2' = {capacity_mAh_cm2!r} at 'current_mA_cm2' "
                    f"= {i_areal!r} gives half-cycles of {hours:.3g} h, outside the "
                    f"allowed range {_range(HALF_CYCLE_HOURS)} h: {_WHY['hours']}"
                )
    steps = []
    for i_areal in currents:
        hours = half_cycle_hours or capacity_mAh_cm2 / i_areal
        amps = areal_to_cell(i_areal, area_cm2)
        cycle = []
        for sign, verb in ((1, "strip"), (-1, "plate")):
            cycle.append(
                pybamm.step.current(
                    sign * amps,
                    duration=hours * 3600,
                    period=period,
                    description=f"{verb} at {i_areal:g} mA/cm2",
                )
            )
            if rest_minutes:
                cycle.append(
                    pybamm.step.rest(duration=rest_minutes * 60, period=period)
                )
        steps.extend([tuple(cycle)] * cycles)
    return steps


class _ModelEventsFilter(logging.Filter):
    """Drops PyBaMM's log records about the model's own events.

    A short circuit or a depleted electrode is an outcome a plating/stripping study
    looks for; :func:`run_plating_stripping` returns it, so PyBaMM's "Simulation
    error" log of it (an [ERROR] line when the event is already reached as a step
    starts) would only be noise. Every other record passes.
    """

    def __init__(self, model):
        super().__init__()
        self.events = [event.name for event in model.events]

    def filter(self, record):
        message = record.getMessage()
        return not any(event in message for event in self.events)


class _EventMonitor(pybamm.callbacks.Callback):
    """Keeps the model event that stopped an experiment (e.g. a short circuit)."""

    def __init__(self):
        self.event = None
        self.cycle = None

    def _record(self, logs, text):
        self.event = text
        self.cycle = logs["cycle number"][0]

    def on_experiment_error(self, logs):
        self._record(logs, str(logs["error"]))

    def on_experiment_infeasible_event(self, logs):
        self._record(logs, str(logs["termination"]))


def run_plating_stripping(model, parameter_values, steps, solver=None, var_pts=None):
    """Run a plating/stripping protocol; report a short circuit if one ends it.

    Parameters
    ----------
    model : :class:`SymmetricCell`
    parameter_values : :class:`pybamm.ParameterValues`
    steps : list
        Cycles from :func:`plating_stripping_experiment`.
    solver : :class:`pybamm.BaseSolver`, optional
    var_pts : dict, optional
        Mesh points, as for :class:`pybamm.Simulation`.

    Returns
    -------
    solution : :class:`pybamm.Solution` or None
        All cycles up to the end of the protocol or the event (None if the cell
        shorts as the first step starts).
    stop : dict or None
        None if the protocol ran to its end; otherwise (PyBaMM's log of the model
        event is silenced: the study reports it here) "event" (the model event or
        solver message that stopped it, e.g. "Short circuit: local plating current
        density at the positive electrode reached the critical current density"),
        "short circuit" (bool), "cycle" (1-based cycle in which it happened) and
        "current [mA.cm-2]" (areal current of that cycle).
    """
    monitor = _EventMonitor()
    sim = pybamm.Simulation(
        model,
        parameter_values=parameter_values,
        experiment=pybamm.Experiment(steps),
        solver=solver,
        var_pts=var_pts,
    )
    quiet = _ModelEventsFilter(model)
    pybamm.logger.addFilter(quiet)
    try:
        solution = sim.solve(callbacks=[monitor])
    except pybamm.SolverError as error:
        # PyBaMM raises instead of stopping when the very first step fails
        if "Short circuit" not in str(error):
            raise
        solution = None
        monitor.event, monitor.cycle = str(error), 1
    finally:
        pybamm.logger.removeFilter(quiet)
    if monitor.event is None:
        return solution, None
    step = steps[monitor.cycle - 1][0]
    return solution, {
        "event": monitor.event,
        "short circuit": "Short circuit" in monitor.event,
        "cycle": monitor.cycle,
        "current [mA.cm-2]": abs(step.value)
        / areal_to_cell(1, electrode_area_cm2(parameter_values)),
    }
