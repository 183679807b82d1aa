"""AM/SE interface: contact fraction and intercalation kinetics."""

from .contact_fraction import ActiveMaterialContact
from .film_kinetics import FilmButlerVolmer

__all__ = ["ActiveMaterialContact", "FilmButlerVolmer"]
