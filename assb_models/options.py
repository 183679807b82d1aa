"""Model options of the solid-state models, in one table, validated like PyBaMM's.

:data:`OPTIONS` holds every option of ours once: its allowed values (the first is
the default), what it does, and the options it needs. Each model states its own
restrictions (the options and values it refuses, its own defaults) in its options
class, as PyBaMM's models do in their ``options`` setter:
:class:`SolidStateOptions` for the full cells, :class:`SymmetricCellOptions` for the
symmetric Li cell. One vocabulary holds for an option in every model.
"""

import difflib
import functools
from collections.abc import Mapping
from dataclasses import dataclass

import pybamm


@dataclass
class Option:
    """One model option: its allowed values (the first is the default) and what
    it does. Rules between options are in :func:`check_option_needs`."""

    values: list
    description: str

    @property
    def default(self):
        return self.values[0]


#: every option of ours: allowed values (first: default) and what it does. The
#: values of "anode" are the anodes of :mod:`assb_models.models.anodes`
#: (:func:`~assb_models.models.anodes.register_anode` adds one).
OPTIONS = {
    "anode": Option(
        [],
        "planar anode at x = 0: Li-In alloy (constant 'Negative electrode OCP "
        "[V]', 0.62 V vs Li) or lithium metal (Li inventory tracked); 'anode-free': "
        "no Li at assembly, an Ag-C interlayer (its own capacity and potential) "
        "fills, then Li plates beneath it (SE reduction by 'anode interphase' is the "
        "loss); 'silicon': a dense Si film (Li diffusion across it, OCP of its "
        "surface lithiation, swelling by the Li partial molar volume; 'anode "
        "interphase' is its SE reduction on the planar SE/Si contact); what each "
        "provides: assb_models.models.anodes.ANODES",
    ),
    "interface film": Option(
        ["none", "resistive"],
        "'resistive': a coating resistance 'Positive electrode coating resistance "
        "[Ohm.m2]' in series with the AM/SE charge transfer",
    ),
    "SE oxidation on carbon": Option(
        ["none", "self-limiting Tafel", "layer-limited Tafel"],
        "SE oxidised on the carbon/SE contact area, making intermediates: "
        "'self-limiting Tafel' (shut by its own product film, exp(-L/delta)) or "
        "'layer-limited Tafel' (slowed as delta/(delta + L), so it continues cycle "
        "by cycle)",
    ),
    "SE redox on carbon": Option(
        ["none", "reversible couple"],
        "'reversible couple': the first oxidation of the SE on the carbon/SE "
        "contact, Li6PS5Cl <-> Li(6-x)PS5Cl + x Li+ + x e-, with its own "
        "equilibrium potential and capacity, returned on reduction, no SE consumed",
    ),
    "SE oxidation on active material": Option(
        ["none", "Tafel"],
        "'Tafel': SE oxidised on the contacted AM surface, sped up by the "
        "carbon-made intermediates, slowed by the CEI",
    ),
    "SE consumption": Option(
        ["false", "true", "shell"],
        "'true': the oxidation currents consume SE, so the SE volume fraction "
        "(PyBaMM's porosity) and the ionic conductivity fall (needs an SE "
        "oxidation option; on by default with one), taken evenly from all the SE "
        "(mean-field); 'shell': taken first from shells on the carbon and AM "
        "surfaces it oxidises on, which thin the conducting paths by their share "
        "of the cross-section, then from the backbone (needs 'SE transport "
        "efficiency': 'composite obstruction')",
    ),
    "active material isolation": Option(
        ["none", "SE percolation"],
        "'SE percolation': AM cut off from the SE cluster that spans the electrode "
        "as SE consumption lowers the SE fraction towards its percolation threshold "
        "(connected AM ~ (eps_SE - eps_c)^beta); the cut-off particles keep their Li "
        "and vacancies (needs 'SE consumption')",
    ),
    "SE transport efficiency": Option(
        ["Bruggeman", "composite obstruction"],
        "SE transport efficiency in the composite: 'Bruggeman' in the SE fraction, "
        "or 'composite obstruction' (AM near its packing limit and carbon in the SE "
        "domain block Li+ paths)",
    ),
    "CEI growth": Option(
        ["none", "side-reaction driven", "reaction-limited", "diffusion-limited"],
        "cathode-electrolyte interphase thickness in series with the charge "
        "transfer: grown by the AM oxidation current, at a constant rate, or "
        "parabolically (diffusion-limited); each consumes SE and passes its charge",
    ),
    "anode interphase": Option(
        ["none", "constant", "reaction-limited", "diffusion-limited"],
        "lithium metal: SE reduction at the Li/SE contact (Li6PS5Cl + 8 Li -> 5 "
        "Li2S + Li3P + LiCl), its film constant, or growing linearly "
        "(reaction-limited) or parabolically (diffusion-limited), consuming Li and SE",
    ),
    "anode interlayer": Option(
        ["none", "resistive"],
        "lithium metal: 'resistive' interlayer between Li and SE in series with the "
        "charge transfer",
    ),
    "anode contact": Option(
        ["full", "constant", "creep", "creep and crust"],
        "lithium metal: Li/SE contact fraction, full, constant, 'creep' (voids "
        "on stripping vs Li creep under the stack pressure), or 'creep and crust' "
        "(creep, and a crust of SE-reduction products that Li does not wet)",
    ),
    "anode penetration": Option(
        ["none", "intrusion"],
        "lithium metal: 'intrusion' of Li into the SE separator's pores and cracks "
        "(creep under the contact stress, plating at contact hot spots) with a short "
        "circuit when it crosses the separator",
    ),
    "stack pressure": Option(
        ["none", "laws", "fixed gap"],
        "'none': 'Stack pressure [Pa]' held by the fixture, read only by the Li "
        "metal; 'laws': the same constant pressure, and porosity (mass-conserving "
        "compaction), AM/SE contact, real contact, SE tortuosity and connected AM "
        "follow it; 'fixed gap': the same laws, the pressure set by the stack's "
        "thickness in a fixture clamped at a fixed gap",
    ),
    "electrolyte": Option(
        ["single-ion", "polymer", "polymer interlayer", "polymer catholyte"],
        "electrolyte of each layer: 'single-ion': a sulfide (single-ion "
        "conductor, constant Li+ concentration) in the separator and the cathode; "
        "'polymer': a binary salt polymer electrolyte ('Polymer ...' parameters: "
        "salt concentration state, t+ < 1, salt diffusivity, thermodynamic "
        "factor, VTF conductivity) fills the separator and the cathode (the "
        "symmetric cell: its electrolyte layer); 'polymer interlayer': a polymer "
        "film of 'Polymer interlayer thickness [m]' (its own mesh domain) between "
        "each Li electrode and the sulfide separator, anion-blocking at both "
        "faces, the polymer/sulfide interphase in series at the junction; "
        "'polymer catholyte' (full cells): a polymer in the cathode behind the "
        "sulfide separator, the interphase at their junction",
    ),
    "polymer/sulfide interphase": Option(
        ["constant", "reaction-limited"],
        "resistance of the polymer/sulfide interphase (SPEI) in series at a "
        "polymer/sulfide junction: 'constant' ('Polymer/sulfide interphase "
        "initial resistance [Ohm.m2]') or growing linearly with time from it "
        "('reaction-limited': 'Polymer/sulfide interphase growth rate "
        "[Ohm.m2.s-1]', the sulfide's chemical reaction with the polymer)",
    ),
    "contact loss": Option(
        ["none", "chemo-mechanical"],
        "'chemo-mechanical': AM/SE contact lost to the AM volume change at low "
        "stack pressure (needs 'stack pressure': 'laws' or 'fixed gap')",
    ),
}

#: values of other spellings, with the value of the table that means the same
RENAMED_VALUES = {("stack pressure", "constant"): "laws"}

#: the SE oxidation options: any of them on consumes SE
SE_OXIDATION_OPTIONS = (
    "SE oxidation on carbon",
    "SE oxidation on active material",
    "CEI growth",
)


class _Values(Mapping):
    """Read-only view ``{option: (allowed values)}`` of :data:`OPTIONS`."""

    def __getitem__(self, name):
        return tuple(OPTIONS[name].values)

    def __iter__(self):
        return iter(OPTIONS)

    def __len__(self):
        return len(OPTIONS)


class _Descriptions(Mapping):
    """Read-only view ``{option: description}`` of :data:`OPTIONS`."""

    def __getitem__(self, name):
        return OPTIONS[name].description

    def __iter__(self):
        return iter(OPTIONS)

    def __len__(self):
        return len(OPTIONS)


#: our options with their allowed values, the first being the default
ASSB_OPTIONS = _Values()
#: what each option of ours does (shown by ``model.options.print_options()``)
ASSB_OPTION_DESCRIPTIONS = _Descriptions()


def add_option_value(name, value):
    """Allow ``value`` for option ``name`` (used to register an anode)."""
    if value not in OPTIONS[name].values:
        OPTIONS[name].values.append(value)


def remove_option_value(name, value):
    """Take ``value`` back out of the allowed values of option ``name``."""
    if value in OPTIONS[name].values:
        OPTIONS[name].values.remove(value)


@functools.cache
def pybamm_option_names():
    """PyBaMM's option names, with their possible values."""
    return dict(pybamm.BatteryModelOptions({}).possible_options)


def as_options_dict(options):
    """``options`` as a dict (None: empty); anything else raises OptionError."""
    if options is None:
        return {}
    if not isinstance(options, dict):
        raise pybamm.OptionError(
            f"options must be a dict, got {type(options).__name__} {options!r}; "
            'e.g. {"anode": "lithium metal"}'
        )
    return dict(options)


def unknown_option_error(name, valid, model="the solid-state models", takes=None):
    """OptionError for an unknown option ``name``, naming the nearest valid ones.

    ``takes``, if given, is the short list of options ``model`` takes, named when
    no valid name is near.
    """
    matches = difflib.get_close_matches(str(name), list(valid), n=3, cutoff=0.6)
    if matches:
        hint = f"did you mean {' or '.join(repr(m) for m in matches)}?"
    elif takes is not None:
        hint = f"it takes {list(takes)}"
    else:
        hint = f"the options of ours are {list(OPTIONS)} (print_options() lists all)"
    where = " (an option of the full cells)" if name in OPTIONS else ""
    return pybamm.OptionError(
        f"Option {name!r} not recognised by {model}{where}; {hint}"
    )


def check_value(name, value, allowed):
    """Raise OptionError unless ``value`` is in ``allowed`` (naming the new
    spelling of a renamed value)."""
    if value in allowed:
        return
    renamed = RENAMED_VALUES.get((name, value)) if isinstance(value, str) else None
    if renamed is not None:
        raise pybamm.OptionError(
            f"Option {name!r} has value {value!r}, which is spelt {renamed!r} in "
            f"every model; use {name!r}: {renamed!r}"
        )
    raise pybamm.OptionError(
        f"Option {name!r} has value {value!r}; allowed values are {list(allowed)}"
    )


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
        check_value(name, value, allowed)
        chosen[name] = value
    return chosen, rest


def check_option_needs(ours, given):
    """Refuse options that do nothing (or break a balance) without another.

    ``ours`` are the chosen values of our options, ``given`` the names the user
    set. "SE consumption" left unset follows the SE oxidation options.
    """
    oxidising = [name for name in SE_OXIDATION_OPTIONS if ours[name] != "none"]
    if oxidising and ours["SE consumption"] == "false":
        if "SE consumption" in given:
            raise pybamm.OptionError(
                f"Option 'SE consumption' = 'false' cannot be combined with "
                f"{oxidising}: SE oxidation releases Li+ from the SE it consumes, so "
                "without consumption lithium would be created; set 'SE consumption' "
                "to 'true'"
            )
        # the SE that oxidises is consumed (atoms are conserved)
        ours["SE consumption"] = "true"
    if not oxidising and ours["SE consumption"] != "false":
        raise pybamm.OptionError(
            f"Option 'SE consumption' = {ours['SE consumption']!r} does nothing "
            "without SE oxidation: it "
            f"needs one of {list(SE_OXIDATION_OPTIONS)} on (e.g. 'SE oxidation on "
            "carbon': 'self-limiting Tafel'), which then consumes the SE by default"
        )
    if ours["active material isolation"] != "none" and ours["SE consumption"] == (
        "false"
    ):
        raise pybamm.OptionError(
            "Option 'active material isolation' = "
            f"{ours['active material isolation']!r} needs 'SE consumption' (the SE "
            "fraction it follows changes only when the SE is consumed): turn on an "
            "SE oxidation option"
        )
    if (
        ours["SE consumption"] == "shell"
        and ours["SE transport efficiency"] != "composite obstruction"
    ):
        raise pybamm.OptionError(
            "Option 'SE consumption' = 'shell' needs 'SE transport efficiency' = "
            "'composite obstruction' (the law that reads the shell's conduction "
            f"factor), not {ours['SE transport efficiency']!r}"
        )
    if (
        ours["CEI growth"] == "side-reaction driven"
        and ours["SE oxidation on active material"] == "none"
    ):
        raise pybamm.OptionError(
            "Option 'CEI growth' = 'side-reaction driven' needs a side reaction: set "
            "'SE oxidation on active material' to 'Tafel' or choose another law "
            f"from {OPTIONS['CEI growth'].values}"
        )
    check_electrolyte_needs(ours)
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


#: options a polymer electrolyte filling the cell cannot take: they are laws of
#: a sulfide (its oxidation, its powder compaction), with their off values
SULFIDE_ONLY_OPTIONS = {
    "SE oxidation on carbon": "none",
    "SE oxidation on active material": "none",
    "CEI growth": "none",
    "SE consumption": "false",
    "active material isolation": "none",
    "stack pressure": "none",
    "contact loss": "none",
}

#: the anodes each electrolyte takes in the full cells
ELECTROLYTE_ANODES = {
    "polymer": ("lithium metal", "Li-In"),
    "polymer interlayer": ("lithium metal",),
    "polymer catholyte": ("lithium metal", "Li-In"),
}


def check_electrolyte_needs(ours):
    """Refuse full-cell options a polymer electrolyte cannot take.

    Behind a polymer the Li touches no sulfide, so "anode interphase" (sulfide
    reduction) must be "none" (but for a polymer catholyte, behind a sulfide
    separator); a polymer in the cathode takes none of the sulfide's laws
    (:data:`SULFIDE_ONLY_OPTIONS`); each layout takes the anodes of
    :data:`ELECTROLYTE_ANODES`.
    """
    choice = ours["electrolyte"]
    if choice == "single-ion":
        return
    if ours["anode"] not in ELECTROLYTE_ANODES[choice]:
        raise pybamm.OptionError(
            f"Option 'electrolyte' = {choice!r} needs 'anode' in "
            f"{list(ELECTROLYTE_ANODES[choice])}, got {ours['anode']!r}"
        )
    if ours["anode interphase"] != "none" and choice != "polymer catholyte":
        raise pybamm.OptionError(
            f"Option 'anode interphase' = {ours['anode interphase']!r} cannot be "
            f"combined with 'electrolyte': {choice!r}: its laws reduce the sulfide, "
            "which the Li does not touch behind a polymer; leave it at 'none'"
        )
    if choice not in ("polymer", "polymer catholyte"):
        return
    for name, off in SULFIDE_ONLY_OPTIONS.items():
        if ours[name] != off:
            raise pybamm.OptionError(
                f"Option {name!r} = {ours[name]!r} cannot be combined with "
                f"'electrolyte': {choice!r}: it is a law of a sulfide SE in the "
                f"cathode; leave it at {off!r}"
            )


class SolidStateOptions(pybamm.BatteryModelOptions):
    """:class:`pybamm.BatteryModelOptions` with the solid-state options.

    The full cells' restrictions: PyBaMM options they fix (:attr:`FIXED`) or take
    only some values of (:attr:`RESTRICTED`), and the rules of :data:`OPTIONS`
    (:func:`check_option_needs`). Ours are items of this dict too
    (``model.options["anode"]``), with their allowed values in
    ``possible_options``; :meth:`print_options` lists them with what they do.
    """

    #: PyBaMM options the solid-state models fix, with the only value they take
    FIXED = {
        "working electrode": "positive",
        "electrolyte conductivity": "default",
        # the AM/SE contact fraction (or the pressure laws) sets the utilisation
        "interface utilisation": "full",
    }

    #: PyBaMM options with the subset of values that make sense for an ASSB
    RESTRICTED = {
        "transport efficiency": ("Bruggeman", "tortuosity factor"),
        "surface form": ("false", "differential", "algebraic"),
        "thermal": ("isothermal",),
        "SEI": ("none",),
        "lithium plating": ("none",),
        "particle phases": ("1",),
    }

    def __init__(self, extra_options):
        extra = as_options_dict(extra_options)
        valid = list(OPTIONS) + list(pybamm_option_names())
        for name in extra:
            if name not in valid:
                raise unknown_option_error(name, valid)
        ours, pybamm_options = self.split(extra)
        super().__init__(pybamm_options)
        self.possible_options.update({k: list(v.values) for k, v in OPTIONS.items()})
        self.update(ours)

    @classmethod
    def split(cls, options):
        """Split user options into ours (validated, defaults filled) and PyBaMM's.

        Raises :class:`pybamm.OptionError` naming the option and its allowed values
        when an option of ours has a value outside its allowed set, when options
        need one another, or when a PyBaMM option is given a value the solid-state
        model cannot honour.
        """
        given = set(options or {})
        ours, options = choose_options(options, ASSB_OPTIONS)
        check_option_needs(ours, given)
        if (
            ours["electrolyte"] == "polymer catholyte"
            and (options or {}).get("surface form", "false") != "false"
        ):
            raise pybamm.OptionError(
                "Option 'electrolyte' = 'polymer catholyte' needs 'surface form': "
                "'false' (its sulfide and polymer potentials are solved in the "
                "explicit form only)"
            )
        for name, fixed in cls.FIXED.items():
            if name in options and options[name] != fixed:
                raise pybamm.OptionError(
                    f"Option {name!r} has value {options[name]!r}; the solid-state "
                    f"model only supports {fixed!r}"
                )
        for name, allowed in cls.RESTRICTED.items():
            if name in options and options[name] not in allowed:
                raise pybamm.OptionError(
                    f"Option {name!r} has value {options[name]!r}; allowed values "
                    f"for the solid-state model are {list(allowed)}"
                )
        if ours["active material isolation"] != "none":
            if (
                ours["stack pressure"] != "none"
                or options.get("loss of active material", "none") != "none"
            ):
                raise pybamm.OptionError(
                    "Option 'active material isolation' = "
                    f"{ours['active material isolation']!r} sets the active material "
                    "volume fraction itself: it cannot be combined with 'stack "
                    "pressure' (its connected-AM law) or PyBaMM's 'loss of active "
                    "material'"
                )
        if ours["stack pressure"] != "none":
            for name, default in (
                ("transport efficiency", "Bruggeman"),
                ("loss of active material", "none"),
            ):
                if options.get(name, default) != default:
                    raise pybamm.OptionError(
                        f"Option {name!r} = {options[name]!r} cannot be combined "
                        f"with 'stack pressure': {ours['stack pressure']!r}, whose "
                        "tortuosity and connected-AM laws "
                        f"replace it; leave it at {default!r}"
                    )
        options["working electrode"] = "positive"
        return ours, options

    @property
    def ours(self):
        """The solid-state options (of :data:`OPTIONS`) with their values."""
        return {name: self[name] for name in OPTIONS}

    def print_options(self):
        """PyBaMM's options with their possible values, then ours with what they do."""
        for key, value in self.items():
            if key not in OPTIONS:
                print(f"{key!r}: {value!r} (possible: {self.possible_options[key]!r})")
        print("Solid-state options (assb_models):")
        for key, value in self.ours.items():
            print(
                f"{key!r}: {value!r} (possible: {self.possible_options[key]!r})\n"
                f"    {OPTIONS[key].description}"
            )

    def print_detailed_options(self):
        """What each solid-state option does, then PyBaMM's option docstring."""
        for key, option in OPTIONS.items():
            print(f"* {key!r}: {option.values}\n    {option.description}")
        super().print_detailed_options()


class SymmetricCellOptions(dict):
    """Options of the symmetric Li cell: the Li-metal options of :data:`OPTIONS`,
    "stack pressure" without its cathode laws, and PyBaMM's "surface form".

    Its restrictions: the options it takes (:attr:`TAKES`), its own defaults
    (:attr:`DEFAULTS`) and the values it refuses (:attr:`REFUSED`, with why).
    The allowed values of each are listed default first.
    """

    TAKES = (
        "electrolyte",
        "polymer/sulfide interphase",
        "anode interphase",
        "anode interlayer",
        "anode contact",
        "anode penetration",
        "surface form",
        "stack pressure",
    )
    #: its defaults where they differ from the table's: a Li|SE contact reduces
    #: the SE, and stripping opens voids
    DEFAULTS = {
        "anode interphase": "diffusion-limited",
        "anode contact": "creep",
        "anode penetration": "intrusion",
        "stack pressure": "laws",
    }
    #: values it refuses, with the reason
    REFUSED = {
        "electrolyte": {
            "polymer catholyte": "a symmetric Li cell has no cathode; "
            "'polymer' or 'polymer interlayer' put a polymer between the foils",
        },
        "stack pressure": {
            "none": "the Li creep of both electrodes follows 'Stack pressure [Pa]': "
            "held by the fixture ('laws') or set at a fixed gap ('fixed gap')",
        },
        "surface form": {
            "algebraic": "the interfaces are resistive ('false') or charge their "
            "double layers and films ('differential')",
        },
    }

    def __init__(self, extra_options=None):
        extra = as_options_dict(extra_options)
        for name in extra:
            if name not in self.TAKES:
                raise unknown_option_error(
                    name, self.TAKES, "the symmetric cell", takes=self.TAKES
                )
            reason = self.REFUSED.get(name, {}).get(extra[name])
            if reason is not None:
                raise pybamm.OptionError(
                    f"Option {name!r} = {extra[name]!r} is not available in the "
                    f"symmetric cell: {reason}"
                )
        chosen = choose_options(extra, self.possible_options)[0]
        if chosen["electrolyte"] != "single-ion":
            # the Li touches the polymer: no sulfide to reduce
            if extra.get("anode interphase", "none") != "none":
                raise pybamm.OptionError(
                    f"Option 'anode interphase' = {extra['anode interphase']!r} "
                    f"cannot be combined with 'electrolyte': "
                    f"{chosen['electrolyte']!r}: its laws reduce the sulfide "
                    "(Li6PS5Cl + 8 Li), which the Li does not touch behind a "
                    "polymer; leave it at 'none'"
                )
            chosen["anode interphase"] = "none"
            # the intrusion law is Li creeping into the sulfide separator's pores,
            # which the Li does not touch behind a polymer
            if extra.get("anode penetration", "none") != "none":
                raise pybamm.OptionError(
                    f"Option 'anode penetration' = {extra['anode penetration']!r} "
                    f"cannot be combined with 'electrolyte': "
                    f"{chosen['electrolyte']!r}: its law is Li creeping into the "
                    "sulfide separator's pores, which the Li does not touch behind "
                    "a polymer; leave it at 'none'"
                )
            chosen["anode penetration"] = "none"
        super().__init__(chosen)

    @property
    def possible_options(self):
        """Allowed values of each option it takes, default first."""
        allowed = {}
        for name in self.TAKES:
            if name in OPTIONS:
                values = OPTIONS[name].values
            else:
                values = pybamm_option_names()[name]
            values = [v for v in values if v not in self.REFUSED.get(name, {})]
            default = self.DEFAULTS.get(name, values[0])
            allowed[name] = [default] + [v for v in values if v != default]
        return allowed

    def print_options(self):
        """Each option with its possible values and what it does."""
        for key, value in self.items():
            print(f"{key!r}: {value!r} (possible: {self.possible_options[key]!r})")
            if key in OPTIONS:
                print(f"    {OPTIONS[key].description}")
