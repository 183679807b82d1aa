"""The error of a sweep spec that no design of it can run."""

from assb_models.validation import InvalidInputError


class SpecError(InvalidInputError):
    """A spec that no design of it can run (unknown key, name or value)."""


def fail(message):
    """Raise :class:`SpecError` with ``message`` prefixed by "sweep spec: "."""
    raise SpecError(f"sweep spec: {message}")
