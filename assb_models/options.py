"""Model options of the solid-state models, validated like PyBaMM's."""

import pybamm

#: options of our own, with their allowed values (the first is the default)
ASSB_OPTIONS = {
    "anode": ("Li-In", "lithium metal", "anode-free", "silicon"),
    "interface film": ("none", "resistive"),
    "SE oxidation on carbon": ("none", "self-limiting Tafel", "layer-limited Tafel"),
    "SE oxidation on active material": ("none", "Tafel"),
    "SE consumption": ("false", "true"),
    # SE transport efficiency in the composite: Bruggeman in the SE fraction, or
    # obstruction by the AM (packing limit) and by carbon/voids in the SE domain
    "SE transport efficiency": ("Bruggeman", "composite obstruction"),
    "CEI growth": (
        "none",
        "side-reaction driven",
        "reaction-limited",
        "diffusion-limited",
    ),
    # lithium-metal anode (issue 5); the first value of each gives back the plain
    # Li-metal interface
    "anode interphase": ("none", "constant", "reaction-limited", "diffusion-limited"),
    "anode interlayer": ("none", "resistive"),
    "anode contact": ("full", "constant", "creep"),
    # stack pressure (issues 4, 12): pressure laws of porosity, contact, tortuosity,
    # real contact and connected AM at a constant pressure ("laws") or with the
    # pressure set by the stack's thickness at a fixed gap; AM/SE contact lost to
    # AM volume change
    "stack pressure": ("none", "laws", "fixed gap"),
    "contact loss": ("none", "chemo-mechanical"),
}

#: what each option of ours does (shown by ``model.options.print_options()``)
ASSB_OPTION_DESCRIPTIONS = {
    "anode": "planar anode at x = 0: Li-In alloy (constant 'Negative electrode OCP "
    "[V]', 0.62 V vs Li) or lithium metal (Li inventory tracked); 'anode-free': "
    "no Li at assembly, an Ag-C interlayer (its own capacity and potential) fills, "
    "then Li plates beneath it (SE reduction by 'anode interphase' is the loss); "
    "'silicon': a dense Si film (Li diffusion across it, OCP of its surface "
    "lithiation, swelling by the Li partial molar volume; 'anode interphase' is its "
    "SE reduction on the planar SE/Si contact)",
    "interface film": "'resistive': a coating resistance 'Positive electrode coating "
    "resistance [Ohm.m2]' in series with the AM/SE charge transfer",
    "SE oxidation on carbon": "SE oxidised on the carbon/SE contact area, making "
    "intermediates: 'self-limiting Tafel' (shut by its own product film, "
    "exp(-L/delta)) or 'layer-limited Tafel' (slowed as delta/(delta + L), so it "
    "continues cycle by cycle)",
    "SE transport efficiency": "SE transport efficiency in the composite: "
    "'Bruggeman' in the SE fraction, or 'composite obstruction' (AM near its packing "
    "limit and carbon in the SE domain block Li+ paths)",
    "SE oxidation on active material": "'Tafel': SE oxidised on the contacted AM "
    "surface, sped up by the carbon-made intermediates, slowed by the CEI",
    "SE consumption": "'true': the oxidation currents consume SE, so the SE volume "
    "fraction (PyBaMM's porosity) and the ionic conductivity fall",
    "CEI growth": "cathode-electrolyte interphase thickness in series with the "
    "charge transfer: grown by the AM oxidation current, at a constant rate, or "
    "parabolically (diffusion-limited); each consumes SE and passes its charge",
    "anode interphase": "lithium metal: SE reduction at the Li/SE contact "
    "(Li6PS5Cl + 8 Li -> 5 Li2S + Li3P + LiCl), its film constant, or growing "
    "linearly (reaction-limited) or parabolically (diffusion-limited), consuming Li "
    "and SE",
    "anode interlayer": "lithium metal: 'resistive' interlayer between Li and SE in "
    "series with the charge transfer",
    "anode contact": "lithium metal: Li/SE contact fraction, full, constant, or "
    "'creep' (voids on stripping vs Li creep under the stack pressure)",
    "stack pressure": "'laws': porosity (mass-conserving compaction), AM/SE "
    "contact, real contact, SE tortuosity and connected AM follow 'Stack pressure "
    "[Pa]'; 'fixed gap': the same laws, the pressure set by the stack's thickness "
    "in a fixture clamped at a fixed gap",
    "contact loss": "'chemo-mechanical': AM/SE contact lost to the AM volume change "
    "at low stack pressure (needs 'stack pressure': 'laws' or 'fixed gap')",
}


class SolidStateOptions(pybamm.BatteryModelOptions):
    """:class:`pybamm.BatteryModelOptions` with the solid-state options.

    PyBaMM's options are validated by PyBaMM, ours by :func:`split_options`; ours are
    items of this dict too (``model.options["anode"]``), with their allowed values in
    ``possible_options``. :meth:`print_options` lists them with what they do.
    """

    def __init__(self, extra_options):
        ours, pybamm_options = split_options(extra_options)
        super().__init__(pybamm_options)
        self.possible_options.update({k: list(v) for k, v in ASSB_OPTIONS.items()})
        self.assb = ours
        self.update(ours)

    def print_options(self):
        """PyBaMM's options with their possible values, then ours with what they do."""
        for key, value in self.items():
            if key not in self.assb:
                print(f"{key!r}: {value!r} (possible: {self.possible_options[key]!r})")
        print("Solid-state options (assb_models):")
        for key, value in self.assb.items():
            print(
                f"{key!r}: {value!r} (possible: {self.possible_options[key]!r})\n"
                f"    {ASSB_OPTION_DESCRIPTIONS.get(key, '')}"
            )

    def print_detailed_options(self):
        """What each solid-state option does, then PyBaMM's option docstring."""
        for key, allowed in ASSB_OPTIONS.items():
            description = ASSB_OPTION_DESCRIPTIONS.get(key, "")
            print(f"* {key!r}: {list(allowed)}\n    {description}")
        super().print_detailed_options()


#: PyBaMM options the solid-state models fix, with the only value they take
FIXED_PYBAMM_OPTIONS = {
    "working electrode": "positive",
    "electrolyte conductivity": "default",
    # the AM/SE contact fraction (or the pressure laws) sets the utilisation
    "interface utilisation": "full",
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


def choose_options(options, table):
    """Take the options named in ``table`` out of ``options``, validated.

    ``table`` maps each option to its allowed values, the first being the default.
    Returns ``(chosen, rest)``: the chosen values with defaults filled, and the
    options ``table`` does not name. Raises :class:`pybamm.OptionError` naming the
    option and its allowed values when a value is not allowed.
    """
    rest = dict(options or {})
    chosen = {}
    for name, allowed in table.items():
        value = rest.pop(name, allowed[0])
        if value not in allowed:
            raise pybamm.OptionError(
                f"Option {name!r} has value {value!r}; allowed values are "
                f"{list(allowed)}"
            )
        chosen[name] = value
    return chosen, rest


def split_options(options):
    """Split user options into ours (validated, defaults filled) and PyBaMM's.

    Raises :class:`pybamm.OptionError` naming the option and its allowed values when
    an option of ours is unknown or has a value outside its allowed set, or when a
    PyBaMM option is given a value the solid-state model cannot honour.
    """
    consumption_given = "SE consumption" in (options or {})
    ours, options = choose_options(options, ASSB_OPTIONS)
    oxidising = [
        name
        for name in (
            "SE oxidation on carbon",
            "SE oxidation on active material",
            "CEI growth",
        )
        if ours[name] != "none"
    ]
    if oxidising and ours["SE consumption"] == "false":
        if consumption_given:
            raise pybamm.OptionError(
                f"Option 'SE consumption' = 'false' cannot be combined with {oxidising}: "
                "SE oxidation releases Li+ from the SE it consumes, so without "
                "consumption lithium would be created; set 'SE consumption' to 'true'"
            )
        # the SE that oxidises is consumed (atoms are conserved)
        ours["SE consumption"] = "true"

    for name, fixed in FIXED_PYBAMM_OPTIONS.items():
        if name in options and options[name] != fixed:
            raise pybamm.OptionError(
                f"Option {name!r} has value {options[name]!r}; the solid-state "
                f"model only supports {fixed!r}"
            )
    for name, allowed in RESTRICTED_PYBAMM_OPTIONS.items():
        if name in options and options[name] not in allowed:
            raise pybamm.OptionError(
                f"Option {name!r} has value {options[name]!r}; allowed values for "
                f"the solid-state model are {list(allowed)}"
            )

    if (
        ours["CEI growth"] == "side-reaction driven"
        and ours["SE oxidation on active material"] == "none"
    ):
        raise pybamm.OptionError(
            "Option 'CEI growth' = 'side-reaction driven' needs a side reaction: set "
            "'SE oxidation on active material' to 'Tafel' or choose another law "
            f"from {list(ASSB_OPTIONS['CEI growth'])}"
        )
    if ours["contact loss"] != "none" and ours["stack pressure"] == "none":
        raise pybamm.OptionError(
            "Option 'contact loss' = 'chemo-mechanical' needs the stack pressure: set "
            "'stack pressure' to 'laws' or 'fixed gap'"
        )
    if (
        ours["stack pressure"] != "none"
        and ours["SE transport efficiency"] != "Bruggeman"
    ):
        raise pybamm.OptionError(
            "Option 'SE transport efficiency' = 'composite obstruction' cannot be "
            f"combined with 'stack pressure': {ours['stack pressure']!r}, whose "
            "tortuosity law replaces it; leave it at 'Bruggeman'"
        )
    if ours["stack pressure"] != "none":
        for name, default in (
            ("transport efficiency", "Bruggeman"),
            ("loss of active material", "none"),
        ):
            if options.get(name, default) != default:
                raise pybamm.OptionError(
                    f"Option {name!r} = {options[name]!r} cannot be combined with "
                    f"'stack pressure': {ours['stack pressure']!r}, whose tortuosity "
                    "and connected-AM laws "
                    f"replace it; leave it at {default!r}"
                )
    options["working electrode"] = "positive"
    return ours, options
