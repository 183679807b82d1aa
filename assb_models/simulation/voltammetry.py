"""Cyclic voltammetry: linear voltage sweeps between two limits, for any model.

The cell voltage follows a triangle wave at a constant scan rate ``v`` [V.s-1],

.. math::
    V(t):\\; V_{start} \\to V_{upper} \\to V_{lower} \\to V_{start}
    \\quad (\\text{one cycle}), \\qquad |dV/dt| = v,

imposed as a PyBaMM voltage-controlled drive-cycle step, so the current is what the
model draws. A purely capacitive electrode answers with the rectangle
:math:`I = -C\\,dV/dt` (PyBaMM's sign: charging current negative); a side reaction
adds a peak whose charge is the side-reaction capacity of that sweep. Over a whole
cycle the double layers return to their starting charge, so
:math:`\\oint I\\,dt` is the irreversible (faradaic) charge of the cycle.
"""

import numpy as np
import pybamm

from assb_models.validation import InvalidInputError


def _waveform(start, lower, upper, scan_rate, cycles, points_per_sweep):
    """Times [s] and voltages [V] of the triangle wave's vertices, densely sampled."""
    vertices = [start] + [upper, lower] * cycles + [start]
    t, v = [0.0], [start]
    for a, b in zip(vertices[:-1], vertices[1:], strict=False):
        if a == b:
            continue
        n = max(2, int(points_per_sweep * abs(b - a) / (upper - lower)))
        seg_v = np.linspace(a, b, n + 1)[1:]
        seg_t = t[-1] + np.abs(seg_v - a) / scan_rate
        t.extend(seg_t)
        v.extend(seg_v)
    return np.array(t), np.array(v)


def open_circuit_voltage(model, parameter_values, voltage="Voltage [V]"):
    """The model's voltage [V] at rest in its initial state (a 1 s rest)."""
    sim = pybamm.Simulation(
        model.new_copy() if model.is_discretised else model,
        parameter_values=parameter_values,
        experiment=pybamm.Experiment(["Rest for 1 second"]),
    )
    return float(sim.solve()[voltage].entries[0])


def cyclic_voltammetry(
    model,
    parameter_values,
    lower,
    upper,
    scan_rate,
    cycles=1,
    start=None,
    points_per_sweep=200,
    solver=None,
):
    """Sweep the cell voltage between ``lower`` and ``upper`` at ``scan_rate``.

    Parameters
    ----------
    model : pybamm.BaseModel
        Any model with a "Voltage [V]" (e.g. :class:`~assb_models.SolidStateDFN`;
        use ``{"surface form": "differential"}`` for double-layer currents).
    parameter_values : pybamm.ParameterValues
    lower, upper : float
        Vertex voltages [V] of the cell voltage ("Voltage [V]": vs the anode).
    scan_rate : float
        [V.s-1], e.g. 1e-4 (0.1 mV/s).
    cycles : int, optional
        Number of upper-lower cycles (default 1).
    start : float, optional
        Start (and end) voltage [V]; default the model's open-circuit voltage in
        its initial state, so the sweep starts without a jump.
    points_per_sweep : int, optional
        Voltage samples over a full ``lower``-``upper`` sweep (default 200).
    solver : pybamm.BaseSolver, optional

    Returns
    -------
    pybamm.Solution
        With "Voltage [V]", "Current [A]", "Time [s]" and every model variable.

    Raises
    ------
    assb_models.InvalidInputError
        If the limits are not ``lower < upper``, ``start`` lies outside them, or the
        scan rate or number of cycles is not positive.
    """
    for name, value in (("lower", lower), ("upper", upper), ("scan_rate", scan_rate)):
        if not np.isfinite(value):
            raise InvalidInputError(
                f"cyclic_voltammetry: {name} = {value!r} must be finite"
            )
    if not lower < upper:
        raise InvalidInputError(
            f"cyclic_voltammetry: lower = {lower} V must be below upper = {upper} V"
        )
    if scan_rate <= 0:
        raise InvalidInputError(
            f"cyclic_voltammetry: scan_rate = {scan_rate} V/s must be > 0"
        )
    if int(cycles) != cycles or cycles < 1:
        raise InvalidInputError(
            f"cyclic_voltammetry: cycles = {cycles!r} must be a whole number >= 1"
        )
    if start is None:
        start = open_circuit_voltage(model, parameter_values)
    if not lower <= start <= upper:
        raise InvalidInputError(
            f"cyclic_voltammetry: start = {start:.4g} V lies outside the limits "
            f"[{lower}, {upper}] V; give start= or widen the limits"
        )
    t, v = _waveform(start, lower, upper, scan_rate, int(cycles), points_per_sweep)
    step = pybamm.step.voltage(np.column_stack([t, v]))
    sim = pybamm.Simulation(
        model,
        parameter_values=parameter_values,
        experiment=pybamm.Experiment([step]),
        solver=solver,
    )
    return sim.solve()
