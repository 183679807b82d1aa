"""``assb sets [NAME]``: the published parameter sets, or every value of one with
its source."""

import textwrap

from assb_models.parameters import registry
from assb_models.parameters.parameter_values import get_sources
from assb_models.parameters.published_cells import parameter_values

from .common import add_key_value_argument


def add_parser(sub):
    """The ``sets`` subcommand's arguments."""
    p = sub.add_parser(
        "sets",
        help="list the parameter sets, or show one with sources",
        description=__doc__,
    )
    p.add_argument("name", nargs="?", help="a set to show value by value")
    add_key_value_argument(p, "--recipe", "recipe argument of the set (repeat)")
    p.set_defaults(run=run)


def _summary(name, recipe=None):
    record = registry.get(name)
    used = {**record.recipe, **(recipe or {})}
    recipe = ", ".join(f"{k}={v!r}" for k, v in used.items())
    return (
        f"{record.name}  [citation {record.citation_key}]\n"
        f"{textwrap.indent(record.description, '  ')}\n  recipe: {recipe}"
    )


def run(args):
    """Print the sets, or one set's values and sources."""
    if args.name is None:
        print("\n\n".join(_summary(name) for name in registry.names()))
        return
    name = registry.get(args.name).name
    recipe = dict(args.recipe)
    values = parameter_values(name, **recipe)
    sources = get_sources(name, **recipe)
    print(_summary(name, recipe))
    for key in sorted(sources):
        value = values[key] if key in values.keys() else ""
        if callable(value):
            value = f"function {getattr(value, '__name__', type(value).__name__)}"
        print(f"{key} = {value}\n    source: {sources[key]}")
