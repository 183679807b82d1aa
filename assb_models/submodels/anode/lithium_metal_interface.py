"""Assembly of the Li-metal interface physics of a full cell from its options."""

import pybamm

from .contact import CONTACT_LAWS
from .interface_potential import (
    AnodeSurfaceFormWithFilms,
    LithiumMetalExplicitWithFilms,
)
from .interlayer import Interlayer, NoInterlayer
from .interphase import INTERPHASE_LAWS
from .lithium_inventory import LithiumInventory

#: the options of the Li-metal interface and their off values
INTERFACE_OPTIONS = {
    "anode interphase": "none",
    "anode interlayer": "none",
    "anode contact": "full",
}


def chosen_interface_options(assb_options):
    """The Li-metal interface options, or None when all are off.

    Raises :class:`pybamm.OptionError` if one is on with an anode other than
    lithium metal ("anode-free" takes "anode interphase" only).
    """
    chosen = {name: assb_options[name] for name in INTERFACE_OPTIONS}
    if chosen == INTERFACE_OPTIONS:
        return None
    on = {k: v for k, v in chosen.items() if v != INTERFACE_OPTIONS[k]}
    if assb_options["anode"] == "anode-free" and list(on) == ["anode interphase"]:
        # the SE reduced at the Ag-C layer and plated Li (the Li lost each cycle)
        return chosen
    if assb_options["anode"] != "lithium metal":
        if assb_options["anode"] == "silicon" and list(on) == ["anode interphase"]:
            return None  # the SE/Si interphase is the silicon anode's (silicon.py)
        raise pybamm.OptionError(
            f"Options {on} need 'anode': 'lithium metal', got "
            f"'anode': {assb_options['anode']!r}"
        )
    return chosen


def electrode_interface_submodels(param, domain, options, chosen, utilisation):
    """Interphase, interlayer and contact submodels of one planar Li electrode."""
    interlayer = (
        Interlayer if chosen["anode interlayer"] == "resistive" else NoInterlayer
    )
    return {
        f"{domain} interphase": INTERPHASE_LAWS[chosen["anode interphase"]](
            param, domain, options
        ),
        f"{domain} interlayer": interlayer(param, domain, options),
        f"{domain} lithium metal contact": CONTACT_LAWS[chosen["anode contact"]](
            param, domain, options, utilisation=utilisation
        ),
    }


class OverpotentialSplit(pybamm.BaseSubModel):
    """Anode-side overpotentials of a full cell, for the split of the voltage loss.

    Reports "Negative electrode charge-transfer overpotential [V]" (PyBaMM's
    Li-metal reaction overpotential) and "Separator ohmic overpotential [V]",
    :math:`\\phi_e(0) - \\phi_e(L_s)` across the SE separator, beside the interlayer
    and interphase overpotentials of the films.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "negative", options=options)

    def get_coupled_variables(self, variables):
        phi_e_s = variables["Separator electrolyte potential [V]"]
        variables.update(
            {
                "Negative electrode charge-transfer overpotential [V]": variables[
                    "Lithium metal interface reaction overpotential [V]"
                ],
                "Separator ohmic overpotential [V]": pybamm.boundary_value(
                    phi_e_s, "left"
                )
                - pybamm.boundary_value(phi_e_s, "right"),
            }
        )
        return variables


def lithium_metal_interface_submodels(param, options, chosen, surface_form):
    """Submodels that replace or join a full cell's Li-metal anode ones."""
    potential = (
        AnodeSurfaceFormWithFilms if surface_form else LithiumMetalExplicitWithFilms
    )
    submodels = electrode_interface_submodels(
        param, "negative", options, chosen, utilisation=True
    )
    submodels.update(
        {
            # the contact fraction is PyBaMM's Li-metal interface utilisation
            "Negative interface utilisation": submodels.pop(
                "negative lithium metal contact"
            ),
            "negative electrode potential": potential(param, "negative", options),
            "lithium inventory": LithiumInventory(
                param, options, interphase=chosen["anode interphase"] != "none"
            ),
            "anode overpotential split": OverpotentialSplit(param, options),
        }
    )
    return submodels
