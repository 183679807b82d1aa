"""Symmetric lithium cell Li|(interlayer)|SE|(interlayer)|Li for plating/stripping."""

import logging

import pybamm

from assb_models.options import SymmetricCellOptions
from assb_models.parameters.area import areal_to_cell, electrode_area_cm2
from assb_models.parameters.assb_parameters import AssbParameters
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.submodels import polymer, pressure
from assb_models.submodels.symmetric import (
    ELECTRODES,
    CellCircuit,
    LithiumMetalInterface,
    PolymerElectrolyte,
    PolymerInterlayers,
    SeparatorOhm,
)
from assb_models.validation import InvalidInputError, is_real, require_in_range

from .anodes import electrode_interface_submodels
from .finite_volume import ConservativeFiniteVolume
from .lithium_balance import total_lithium_variables


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
        film capacitances, for impedance with
        :func:`assb_models.impedance.eis.impedance`),
        "electrolyte" ("single-ion" default: the SE pellet; "polymer": a
        binary salt polymer layer; "polymer interlayer": polymer films on both
        foils around the SE pellet, see :meth:`set_electrolyte_submodels`; with a
        polymer the Li touches no sulfide, so "anode interphase" is "none"),
        "stack pressure" ("laws" default: "Stack pressure [Pa]" held by the
        fixture; "fixed gap": set by the stack, see
        :class:`~assb_models.submodels.pressure.FixedGapStackPressure`; "none" is
        refused: the Li creep always follows the pressure). Validated by
        :class:`~assb_models.options.SymmetricCellOptions`.
    name : str, optional
    build : bool, optional
        Build on instantiation (default True); False lets you replace submodels.
    """

    def __init__(self, options=None, name="Symmetric lithium cell", build=True):
        super().__init__(name)
        self.options = options
        self.param = pybamm.LithiumIonParameters()
        self.param.assb = AssbParameters()
        self.submodels = {"circuit": CellCircuit(self.param)}
        for domain in ELECTRODES:
            self.submodels.update(
                electrode_interface_submodels(
                    self.param, domain, None, self.options, utilisation=False
                )
            )
            self.submodels[f"{domain} interface"] = LithiumMetalInterface(
                self.param, domain, self.options
            )
        self.set_electrolyte_submodels()
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

    def set_electrolyte_submodels(self):
        """The electrolyte between the foils, by the option "electrolyte": the SE
        pellet ("single-ion"), a polymer layer of "Separator thickness [m]"
        ("polymer"), or polymer films of "Polymer interlayer thickness [m]" on
        both foils with the SE pellet between them and the polymer/sulfide
        interphase at each junction ("polymer interlayer")."""
        choice = self.options["electrolyte"]
        if choice == "single-ion":
            self.submodels["separator"] = SeparatorOhm(self.param)
            return
        if choice == "polymer":
            eps, b = self.param.assb.s_eps, self.param.assb.s_b_e
            self.submodels["polymer electrolyte"] = polymer.PolymerLayer(
                self.param,
                polymer.SYMMETRIC_LAYER,
                self.param.s.L,
                "Current density [A.m-2]",
                volume_fraction=eps,
                efficiency=eps**b,
            )
            self.submodels["electrolyte"] = PolymerElectrolyte(self.param)
            return
        self.submodels["separator"] = SeparatorOhm(self.param, alone=False)
        for layer in self.polymer_layers:
            self.submodels[layer.domain] = polymer.PolymerLayer(
                self.param,
                layer,
                self.param.assb.pe.L_interlayer,
                "Current density [A.m-2]",
            )
        law = polymer.SPEI_LAWS[self.options["polymer/sulfide interphase"]]
        self.submodels["polymer/sulfide interphase"] = law(self.param)
        self.submodels["electrolyte"] = PolymerInterlayers(self.param)

    @property
    def polymer_layers(self):
        """The :class:`~assb_models.submodels.polymer.PolymerLayerGeometry` of
        each polymer layer (none with a single-ion electrolyte)."""
        return {
            "single-ion": (),
            "polymer": (polymer.SYMMETRIC_LAYER,),
            "polymer interlayer": (
                polymer.NEGATIVE_INTERLAYER,
                polymer.POSITIVE_INTERLAYER,
            ),
        }[self.options["electrolyte"]]

    def _layer_thickness(self, layer):
        if layer is polymer.SYMMETRIC_LAYER:
            return self.param.s.L
        return self.param.assb.pe.L_interlayer

    @property
    def default_geometry(self):
        """Each polymer layer on 0 <= x <= its thickness (no geometry without)."""
        return {
            layer.domain: {
                layer.coordinate(): {
                    "min": pybamm.Scalar(0),
                    "max": self._layer_thickness(layer),
                }
            }
            for layer in self.polymer_layers
        }

    @property
    def default_submesh_types(self):
        return {layer.domain: pybamm.Uniform1DSubMesh for layer in self.polymer_layers}

    @property
    def default_var_pts(self):
        """20 finite volumes across each polymer layer."""
        return {layer.coordinate(): 20 for layer in self.polymer_layers}

    @property
    def default_spatial_methods(self):
        """Finite volumes that apply each divergence to its flux
        (:class:`~assb_models.models.finite_volume.ConservativeFiniteVolume`), so
        each polymer layer's salt is conserved to rounding."""
        return {
            layer.domain: ConservativeFiniteVolume() for layer in self.polymer_layers
        }

    @property
    def options(self):
        """The cell's :class:`~assb_models.options.SymmetricCellOptions`."""
        return self._options

    @options.setter
    def options(self, extra_options):
        self._options = SymmetricCellOptions(extra_options)

    def build_model(self):
        """Build the submodels, then the Li balance over every phase they report."""
        super().build_model()
        self.variables.update(total_lithium_variables(self.variables))

    @property
    def default_parameter_values(self):
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
