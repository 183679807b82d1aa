"""Load published parameter sets, validate values and keep their provenance."""

import importlib

import pybamm

from .validation import (
    InvalidInputError,
    require_fraction,
    require_positive,
    require_sum_at_most_one,
)

#: parameters that must be strictly positive (thicknesses, densities, conductivities)
POSITIVE = (
    "Positive electrode thickness [m]",
    "Separator thickness [m]",
    "Negative electrode thickness [m]",
    "Electrode height [m]",
    "Electrode width [m]",
    "Positive particle radius [m]",
    "Positive particle diffusivity [m2.s-1]",
    "Maximum concentration in positive electrode [mol.m-3]",
    "Positive electrode active material density [kg.m-3]",
    "Positive electrode carbon density [kg.m-3]",
    "Solid electrolyte conductivity at reference temperature [S.m-1]",
    "Positive electrode conductivity [S.m-1]",
    "Positive electrode carbon conductivity [S.m-1]",
    "Initial concentration in electrolyte [mol.m-3]",
)

#: parameters that are fractions in [0, 1]
FRACTIONS = (
    "Positive electrode active material volume fraction",
    "Positive electrode porosity",
    "Positive electrode carbon volume fraction",
    "Positive electrode binder volume fraction",
    "Positive electrode void volume fraction",
    "Separator porosity",
    "Positive electrode active material-solid electrolyte contact fraction",
    "Positive electrode carbon surface fraction in contact with solid electrolyte",
)

#: the volume fractions that share the composite cathode's volume
COMPOSITE_PHASES = (
    "Positive electrode active material volume fraction",
    "Positive electrode porosity",
    "Positive electrode carbon volume fraction",
    "Positive electrode binder volume fraction",
    "Positive electrode void volume fraction",
)


def _set_module(name):
    from . import parameter_sets

    if name not in parameter_sets.AVAILABLE:
        raise InvalidInputError(
            f"Unknown parameter set {name!r}; available sets are "
            f"{list(parameter_sets.AVAILABLE)}"
        )
    return importlib.import_module(f"{parameter_sets.__name__}.{name}")


def validate_parameter_values(parameter_values):
    """Check a parameter set for values a solid-state model cannot use.

    Raises :class:`~assb_models.validation.InvalidInputError` naming the parameter,
    its value and the allowed range: non-positive thicknesses, densities or
    conductivities; fractions outside [0, 1]; composite volume fractions summing to
    more than 1; a transference number other than 1 (the SE is a single-ion
    conductor). Parameters the set does not have are not checked.
    """
    values = dict(parameter_values.items()) if hasattr(
        parameter_values, "items"
    ) else parameter_values

    def number(name):
        value = values.get(name)
        return value if isinstance(value, (int, float)) else None

    for name in POSITIVE:
        if number(name) is not None:
            require_positive(name, number(name))
    for name in FRACTIONS:
        if number(name) is not None:
            require_fraction(name, number(name))
    present = [(n, number(n)) for n in COMPOSITE_PHASES if number(n) is not None]
    require_sum_at_most_one(present, "composite cathode")
    t_plus = number("Cation transference number")
    if t_plus is not None and t_plus != 1:
        raise InvalidInputError(
            f"'Cation transference number' = {t_plus!r} is outside the allowed range "
            "[1, 1]: the solid electrolyte is a single-ion conductor"
        )
    return parameter_values


def get_parameter_values(name, **recipe):
    """A published parameter set as validated :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    name : str
        Set name, e.g. "Kim2024" (see ``assb_models.parameter_sets.AVAILABLE``).
    **recipe
        Keyword arguments of the set's ``get_parameter_values`` (recipe, anode,
        loading, ...).
    """
    values = _set_module(name).get_parameter_values(**recipe)
    validate_parameter_values(values)
    return pybamm.ParameterValues(values)


def get_sources(name, **recipe):
    """Source of each value of a set: paper and figure/table, or estimate.

    ``name`` may also be parameter values that carry their sources, such as the
    :class:`~assb_models.fitting.FittedParameterValues` of a fit (fitted values
    read "fitted to <file> ...").
    """
    if hasattr(name, "sources"):
        return dict(name.sources)
    return _set_module(name).get_sources(**recipe)
