"""The published parameter sets, one record per set.

Each module of :mod:`assb_models.parameter_sets` whose name does not start with an
underscore is a set and exposes ``SET``, a
:class:`~assb_models.parameters.set_record.ParameterSetRecord`. The same sets are
registered with PyBaMM's ``pybamm_parameter_sets`` entry point (pyproject.toml),
so ``pybamm.ParameterValues("Kim2024")`` works; a unit test checks that the two
agree. Set names are case-insensitive here.
"""

import difflib
import functools
import importlib
import pkgutil

from assb_models import parameter_sets
from assb_models.validation import InvalidInputError


@functools.cache
def _records():
    records = {}
    for info in pkgutil.iter_modules(parameter_sets.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{parameter_sets.__name__}.{info.name}")
        records[module.SET.name] = module.SET
    return dict(sorted(records.items()))


def names():
    """The names of the published sets, sorted."""
    return tuple(_records())


def records():
    """{set name: record} of every published set."""
    return dict(_records())


def get(name):
    """The record of set ``name`` (any case); an unknown name names the nearest set
    and lists them all."""
    by_key = {key.lower(): record for key, record in _records().items()}
    record = by_key.get(str(name).lower())
    if record is None:
        close = difflib.get_close_matches(str(name).lower(), by_key, n=1, cutoff=0.6)
        hint = f" (did you mean {by_key[close[0]].name}?)" if close else ""
        raise InvalidInputError(
            f"Unknown parameter set {name!r}{hint}; available sets are {list(names())}"
        )
    return record
