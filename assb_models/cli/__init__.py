"""Command line ``assb``: one subcommand per module of this package.

- ``assb --version``
- ``assb sets [NAME]``: the published parameter sets; every value of one with its source
- ``assb options``: every solid-state model option, its values and what it does
- ``assb simulate --set NAME --experiment STEP ... --out DIR``: one simulation,
  ``DIR/solution.csv`` and ``DIR/voltage.png``
- ``assb fit DATA ... --param NAME``: fit parameters to cycler data
- ``assb sweep SPEC --out DIR``: a design sweep on Dask
- ``assb reproduce NAME|all --out DIR``: paper reproductions, a validation report

Bad input gives one line on stderr and exit status 2; Ctrl-C exits with 130.
"""

import argparse
import sys

import pybamm

from assb_models import __version__
from assb_models.validation import InvalidInputError

from . import fit, options, reproduce, sets, simulate, sweep

COMMANDS = (sets, options, simulate, fit, sweep, reproduce)


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line and exit status 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def parser():
    """The ``assb`` argument parser, a subparser per command."""
    top = _Parser(prog="assb", description=__doc__.split("\n\n")[0])
    top.add_argument(
        "--version",
        action="version",
        version=f"assb-models {__version__} (PyBaMM {pybamm.__version__})",
    )
    sub = top.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for command in COMMANDS:
        command.add_parser(sub)
    return top


def main(argv=None):
    """Entry point of the ``assb`` console script.

    Exit status 0 on success; 2 with one line on stderr for bad input (a missing
    file, a folder, a file that cannot be read, an unknown set, recipe key, option or
    experiment step, an output that exists) or a model that cannot be solved; 130 on
    Ctrl-C.
    """
    args = parser().parse_args(argv)
    try:
        args.run(args)
    except (
        InvalidInputError,
        ImportError,
        OSError,
        pybamm.OptionError,
        pybamm.SolverError,
    ) as error:
        message = " ".join(str(error).split())
        print(f"assb {args.command}: error: {message}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"assb {args.command}: interrupted", file=sys.stderr)
        return 130
    return 0
