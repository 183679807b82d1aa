"""The record each published parameter set gives of itself.

Every module of ``parameter_sets/`` exposes ``SET = ParameterSetRecord(...)``;
:mod:`assb_models.parameters.registry` collects them, and the loader, the
``assb sets`` command and :mod:`assb_models.parameters.published_cells` read a set
only through its record.
"""

import dataclasses
import inspect
import textwrap
from collections.abc import Callable, Mapping


def recipe_defaults(function):
    """The recipe arguments of ``function`` (keyword arguments with defaults)."""
    return {
        key: p.default
        for key, p in inspect.signature(function).parameters.items()
        if p.kind is p.POSITIONAL_OR_KEYWORD
    }


@dataclasses.dataclass(frozen=True)
class ParameterSetRecord:
    """A published parameter set.

    Parameters
    ----------
    name : str
        Set name, as PyBaMM's ``pybamm_parameter_sets`` entry point names it.
    citation_key : str
        Key of the set's paper in :data:`assb_models.citations.BIBTEX`.
    get_parameter_values : callable
        ``get_parameter_values(**recipe)`` -> dict for :class:`pybamm.ParameterValues`.
    get_sources : callable
        ``get_sources(**recipe)`` -> {parameter name: source or estimate}.
    recipe : dict
        The recipe arguments the set takes, with their defaults.
    model_options : dict, optional
        Model options the set was calibrated with.
    model : str, optional
        The model class the set is for (a name of :data:`assb_models.models.MODELS`
        or "SymmetricCell"), default "SolidStateDFN".
    options_for : callable, optional
        ``options_for(recipe)`` -> model options, where they depend on the recipe
        (``recipe`` has every argument, defaults filled in).
    model_for : callable, optional
        ``model_for(recipe)`` -> model class name, where it depends on the recipe.
    get_recipe : callable, optional
        ``get_recipe(**recipe)`` -> the set's
        :class:`~assb_models.parameters.recipe.CompositeCathodeRecipe`.
    description : str, optional
        What the set describes (the first paragraph of the set module's docstring).
    """

    name: str
    citation_key: str
    get_parameter_values: Callable
    get_sources: Callable
    recipe: Mapping
    model_options: Mapping = dataclasses.field(default_factory=dict)
    model: str = "SolidStateDFN"
    options_for: Callable | None = None
    model_for: Callable | None = None
    get_recipe: Callable | None = None
    description: str = ""

    def full_recipe(self, **recipe):
        """``recipe`` with the defaults of the arguments it leaves out."""
        return {**self.recipe, **recipe}

    def model_name(self, **recipe):
        """The model class (name) of the cell this recipe describes."""
        if self.model_for is not None:
            return self.model_for(self.full_recipe(**recipe))
        return self.model

    def options(self, **recipe):
        """The model options the set was calibrated with, for this recipe (a
        recipe's "anode" replaces the options' anode)."""
        if self.options_for is not None:
            return dict(self.options_for(self.full_recipe(**recipe)))
        options = dict(self.model_options)
        if "anode" in recipe:
            options["anode"] = recipe["anode"]
        return options


def module_description(module_doc):
    """The first paragraph of a set module's docstring."""
    return textwrap.dedent(module_doc or "").strip().split("\n\n")[0]
