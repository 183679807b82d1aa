"""Published set names as the subcommands take them (any letter case)."""

import difflib

from assb_models.parameters import registry
from assb_models.validation import InvalidInputError


def set_name(text):
    """The published set named ``text``, in any letter case (``kim2024`` -> Kim2024).

    An unknown name raises :class:`InvalidInputError` with the nearest names.
    """
    available = registry.names()
    by_lower = {name.lower(): name for name in available}
    if text.lower() in by_lower:
        return by_lower[text.lower()]
    close = difflib.get_close_matches(text.lower(), by_lower, n=1, cutoff=0.6)
    hint = f" (did you mean {by_lower[close[0]]}?)" if close else ""
    raise InvalidInputError(
        f"Unknown parameter set {text!r}{hint}; available sets are {list(available)}"
    )
