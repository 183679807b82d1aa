"""AM/SE interface: contact fraction and intercalation kinetics."""

from .contact_fraction import ActiveMaterialContact
from .double_layer import CompositeDoubleLayer
from .film_kinetics import FilmButlerVolmer

__all__ = ["ActiveMaterialContact", "CompositeDoubleLayer", "FilmButlerVolmer"]
