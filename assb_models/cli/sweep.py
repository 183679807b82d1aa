"""``assb sweep SPEC --out DIR``: a design sweep on Dask (:mod:`assb_models.sweep`)."""

from assb_models.sweep import run as run_sweep


def add_parser(sub):
    """The ``sweep`` subcommand's arguments."""
    s = sub.add_parser(
        "sweep", help="run a design sweep (TOML/YAML spec) on Dask", description=__doc__
    )
    s.add_argument("spec", help="sweep spec, .toml or .yaml")
    s.add_argument(
        "--out", required=True, help="output folder (results/ is kept there)"
    )
    s.add_argument(
        "--scheduler",
        help="address of a running Dask scheduler "
        "(default: a local cluster with one worker per core)",
    )
    s.add_argument("--workers", type=int, help="workers of the local cluster")
    s.add_argument("--no-progress", action="store_true", help="no progress bar")
    s.set_defaults(run=run)


def run(args):
    """Run a sweep from parsed arguments; returns its table."""
    table = run_sweep(
        args.spec,
        args.out,
        scheduler=args.scheduler,
        n_workers=args.workers,
        progress=not args.no_progress,
    )
    failed = int((table["status"] == "failed").sum())
    print(f"{len(table)} designs in {args.out}/results ({failed} failed)")
    return table
