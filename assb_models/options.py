"""Model options of the solid-state models, validated like PyBaMM's."""

import pybamm

#: options of our own, with their allowed values (the first is the default)
ASSB_OPTIONS = {
    "anode": ("Li-In", "lithium metal"),
    "interface film": ("none", "resistive"),
}

#: PyBaMM options the solid-state models fix, with the only value they take
FIXED_PYBAMM_OPTIONS = {
    "working electrode": "positive",
    "electrolyte conductivity": "default",
    "total interfacial current density as a state": None,  # set by "interface film"
}

#: PyBaMM options with the subset of values that make sense for an ASSB
RESTRICTED_PYBAMM_OPTIONS = {
    "transport efficiency": ("Bruggeman", "tortuosity factor"),
    "surface form": ("false", "differential", "algebraic"),
    "thermal": ("isothermal",),
    "SEI": ("none",),
    "lithium plating": ("none",),
    "particle phases": ("1",),
}


def split_options(options):
    """Split user options into ours (validated, defaults filled) and PyBaMM's.

    Raises :class:`pybamm.OptionError` naming the option and its allowed values when
    an option of ours is unknown or has a value outside its allowed set, or when a
    PyBaMM option is given a value the solid-state model cannot honour.
    """
    options = dict(options or {})
    ours = {}
    for name, allowed in ASSB_OPTIONS.items():
        value = options.pop(name, allowed[0])
        if value not in allowed:
            raise pybamm.OptionError(
                f"Option {name!r} has value {value!r}; allowed values are "
                f"{list(allowed)}"
            )
        ours[name] = value

    for name, fixed in FIXED_PYBAMM_OPTIONS.items():
        if name in options and fixed is not None and options[name] != fixed:
            raise pybamm.OptionError(
                f"Option {name!r} has value {options[name]!r}; the solid-state "
                f"model only supports {fixed!r}"
            )
        if name in options and fixed is None:
            raise pybamm.OptionError(
                f"Option {name!r} is set by the model; use 'interface film' instead"
            )
    for name, allowed in RESTRICTED_PYBAMM_OPTIONS.items():
        if name in options and options[name] not in allowed:
            raise pybamm.OptionError(
                f"Option {name!r} has value {options[name]!r}; allowed values for "
                f"the solid-state model are {list(allowed)}"
            )

    options["working electrode"] = "positive"
    if ours["interface film"] == "resistive":
        options["total interfacial current density as a state"] = "true"
    return ours, options
