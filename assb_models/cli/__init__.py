"""Command line ``assb``: one subcommand per module of this package.

- ``assb --version``
- ``assb sets [NAME]``: the published parameter sets; every value of one with its source
- ``assb options``: every solid-state model option, its values and what it does
- ``assb simulate --set NAME --experiment STEP ... --out DIR``: one simulation,
  ``DIR/solution.csv`` and ``DIR/voltage.png``
- ``assb fit DATA ... --param NAME``: fit parameters to cycler data
- ``assb sweep SPEC --out DIR``: a design sweep on Dask
- ``assb reproduce NAME|all --out DIR``: paper reproductions, a validation report

The subcommands are a registry of names, help lines and module paths: ``assb
--version`` and ``assb --help`` import no subcommand (nor PyBaMM); the chosen
subcommand's module is imported when it runs. Each module has ``add_parser(sub)``
(its arguments, ``run`` as default) and ``run(args)``.

Bad input gives one line on stderr and exit status 2; Ctrl-C exits with 130.
Warnings print as one line each, ``warning: <message>``, once per message.
"""

import argparse
import importlib
import importlib.metadata
import sys
import warnings

from assb_models._version import __version__
from assb_models.validation import InvalidInputError

from .common import plain_warnings

#: subcommand -> (help line, module); the module is imported only to run it
COMMANDS = {
    "sets": ("list the parameter sets, or show one with sources", ".sets"),
    "options": ("list the solid-state model options", ".options"),
    "simulate": ("simulate a published cell under an experiment", ".simulate"),
    "fit": ("fit model parameters to cycler data", ".fit"),
    "sweep": ("run a design sweep (TOML/YAML spec) on Dask", ".sweep"),
    "reproduce": ("reproduce papers; write a validation report", ".reproduce"),
}


class _Parser(argparse.ArgumentParser):
    """argparse with its usage errors as one line and exit status 2."""

    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message}\n")


def _pybamm_version():
    try:
        return importlib.metadata.version("pybamm")
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def command_module(name):
    """The module of subcommand ``name`` (imported on first use)."""
    return importlib.import_module(COMMANDS[name][1], __name__)


def parser(command=None):
    """The ``assb`` argument parser.

    Every subcommand is listed with its help line; only ``command`` (if given) has
    its arguments, from its module's ``add_parser``. The others take no arguments
    here, so building this parser imports no subcommand module.
    """
    top = _Parser(
        prog="assb",
        description="All-solid-state battery models on PyBaMM: published parameter "
        "sets, simulations, fits to cycler data, design sweeps, paper reproductions.",
        epilog="assb COMMAND --help gives the arguments of a command.",
    )
    top.add_argument(
        "--version",
        action="version",
        version=f"assb-models {__version__} (PyBaMM {_pybamm_version()})",
    )
    sub = top.add_subparsers(
        dest="command", required=True, parser_class=_Parser, metavar="COMMAND"
    )
    for name, (help_line, _) in COMMANDS.items():
        if name == command:
            command_module(name).add_parser(sub)
        else:
            sub.add_parser(name, help=help_line, add_help=False)
    return top


def _user_errors():
    """Exceptions that are the user's input, not a bug: one line and exit 2."""
    errors = [InvalidInputError, ImportError, OSError]
    pybamm = sys.modules.get("pybamm")
    if pybamm is not None:
        errors += [pybamm.OptionError, pybamm.SolverError]
    return tuple(errors)


def main(argv=None):
    """Entry point of the ``assb`` console script.

    Exit status 0 on success; 2 with one line on stderr for bad input (a missing
    file, a folder, a file that cannot be read, an unknown set, recipe key, option or
    experiment step, an output that exists) or a model that cannot be solved; 130 on
    Ctrl-C.
    """
    argv = sys.argv[1:] if argv is None else list(argv)
    # which subcommand: --help, --version and usage errors end here
    chosen, _ = parser().parse_known_args(argv)
    with warnings.catch_warnings(), plain_warnings():
        try:
            # imports the subcommand's module (an optional dependency may be missing)
            args = parser(chosen.command).parse_args(argv)
            args.run(args)
        except KeyboardInterrupt:
            print(f"assb {chosen.command}: interrupted", file=sys.stderr)
            return 130
        except Exception as error:
            if not isinstance(error, _user_errors()):
                raise
            message = " ".join(str(error).split())
            print(f"assb {chosen.command}: error: {message}", file=sys.stderr)
            return 2
    return 0
