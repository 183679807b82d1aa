"""Parameter tables that keep each value beside its source.

A set builds ``{name: (value, source)}``; these split it into what
:class:`pybamm.ParameterValues` takes and what ``get_sources`` returns.
"""


def values_of(table, citation):
    """The values of a ``{name: (value, source)}`` table, with chemistry and
    citation."""
    values = {name: value for name, (value, _) in table.items()}
    values["chemistry"] = "lithium_ion"
    values["citations"] = [citation]
    return values


def sources_of(table):
    """The source of each value of a ``{name: (value, source)}`` table."""
    return {name: source for name, (_, source) in table.items()}
