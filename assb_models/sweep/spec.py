"""A sweep spec: parameter set, model, designs, protocol and metrics (TOML or YAML).

Example (TOML)::

    parameter_set = "Kim2024"
    model = "SolidStateDFN"            # a name in assb_models.sweep.MODELS
    batch_size = 4                     # designs per task and per results file

    [model_options]                    # options of the model
    "SE oxidation on carbon" = "self-limiting Tafel"

    [recipe]                           # fixed keyword arguments of the set
    pristine = true

    [parameters]                       # fixed parameter values (PyBaMM names)
    "Separator thickness [m]" = 1e-4

    [design.grid]                      # every combination ...
    am_wt_percent = [70, 80, 92]
    carbon_wt_percent = [0, 1.5, 3]
    carbon_morphology = ["spherical", "fibre"]

    [design.presets.carbon_morphology.fibre]   # a named value sets several keys
    carbon_se_contact_fraction = 0.3

    [[protocol.cycles]]                # pybamm.Experiment steps, per cycle
    label = "formation"
    steps = ["Charge at 0.1C until 3.7 V", "Discharge at 0.1C until 1.9 V"]

    [metrics]
    names = ["discharge capacity", "energy density"]

Instead of ``[design.grid]``, ``[[design.table]]`` rows (or ``design.table_file``, a
CSV path relative to the spec) list the designs one by one. A design variable whose
name is a Python identifier (``am_wt_percent``) is a keyword of the set's
``get_parameter_values`` (a recipe key); ``"option:NAME"`` is the model option NAME;
any other name (``"Separator thickness [m]"``) is a parameter value set after the
recipe. ``[stack]`` replaces the values of
:data:`assb_models.sweep.stack.STACK_DEFAULTS`.
"""

import copy
import hashlib
import itertools
import json
import pathlib

import pandas as pd

from .errors import SpecError, fail
from .metrics import check_metrics
from .models import MODELS

__all__ = ["OPTION_PREFIX", "SpecError", "SweepSpec", "load_spec", "read_spec_file"]

try:  # Python >= 3.11
    import tomllib
except ImportError:  # pragma: no cover - Python 3.10
    try:
        import tomli as tomllib
    except ImportError:
        tomllib = None

#: top-level keys of a spec, and their defaults
DEFAULTS = {
    "parameter_set": None,
    "model": "SolidStateDFN",
    "model_options": {},
    "recipe": {},
    "parameters": {},
    "design": None,
    "protocol": None,
    "metrics": {},
    "stack": {},
    "batch_size": 4,
}

_DESIGN_KEYS = ("grid", "table", "table_file", "presets")
#: a design variable named "option:NAME" sets the model option NAME
OPTION_PREFIX = "option:"
_CYCLE_KEYS = ("label", "steps", "repeat")


def read_spec_file(path):
    """The spec in a TOML (``.toml``) or YAML (``.yaml``/``.yml``) file, as a dict."""
    path = pathlib.Path(path)
    if not path.is_file():
        fail(f"file {str(path)!r} not found")
    suffix = path.suffix.lower()
    if suffix == ".toml":
        if tomllib is None:  # pragma: no cover - Python 3.10 without tomli
            raise ImportError("TOML specs on Python 3.10 need 'pip install tomli'")
        with open(path, "rb") as f:
            data = tomllib.load(f)
    elif suffix in (".yaml", ".yml"):
        try:
            import yaml
        except ImportError:  # pragma: no cover - PyYAML comes with PyBaMM
            raise ImportError("YAML specs need 'pip install pyyaml'") from None
        data = yaml.safe_load(path.read_text())
    else:
        fail(f"file {str(path)!r}: the suffix must be .toml, .yaml or .yml")
    design = data.get("design") or {}
    if isinstance(design, dict) and "table_file" in design:
        table = pathlib.Path(design.pop("table_file"))
        table = table if table.is_absolute() else path.parent / table
        design["table"] = pd.read_csv(table).to_dict("records")
    return data


def _check_cycle(i, cycle):
    if not isinstance(cycle, dict) or not cycle.get("steps"):
        fail(f"protocol.cycles[{i}] needs 'steps', a list of pybamm.Experiment steps")
    unknown = sorted(set(cycle) - set(_CYCLE_KEYS))
    if unknown:
        fail(
            f"protocol.cycles[{i}] has unknown key(s) {unknown}; allowed {_CYCLE_KEYS}"
        )
    repeat = cycle.get("repeat", 1)
    if isinstance(repeat, bool) or not isinstance(repeat, int) or repeat < 1:
        fail(
            f"protocol.cycles[{i}].repeat = {repeat!r} is outside the allowed range "
            "[1, inf) (integers)"
        )


class SweepSpec:
    """A validated sweep spec.

    Parameters
    ----------
    data : dict
        The spec as read from TOML/YAML (see the module docstring).
    """

    def __init__(self, data):
        data = copy.deepcopy(dict(data))
        unknown = sorted(set(data) - set(DEFAULTS))
        if unknown:
            fail(f"unknown key(s) {unknown}; allowed keys are {sorted(DEFAULTS)}")
        for key, default in DEFAULTS.items():
            data.setdefault(key, copy.deepcopy(default))
        if not isinstance(data["parameter_set"], str):
            fail("'parameter_set' (the name of a set, e.g. 'Kim2024') is required")
        if data["model"] not in MODELS:
            fail(f"'model' = {data['model']!r} is not one of {sorted(MODELS)}")
        batch = data["batch_size"]
        if isinstance(batch, bool) or not isinstance(batch, int) or batch < 1:
            fail(f"'batch_size' = {batch!r} is outside the allowed range [1, inf)")
        self._check_design(data["design"])
        protocol = data["protocol"]
        if not isinstance(protocol, dict) or not protocol.get("cycles"):
            fail("'protocol' needs 'cycles', a list of {label, steps, repeat}")
        for i, cycle in enumerate(protocol["cycles"]):
            _check_cycle(i, cycle)
        self.data = data
        check_metrics(self)

    @staticmethod
    def _check_design(design):
        if not isinstance(design, dict):
            fail("'design' needs 'grid' (variable = [values]) or 'table' (rows)")
        unknown = sorted(set(design) - set(_DESIGN_KEYS))
        if unknown:
            fail(f"design has unknown key(s) {unknown}; allowed {_DESIGN_KEYS}")
        if ("grid" in design) == ("table" in design):
            fail("design needs exactly one of 'grid' and 'table'")
        if "grid" in design:
            for name, values in design["grid"].items():
                if not isinstance(values, list) or not values:
                    fail(f"design.grid.{name} must be a non-empty list of values")
        elif not isinstance(design["table"], list) or not design["table"]:
            fail("design.table must be a non-empty list of rows")
        for variable, presets in design.get("presets", {}).items():
            for label, keys in presets.items():
                if not isinstance(keys, dict):
                    fail(
                        f"design.presets.{variable}.{label} must be a table of "
                        "recipe keys or parameter values"
                    )

    # ------------------------------------------------------------------ access
    def __getattr__(self, name):
        if name in DEFAULTS:
            return self.__dict__["data"][name]
        raise AttributeError(name)

    @property
    def fingerprint(self):
        """Hash of everything but the design list and batching: designs of two specs
        with the same fingerprint are the same computation."""
        keep = {k: v for k, v in self.data.items() if k not in ("design", "batch_size")}
        keep["presets"] = self.data["design"].get("presets", {})
        return _hash(keep)

    def cycles(self):
        """The protocol as (labels, experiment cycles): one label and one tuple of
        steps per cycle, repeats expanded."""
        labels, cycles = [], []
        for i, block in enumerate(self.protocol["cycles"], start=1):
            label = block.get("label", f"block {i}")
            for k in range(block.get("repeat", 1)):
                labels.append(label if k == 0 else f"{label} #{k + 1}")
                cycles.append(tuple(block["steps"]))
        return labels, cycles

    def blocks(self):
        """(label, 0-based index of its first cycle) of each protocol block."""
        starts, index = [], 0
        for i, block in enumerate(self.protocol["cycles"], start=1):
            starts.append((block.get("label", f"block {i}"), index))
            index += block.get("repeat", 1)
        return starts

    def experiment(self):
        """The protocol as a :class:`pybamm.Experiment`."""
        import pybamm

        return pybamm.Experiment(self.cycles()[1])

    # ------------------------------------------------------------------ designs
    def designs(self):
        """Every design as a dict of its inputs, in spec order; named preset values
        are expanded (the label is kept under the variable's name)."""
        design = self.data["design"]
        if "grid" in design:
            names = list(design["grid"])
            rows = [
                dict(zip(names, values, strict=False))
                for values in itertools.product(*design["grid"].values())
            ]
        else:
            rows = [dict(row) for row in design["table"]]
        presets = design.get("presets", {})
        for row in rows:
            for variable, choices in presets.items():
                if variable not in row:
                    continue
                label = row[variable]
                if label not in choices:
                    fail(
                        f"design variable {variable!r} = {label!r} is not one of "
                        f"its presets {sorted(choices)}"
                    )
                row.update(choices[label])
        return rows

    def design_id(self, design):
        """A stable identifier of a design under this spec (hex string)."""
        return _hash({"spec": self.fingerprint, "design": design})[:20]

    def split(self, design):
        """A design's (recipe keys, parameter values, model options), fixed spec
        values included.

        Preset labels (the variable names of ``design.presets``) are not passed on.
        A design's ``anode`` recipe key also sets the model option "anode" (unless
        the design sets ``"option:anode"``), as does a fixed one when
        ``model_options`` has none; "calculate discharge energy" is on when the
        energy density is asked for (the discharge energy is then a state).
        """
        presets = self.data["design"].get("presets", {})
        recipe = dict(self.recipe)
        parameters = dict(self.parameters)
        options = dict(self.model_options)
        for name, value in design.items():
            if name in presets:
                continue
            if name.startswith(OPTION_PREFIX):
                options[name[len(OPTION_PREFIX) :]] = value
            elif name.isidentifier():
                recipe[name] = value
            else:
                parameters[name] = value
        if (
            "anode" in recipe
            and OPTION_PREFIX + "anode" not in design
            and ("anode" in design or "anode" not in self.model_options)
        ):
            options["anode"] = recipe["anode"]
        if "energy density" in self.metrics.get("names", ["energy density"]):
            options["calculate discharge energy"] = "true"
        return recipe, parameters, options


def _hash(data):
    text = json.dumps(data, sort_keys=True, default=str)
    return hashlib.sha1(text.encode()).hexdigest()


def load_spec(spec):
    """A :class:`SweepSpec` from a path (TOML/YAML), a dict or a SweepSpec."""
    if isinstance(spec, SweepSpec):
        return spec
    if isinstance(spec, dict):
        return SweepSpec(spec)
    return SweepSpec(read_spec_file(spec))
