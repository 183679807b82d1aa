"""Checks of an experiment against the cell, before anything is solved.

:func:`check_experiment` reads the steps alone (finite values and durations, the
verb's sign, voltages inside the set's cut-off window, temperatures);
:func:`check_first_step` compares the first step that passes current with the
initial state (a cut-off already passed at rest, nothing left to discharge or
charge); :func:`check_initial_soc` the ``initial_soc`` of a solve. All raise
:class:`~assb_models.validation.InvalidInputError` naming the step, the value and
the allowed range.
"""

import math

import pybamm

from assb_models.parameters.assb_parameters import AssbParameters
from assb_models.parameters.parameter_values import allowed_range
from assb_models.validation import InvalidInputError, is_real, require_in_range


def anode_ocp(parameter_values, inputs=None):
    """The anode's rest potential vs Li [V] (0 when the set has none: Li metal)."""
    if "Negative electrode OCP [V]" not in parameter_values:
        return 0.0
    return float(parameter_values.evaluate(AssbParameters().n.U_ocp, inputs=inputs))


def scalar_value(parameter_values, name):
    """The value of ``name`` as a float, or None if it is absent or not a number."""
    value = parameter_values.get(name) if name in parameter_values else None
    return float(value) if is_real(value) else None


def _step_text(step):
    return step.description if isinstance(step.description, str) else str(step)


#: a step's voltage may pass the set's cut-off by this much [V] (rounding)
VOLTAGE_SLACK = 1e-6
#: largest C-rate of a step (current and power steps through the set's nominal
#: capacity and upper cut-off voltage): solid-state cells run at most ~10 C, and
#: past 100 C the models (and any cell) are far outside their validity
MAX_C_RATE = 100.0
#: longest step [h]: 10 years
MAX_STEP_HOURS = 87600.0


def _c_rate(step, parameter_values):
    """The step's C-rate (current and power via the set's nominal capacity and
    upper cut-off voltage), or None when it has no constant value or the set no
    capacity."""
    if not is_real(step.value):
        return None
    if isinstance(step, pybamm.step.CRate):
        return abs(step.value), "C-rate"
    capacity = scalar_value(parameter_values, "Nominal cell capacity [A.h]")
    if not capacity:
        return None
    if isinstance(step, pybamm.step.Current):
        return abs(step.value) / capacity, "current [A]"
    voltage = scalar_value(parameter_values, "Upper voltage cut-off [V]")
    if isinstance(step, pybamm.step.Power) and voltage:
        return abs(step.value) / (capacity * voltage), "power [W]"
    return None


def _check_step_size(where, step, parameter_values):
    """Raise for a step whose current, power or duration no cell can run."""
    found = _c_rate(step, parameter_values)
    if found is not None and found[0] > MAX_C_RATE:
        rate, what = found
        capacity = scalar_value(parameter_values, "Nominal cell capacity [A.h]")
        basis = (
            ""
            if what == "C-rate"
            else f" (the set's 'Nominal cell capacity [A.h]' = {capacity:g})"
        )
        raise InvalidInputError(
            f"{where}: {what} = {abs(step.value)!r} is {rate:.3g} C{basis}, outside "
            f"the allowed range (0, {MAX_C_RATE:g}] C: solid-state cells run at "
            "most about 10 C"
        )
    if is_real(step.duration) and step.duration > MAX_STEP_HOURS * 3600:
        raise InvalidInputError(
            f"{where}: duration = {step.duration / 3600:.3g} h is outside the allowed "
            f"range (0, {MAX_STEP_HOURS:g}] h (10 years)"
        )


def check_experiment(experiment, parameter_values):
    """Raise :class:`InvalidInputError` for steps the cell cannot do.

    Checked: values, durations and end conditions that are not finite numbers (or a
    duration <= 0); currents above :data:`MAX_C_RATE` (C-rates, amperes and watts
    through the set's nominal capacity and upper cut-off) and steps longer than
    :data:`MAX_STEP_HOURS`; a "Charge"/"Discharge" with a negative value (the verb
    gives the sign);
    voltage holds and voltage cut-offs outside the set's [Lower voltage cut-off,
    Upper voltage cut-off] (the model would stop at the set's cut-off first, or never
    reach the step's); step temperatures outside the allowed range.
    """
    low = scalar_value(parameter_values, "Lower voltage cut-off [V]")
    high = scalar_value(parameter_values, "Upper voltage cut-off [V]")
    for number, step in enumerate(experiment.steps, start=1):
        text = _step_text(step)
        where = f"experiment step {number} {text!r}"
        verb = text.split(" ", 1)[0].lower() if text else ""
        if verb in ("charge", "discharge") and step.direction not in (None, verb):
            raise InvalidInputError(
                f"{where}: the value is negative, outside the allowed range (0, inf); "
                f"the verb ({text.split(' ', 1)[0]}) gives the direction"
            )
        for what, value in (("value", step.value), ("duration [s]", step.duration)):
            if is_real(value) and not math.isfinite(value):
                raise InvalidInputError(f"{where}: {what} = {value!r} is not finite")
        if is_real(step.duration) and step.duration <= 0:
            raise InvalidInputError(
                f"{where}: duration [s] = {step.duration!r} is outside the allowed "
                "range (0, inf)"
            )
        _check_step_size(where, step, parameter_values)
        if step.temperature is not None:
            require_in_range(
                f"{where}: temperature [K]",
                step.temperature,
                *allowed_range("temperature [K]")[1:],
            )
        for termination in step.termination:
            if is_real(termination.value) and not math.isfinite(termination.value):
                raise InvalidInputError(
                    f"{where}: end condition {termination.value!r} is not finite"
                )
        voltages = [
            t.value
            for t in step.termination
            if isinstance(t, pybamm.step.VoltageTermination)
        ]
        if isinstance(step, pybamm.step.Voltage) and is_real(step.value):
            voltages.append(step.value)
        for value in voltages:
            if low is not None and high is not None:
                # 1 uV of slack: a cut-off written as 4.3 - 0.62 V is 3.68 V
                require_in_range(
                    f"{where}: voltage [V]",
                    value,
                    low - VOLTAGE_SLACK,
                    high + VOLTAGE_SLACK,
                    (True, True),
                    "the set's 'Lower voltage cut-off [V]' to 'Upper voltage cut-off "
                    "[V]'",
                )


#: a cathode within this stoichiometry of full lithiation (delithiation) has
#: nothing left to discharge (charge): its surface saturates at once
_STOICHIOMETRY_MARGIN = 0.02


def check_first_step(simulation, inputs=None):
    """Raise :class:`InvalidInputError` if the first step that passes current cannot
    run from the initial state (see :meth:`Simulation.solve`)."""
    pv = simulation._parameter_values
    c_0 = scalar_value(pv, "Initial concentration in positive electrode [mol.m-3]")
    c_max = scalar_value(pv, "Maximum concentration in positive electrode [mol.m-3]")
    if c_0 is None or c_max is None:
        return
    if getattr(simulation, "experiment", None) is None:
        current = scalar_value(pv, "Current function [A]")
        if not current:
            return
        direction = "discharge" if current > 0 else "charge"
        name = "Lower" if current > 0 else "Upper"
        what = f"'Current function [A]' = {current:g} A"
        ends = [scalar_value(pv, f"{name} voltage cut-off [V]")]
    else:
        steps = [
            s
            for s in simulation.experiment.steps
            if s.direction in ("charge", "discharge")
        ]
        if not steps or isinstance(steps[0], pybamm.step.Voltage):
            return
        direction, what = steps[0].direction, f"step {_step_text(steps[0])!r}"
        ends = [
            t.value
            for t in steps[0].termination
            if isinstance(t, pybamm.step.VoltageTermination)
        ]
    x_0 = c_0 / c_max
    state = (
        f"'Initial concentration in positive electrode [mol.m-3]' is {x_0:.3g} of "
        "the maximum"
    )
    if direction == "discharge" and x_0 >= 1 - _STOICHIOMETRY_MARGIN:
        raise InvalidInputError(
            f"{what} discharges the cell, but {state} (a pristine, fully lithiated "
            "cathode): there is nothing to discharge. Charge first (a negative "
            "current, or an Experiment starting with 'Charge at ... until ... V'), "
            "or solve(initial_soc=...)"
        )
    if direction == "charge" and x_0 <= _STOICHIOMETRY_MARGIN:
        raise InvalidInputError(
            f"{what} charges the cell, but {state} (fully delithiated): there is "
            "nothing to charge. Discharge first or solve(initial_soc=...)"
        )
    v_0 = _rest_voltage(simulation, x_0, inputs)
    for end in ends:
        if v_0 is None or end is None:
            continue
        if (direction == "discharge" and end >= v_0) or (
            direction == "charge" and end <= v_0
        ):
            relation = "above" if direction == "discharge" else "below"
            raise InvalidInputError(
                f"{what} would end at once: its cut-off {end:g} V is at or {relation} "
                f"the cell's rested voltage {v_0:.4g} V at the start ({state}). "
                "Choose a cut-off past the starting voltage, or another initial_soc"
            )


def _rest_voltage(simulation, x_0, inputs=None):
    """Rested cell voltage U_p(x_0) - U_n [V] (None if it cannot be evaluated)."""
    param = simulation._model.param
    pv = simulation._parameter_values
    try:
        u_p = pv.evaluate(
            param.p.prim.U(pybamm.Scalar(x_0), param.T_init), inputs=inputs
        )
        return float(u_p) - anode_ocp(pv, inputs)
    except (KeyError, ValueError, TypeError, pybamm.ModelError):
        return None


def check_initial_soc(initial_soc, parameter_values):
    """Raise :class:`InvalidInputError` unless ``initial_soc`` is a state of charge in
    [0, 1] or a voltage string ("3.5 V") inside the set's cut-off window (PyBaMM
    only warns). Returns the voltage [V] of a voltage string, else None."""
    if is_real(initial_soc):
        require_in_range("initial_soc", initial_soc, 0, 1)
        return None
    text = initial_soc.strip() if isinstance(initial_soc, str) else ""
    try:
        voltage = float(text[:-1]) if text.endswith("V") else None
    except ValueError:
        voltage = None
    if voltage is None:
        raise InvalidInputError(
            f"'initial_soc' = {initial_soc!r} must be a state of charge in [0, 1] or a "
            "voltage such as '3.5 V'"
        )
    low = scalar_value(parameter_values, "Lower voltage cut-off [V]")
    high = scalar_value(parameter_values, "Upper voltage cut-off [V]")
    if low is not None and high is not None:
        require_in_range(
            "initial_soc voltage [V]",
            voltage,
            low,
            high,
            (True, True),
            "the set's 'Lower voltage cut-off [V]' to 'Upper voltage cut-off [V]'",
        )
    else:
        require_in_range("initial_soc voltage [V]", voltage)
    return voltage
