"""Input checks shared by the recipe, the parameter loader and the models.

Every check raises :class:`InvalidInputError` naming the quantity, the value it got
and the allowed range; nothing is clipped silently.
"""

import math
import numbers


class InvalidInputError(ValueError):
    """A parameter or recipe value is outside its allowed range."""


def _describe(name, value, allowed):
    return f"{name!r} = {value!r} is outside the allowed range {allowed}"


def is_real(value):
    """Whether ``value`` is a real number: int, float or a numpy scalar (not bool)."""
    return (
        isinstance(value, numbers.Real)
        and not isinstance(value, bool)
        and (type(value).__name__ != "bool_")
    )


def require_finite(name, value):
    """Raise unless ``value`` is a finite real number (numpy scalars included)."""
    if not is_real(value):
        raise InvalidInputError(f"{name!r} must be a real number, got {value!r}")
    if not math.isfinite(value):
        raise InvalidInputError(_describe(name, value, "(finite real numbers)"))


def require_in_range(
    name, value, low=-math.inf, high=math.inf, closed=(True, True), why=""
):
    """Raise unless ``low <= value <= high`` (``closed`` says which ends are allowed).

    ``why`` (optional) is appended to the message, e.g. what the range stands for.
    """
    require_finite(name, value)
    above = value >= low if closed[0] else value > low
    below = value <= high if closed[1] else value < high
    if not (above and below):
        allowed = (
            f"{'[' if closed[0] else '('}{low:g}, {high:g}{']' if closed[1] else ')'}"
        )
        reason = f": {why}" if why else ""
        raise InvalidInputError(_describe(name, value, allowed) + reason)


def require_positive(name, value):
    """Raise unless ``value`` > 0 (thicknesses, densities, loadings, conductivities)."""
    require_finite(name, value)
    if value <= 0:
        raise InvalidInputError(_describe(name, value, "(0, inf)"))


def require_fraction(name, value, upper=1.0):
    """Raise unless 0 <= ``value`` <= ``upper`` (volume or surface fractions)."""
    require_finite(name, value)
    if not 0 <= value <= upper:
        raise InvalidInputError(_describe(name, value, f"[0, {upper:g}]"))


def require_sum_at_most_one(names_values, what, tol=1e-9):
    """Raise if fractions that share one volume add up to more than 1."""
    total = sum(v for _, v in names_values)
    if total > 1 + tol:
        parts = " + ".join(f"{n} ({v:.4g})" for n, v in names_values)
        raise InvalidInputError(
            f"{what}: {parts} = {total:.4g}, but volume fractions of one electrode "
            "must add up to at most 1 (allowed range [0, 1])"
        )
