"""Load published parameter sets, validate values and keep their provenance."""

import math

import numpy as np
import pybamm
from pybamm.parameters.parameter_values import ParameterNameParser

from assb_models.validation import (
    InvalidInputError,
    is_real,
    require_finite,
    require_fraction,
    require_in_range,
    require_positive,
    require_sum_at_most_one,
)

from . import registry
from .assb_parameters import RENAMED_PARAMETERS
from .compaction import carries_compaction, pressure_structure
from .laws import LAWS, PRESSURE_ARGUMENT

#: parameters that must be strictly positive (thicknesses, densities, conductivities)
POSITIVE = (
    "Positive electrode thickness [m]",
    "Separator thickness [m]",
    "Negative electrode thickness [m]",
    "Electrode height [m]",
    "Electrode width [m]",
    "Positive particle radius [m]",
    "Positive particle diffusivity [m2.s-1]",
    "Maximum concentration in positive electrode [mol.m-3]",
    "Positive electrode active material density [kg.m-3]",
    "Positive electrode carbon density [kg.m-3]",
    "Solid electrolyte conductivity at reference temperature [S.m-1]",
    "Positive electrode conductivity [S.m-1]",
    "Positive electrode carbon conductivity [S.m-1]",
    "Initial concentration in electrolyte [mol.m-3]",
    "Solid electrolyte density [kg.m-3]",
    "Positive electrode binder density [kg.m-3]",
    "Li-In alloy lithium partial molar volume [m3.mol-1]",
    "Ag-C interlayer lithium capacity [mol.m-2]",
    "Ag-C interlayer exchange-current density [A.m-2]",
    "Plated lithium stripping reference amount [mol.m-2]",
)

#: parameters that must be >= 0 (masses per area of compaction, fixed-gap fixture)
NON_NEGATIVE = (
    "Positive electrode active material mass per area [kg.m-2]",
    "Positive electrode solid electrolyte mass per area [kg.m-2]",
    "Positive electrode carbon mass per area [kg.m-2]",
    "Positive electrode binder mass per area [kg.m-2]",
    "Separator solid electrolyte mass per area [kg.m-2]",
    "Fixed-gap stack stiffness [Pa.m-1]",
    "Lithium metal creep relaxation length [m]",
)

#: parameters that are fractions in [0, 1]
FRACTIONS = (
    "Positive electrode active material volume fraction",
    "Positive electrode porosity",
    "Positive electrode carbon volume fraction",
    "Positive electrode binder volume fraction",
    "Positive electrode void volume fraction",
    "Separator porosity",
    "Positive electrode active material-solid electrolyte contact fraction",
    "Positive electrode carbon surface fraction in contact with solid electrolyte",
)

#: the volume fractions that share the composite cathode's volume
COMPOSITE_PHASES = (
    "Positive electrode active material volume fraction",
    "Positive electrode porosity",
    "Positive electrode carbon volume fraction",
    "Positive electrode binder volume fraction",
    "Positive electrode void volume fraction",
)


#: pressures that must be >= 0 [Pa]
PRESSURES = (
    "Stack pressure at assembly [Pa]",
    "Highest previous stack pressure [Pa]",
    "Reference stack pressure [Pa]",
)

_INF = float("inf")
_OPEN, _CLOSED, _LEFT_OPEN = (False, False), (True, True), (False, True)

#: allowed ranges of the other numeric parameters, by a piece of their name: the
#: first rule whose piece is in the name applies (piece, low, high, closed ends, why)
RANGES = (
    (
        "connected active material percolation exponent",
        0,
        2,
        _LEFT_OPEN,
        "percolation theory's order-parameter exponent is 0.14 in 2D and 0.41 in "
        "3D, 1 in mean-field theory (Stauffer & Aharony 1994)",
    ),
    (
        "VTF ideal glass transition temperature [K]",
        0,
        473.15,
        _LEFT_OPEN,
        "the Vogel temperature of a polymer lies some 50 K below its glass "
        "transition, far below the cell (estimate)",
    ),
    (
        "temperature [K]",
        223.15,
        473.15,
        _CLOSED,
        "-50 to 200 degC, where the sets' Arrhenius laws are meant to be used "
        "(estimate)",
    ),
    ("conductivity [S.m-1]", 0, _INF, _OPEN, ""),
    ("diffusivity", 0, _INF, _OPEN, ""),
    (
        "activation energy [J.mol-1]",
        0,
        5e5,
        _CLOSED,
        "activation energies of transport and reactions are 0-500 kJ/mol",
    ),
    ("Bruggeman coefficient", 0, 10, _CLOSED, ""),
    (
        "Polymer cation transference number",
        -_INF,
        1,
        (False, True),
        "above 1 the anions would move against the field; concentrated-solution "
        "t+ of polymer salts can be negative (Ferry et al. 1998)",
    ),
    (
        "Polymer thermodynamic factor",
        0,
        _INF,
        _OPEN,
        "a salt solution with 1 + dln f/dln c <= 0 is unstable",
    ),
    ("Polymer initial salt concentration", 0, _INF, _OPEN, ""),
    (
        "heat transfer coefficient [W.m-2.K-1]",
        0,
        _INF,
        _CLOSED,
        "a thermal, not a charge-transfer, coefficient",
    ),
    ("transfer coefficient", 0, 1, _OPEN, ""),
    (
        "contact fraction at half conductance",
        0,
        1,
        _CLOSED,
        "0: the grain contacts do not limit the SE's conductance",
    ),
    ("contact fraction", 0, 1, _LEFT_OPEN, "without contact no current can flow"),
    ("radius [m]", 0, _INF, _OPEN, ""),
    ("density [kg.m-3]", 0, _INF, _OPEN, ""),
    ("molar volume", 0, _INF, _OPEN, ""),
    ("Maximum concentration", 0, _INF, _OPEN, ""),
    ("thickness [m]", 0, 0.01, _CLOSED, "cell layers are at most 1 cm thick"),
    ("capacity [F.m-2]", 0, _INF, _CLOSED, ""),
    ("capacitance [F.m-2]", 0, _INF, _CLOSED, ""),
    ("resistance", 0, _INF, _CLOSED, ""),
    ("[Pa]", 0, _INF, _CLOSED, ""),
    ("Nominal cell capacity [A.h]", 0, _INF, _OPEN, "C-rates are multiples of it"),
    ("Number of ", 1, _INF, _CLOSED, ""),
    ("lifetime [s]", 0, _INF, _OPEN, ""),
    ("growth rate", 0, _INF, _CLOSED, ""),
    ("growth constant", 0, _INF, _CLOSED, ""),
    ("rate constant", 0, _INF, _CLOSED, ""),
    ("porosity", 0, 1, _CLOSED, ""),
    (
        "Ag-C interlayer initial stoichiometry",
        0,
        1,
        _OPEN,
        "the layer's equilibrium potential is infinite at 0 and 1",
    ),
    ("fraction", 0, 1, _CLOSED, ""),
    (
        "Silicon initial stoichiometry",
        0,
        1,
        _OPEN,
        "the SE/Si exchange current vanishes at 0 and 1",
    ),
    ("Silicon maximum lithium concentration", 0, _INF, _OPEN, ""),
    (
        "Silicon exchange-current density",
        0,
        _INF,
        _OPEN,
        "without it no current can cross the SE/Si interface",
    ),
)


def allowed_range(name):
    """The :data:`RANGES` rule of a parameter name (piece, low, high, closed, why),
    or None."""
    return next((rule for rule in RANGES if rule[0] in name), None)


#: entries of a set that are not parameters
_NOT_PARAMETERS = ("chemistry", "citations")


def _is_parameter_like(value):
    """What PyBaMM takes as a parameter's value besides a number: a function, a
    symbol (interpolant, input), "[input]", interpolant data or an array."""
    return (
        callable(value)
        or isinstance(value, (pybamm.Symbol, tuple, np.ndarray))
        or value == "[input]"
    )


def _validate_ranges(values, number):
    """Each numeric parameter against :data:`RANGES`; the initial positive-electrode
    concentration within (0, maximum); the cut-offs in order."""
    for name in values:
        rule = allowed_range(name)
        if rule is not None and number(name) is not None:
            _, low, high, closed, why = rule
            require_in_range(name, number(name), low, high, closed, why)
    c_0 = number("Initial concentration in positive electrode [mol.m-3]")
    c_max = number("Maximum concentration in positive electrode [mol.m-3]")
    if c_0 is not None and c_max is not None:
        require_in_range(
            "Initial concentration in positive electrode [mol.m-3]",
            c_0,
            0,
            c_max,
            _OPEN,
            "between 0 and 'Maximum concentration in positive electrode "
            "[mol.m-3]' (stoichiometry in (0, 1))",
        )
    low, high = number("Lower voltage cut-off [V]"), number("Upper voltage cut-off [V]")
    if low is not None and high is not None:
        require_in_range(
            "Lower voltage cut-off [V]",
            low,
            -_INF,
            high,
            (True, False),
            "below 'Upper voltage cut-off [V]'",
        )


#: pressure laws are checked from 0 up to this pressure [Pa] (or the highest given):
#: cold-pressing of ASSB pellets goes up to ~500 MPa
LAW_CHECK_PRESSURE = 500e6


def _validate_pressure_laws(values, number):
    """Evaluate each pressure law over [0, max pressure]; fractions must stay in
    [0, 1] and the tortuosity >= 1."""
    present = [name for name in LAWS if name in values]
    if not present:
        return
    p_max = max([LAW_CHECK_PRESSURE] + [number(n) or 0 for n in PRESSURES])
    grid = np.linspace(0, p_max, 101)
    pv = pybamm.ParameterValues(
        {k: v for k, v in values.items() if k not in _NOT_PARAMETERS}
    )
    for name in present:
        law = pybamm.FunctionParameter(name, {PRESSURE_ARGUMENT: pybamm.Vector(grid)})
        processed = pv.process_symbol(law)
        if any(isinstance(s, pybamm.InputParameter) for s in processed.pre_order()):
            continue  # coefficients given at solve time
        value = np.broadcast_to(np.ravel(processed.evaluate()), grid.shape)
        lower, upper = (0.0, 1.0) if LAWS[name][1] == "fraction" else (1.0, np.inf)
        bad = np.flatnonzero(~((value >= lower) & (value <= upper)))
        if bad.size:
            i = bad[0]
            raise InvalidInputError(
                f"{name!r} = {float(value[i]):.4g} at {grid[i] / 1e6:g} MPa is "
                f"outside the allowed range [{lower:g}, {upper:g}] (checked over 0-"
                f"{p_max / 1e6:g} MPa)"
            )
    _validate_compaction(pv, values, grid)


def _validate_compaction(pv, values, grid):
    """The compacted structure (:mod:`assb_models.parameters.compaction`)
    over the pressure grid: positive thicknesses, each volume fraction in [0, 1]
    and each layer's fractions adding up to 1 (within 1e-9)."""
    if not carries_compaction(values):
        return
    try:
        structure = pressure_structure(pv, grid)
    except (KeyError, NotImplementedError):
        return  # a coefficient is given at solve time
    for name in ("positive electrode thickness [m]", "separator thickness [m]"):
        bad = np.flatnonzero(~(structure[name] > 0))
        if bad.size:
            raise InvalidInputError(
                f"compacted structure: {name!r} = {structure[name][bad[0]]:.4g} at "
                f"{grid[bad[0]] / 1e6:g} MPa is outside the allowed range (0, inf)"
            )
    fractions = {k: v for k, v in structure.items() if "fraction" in k}
    for name, value in fractions.items():
        bad = np.flatnonzero(~((value >= 0) & (value <= 1)))
        if bad.size:
            i = bad[0]
            raise InvalidInputError(
                f"compacted structure: {name!r} = {value[i]:.4g} at "
                f"{grid[i] / 1e6:g} MPa is outside the allowed range [0, 1]"
            )
    for layer in ("positive electrode", "separator"):
        parts = {k: v for k, v in fractions.items() if k.startswith(layer)}
        total = sum(parts.values())
        bad = np.flatnonzero(np.abs(total - 1) > 1e-9)
        if bad.size:
            i = bad[0]
            terms = " + ".join(f"{k} ({v[i]:.4g})" for k, v in parts.items())
            raise InvalidInputError(
                f"compacted structure of the {layer} at {grid[i] / 1e6:g} MPa: "
                f"{terms} = {total[i]:.10g}; the volume fractions of a layer must "
                "add up to 1 (allowed range [1 - 1e-9, 1 + 1e-9])"
            )


def _validate_se_stoichiometry(number):
    """SE oxidation must conserve Li atoms: electrons = Li per formula unit - Li kept
    in the products (for the reaction on carbon and the one on the active
    material), and the SE's Li+ concentration = Li per formula unit / molar
    volume (the Li the consumed SE volume takes away)."""
    li = number("Solid electrolyte lithium per formula unit")
    # the reaction on carbon, then the one on the active material
    for prefix in ("Solid electrolyte oxidation", "Positive electrode SE oxidation"):
        kept_name = f"{prefix} lithium kept in products per formula unit"
        n_e_name = f"{prefix} electrons per formula unit"
        kept, n_e = number(kept_name), number(n_e_name)
        if None not in (li, kept, n_e) and not math.isclose(n_e, li - kept):
            raise InvalidInputError(
                f"'{n_e_name}' = {n_e!r} is outside the allowed range "
                f"[{li - kept:g}, {li - kept:g}]: the products are neutral, so "
                "electrons = 'Solid electrolyte lithium per formula unit' "
                f"({li:g}) - '{kept_name}' ({kept:g})"
            )
    v_se = number("Solid electrolyte molar volume [m3.mol-1]")
    c_e = number("Initial concentration in electrolyte [mol.m-3]")
    if None not in (li, v_se, c_e) and not math.isclose(c_e * v_se, li, rel_tol=1e-3):
        raise InvalidInputError(
            f"'Initial concentration in electrolyte [mol.m-3]' = {c_e!r} is outside "
            f"the allowed range [{li / v_se:.6g}, {li / v_se:.6g}] (+-0.1 %): the "
            "SE's Li+ concentration must be 'Solid electrolyte lithium per formula "
            f"unit' ({li:g}) / 'Solid electrolyte molar volume [m3.mol-1]' "
            f"({v_se:g}), or SE "
            "consumption would not conserve lithium"
        )


def _validate_sized_packing_limit(number, eps_max, eps_am):
    """At the set's AM/SE size ratio the packing limit must still exceed the AM."""
    m = number("Positive electrode packing limit size exponent")
    r_am = number("Positive particle radius [m]")
    r_se = number("Positive electrode solid electrolyte particle radius [m]")
    if None in (m, r_am, r_se, eps_max, eps_am):
        return
    limit = 1 - (1 - eps_max) * (r_am / r_se) ** (-m)
    if not eps_am < limit:
        raise InvalidInputError(
            f"'Positive electrode packing limit size exponent' = {m!r} gives a packing "
            f"limit {limit:.4g} at AM/SE size ratio {r_am / r_se:.4g}, outside the "
            f"allowed range ({eps_am:g}, 1]: the SE domain would be disconnected"
        )


def _validate_carbon_contact_area(number):
    """The carbon/SE contact area cannot exceed the SE's surface, 3 eps_SE / r_SE."""
    names = (
        "Positive electrode carbon volume fraction",
        "Positive electrode carbon density [kg.m-3]",
        "Positive electrode carbon specific surface area [m2.kg-1]",
        "Positive electrode carbon surface fraction in contact with solid electrolyte",
        "Positive electrode porosity",
        "Positive electrode solid electrolyte particle radius [m]",
    )
    values = [number(n) for n in names]
    if None in values:
        return
    eps_c, rho_c, s_bet, f_c, eps_se, r_se = values
    a_c = eps_c * rho_c * s_bet * f_c
    a_se = 3 * eps_se / r_se
    if a_c > a_se:
        raise InvalidInputError(
            f"{names[3]!r} = {f_c!r} is outside the allowed range [0, "
            f"{a_se / (eps_c * rho_c * s_bet):.4g}]: the carbon/SE contact area "
            f"{a_c:.4g} m-1 (carbon volume fraction x density x BET area x this "
            "fraction) would exceed the SE's own surface 3 eps_SE / r_SE = "
            f"{a_se:.4g} m-1"
        )


def _split_lists(values):
    """Parameters PyBaMM stored as a list's items: ``{name: [(index, value), ...]}``
    for each ``"name (i) [unit]"`` group whose un-indexed name is also a parameter
    of ``values`` or one of the scalars this package checks (PyBaMM's
    ``ParameterValues.update`` expands a list into indexed entries that no model
    reads and leaves the parameter itself unchanged). Groups for PyBaMM's indexed
    parameters (MSMR host sites) are not listed."""
    known = set(values) | set(POSITIVE + NON_NEGATIVE + FRACTIONS + PRESSURES)
    groups = {}
    for name, value in values.items():
        parsed = ParameterNameParser.parse_indexed(name)
        if parsed is None:
            continue
        base, index, units = parsed
        scalar = ParameterNameParser.add_units(base, units)
        if scalar in known:
            groups.setdefault(scalar, []).append((index, value))
    return {name: sorted(items) for name, items in groups.items()}


def refuse_list_values(values):
    """Raise :class:`~assb_models.validation.InvalidInputError` for a list given as
    a scalar parameter's value (see :func:`_split_lists`), naming the parameter,
    the list and what is allowed."""
    for name, items in _split_lists(values).items():
        given = [value for _, value in items]
        base, units = ParameterNameParser.split(name)
        entries = ", ".join(
            repr(ParameterNameParser.combine(base, i, units)) for i, _ in items
        )
        kept = (
            f", and {name!r} kept its previous value {values[name]!r}"
            if name in values
            else ""
        )
        raise InvalidInputError(
            f"{name!r} = {given!r} is a list: PyBaMM's ParameterValues stores it as "
            f"the separate entries {entries}, which no model reads{kept}. Allowed: "
            "one real number (or a function, interpolant or '[input]'); to compare "
            "several values, solve once per value, or set the parameter to "
            "'[input]' and pass each value in inputs="
        )


def validate_parameter_values(parameter_values):
    """Check a parameter set for values a solid-state model cannot use.

    Raises :class:`~assb_models.validation.InvalidInputError` naming the parameter,
    its value and the allowed range: non-positive thicknesses, densities or
    conductivities; fractions outside [0, 1]; composite volume fractions summing to
    more than 1; a transference number other than 1 (the SE is a single-ion
    conductor); negative pressures, masses per area or fixture values; pressure
    laws (:mod:`assb_models.parameters.laws`) that leave [0, 1] (fractions)
    or fall below 1 (tortuosity) at any pressure from 0 to 500 MPa, and compacted
    structures (:mod:`assb_models.parameters.compaction`) whose thicknesses
    are not positive or whose volume fractions leave [0, 1] or do not add up to 1;
    every other numeric parameter against :data:`RANGES` by its name (temperatures
    223-473 K, conductivities and diffusivities > 0, activation energies 0-500
    kJ/mol, Bruggeman 0-10, contact fractions in (0, 1], thicknesses up to 1 cm,
    ...); the initial positive concentration within (0, maximum); lower cut-off
    below the upper one. numpy scalars are checked like floats; a list given for a
    scalar parameter (which ``ParameterValues.update`` would store as indexed
    entries no model reads) is refused (:func:`refuse_list_values`). Parameters the
    set does not have, and functions or inputs, are not checked.
    """
    values = (
        dict(parameter_values.items())
        if hasattr(parameter_values, "items")
        else parameter_values
    )

    def number(name):
        value = values.get(name)
        if is_real(value):
            return float(value)
        if isinstance(value, (np.ndarray, np.generic)) and np.ndim(value) == 0:
            require_finite(name, value.item())  # a 0-d array or numpy bool
            return float(value.item())
        return None

    refuse_list_values(values)
    for name, value in values.items():
        if name in _NOT_PARAMETERS:
            continue
        if name in RENAMED_PARAMETERS:
            raise InvalidInputError(
                f"{name!r} is no longer a parameter: it is now named "
                f"{RENAMED_PARAMETERS[name]!r} (the model variable {name!r} is the "
                "pressure the stack is at, which follows the stack at a fixed gap)"
            )
        if is_real(value):
            require_finite(name, value)
        elif not _is_parameter_like(value):
            raise InvalidInputError(
                f"{name!r} = {value!r} must be a real number (or a function, "
                "interpolant or '[input]')"
            )

    for name in POSITIVE:
        if number(name) is not None:
            require_positive(name, number(name))
    for name in FRACTIONS:
        if number(name) is not None:
            require_fraction(name, number(name))
    for name in PRESSURES + NON_NEGATIVE:
        if number(name) is not None:
            require_fraction(name, number(name), upper=float("inf"))
    _validate_pressure_laws(values, number)
    _validate_ranges(values, number)
    present = [(n, number(n)) for n in COMPOSITE_PHASES if number(n) is not None]
    require_sum_at_most_one(present, "composite cathode")
    _validate_se_stoichiometry(number)
    _validate_carbon_contact_area(number)
    _validate_percolation_threshold(number)
    eps_max = number("Positive electrode active material packing limit")
    eps_am = number("Positive electrode active material volume fraction")
    if None not in (eps_max, eps_am) and not eps_am < eps_max <= 1:
        raise InvalidInputError(
            f"'Positive electrode active material packing limit' = {eps_max!r} is "
            f"outside the allowed range ({eps_am:g}, 1]: it must exceed the AM volume "
            "fraction, or the SE domain between the AM particles is disconnected"
        )
    _validate_sized_packing_limit(number, eps_max, eps_am)
    t_plus = number("Cation transference number")
    if t_plus is not None and t_plus != 1:
        raise InvalidInputError(
            f"'Cation transference number' = {t_plus!r} is outside the allowed range "
            "[1, 1]: the solid electrolyte is a single-ion conductor"
        )
    return parameter_values


def _validate_percolation_threshold(number):
    """The SE percolation threshold in [0, the SE fraction): above it the recipe's
    own SE would not span the electrode."""
    name = "Positive electrode SE percolation threshold"
    threshold, eps_se = number(name), number("Positive electrode porosity")
    if threshold is None:
        return
    upper = 1.0 if eps_se is None else eps_se
    require_in_range(
        name,
        threshold,
        0,
        upper,
        (True, False),
        "at or above the SE volume fraction ('Positive electrode porosity') the "
        "recipe's SE would not span the electrode",
    )


#: endings of the sets' numeric recipe arguments (units in the name, as the recipe)
_NUMERIC_ARGUMENTS = (
    "_percent",
    "_fraction",
    "_mg_cm2",
    "_g_cm3",
    "_m2_g",
    "_um",
    "_m",
)


def get_parameter_values(name, **recipe):
    """A published parameter set as validated :class:`pybamm.ParameterValues`.

    Parameters
    ----------
    name : str
        Set name, e.g. "Kim2024", in any case (see
        :func:`assb_models.parameters.registry.names`).
    **recipe
        Keyword arguments of the set's ``get_parameter_values`` (recipe, anode,
        loading, ...).
    """
    for key, value in recipe.items():
        if key.endswith(_NUMERIC_ARGUMENTS):
            require_finite(key, value)
    values = registry.get(name).get_parameter_values(**recipe)
    validate_parameter_values(values)
    return pybamm.ParameterValues(values)


def get_sources(name, **recipe):
    """Source of each value of a set: paper and figure/table, or estimate.

    ``name`` may also be parameter values that carry their sources, such as the
    :class:`~assb_models.fitting.FittedParameterValues` of a fit (fitted values
    read "fitted to <file> ...").
    """
    if hasattr(name, "sources"):
        return dict(name.sources)
    return registry.get(name).get_sources(**recipe)
