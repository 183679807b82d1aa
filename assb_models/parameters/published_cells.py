"""The cell each published parameter set describes: its values, model and options.

A set's values come from :func:`assb_models.get_parameter_values` with recipe
arguments (e.g. ``am_wt_percent=90`` for Kim2024, ``cell="full"`` for Park2021); the
model and options it was calibrated with are in its record
(:class:`~assb_models.parameters.set_record.ParameterSetRecord`): Kim2024's SE
oxidation, CEI and SE consumption, Sakka2022's stack-pressure laws, Park2021's
LiCoO2 full cells by anode, and a :class:`~assb_models.SymmetricCell` for Park2021's
symmetric Li cells.
"""

from assb_models.models import MODELS, SymmetricCell
from assb_models.validation import InvalidInputError

from . import registry
from .parameter_values import get_parameter_values


def recipe_keys(name):
    """The recipe arguments a set takes, with their defaults."""
    return dict(registry.get(name).recipe)


def parameter_values(name, **recipe):
    """Validated values of set ``name``; an unknown recipe key names the allowed
    ones."""
    allowed = recipe_keys(name)
    unknown = sorted(set(recipe) - set(allowed))
    if unknown:
        raise InvalidInputError(
            f"{name}: unknown recipe key(s) {unknown}; allowed keys are "
            f"{sorted(allowed)}"
        )
    return get_parameter_values(name, **recipe)


def is_full_cell(name, **recipe):
    """Whether the set with this recipe describes a full cell (not a symmetric one)."""
    return registry.get(name).model_name(**recipe) != "SymmetricCell"


def model_options(name, **recipe):
    """The model options the set was calibrated with, for this recipe."""
    return registry.get(name).options(**recipe)


def published_model(
    name, recipe=None, options=None, model="SolidStateDFN", set_options=True
):
    """Model of the cell set ``name`` describes, its options with ``options`` on top.

    Parameters
    ----------
    name : str
        A set of :func:`assb_models.parameters.registry.names`.
    recipe : dict, optional
        Recipe arguments of the set.
    options : dict, optional
        Model options that replace the set's.
    model : str, optional
        A full-cell model of :data:`assb_models.models.MODELS` ("SolidStateDFN",
        "SolidStateSPMe"); symmetric cells are always a
        :class:`~assb_models.SymmetricCell`.
    set_options : bool, optional
        Start from the options the set was calibrated with (default); False starts
        from the clean model, keeping only the set's anode.
    """
    recipe = recipe or {}
    if not is_full_cell(name, **recipe):
        return SymmetricCell(options or None)
    if model not in MODELS:
        raise InvalidInputError(
            f"unknown model {model!r}; full-cell models are {sorted(MODELS)}"
        )
    base = model_options(name, **recipe)
    if not set_options:
        base = {"anode": base["anode"]} if "anode" in base else {}
    return MODELS[model]({**base, **(options or {})})
