"""Command line: ``assb fit DATA --set Kim2024 --param NAME ...``.

Reads one or more cycler files (Neware, Maccor, BioLogic; format from the file),
optionally selects cycles/steps, fits the named parameters by replaying the
measured current, prints the table (values, 95 % intervals, correlation, flags) and
writes to ``--out``: ``fit.json`` (the fitted parameter file, loadable with
:func:`assb_models.fitting.load_fitted_parameters`) and ``fit_residuals.png``.

A parameter is ``NAME`` (bounds: set value /10 .. x10) or ``NAME=LOW:HIGH``.
"""

import argparse
import pathlib
import sys

from . import data as cycler_data
from .fitting import FitParameter, fit
from .validation import InvalidInputError


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


def fit_command(args):
    """Run a fit from parsed arguments; returns the FitResult."""
    from .models import SolidStateDFN

    datasets = []
    for path in args.data:
        measurement = cycler_data.load(path, args.format, area_cm2=args.area_cm2)
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
    print(f"wrote {result.save(out / 'fit.json')}")
    print(f"wrote {result.plot_residuals(out / 'fit_residuals.png')}")
    return result


def main(argv=None):
    """Entry point of the ``assb`` console script."""
    args = _parser().parse_args(argv)
    try:
        sweep_command(args) if args.command == "sweep" else fit_command(args)
    except (InvalidInputError, ImportError) as error:
        print(f"assb {args.command}: error: {error}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
