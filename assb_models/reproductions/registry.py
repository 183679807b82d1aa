"""The registry of paper reproductions, by name."""

from assb_models.validation import InvalidInputError

from .fixture2023.targets import Fixture2023
from .kim2024.targets import Kim2024
from .lee2020.targets import Lee2020
from .park2021.targets import Park2021
from .sakka2022.targets import Sakka2022
from .tan2021.targets import Tan2021

#: every paper reproduction by name: its :class:`Reproduction` class
REPRODUCTIONS = {
    "kim2024": Kim2024,
    "park2021": Park2021,
    "sakka2022": Sakka2022,
    "fixture2023": Fixture2023,
    "lee2020": Lee2020,
    "tan2021": Tan2021,
}


def get(name, progress=None):
    """A new :class:`Reproduction` of the paper ``name`` (a key of
    :data:`REPRODUCTIONS`); ``progress`` is called with each progress line."""
    if name not in REPRODUCTIONS:
        raise InvalidInputError(
            f"unknown reproduction {name!r}; allowed: {', '.join(REPRODUCTIONS)} or all"
        )
    return REPRODUCTIONS[name](progress=progress)
