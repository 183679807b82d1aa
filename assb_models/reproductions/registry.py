"""The registry of paper reproductions, by name.

Every subpackage of :mod:`assb_models.reproductions` is a paper: its ``targets``
module defines the :class:`~.base.Reproduction` subclass whose ``name`` is the
package's name. They are found here, so a new paper is its own package (and its
line in pyproject.toml's package list) and nothing else.
"""

import importlib
import inspect
import pathlib
import pkgutil

from assb_models.validation import InvalidInputError

from .base import Reproduction


def _discover():
    found = {}
    here = pathlib.Path(__file__).parent
    for info in sorted(pkgutil.iter_modules([str(here)]), key=lambda i: i.name):
        if not info.ispkg:
            continue
        targets = importlib.import_module(f"{__package__}.{info.name}.targets")
        classes = [
            cls
            for _, cls in inspect.getmembers(targets, inspect.isclass)
            if issubclass(cls, Reproduction) and cls.name == info.name
        ]
        if len(classes) != 1:
            raise ImportError(
                f"reproduction package {info.name!r}: its targets module must define "
                f"one Reproduction subclass named {info.name!r}, found {len(classes)}"
            )
        found[info.name] = classes[0]
    return found


#: every paper reproduction by name: its :class:`Reproduction` class
REPRODUCTIONS = _discover()


def get(name, progress=None):
    """A new :class:`Reproduction` of the paper ``name`` (a key of
    :data:`REPRODUCTIONS`); ``progress`` is called with each progress line."""
    if name not in REPRODUCTIONS:
        raise InvalidInputError(
            f"unknown reproduction {name!r}; allowed: {', '.join(REPRODUCTIONS)} or all"
        )
    return REPRODUCTIONS[name](progress=progress)
