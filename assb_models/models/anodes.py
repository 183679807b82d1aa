"""The anodes of the full cells: what each one provides, in one table.

Each :class:`Anode` record says which submodels the anode sets, how its thickness
changes, its rest potential, its default parameter set, its summary variables,
whether ``initial_soc`` applies and which Li-metal options it accepts. The models
(:class:`~assb_models.SolidStateDFN`, :class:`~assb_models.SolidStateSPMe`), the
simulation and the sweep read this table; the option "anode" takes its names.
:func:`register_anode` adds an anode (see CONTRIBUTING.md, "A new anode").

The assembly of the Li-metal interface physics from the options (used by the
full cells and the symmetric cell) sits here too.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import pybamm

from assb_models.options import add_option_value, remove_option_value
from assb_models.submodels.anode import (
    AgCInterlayer,
    AlloyLithiumInventory,
    AnodeFreePotential,
    AnodeSurfaceForm,
    AnodeSurfaceFormWithFilms,
    ChargeCounting,
    ConstantContact,
    CounterElectrodeOCP,
    CreepContact,
    CreepCrustContact,
    FullContact,
    Interlayer,
    LithiumInventory,
    LithiumMetalExplicitWithFilms,
    NoInterlayer,
    SiliconFilm,
    SiliconOCP,
)
from assb_models.submodels.anode import silicon as silicon_film
from assb_models.submodels.anode.interphase import INTERPHASE_LAWS
from assb_models.submodels.anode.lithium_metal_interface import OverpotentialSplit
from assb_models.submodels.anode.penetration import INTRUSION_LAWS
from assb_models.submodels.anode.silicon import (
    SiliconButlerVolmer,
    SiliconContact,
    SiliconInverseButlerVolmer,
    SiliconSurfaceForm,
    _silicon_interphase,
)

#: contact law of each "anode contact" option value
CONTACT_LAWS = {
    "full": FullContact,
    "constant": ConstantContact,
    "creep": CreepContact,
    "creep and crust": CreepCrustContact,
}

#: the options of the Li-metal interface and their off values
INTERFACE_OPTIONS = {
    "anode interphase": "none",
    "anode interlayer": "none",
    "anode contact": "full",
    "anode penetration": "none",
}


@dataclass(frozen=True)
class AnodeDomain:
    """A mesh domain of the anode's own (e.g. across a dense film).

    ``coordinate`` returns its :class:`pybamm.SpatialVariable`, ``thickness(param)``
    its extent [m] as a symbol from the model's
    :class:`~assb_models.parameters.AssbParameters`; ``points`` is its default number
    of mesh points.
    """

    name: str
    coordinate: Callable
    thickness: Callable
    points: int


@dataclass(frozen=True)
class Anode:
    """What a planar anode at x = 0 provides to a full cell.

    Parameters
    ----------
    name : str
        Its value of the option "anode".
    set_submodels : callable
        ``set_submodels(model)`` sets its interface submodels in
        ``model.submodels`` after PyBaMM's Li-metal counter electrode ones (it
        replaces or joins them).
    inventory : class or None
        The submodel that counts the Li it holds (``"lithium inventory"``), built
        as ``inventory(param, options)``; None if ``set_submodels`` counts it.
    open_circuit_potential : class
        Its open-circuit potential submodel (PyBaMM's negative primary one).
    thickness_change : str or None
        Variable [m] of its thickness change at a fixed gap; None: the Li plated or
        alloyed, from the charge passed.
    lithium_metal : bool
        Whether its metal is Li (molar volume and creep at a fixed gap) or an alloy.
    rest_potential : str or None
        Variable [V] of its rest potential vs Li; None: the parameter "Negative
        electrode OCP [V]".
    reference_voltage : str or None
        Name of the variable "Voltage [V]" is also reported as (papers quote it).
    parameter_set : str
        Its default parameter set, loaded with ``parameter_set_kwargs``.
    summary_variables : tuple of str
        Variables summarised per cycle beside the cell's.
    initial_soc : bool
        Whether ``initial_soc`` can be set (False: its Li is all in the cathode at
        assembly); ``initial_soc_reason`` says why not.
    li_metal_options : tuple of str
        Li-metal interface options (of :data:`INTERFACE_OPTIONS`) it accepts.
    stack_pressure_options : tuple of str
        Those that, when on, read the model variable "Stack pressure [Pa]".
    domain : :class:`AnodeDomain` or None
        A mesh domain of its own.
    stack_density : str
        Parameter of its density [kg.m-3] in the cell's stack (sweep metrics).
    stack_swelling : tuple or None
        ``(layer, partial molar volume parameter)``: the Li it takes at full
        charge swells the "anode" layer or adds a layer of that name.
    description : str
        What it is.
    """

    name: str
    set_submodels: Callable
    inventory: type | None
    open_circuit_potential: type = CounterElectrodeOCP
    thickness_change: str | None = None
    lithium_metal: bool = False
    rest_potential: str | None = None
    reference_voltage: str | None = None
    parameter_set: str = "Kim2024"
    parameter_set_kwargs: dict = field(default_factory=dict)
    summary_variables: tuple = ()
    initial_soc: bool = True
    initial_soc_reason: str = ""
    li_metal_options: tuple = ()
    stack_pressure_options: tuple = ()
    domain: AnodeDomain | None = None
    stack_density: str = ""
    stack_swelling: tuple | None = None
    description: str = ""


#: the anodes by name (the values of the option "anode"; the first is the default)
ANODES = {}


def register_anode(anode):
    """Add ``anode`` (an :class:`Anode`) to the table and to the option "anode".

    Raises :class:`pybamm.OptionError` if an anode of that name is registered.
    """
    if anode.name in ANODES:
        raise pybamm.OptionError(
            f"An anode named {anode.name!r} is already registered; registered "
            f"anodes are {list(ANODES)}"
        )
    ANODES[anode.name] = anode
    add_option_value("anode", anode.name)
    return anode


def unregister_anode(name):
    """Remove the anode ``name`` from the table and from the option "anode"."""
    ANODES.pop(name)
    remove_option_value("anode", name)


def get_anode(options):
    """The :class:`Anode` of a model's options (or of an anode name)."""
    name = options if isinstance(options, str) else options["anode"]
    return ANODES[name]


def chosen_interface_options(options):
    """The Li-metal interface options, or None when all are off.

    Raises :class:`pybamm.OptionError` if one is on that the anode does not accept
    (:attr:`Anode.li_metal_options`).
    """
    anode = get_anode(options)
    chosen = {name: options[name] for name in INTERFACE_OPTIONS}
    if chosen == INTERFACE_OPTIONS:
        return None
    on = {k: v for k, v in chosen.items() if v != INTERFACE_OPTIONS[k]}
    refused = [name for name in on if name not in anode.li_metal_options]
    if refused:
        takers = [a.name for a in ANODES.values() if set(on) <= set(a.li_metal_options)]
        raise pybamm.OptionError(
            f"Options {on} need 'anode': {' or '.join(repr(t) for t in takers)}, "
            f"got 'anode': {anode.name!r}, which takes {list(anode.li_metal_options)}"
        )
    return chosen


def needs_stack_pressure(options):
    """Whether the anode's chosen interface options read "Stack pressure [Pa]"."""
    anode = get_anode(options)
    return any(
        options[name] != INTERFACE_OPTIONS[name]
        for name in anode.stack_pressure_options
    )


# ---------------------------------------------------------------- assembly
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
        f"{domain} lithium intrusion": INTRUSION_LAWS[
            chosen.get("anode penetration", "none")
        ](param, domain, options),
    }


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


def silicon_submodels(param, options, interphase, surface_form):
    """Submodels of a full cell's Si film anode, replacing the Li-metal ones.

    ``interphase`` is the "anode interphase" law of the SE/Si contact ("none"
    leaves the SE unreduced), ``surface_form`` whether the interface has a double
    layer ("surface form" not "false").
    """
    chosen = {
        "anode interphase": interphase,
        "anode interlayer": "none",
        "anode contact": "full",
    }
    submodels = lithium_metal_interface_submodels(param, options, chosen, surface_form)
    if interphase != "none":
        submodels["negative interphase"] = _silicon_interphase(interphase)(
            param, "negative", options
        )
    submodels["lithium inventory"] = SiliconFilm(param, options)
    submodels["Negative interface utilisation"] = SiliconContact(
        param, "negative", options, utilisation=True
    )
    if surface_form:
        submodels["negative electrode potential"] = SiliconSurfaceForm(
            param, "negative", options
        )
        kinetics = SiliconButlerVolmer(
            param, "negative", "lithium metal plating", options, "primary"
        )
    else:
        kinetics = SiliconInverseButlerVolmer(
            param, "negative", "lithium metal plating", options
        )
    submodels["negative electrode interface"] = kinetics
    return submodels


def anode_free_submodels(param, options, interphase):
    """Submodels that replace PyBaMM's Li-metal anode in an anode-free full cell.

    ``interphase`` is the "anode interphase" law ("none": no SE reduction, so no
    Li is lost at the anode). The charge passed each way is counted for the CE
    (:class:`~assb_models.submodels.anode.coulombic_efficiency.ChargeCounting`).
    """
    return {
        "charge counting": ChargeCounting(param, options),
        "negative electrode potential": AnodeFreePotential(param, "negative", options),
        "negative electrode interface": AgCInterlayer(param, options),
        "negative interphase": INTERPHASE_LAWS[interphase](param, "negative", options),
        "negative interlayer": NoInterlayer(param, "negative", options),
    }


# ---------------------------------------------------------------- the anodes
def _surface_form(model):
    return model.options["surface form"] != "false"


def set_metal_submodels(model):
    """Li-In or Li metal: PyBaMM's planar Li-metal anode, in the surface form with
    its double layer, plus the interphase, interlayer and contact of Li metal."""
    if _surface_form(model):
        model.submodels["negative electrode potential"] = AnodeSurfaceForm(
            model.param, "negative", model.options
        )
    chosen = chosen_interface_options(model.options)
    if chosen is None:
        return
    model.submodels.update(
        lithium_metal_interface_submodels(
            model.param, model.options, chosen, surface_form=_surface_form(model)
        )
    )


def set_anode_free_submodels(model):
    """An Ag-C interlayer and the Li plated beneath it, replacing PyBaMM's Li-metal
    interface (:func:`anode_free_submodels`)."""
    if _surface_form(model):
        model.submodels["negative electrode potential"] = AnodeSurfaceForm(
            model.param, "negative", model.options
        )
    chosen_interface_options(model.options)
    model.submodels.pop("negative electrode interface current", None)
    model.submodels.update(
        anode_free_submodels(
            model.param, model.options, model.options["anode interphase"]
        )
    )


def set_silicon_submodels(model):
    """A dense Si film (:func:`silicon_submodels`)."""
    model.submodels.update(
        silicon_submodels(
            model.param,
            model.options,
            model.options["anode interphase"],
            surface_form=_surface_form(model),
        )
    )


register_anode(
    Anode(
        name="Li-In",
        set_submodels=set_metal_submodels,
        inventory=AlloyLithiumInventory,
        reference_voltage="Voltage vs Li-In [V]",
        parameter_set_kwargs={"anode": "Li-In"},
        stack_density="Li-In alloy density [kg.m-3]",
        description="Li-In alloy foil at a constant 'Negative electrode OCP [V]' "
        "(0.62 V vs Li)",
    )
)
register_anode(
    Anode(
        name="lithium metal",
        set_submodels=set_metal_submodels,
        inventory=LithiumInventory,
        lithium_metal=True,
        parameter_set_kwargs={"anode": "lithium metal"},
        li_metal_options=tuple(INTERFACE_OPTIONS),
        stack_pressure_options=tuple(INTERFACE_OPTIONS),
        stack_density="Lithium metal density [kg.m-3]",
        description="Li foil (Li inventory tracked) with an optional interphase, "
        "interlayer and contact law",
    )
)
register_anode(
    Anode(
        name="anode-free",
        set_submodels=set_anode_free_submodels,
        # the Ag-C interlayer counts its Li
        inventory=None,
        # its plated Li (the Ag-C layer's own change neglected)
        thickness_change="Plated lithium thickness [m]",
        rest_potential="Anode rest potential vs Li [V]",
        parameter_set="Lee2020",
        # per cycle: Li at the anode at the cycle's end, Li lost there, and the
        # charge passed each way (CE = change in discharge passed / change in
        # charge passed; analysis.anode_free_cycle_balance tabulates it)
        summary_variables=(
            "Charge passed [A.h]",
            "Discharge passed [A.h]",
            "Plated lithium thickness [m]",
            "Lithium in plated lithium [mol]",
            "Lithium in Ag-C interlayer [mol]",
            "Negative electrode lithium lost to interphase [mol.m-2]",
        ),
        initial_soc=False,
        initial_soc_reason="its Li is all in the cathode at assembly, and a state "
        "of charge would need Li at the anode; charge the cell instead (an "
        "Experiment starting with 'Charge at ... until ... V')",
        # the SE reduced at the Ag-C layer and plated Li (the Li lost each cycle)
        li_metal_options=("anode interphase",),
        stack_pressure_options=("anode interphase",),
        stack_density="Ag-C interlayer density [kg.m-3]",
        stack_swelling=(
            "plated lithium at full charge",
            "Lithium metal partial molar volume [m3.mol-1]",
        ),
        description="no Li at assembly: an Ag-C interlayer fills, then Li plates "
        "beneath it",
    )
)
register_anode(
    Anode(
        name="silicon",
        set_submodels=set_silicon_submodels,
        inventory=SiliconFilm,
        open_circuit_potential=SiliconOCP,
        thickness_change="Negative electrode thickness change [m]",
        rest_potential="Anode rest potential vs Li [V]",
        parameter_set="Tan2021",
        # the SE/Si interphase is the silicon anode's own (silicon_submodels)
        li_metal_options=("anode interphase",),
        domain=AnodeDomain(
            silicon_film.FILM_DOMAIN,
            silicon_film.film_coordinate,
            lambda param: silicon_film.silicon_parameters(param)["L"],
            20,
        ),
        stack_density="Silicon density [kg.m-3]",
        stack_swelling=("anode", "Silicon lithium partial molar volume [m3.mol-1]"),
        description="a dense Si film: Li diffusion across it, OCP of its surface "
        "lithiation, swelling by the Li partial molar volume",
    )
)
