"""``assb reproduce NAME|all --out DIR``: paper reproductions, a validation report.

Runs one paper's reproduction (or every one in the library) with a progress line
per step and writes ``DIR/<name>.json`` (targets, sources of the parameters,
versions, run time), the figures ``DIR/<name>*.png`` and ``DIR/index.html``: per
paper every target with the model's value, the paper's, the tolerance and pass or
miss, and the figures (see :mod:`assb_models.reproductions`).
"""

from assb_models.reproductions import REPRODUCTIONS
from assb_models.reproductions import run as run_reproductions


def add_parser(sub):
    """The ``reproduce`` subcommand's arguments."""
    p = sub.add_parser(
        "reproduce",
        help="reproduce papers; write a validation report",
        description=__doc__.split("\n\n")[0],
    )
    p.add_argument(
        "name",
        metavar="NAME|all",
        help=f"a reproduction ({', '.join(REPRODUCTIONS)}) or all",
    )
    p.add_argument("--out", required=True, help="output folder")
    p.add_argument(
        "--targets",
        type=lambda text: [t.strip() for t in text.split(",")],
        metavar="ID[,ID...]",
        help="only these targets of NAME (and the figures showing them)",
    )
    p.add_argument(
        "--overwrite", action="store_true", help="replace a report already in --out"
    )
    p.set_defaults(run=run)


def run(args):
    """Run the reproduction(s) and write the report; returns the results."""
    return run_reproductions(
        args.name,
        args.out,
        ids=args.targets,
        progress=lambda text: print(text, flush=True),
        overwrite=args.overwrite,
    )
