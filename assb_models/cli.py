"""Command line: ``assb fit DATA --set Kim2024 --param NAME ...``.

Reads one or more cycler files (Neware, Maccor, BioLogic; format from the file),
optionally selects cycles/steps, fits the named parameters by replaying the
measured current, prints the table (values, 95 % intervals, correlation, flags) and
writes to ``--out``: ``fit.json`` (the fitted parameter file, loadable with
:func:`assb_models.fitting.load_fitted_parameters`) and ``fit_residuals.png``.

A parameter is ``NAME`` (bounds: set value /10 .. x10) or ``NAME=LOW:HIGH``.

Bad input (a missing file, a folder, a file that cannot be read, bad values) gives
one line on stderr and exit status 2, before any fitting; existing outputs in
``--out`` are kept unless ``--overwrite`` is given.
"""

import argparse
import pathlib
import sys

import pybamm

from . import data as cycler_data
from .fitting import FitParameter, fit
from .validation import InvalidInputError

#: files written to --out
OUTPUTS = ("fit.json", "fit_residuals.png")


def _parameter(text):
    name, _, bounds = text.partition("=")
    if not bounds:
        return FitParameter(name.strip())
    try:
        low, high = (float(b) for b in bounds.split(":"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"--param {text!r}: bounds must be LOW:HIGH numbers, e.g. 'NAME=1e-16:1e-13'"
        ) from None
    return FitParameter(name.strip(), bounds=(low, high))


def _parser():
    parser = argparse.ArgumentParser(prog="assb", description="assb-models tools")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("fit", help="fit model parameters to cycler data")
    p.add_argument("data", nargs="+", help="cycler file(s), fitted together")
    p.add_argument(
        "--set", default="Kim2024", choices=["Kim2024"],
        help="parameter set of a composite-cathode full cell (default Kim2024; other "
        "sets have their own cell arguments: fit them with assb_models.fitting.fit)",
    )
    p.add_argument("--param", action="append", required=True, type=_parameter,
                   help="parameter to fit: NAME or NAME=LOW:HIGH (repeat)")
    p.add_argument("--format", choices=cycler_data.FORMATS, help="file format (default: detect)")
    p.add_argument("--cycle", type=int, action="append", help="keep only this cycle (repeat)")
    p.add_argument("--step", type=int, action="append", help="keep only this step (repeat)")
    p.add_argument("--area-cm2", type=float, help="electrode area of the cell [cm2]")
    p.add_argument("--areal", action="store_true",
                   help="replay current density scaled to the model area (needs --area-cm2)")
    p.add_argument("--anode", default="Li-In", choices=["Li-In", "lithium metal"])
    p.add_argument("--voltage-window", type=float, nargs=2, metavar=("LOW", "HIGH"),
                   help="fit only samples whose voltage is in [LOW, HIGH] V")
    p.add_argument("--out", default="fit_output", help="output folder (default fit_output)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace fit.json and fit_residuals.png already in --out")
    s = sub.add_parser("sweep", help="run a design sweep (TOML/YAML spec) on Dask")
    s.add_argument("spec", help="sweep spec, .toml or .yaml")
    s.add_argument("--out", required=True, help="output folder (results/ is kept there)")
    s.add_argument("--scheduler", help="address of a running Dask scheduler "
                   "(default: a local cluster with one worker per core)")
    s.add_argument("--workers", type=int, help="workers of the local cluster")
    s.add_argument("--no-progress", action="store_true", help="no progress bar")
    return parser


def sweep_command(args):
    """Run a sweep from parsed arguments; returns its table."""
    from .sweep import run

    table = run(args.spec, args.out, scheduler=args.scheduler, n_workers=args.workers,
                progress=not args.no_progress)
    failed = int((table["status"] == "failed").sum())
    print(f"{len(table)} designs in {args.out}/results ({failed} failed)")
    return table


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
    existing = [out / name for name in OUTPUTS if (out / name).exists()]
    if existing and not args.overwrite:
        raise InvalidInputError(
            f"--out {out}: {', '.join(map(str, existing))} already exist(s); choose "
            "another --out or pass --overwrite"
        )


def fit_command(args):
    """Run a fit from parsed arguments; returns the FitResult."""
    from .models import SolidStateDFN

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
    result = fit(
        datasets, args.param, args.set, model=SolidStateDFN({"anode": args.anode}),
        recipe={"anode": args.anode}, areal=args.areal,
        voltage_window=args.voltage_window,
    )
    out = pathlib.Path(args.out)
    print(result.summary())
    print(f"wrote {result.save(out / OUTPUTS[0])}")
    print(f"wrote {result.plot_residuals(out / OUTPUTS[1])}")
    return result


def main(argv=None):
    """Entry point of the ``assb`` console script.

    Exit status 0 on success; 2 with one line on stderr for bad input (a missing
    file, a folder, a file that cannot be read, bad options or values, an output
    that exists) or a model that cannot be solved; 130 on Ctrl-C.
    """
    args = _parser().parse_args(argv)
    try:
        sweep_command(args) if args.command == "sweep" else fit_command(args)
    except (InvalidInputError, ImportError, OSError, pybamm.OptionError,
            pybamm.SolverError) as error:
        message = " ".join(str(error).split())
        print(f"assb {args.command}: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"assb {args.command}: interrupted", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
