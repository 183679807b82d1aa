"""Metrics of one solved design, as named columns.

The spec's ``[metrics]`` table has ``names`` (default: all of :data:`METRICS`) and:

- ``retention_reference``: the cycle (label or 1-based number, default 1) that
  retention is measured against;
- ``energy_cycle``: the cycle (label or number, default 1) whose discharge energy
  gives the energy densities.

Capacities are the discharge (and charge) capacities of each cycle per gram of active
material, from :func:`assb_models.simulation.analysis.cycle_capacities` on
"Specific capacity [mA.h.g-1]":

- "discharge capacity": ``Q_dis`` of the first cycle of each protocol block, one
  column per block label (a block per C-rate gives the rate capability);
- "first-cycle irreversible capacity": ``Q_ch,1 - Q_dis,1`` and ``CE_1`` (NaN if
  the first cycle has no charge);
- "retention": ``100 Q_dis,last / Q_dis,ref`` after ``N = n_last - n_ref`` cycles;
- "energy density": the discharge energy ``E`` of ``energy_cycle`` (cycle
  bookkeeping on "Discharge energy [W.h]") over the stack mass and volume
  (:mod:`assb_models.sweep.stack`); needs a set with ``get_recipe``.

A cycle the protocol did not reach gives NaN.
"""

import math

from assb_models.parameters import registry
from assb_models.simulation.analysis import cycle_capacities

from .errors import SpecError
from .stack import STACK_DEFAULTS, cell_stack

METRICS = (
    "discharge capacity",
    "first-cycle irreversible capacity",
    "retention",
    "energy density",
)
_OPTIONS = ("names", "retention_reference", "energy_cycle")
_CAPACITY = "Specific capacity [mA.h.g-1]"
_ENERGY = "Discharge energy [W.h]"


def _names(spec):
    return spec.metrics.get("names", list(METRICS))


def _cycle_index(spec, key, default=1):
    """0-based index of a cycle given by label or 1-based number."""
    labels = spec.cycles()[0]
    value = spec.metrics.get(key, default)
    if isinstance(value, str):
        if value not in labels:
            raise SpecError(
                f"sweep spec: metrics.{key} = {value!r} is not a cycle label; labels "
                f"are {labels}"
            )
        return labels.index(value)
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (1 <= value <= len(labels))
    ):
        raise SpecError(
            f"sweep spec: metrics.{key} = {value!r} is outside the allowed range "
            f"[1, {len(labels)}] (cycle numbers) or a cycle label"
        )
    return value - 1


def check_metrics(spec):
    """Raise :class:`~assb_models.sweep.errors.SpecError` for unknown metrics or
    options, or stack values."""
    unknown = sorted(set(spec.metrics) - set(_OPTIONS))
    if unknown:
        raise SpecError(
            f"sweep spec: metrics has unknown key(s) {unknown}; allowed {_OPTIONS}"
        )
    for name in _names(spec):
        if name not in METRICS:
            raise SpecError(
                f"sweep spec: metric {name!r} is not one of {list(METRICS)}"
            )
    unknown = sorted(set(spec.stack) - set(STACK_DEFAULTS))
    if unknown:
        raise SpecError(
            f"sweep spec: [stack] has unknown name(s) {unknown}; allowed names are "
            f"{sorted(STACK_DEFAULTS)}"
        )
    _cycle_index(spec, "retention_reference")
    _cycle_index(spec, "energy_cycle")
    if (
        "energy density" in _names(spec)
        and registry.get(spec.parameter_set).get_recipe is None
    ):
        raise SpecError(
            f"sweep spec: metric 'energy density' needs the cathode recipe, but "
            f"parameter set {spec.parameter_set!r} has no get_recipe"
        )


def _at(values, index):
    return float(values[index]) if index < len(values) else math.nan


def _ratio(a, b):
    """100 a / b [%], NaN where b is 0 or NaN."""
    return 100 * a / b if b and not math.isnan(b) else math.nan


def _energy_density(spec, energy_wh, parameter_values, recipe_keys, options):
    """Discharge energy, stack energy densities, areal mass and thickness."""
    columns = (
        "discharge energy [W.h]",
        "energy density [W.h.kg-1]",
        "energy density [W.h.L-1]",
        "stack areal mass [kg.m-2]",
        "stack thickness [m]",
    )
    if parameter_values is None:
        return dict.fromkeys(columns, math.nan)
    recipe = registry.get(spec.parameter_set).get_recipe(**recipe_keys)
    stack = cell_stack(
        recipe, parameter_values, options.get("anode", "Li-In"), spec.stack
    )
    area = (
        parameter_values["Electrode height [m]"]
        * parameter_values["Electrode width [m]"]
    )
    values = (
        energy_wh,
        stack.gravimetric_energy_density(energy_wh, area),
        stack.volumetric_energy_density(energy_wh, area),
        stack.areal_mass_kg_m2,
        stack.thickness_m,
    )
    return dict(zip(columns, values, strict=False))


def compute_metrics(spec, solution, parameter_values, recipe_keys, options):
    """{column: value} of the spec's metrics for one solution (NaN without one);
    ``options`` are the design's model options (its "anode" sets the stack's)."""
    labels, _ = spec.cycles()
    names = _names(spec)
    if solution is None:
        q_ch = q_dis = energy = []
    else:
        capacities = cycle_capacities(solution, _CAPACITY)
        q_ch, q_dis = capacities["charge"], capacities["discharge"]
        energy = cycle_capacities(solution, _ENERGY)["discharge"]
    row = {}
    if "discharge capacity" in names:
        for label, i in spec.blocks():
            row[f"discharge capacity {label} [mA.h.g-1]"] = _at(q_dis, i)
    if "first-cycle irreversible capacity" in names:
        charged = _at(q_ch, 0) if _at(q_ch, 0) > 0 else math.nan  # no charge: NaN
        row["first-cycle irreversible capacity [mA.h.g-1]"] = charged - _at(q_dis, 0)
        row["first-cycle Coulombic efficiency [%]"] = _ratio(
            _at(q_dis, 0), _at(q_ch, 0)
        )
    if "retention" in names:
        ref = _cycle_index(spec, "retention_reference")
        last = len(labels) - 1
        row[f"retention after {last - ref} cycles [%]"] = _ratio(
            _at(q_dis, last), _at(q_dis, ref)
        )
    if "energy density" in names:
        e = _at(energy, _cycle_index(spec, "energy_cycle"))
        row.update(_energy_density(spec, e, parameter_values, recipe_keys, options))
    return row
