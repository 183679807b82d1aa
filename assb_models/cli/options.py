"""``assb options``: every solid-state model option, its values and what it does."""

from assb_models.options import ASSB_OPTION_DESCRIPTIONS, ASSB_OPTIONS


def add_parser(sub):
    """The ``options`` subcommand's arguments."""
    p = sub.add_parser(
        "options", help="list the solid-state model options", description=__doc__
    )
    p.set_defaults(run=run)


def run(args):
    """Print each option with its allowed values (default first) and description."""
    for name, allowed in ASSB_OPTIONS.items():
        values = ", ".join(f'"{v}"' for v in allowed)
        print(f'"{name}": {values}\n    {ASSB_OPTION_DESCRIPTIONS.get(name, "")}')
