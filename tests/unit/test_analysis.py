"""Per-cycle and per-step capacity helpers on a small solution-like object (no
solving)."""

import numpy as np
import pybamm
import pytest

from assb_models import InvalidInputError
from assb_models.simulation.analysis import (
    cycle_capacities,
    discharge_capacity_per_cycle,
    step_voltage_capacity,
)


class _Variable:
    def __init__(self, entries):
        self.entries = np.asarray(entries, dtype=float)


class _Step:
    def __init__(self, q, v):
        self.data = {"Discharge capacity [A.h]": q, "Voltage [V]": v}

    def __getitem__(self, name):
        return _Variable(self.data[name])


class _Cycle:
    def __init__(self, steps):
        self.steps = steps


class _Solution:
    def __init__(self, cycles):
        self.cycles = cycles


def _solution():
    """Cycle 1: discharge 0 -> 2 A.h, charge 2 -> 0.5; cycle 2 not kept; cycle 3:
    a skipped step, discharge 0.5 -> 2.3, charge 2.3 -> 1."""
    return _Solution(
        [
            _Cycle(
                [
                    _Step([0, 1, 2], [3.6, 3.4, 3.0]),
                    _Step([2, 1, 0.5], [3.2, 3.5, 3.7]),
                ]
            ),
            None,
            _Cycle(
                [
                    pybamm.EmptySolution(),
                    _Step([0.5, 1.5, 2.3], [3.6, 3.3, 3.0]),
                    _Step([2.3, 1.0], [3.3, 3.7]),
                ]
            ),
        ]
    )


def test_discharge_capacity_per_cycle():
    cycles, capacity = discharge_capacity_per_cycle(_solution())
    np.testing.assert_array_equal(cycles, [1, 3])
    np.testing.assert_allclose(capacity, [2.0, 1.8], rtol=1e-12)
    table = cycle_capacities(_solution(), "Discharge capacity [A.h]")
    np.testing.assert_allclose(table["CE [%]"], [100 * 2 / 1.5, 100 * 1.8 / 1.3])


def test_step_voltage_capacity_starts_at_zero():
    q, v = step_voltage_capacity(_solution(), cycle=1, step=2)
    np.testing.assert_allclose(q, [0, 1, 1.5])
    np.testing.assert_allclose(v, [3.2, 3.5, 3.7])
    q, _ = step_voltage_capacity(_solution(), cycle=3, step=2)
    np.testing.assert_allclose(q, [0, 1.0, 1.8])


@pytest.mark.parametrize(
    "cycle, step, words",
    [
        (
            2,
            1,
            "cycle = 2 is not a saved cycle of the solution; saved cycles are [1, 3]",
        ),
        (4, 1, "cycle = 4 is not a saved cycle"),
        (1, 3, "step = 3 is outside the allowed range [1, 2]"),
        (3, 1, "step 1 of cycle 3 did not run"),
    ],
)
def test_step_voltage_capacity_names_a_step_that_is_not_there(cycle, step, words):
    with pytest.raises(InvalidInputError) as err:
        step_voltage_capacity(_solution(), cycle, step)
    assert words in str(err.value)
