"""``assb sets [NAME]``: the published parameter sets, or every value of one with its source."""

import textwrap

from assb_models import parameter_sets
from assb_models.parameters.parameter_values import get_sources, set_module
from assb_models.parameters.published_cells import parameter_values, recipe_keys

from .common import key_value, set_name


def add_parser(sub):
    """The ``sets`` subcommand's arguments."""
    p = sub.add_parser(
        "sets",
        help="list the parameter sets, or show one with sources",
        description=__doc__,
    )
    p.add_argument("name", nargs="?", help="a set to show value by value")
    p.add_argument(
        "--recipe",
        action="append",
        type=key_value,
        default=[],
        metavar="KEY=VALUE",
        help="recipe argument of the set (repeat)",
    )
    p.set_defaults(run=run)


def _summary(name, recipe=None):
    module = set_module(name)
    doc = textwrap.dedent(module.__doc__ or "").strip().split("\n\n")[0]
    citation = getattr(module, "CITATION", "").strip().splitlines()
    key = citation[0].split("{", 1)[1].rstrip(",") if citation else ""
    used = {**recipe_keys(name), **(recipe or {})}
    recipe = ", ".join(f"{k}={v!r}" for k, v in used.items())
    return f"{name}  [citation {key}]\n{textwrap.indent(doc, '  ')}\n  recipe: {recipe}"


def run(args):
    """Print the sets, or one set's values and sources."""
    if args.name is None:
        print("\n\n".join(_summary(name) for name in parameter_sets.AVAILABLE))
        return
    name = set_name(args.name)
    recipe = dict(args.recipe)
    values = parameter_values(name, **recipe)
    sources = get_sources(name, **recipe)
    print(_summary(name, recipe))
    for key in sorted(sources):
        value = values[key] if key in values.keys() else ""
        if callable(value):
            value = f"function {getattr(value, '__name__', type(value).__name__)}"
        print(f"{key} = {value}\n    source: {sources[key]}")
