"""``assb fit``: fit parameters to cycler data (``assb fit DATA --param NAME``).

Reads one or more cycler files (Neware, Maccor, BioLogic; format from the file),
optionally selects cycles/steps, fits the named parameters by replaying the
measured current, prints the table (values, 95 % intervals, correlation, flags) and
writes to ``--out``: ``fit.json`` (the fitted parameter file, loadable with
:func:`assb_models.fitting.load_fitted_parameters`) and ``fit_residuals.png``;
with ``--profile`` also the profile-likelihood intervals (printed) and
``fit_profiles.png``.

A parameter is ``NAME`` (bounds: set value /10 .. x10) or ``NAME=LOW:HIGH``.

Bad input (a missing file, a folder, a file that cannot be read, bad values) gives
one line on stderr and exit status 2, before any fitting; existing outputs in
``--out`` are kept unless ``--overwrite`` is given.
"""

import argparse
import pathlib
import sys
import warnings

from assb_models import data as cycler_data
from assb_models.fitting import FitParameter, fit, profile_likelihood
from assb_models.parameters.published_cells import (
    is_full_cell,
    parameter_values,
    published_model,
)
from assb_models.validation import InvalidInputError

from .common import add_key_value_argument

#: files written to --out (the last only with --profile)
OUTPUTS = ("fit.json", "fit_residuals.png", "fit_profiles.png")


#: Python argument -> the flag that sets it, for messages the CLI passes on
FLAGS = (
    ("area_cm2=...", "--area-cm2 AREA"),
    ("areal=True", "--areal"),
    ("'voltage_window'", "--voltage-window"),
    ("FitParameter(name, bounds=(low, high))", "--param 'NAME=LOW:HIGH'"),
    ("area_cm2", "--area-cm2"),
)


def as_flags(message):
    """``message`` with the fit's Python argument names replaced by CLI flags."""
    for python, flag in FLAGS:
        message = message.replace(python, flag)
    return message


def _parameter(text):
    name, _, bounds = text.partition("=")
    if not bounds:
        return FitParameter(name.strip())
    try:
        low, high = (float(b) for b in bounds.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--param {text!r}: bounds must be LOW:HIGH numbers, e.g. "
            "'NAME=1e-16:1e-13'"
        ) from None
    return FitParameter(name.strip(), bounds=(low, high))


def add_parser(sub):
    """The ``fit`` subcommand's arguments."""
    p = sub.add_parser(
        "fit",
        help="fit model parameters to cycler data",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument("data", nargs="+", help="cycler file(s), fitted together")
    p.add_argument(
        "--set",
        default="Kim2024",
        help="parameter set of a full cell (default Kim2024; Park2021 with --recipe "
        "cell=full; Sakka2022)",
    )
    add_key_value_argument(p, "--recipe", "recipe argument of the set (repeat)")
    add_key_value_argument(
        p,
        "--option",
        "model option (repeat); default the clean model with the set's anode",
    )
    p.add_argument(
        "--param",
        action="append",
        required=True,
        type=_parameter,
        help="parameter to fit: NAME or NAME=LOW:HIGH (repeat)",
    )
    p.add_argument(
        "--format", choices=cycler_data.FORMATS, help="file format (default: detect)"
    )
    p.add_argument(
        "--cycle", type=int, action="append", help="keep only this cycle (repeat)"
    )
    p.add_argument(
        "--step", type=int, action="append", help="keep only this step (repeat)"
    )
    p.add_argument("--area-cm2", type=float, help="electrode area of the cell [cm2]")
    p.add_argument(
        "--areal",
        action="store_true",
        help="replay current density scaled to the model area (needs --area-cm2)",
    )
    p.add_argument("--anode", help="shorthand for --recipe anode=ANODE")
    p.add_argument(
        "--model",
        default="SolidStateDFN",
        help="SolidStateDFN (default) or SolidStateSPMe (faster where valid)",
    )
    p.add_argument(
        "--voltage-window",
        type=float,
        nargs=2,
        metavar=("LOW", "HIGH"),
        help="fit only samples whose voltage is in [LOW, HIGH] V",
    )
    p.add_argument(
        "--profile",
        action="store_true",
        help="also compute profile-likelihood intervals (slower: re-fits the others "
        "on a grid of each parameter) and write fit_profiles.png",
    )
    p.add_argument(
        "--out", default="fit_output", help="output folder (default fit_output)"
    )
    p.add_argument(
        "--overwrite",
        action="store_true",
        help="replace fit.json and fit_residuals.png already in --out",
    )
    p.set_defaults(run=run)


def _check_paths(args):
    """Refuse missing or folder data paths and an --out that would be overwritten,
    before anything is read or fitted."""
    for path in map(pathlib.Path, args.data):
        if not path.exists():
            raise InvalidInputError(f"{path}: no such file")
        if path.is_dir():
            raise InvalidInputError(f"{path}: is a folder; give the cycler file in it")
    out = pathlib.Path(args.out)
    if out.exists() and not out.is_dir():
        raise InvalidInputError(f"--out {out}: is a file; --out names a folder")
    written = OUTPUTS if args.profile else OUTPUTS[:2]
    existing = [out / name for name in written if (out / name).exists()]
    if existing and not args.overwrite:
        raise InvalidInputError(
            f"--out {out}: {', '.join(map(str, existing))} already exist(s); choose "
            "another --out or pass --overwrite"
        )
    if args.area_cm2 is not None and not args.area_cm2 > 0:
        raise InvalidInputError(
            f"--area-cm2 {args.area_cm2:g}: the electrode area must be > 0 cm2"
        )
    if args.areal and args.area_cm2 is None:
        raise InvalidInputError(
            "--areal replays the current density, which needs the electrode area: "
            "give --area-cm2 AREA"
        )


def _model(name, recipe, options, model):
    """The set's full cell with ``options``: by default the clean model (no side
    reactions), with the anode the set's cell has."""
    parameter_values(name, **recipe)  # unknown set or recipe key: a clear error
    if not is_full_cell(name, **recipe):
        raise InvalidInputError(
            f"{name} {recipe}: fits replay a full cell's current; choose a full cell "
            "(for Park2021: --recipe cell=full)"
        )
    return published_model(name, recipe, options, model=model, set_options=False)


def run(args):
    """Run a fit from parsed arguments; returns the FitResult."""
    _check_paths(args)
    datasets = []
    for path in args.data:
        try:
            measurement = cycler_data.load(path, args.format, area_cm2=args.area_cm2)
        except (InvalidInputError, ImportError):
            raise
        except Exception as error:  # a reader's own error on a corrupt file
            raise InvalidInputError(
                f"{path}: cannot be read ({type(error).__name__}: {error})"
            ) from error
        if args.cycle or args.step:
            measurement = measurement.select(cycles=args.cycle, steps=args.step)
        datasets.append(measurement)
    recipe = {
        k: (str(v) if k in ("anode", "cell", "interlayer") else v)
        for k, v in args.recipe
    }
    if args.anode:
        recipe["anode"] = args.anode
    model = _model(args.set, recipe, dict(args.option), args.model)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = fit(
                datasets,
                args.param,
                args.set,
                model=model,
                recipe=recipe,
                areal=args.areal,
                voltage_window=args.voltage_window,
            )
        except InvalidInputError as error:
            raise InvalidInputError(as_flags(str(error))) from None
    for warning in caught:
        name = warning.category.__name__
        print(f"{name}: {as_flags(str(warning.message))}", file=sys.stderr)
    out = pathlib.Path(args.out)
    print(result.summary())
    print(f"wrote {result.save(out / OUTPUTS[0])}")
    print(f"wrote {result.plot_residuals(out / OUTPUTS[1])}")
    if args.profile:
        profiles = profile_likelihood(result)
        print(profiles.summary())
        print(f"wrote {profiles.plot(out / OUTPUTS[2])}")
    return result
