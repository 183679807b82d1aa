"""A polymer film between the Li anode and the sulfide separator of a full cell."""

import pybamm

from assb_models.submodels.anode import (
    AnodeSurfaceForm,
    AnodeSurfaceFormWithFilms,
    LithiumMetalExplicitWithFilms,
)
from assb_models.submodels.solid_electrolyte import SingleIonConcentration

from .junction import junction_variables
from .layer import FULL_CELL_INTERLAYER


class SulfideBehindPolymerInterlayer(SingleIonConcentration):
    """The single-ion SE of separator and cathode, with the polymer film's salt at
    the Li face.

    As :class:`~assb_models.submodels.solid_electrolyte.SingleIonConcentration`,
    but the electrolyte the Li anode touches is the polymer film: PyBaMM's
    "Negative electrolyte concentration [mol.m-3]" (read by the Li-metal
    exchange-current density) is the film's salt concentration at its Li face.
    The SE's junction side reports the polymer/sulfide junction
    (:func:`~assb_models.submodels.polymer.junction_variables`).
    """

    def get_coupled_variables(self, variables):
        variables = super().get_coupled_variables(variables)
        name = FULL_CELL_INTERLAYER.name
        c_li = variables[f"{name} left-face salt concentration [mol.m-3]"]
        c_junction = variables[f"{name} right-face salt concentration [mol.m-3]"]
        T = variables["X-averaged cell temperature [K]"]
        variables.update(
            {
                "Negative electrolyte concentration [mol.m-3]": c_li,
                "X-averaged negative electrolyte concentration [mol.m-3]": c_li,
            }
        )
        variables.update(
            junction_variables(self.param, c_junction, T, "Polymer/sulfide junction")
        )
        return variables


class PolymerInterlayerInSeries:
    """The polymer film and the polymer/sulfide interphase in series with the Li
    anode of a full cell (a mixin for its electrode-potential submodel).

    .. math::
        \\phi_{e,SE}(0) = \\phi_{e,Li} - \\Delta\\phi_{PI} - i_{cc} R_{SPEI}

    with :math:`\\phi_{e,Li}` the electrolyte potential at the Li face (the Li
    potential less its charge transfer and films), :math:`\\Delta\\phi_{PI}`
    "Polymer interlayer potential difference [V]" (ohmic and diffusion potential
    of the film, :class:`~assb_models.submodels.polymer.PolymerLayer`) and
    :math:`R_{SPEI}` "Polymer/sulfide interphase resistance [Ohm.m2]". PyBaMM's
    "Lithium metal interface electrolyte potential [V]", where the separator's
    electrolyte potential starts, becomes :math:`\\phi_{e,SE}(0)`; the
    Li-referenced potential is continuous at the junction (Li+ in equilibrium
    across it), so salt depletion at the junction shows in the voltage through
    the film's diffusion potential.
    """

    def get_coupled_variables(self, variables):
        variables = super().get_coupled_variables(variables)
        i = variables["Current collector current density [A.m-2]"]
        d_film = variables[f"{FULL_CELL_INTERLAYER.name} potential difference [V]"]
        eta_spei = i * variables["Polymer/sulfide interphase resistance [Ohm.m2]"]
        phi_e = variables["Lithium metal interface electrolyte potential [V]"]
        variables.update(
            {
                "Polymer interlayer Li-face electrolyte potential [V]": phi_e,
                "Polymer/sulfide interphase overpotential [V]": eta_spei,
                "Lithium metal interface electrolyte potential [V]": phi_e
                - d_film
                - eta_spei,
            }
        )
        return variables


def _in_series(base):
    """``base`` with :class:`PolymerInterlayerInSeries` mixed in, a class of this
    module (so models that hold it pickle)."""
    name = f"{base.__name__}WithPolymerInterlayer"
    combined = type(
        name,
        (PolymerInterlayerInSeries, base),
        {"__doc__": PolymerInterlayerInSeries.__doc__, "__module__": __name__},
    )
    globals()[name] = combined
    return combined


#: the Li anode's electrode-potential submodels, each with the film in series
IN_SERIES = {
    base: _in_series(base)
    for base in (
        pybamm.electrode.ohm.LithiumMetalExplicit,
        pybamm.electrode.ohm.LithiumMetalSurfaceForm,
        LithiumMetalExplicitWithFilms,
        AnodeSurfaceForm,
        AnodeSurfaceFormWithFilms,
    )
}


def with_polymer_interlayer(submodel):
    """``submodel`` (the Li anode's electrode-potential submodel, whichever of
    :data:`IN_SERIES` the anode chose) with :class:`PolymerInterlayerInSeries`
    mixed in.

    Raises :class:`pybamm.OptionError` for another class (an anode whose
    potential the film cannot join).
    """
    combined = IN_SERIES.get(type(submodel))
    if combined is None:
        raise pybamm.OptionError(
            f"a polymer interlayer cannot join the anode potential "
            f"{type(submodel).__name__}; it joins {[b.__name__ for b in IN_SERIES]}"
        )
    new = combined.__new__(combined)
    new.__dict__.update(submodel.__dict__)
    return new
