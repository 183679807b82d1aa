"""``assb simulate``: one simulation of a published cell under an experiment.

Usage: ``assb simulate --set NAME --experiment STEP [STEP ...] --out DIR``.

The cell is the one the set describes (its model options, see
:mod:`assb_models.parameters.published_cells`), with ``--recipe`` arguments of the set
and ``--option`` model options on top. Steps are PyBaMM's experiment strings; currents
may be given per area ("Discharge at 0.5 mA/cm2 until 2.5 V"). ``--initial-soc``
starts from a state of charge (0 to 1) or a voltage ("3.5 V"); without it the cell
starts as the set describes it (Kim2024: charged, ``--recipe pristine=true`` for
pristine NCM). Set names may be given in any letter case. Writes
``DIR/solution.csv`` (time, current, voltage, capacity and, where the model has
them, voltage vs Li-In, specific capacity and total lithium) and ``DIR/voltage.png``
(voltage against capacity and against time), and prints a line as each step ends.
"""

import difflib
import pathlib
import time

import pandas as pd
import pybamm

from assb_models.options import ASSB_OPTIONS
from assb_models.parameters import registry
from assb_models.parameters.published_cells import (
    parameter_values,
    published_model,
    recipe_keys,
)
from assb_models.plotting import finish, new_figure
from assb_models.simulation.protocol import areal_experiment
from assb_models.simulation.simulation import Simulation
from assb_models.validation import InvalidInputError

from .common import add_key_value_argument, number_or_text, suggest

OUTPUTS = ("solution.csv", "voltage.png")
#: columns of solution.csv, where the model has them
COLUMNS = (
    "Time [s]",
    "Current [A]",
    "Voltage [V]",
    "Voltage vs Li-In [V]",
    "Discharge capacity [A.h]",
    "Specific capacity [mA.h.g-1]",
    "Total lithium [mol]",
)
#: first words of PyBaMM's experiment steps
STEP_WORDS = ("Discharge", "Charge", "Rest", "Hold")


def add_parser(sub):
    """The ``simulate`` subcommand's arguments."""
    p = sub.add_parser(
        "simulate",
        help="simulate a published cell under an experiment",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument(
        "--set", required=True, help="parameter set, e.g. Kim2024 (any letter case)"
    )
    add_key_value_argument(p, "--recipe", "recipe argument of the set (repeat)")
    add_key_value_argument(p, "--option", "model option on top of the set's (repeat)")
    p.add_argument(
        "--model",
        default="SolidStateDFN",
        help="full-cell model: SolidStateDFN (default) or SolidStateSPMe",
    )
    p.add_argument(
        "--experiment",
        action="append",
        required=True,
        metavar="STEP",
        help='experiment step, e.g. "Discharge at C/2 until 1.9 V" (repeat)',
    )
    p.add_argument(
        "--initial-soc",
        type=number_or_text,
        metavar="X",
        help='initial state of charge, 0 to 1, or a voltage such as "3.5 V" '
        "(default: the set's initial state)",
    )
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace solution.csv and voltage.png already in --out",
    )
    p.set_defaults(run=run)


class StepProgress(pybamm.callbacks.Callback):
    """Prints one line as each experiment step ends (a long run shows progress)."""

    def on_experiment_start(self, logs):
        self.start = time.perf_counter()

    def on_step_end(self, logs):
        cycle, cycles = logs["cycle number"]
        step, steps = logs["step number"]
        print(
            f"  cycle {cycle}/{cycles}, step {step}/{steps} done "
            f"({time.perf_counter() - self.start:.1f} s)",
            flush=True,
        )


def _check_out(out, overwrite):
    if out.exists() and not out.is_dir():
        raise InvalidInputError(f"--out {out}: is a file; --out names a folder")
    existing = [str(out / name) for name in OUTPUTS if (out / name).exists()]
    if existing and not overwrite:
        raise InvalidInputError(
            f"--out {out}: {', '.join(existing)} already exist(s); choose another "
            "--out or pass --overwrite"
        )


def check_step_words(steps):
    """Raise :class:`InvalidInputError` in one short line for a step whose first
    word is not one of :data:`STEP_WORDS` (PyBaMM's own message lists examples)."""
    allowed = {word.lower(): word for word in STEP_WORDS}
    for step in steps:
        word = (step.split() or [""])[0]
        if word.lower() not in allowed:
            close = difflib.get_close_matches(word.lower(), allowed, n=1)
            hint = f"; did you mean {allowed[close[0]]!r}?" if close else ""
            raise InvalidInputError(
                f"--experiment {step[:60]!r} cannot be read: {word[:20]!r} is not "
                f"a step word ({', '.join(STEP_WORDS)}){hint}"
            )


def check_option_names(options):
    """Raise :class:`InvalidInputError` for an option name neither PyBaMM nor this
    package knows, naming the nearest valid names."""
    known = {*pybamm.BatteryModelOptions({}).possible_options, *ASSB_OPTIONS}
    for name in options:
        if name not in known:
            raise InvalidInputError(
                f"--option {name!r}: {suggest(name, known, 'model option')} "
                "(assb options lists them)"
            )


def _way_out(error, name, recipe):
    """A first-step error (the cell cannot start this step) in the CLI's words."""
    text = str(error)
    if "initial_soc" not in text:
        return error
    text = text.replace("solve(initial_soc=...)", "--initial-soc X")
    text = text.replace("another initial_soc", "give --initial-soc X (0 to 1)")
    if "pristine" in recipe_keys(name) and "pristine" not in recipe:
        text += "; or start from pristine NCM with --recipe pristine=true"
    return InvalidInputError(text)


def run(args):
    """Simulate, then write the table and the figure; returns the solution."""
    name = args.set = registry.get(args.set).name
    out = pathlib.Path(args.out)
    _check_out(out, args.overwrite)
    recipe = {
        k: (str(v) if k in ("anode", "cell", "interlayer") else v)
        for k, v in args.recipe
    }
    options = dict(args.option)
    check_option_names(options)
    check_step_words(args.experiment)
    values = parameter_values(name, **recipe)
    model = published_model(name, recipe, options, model=args.model)
    experiment = areal_experiment(args.experiment, values)
    print(f"{model.name}, {name} {recipe or ''}: {len(args.experiment)} step(s)")
    sim = Simulation(model, parameter_values=values, experiment=experiment)
    try:
        solution = sim.solve(callbacks=[StepProgress()], initial_soc=args.initial_soc)
    except InvalidInputError as error:
        raise _way_out(error, name, recipe) from error
    if isinstance(solution, pybamm.EmptySolution) or solution is None:
        raise InvalidInputError(
            "no step could run: every step was infeasible at the start"
        )
    names = [c for c in COLUMNS if c in model.variables]
    table = pd.DataFrame({c: solution[c].entries for c in names})
    out.mkdir(parents=True, exist_ok=True)
    table.to_csv(out / OUTPUTS[0], index=False)
    recipe_text = ", ".join(f"{k}={v}" for k, v in recipe.items()) or "default recipe"
    title = f"{args.set} ({recipe_text}): {'; '.join(args.experiment)}"
    _plot(table, out / OUTPUTS[1], title)
    print(f"wrote {out / OUTPUTS[0]} ({len(table)} rows) and {out / OUTPUTS[1]}")
    return solution


def _plot(table, path, title):
    """Voltage against capacity and against time, titled ``title``."""
    voltage = (
        "Voltage vs Li-In [V]" if "Voltage vs Li-In [V]" in table else "Voltage [V]"
    )
    capacity = next(
        c
        for c in (
            "Specific capacity [mA.h.g-1]",
            "Discharge capacity [A.h]",
            "Time [s]",
        )
        if c in table
    )
    fig = new_figure((10, 4.5))
    ax = fig.subplots(1, 2, sharey=True)
    ax[0].plot(table[capacity], table[voltage])
    ax[0].set(xlabel=capacity, ylabel=voltage, title="voltage vs capacity")
    ax[1].plot(table["Time [s]"] / 3600, table[voltage])
    ax[1].set(xlabel="time [h]", title="voltage vs time")
    finish(fig, path, title=title)
