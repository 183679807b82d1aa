"""Kim 2024 cells and protocols: NCM | Li6PS5Cl | spherical-carbon composite cathodes
vs Li-In (series A: NCM 80/85/90 wt%, SC 3 wt%; series C: NCM 90 wt%, SC 0-3 wt%),
and the simulations run on them.

Protocols (1C = 200 mAh/g of NCM; 1.9-3.7 V vs Li-In): transport (discharge at
0.05-1 C, clean core model), formation (0.05 C charge, 1 h rest, 0.05 C discharge with
SE oxidation, SE consumption and CEI growth), pulse test (0.05 C for 1 h, 10 min
rest, 1 C pulse for 1 min or to 4.2 V, 10 min rest, to 3.7 V) and 0.5 C CC-CV cycling.
Targets: ``../shared/targets/kim2024_carbon.md``.
"""

import math

import numpy as np
import pybamm

from assb_models.models import SolidStateDFN
from assb_models.parameter_sets import Kim2024 as kim_set
from assb_models.parameter_sets import _argyrodite as chem
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.simulation import analysis, refined_var_pts
from assb_models.submodels.solid_electrolyte import composite_efficiency
from assb_models.submodels.solid_electrolyte.composite_transport import law_arguments
from assb_models.validation import InvalidInputError

from .paper import C_RATES, FORMED_BOUNDS, FORMED_CELLS, K4_TOL, PAPER_K4


def cell(am_wt_percent, carbon_wt_percent=3):
    """Model parameters of one Kim 2024 cell (Li-In counter electrode)."""
    return get_parameter_values(
        "Kim2024", am_wt_percent=am_wt_percent, carbon_wt_percent=carbon_wt_percent
    )


def transport_model():
    """The clean core with the composite's transport law (no side reactions)."""
    return SolidStateDFN(kim_set.TRANSPORT_OPTIONS)


def effective_conductivities(am_wt_percent, carbon_wt_percent=3):
    """Pristine ionic and electronic conductivity of the composite [S.m-1].

    Read from the model itself (the variables the potential equations use), at rest,
    as x-averages over the cathode.
    """
    model = transport_model()
    pv = cell(am_wt_percent, carbon_wt_percent)
    pv.update({"Current function [A]": 0.0})
    sim = pybamm.Simulation(model, parameter_values=pv)
    sol = sim.solve([0, 1])
    kappa = sol["Solid electrolyte effective conductivity [S.m-1]"].entries
    sigma = sol["Positive electrode effective conductivity"].entries
    n_sep = model.default_var_pts["x_s"]
    return float(np.mean(kappa[n_sep:, 0])), float(np.mean(sigma[:, 0]))


def discharge_capacities(am_wt_percent, carbon_wt_percent=3, c_rates=C_RATES):
    """Specific discharge capacity [mAh/g] and voltage curves at each C-rate."""
    pv = cell(am_wt_percent, carbon_wt_percent)
    one_c = pv["Nominal cell capacity [A.h]"]
    pv.update({"Current function [A]": "[input]"})
    sim = pybamm.Simulation(transport_model(), parameter_values=pv)
    capacities, curves = [], []
    for rate in c_rates:
        sol = sim.solve(
            [0, 1.5 * 3600 / rate], inputs={"Current function [A]": rate * one_c}
        )
        q = sol["Specific capacity [mA.h.g-1]"].entries
        capacities.append(float(q[-1]))
        curves.append((q, sol["Voltage vs Li-In [V]"].entries))
    return np.array(capacities), curves


FORMATION = (
    "Charge at 0.05C until 3.7 V",
    "Rest for 1 hour",
    "Discharge at 0.05C until 1.9 V",
)


#: 0.5 C cycling: CC-CV charge (the CV step ends at 0.05C), 10 min rests; the
#: rest before the charge also lets the CV step start from zero current
CYCLE = (
    "Rest for 10 minutes",
    "Charge at 0.5C until 3.7 V",
    "Hold at 3.7 V until 0.05C",
    "Rest for 10 minutes",
    "Discharge at 0.5C until 1.9 V",
)


#: cycler safety limit of a 1 C pulse [V vs Li-In]: the pulse is 1 min long or
#: ends at this voltage, below the model's own (solver) limit PULSE_SOLVER_LIMIT
PULSE_CUTOFF = 4.2


PULSE_SOLVER_LIMIT = {"Upper voltage cut-off [V]": 5.0}


#: the running maximum of the side reactions' driving potential
#: (``analysis.LOCAL_POTENTIAL``) over a pulse test, per pulse
LOCAL_SO_FAR = "highest local potential up to each pulse [V vs Li]"


PULSE_UNIT = (
    "Charge at 0.05C for 1 hour or until 3.7 V",
    "Rest for 10 minutes",
    f"Charge at 1C for 1 minute or until {PULSE_CUTOFF} V",
    "Rest for 10 minutes",
)


#: how each protocol was chosen (the paper gives rates, not all the steps)
PROTOCOLS = {
    "formation (K4-K6)": list(FORMATION)
    + [
        "paper: 0.05 C first cycle; cut-offs 1.9-3.7 V vs Li-In not given (estimate); "
        "1 h rest between charge and discharge (estimate)"
    ],
    "pulse test (K8)": list(PULSE_UNIT)
    + [
        "paper: 0.05 C charge interrupted by 1.0 min 1.0 C pulses, each followed by "
        "10 min rest, through the first charge; the 0.05 C charge between pulses "
        "(1 h) is our choice; a pulse stops at the cycler limit "
        f"{PULSE_CUTOFF} V vs Li-In if it gets there (counted in the JSON)"
    ],
    "cycling (K9)": list(FORMATION)
    + list(CYCLE)
    + [
        "paper: 0.5 C cycling after formation; CC-CV charge (CV at 3.7 V to 0.05C) "
        "is our judgement of the paper's protocol (CC-only charging of a cell whose "
        "resistance grew would end at once); rests 10 min"
    ],
    "rate test (K7)": "pristine charged cells (x = 0.26) discharged at 0.05-1 C "
    "(the paper's rate test, side reactions not involved)",
}


NO_SIDE_REACTIONS = {
    "SE oxidation on carbon": "none",
    "SE redox on carbon": "none",
    "SE oxidation on active material": "none",
    "SE consumption": "false",
    "CEI growth": "none",
}


def aged_model(side_reactions=True, options=None):
    """The model with the side reactions under which Kim2024 was calibrated.

    ``side_reactions=False`` switches every side reaction off (attribution);
    ``options`` adds model options to the set's (studies of other mechanisms)."""
    merged = dict(kim_set.MODEL_OPTIONS)
    if not side_reactions:
        merged.update(NO_SIDE_REACTIONS)
    merged.update(options or {})
    return SolidStateDFN(merged)


def _run(
    am_wt_percent,
    carbon_wt_percent,
    steps,
    overrides=None,
    side_reactions=True,
    var_pts=None,
    options=None,
    recipe=None,
):
    pv = get_parameter_values(
        "Kim2024",
        am_wt_percent=am_wt_percent,
        carbon_wt_percent=carbon_wt_percent,
        pristine=True,
        **(recipe or {}),
    )
    model = aged_model(side_reactions, options)
    overrides = overrides or {}
    unknown = set(overrides) - set(pv.keys())
    if unknown:
        unknown -= set(model.get_parameter_info())
    if unknown:
        raise InvalidInputError(
            f"Kim 2024 overrides {sorted(unknown)} are neither parameters of the "
            f"set nor of the model with the added options {options}"
        )
    pv.update(overrides, check_already_exists=False)
    sim = pybamm.Simulation(
        model,
        parameter_values=pv,
        experiment=pybamm.Experiment(steps),
        var_pts=var_pts,
    )
    sol = sim.solve()
    high = analysis.warn_outside_calibration(
        model, pv, sol, f"{am_wt_percent}/{carbon_wt_percent} wt%"
    )
    if high is not None:
        _run.highest_local_potential = high
    return sol


def formation(
    am_wt_percent,
    carbon_wt_percent,
    overrides=None,
    side_reactions=True,
    var_pts=None,
    options=None,
):
    """First cycle at 0.05 C of a pristine cell: capacities, CE and what was lost.

    ``overrides`` replaces or adds parameter values (used by the calibration and by
    ``options`` that need parameters the set does not carry); ``options`` adds model
    options to the set's.
    """
    sol = _run(
        am_wt_percent,
        carbon_wt_percent,
        [FORMATION],
        overrides,
        side_reactions,
        var_pts,
        options,
    )
    steps = sol.cycles[0].steps
    if len(steps) < len(FORMATION):
        raise pybamm.SolverError(
            f"Kim 2024 formation of the {am_wt_percent}/{carbon_wt_percent} wt% cell "
            f"stopped in step {len(steps) + 1} of {len(FORMATION)} "
            f"({FORMATION[len(steps)]!r}): {sol.termination}. Try a finer mesh "
            "(var_pts) or tighter solver tolerances"
        )
    charge, _, discharge = steps
    first = {k: v[0] for k, v in analysis.cycle_capacities(sol).items()}
    q_ch, q_dis = first["charge"], first["discharge"]
    return {
        "charge [mAh/g]": q_ch,
        "discharge [mAh/g]": q_dis,
        "irreversible [mAh/g]": q_ch - q_dis,
        "CE [%]": first["CE [%]"],
        "SE oxidation on carbon [mAh/g]": float(
            sol["Carbon SE oxidation capacity [mA.h.g-1]"].entries[-1]
        ),
        "SE oxidation on NCM [mAh/g]": float(
            sol["Active material SE oxidation capacity [mA.h.g-1]"].entries[-1]
        ),
        "SE remaining [-]": float(
            sol["Solid electrolyte fraction remaining"].entries[-1]
        ),
        "CEI resistance [Ohm.cm2]": 1e4
        * float(
            sol["X-averaged positive electrode CEI resistance [Ohm.m2]"].entries[-1]
        ),
        "curves": [
            (
                step["Specific capacity [mA.h.g-1]"].entries,
                step["Voltage vs Li-In [V]"].entries,
            )
            for step in (charge, discharge)
        ],
        "solution": sol,
    }


#: after formation: a 0.05 C cycle, then a 0.05 C charge and a 0.5 C discharge
#: (the paper's rate test runs on formed cells; the charge rate is our choice)
RATE_AFTER_FORMATION = (
    (
        "Charge at 0.05C until 3.7 V",
        "Rest for 1 hour",
        "Discharge at 0.05C until 1.9 V",
    ),
    (
        "Charge at 0.05C until 3.7 V",
        "Rest for 1 hour",
        "Discharge at 0.5C until 1.9 V",
    ),
)


def formed_cell(
    am_wt_percent,
    carbon_wt_percent,
    overrides=None,
    side_reactions=True,
    var_pts=None,
    recipe=None,
):
    """A cell after the paper's 0.05 C formation, as an experimentalist sees it.

    Runs the formation, then :data:`RATE_AFTER_FORMATION`, and returns the state
    at the end of the formation (CEI and carbon product thickness [nm], SE
    consumed [%] on average and at its most local, the resistance budget
    [Ohm.cm2] with its total, the formation's irreversible capacity [mAh/g]) and
    the discharge capacity at 0.05 C and 0.5 C [mAh/g] of the formed cell, with
    the drift of "Total lithium [mol]". ``recipe`` passes further arguments of the
    Kim2024 set (e.g. ``{"am_loading_mg_cm2": 6}``).
    """
    pv = get_parameter_values(
        "Kim2024",
        am_wt_percent=am_wt_percent,
        carbon_wt_percent=carbon_wt_percent,
        pristine=True,
        **(recipe or {}),
    )
    sol = _run(
        am_wt_percent,
        carbon_wt_percent,
        [FORMATION, *RATE_AFTER_FORMATION],
        overrides,
        side_reactions,
        var_pts,
        recipe=recipe,
    )
    formed = sol.cycles[0]
    pv.update(overrides or {})
    budget = resistance_budget(formed, pv)
    parts = {k: v for k, v in budget.items() if "not in the budget" not in k}
    budget["total"] = float(sum(parts.values()))
    cycles = analysis.cycle_capacities(sol)
    caps = cycles["discharge"]
    li = sol["Total lithium [mol]"].entries
    return {
        **analysis.cathode_interphases(formed),
        "resistance budget [Ohm.cm2]": budget,
        "formation irreversible capacity [mAh/g]": float(cycles["charge"][0] - caps[0]),
        "formation CE [%]": float(cycles["CE [%]"][0]),
        "capacity at 0.05 C [mAh/g]": float(caps[1]) if len(caps) > 1 else 0.0,
        "capacity at 0.5 C [mAh/g]": float(caps[2]) if len(caps) > 2 else 0.0,
        "total lithium drift (relative)": float(np.max(np.abs(li - li[0])) / li[0]),
    }


def pulse_polarisation(
    carbon_wt_percent, side_reactions=True, details=None, recipe=None, overrides=None
):
    """Voltage before each 1 C pulse, the pulse's polarisation [V], pulses cut.

    ``details`` (a dict, optional) receives "highest local potential [V vs Li]"
    (the side reactions' driving potential, to set against their calibrated
    range) and :data:`LOCAL_SO_FAR`, the highest local potential from the start
    of the test to the end of each pulse's unit (aligned with the pulses).
    ``recipe`` passes further arguments of the Kim2024 set (as
    :func:`formed_cell`), ``overrides`` replaces parameter values (studies)."""
    _run.highest_local_potential = None
    sol = _run(
        90,
        carbon_wt_percent,
        [PULSE_UNIT] * 40,
        {**PULSE_SOLVER_LIMIT, **(overrides or {})},
        side_reactions,
        recipe=recipe,
    )
    v_rest, dv, cut, so_far = [], [], 0, []
    for cycle in sol.cycles:
        if (
            cycle is None
            or len(cycle.steps) < 3
            or isinstance(cycle.steps[0], pybamm.EmptySolution)
        ):
            # no unit, or a charge with nothing left to do: the test is over
            break
        rest, pulse = cycle.steps[1], cycle.steps[2]
        v0 = rest["Voltage vs Li-In [V]"].entries[-1]
        v_rest.append(v0)
        local = max(
            float(np.max(step[analysis.LOCAL_POTENTIAL].entries))
            for step in cycle.steps
            if not isinstance(step, pybamm.EmptySolution)
        )
        so_far.append(max([local, *so_far[-1:]]))
        if isinstance(pulse, pybamm.EmptySolution):
            # the 1 C current would put the cell above the cycler limit at once
            dv.append(np.nan)
            cut += 1
        else:
            v1 = pulse["Voltage vs Li-In [V]"].entries
            dv.append(v1[-1] - v0)
            cut += int(v1.max() >= PULSE_CUTOFF - 1e-3)
        if cycle.steps[0]["Voltage vs Li-In [V]"].entries[-1] >= 3.7 - 1e-6:
            break
    if details is not None:
        details["highest local potential [V vs Li]"] = _run.highest_local_potential
        details[LOCAL_SO_FAR] = np.array(so_far)
    return np.array(v_rest), np.array(dv), cut


def cycling(carbon_wt_percent, n_cycles, side_reactions=True, var_pts=None):
    """Formation, then 0.5 C cycles: discharge capacity per 0.5 C cycle [mAh/g].

    Each cycle starts with a rest, so a cell that can no longer be charged (every
    other step infeasible) runs on and delivers 0 mAh/g."""
    sol = _run(
        90,
        carbon_wt_percent,
        [FORMATION] + [CYCLE] * n_cycles,
        side_reactions=side_reactions,
        var_pts=var_pts,
    )
    return analysis.cycle_capacities(sol)["discharge"][1:]


def pristine_se_path(parameter_values, **law):
    """SE ionic path L_p / (3 kappa_SE B_p) [Ohm.cm2] of a cell's pristine
    composite, the resistance budget's term, from its parameter values; ``law``
    replaces arguments of ``composite_efficiency`` (e.g. ``eps_max``, ``t``)."""
    pv = parameter_values
    args = {**law_arguments(pv), **law}
    return float(
        1e4
        * pv["Positive electrode thickness [m]"]
        / (
            3
            * pv["Solid electrolyte conductivity at reference temperature [S.m-1]"]
            * composite_efficiency(**args)[0]
        )
    )


def measured_se_path(am_wt_percent, carbon_wt_percent, recipe=None):
    """:func:`pristine_se_path` of a cell with the composite transport law fitted
    to measured NCM | Li6PS5Cl composites (``Kim2024.TRANSPORT_MEASURED``): its
    centre and the range over the corners of its 95 % intervals. The measurements'
    bound on what the budget's SE path can be at this recipe and loading
    (``recipe``: further arguments of the Kim2024 set, as :func:`formed_cell`)."""
    pv = get_parameter_values(
        "Kim2024",
        am_wt_percent=am_wt_percent,
        carbon_wt_percent=carbon_wt_percent,
        pristine=True,
        transport_law="measured",
        **(recipe or {}),
    )
    limit, exponent = (
        kim_set.TRANSPORT_MEASURED[name][1]
        for name in (
            "Positive electrode active material packing limit",
            "Positive electrode obstruction exponent",
        )
    )
    corners = [pristine_se_path(pv, eps_max=e, t=t) for e in limit for t in exponent]
    return {
        "centre": pristine_se_path(pv),
        "95 % band": [min(corners), max(corners)],
    }


def resistance_budget(sol, pv):
    """Area-specific resistances [Ohm.cm2] of a cell's state at the end of ``sol``.

    Electrode basis (per cm2 of cell): SE ionic and electronic paths of a uniformly
    reacting electrode, L_p / (3 kappa_eff) and L_p / (3 sigma_eff); charge
    transfer R T / (F j0) and the CEI R_CEI over the contacted AM area a f_c L_p;
    separator L_s / kappa_s; anode R T / (F j0_anode) (linearised Butler-Volmer).
    The charge transfer is given at half lithiation (j0 of the set at x = 0.5, the
    state impedance is usually measured at) and, separately, in the discharged state
    the formation ends in (x -> 1 at the surface, where j0 -> 0).
    """
    L_p = pv["Positive electrode thickness [m]"]
    L_s = pv["Separator thickness [m]"]
    T = pv["Ambient temperature [K]"]
    rt_f = pybamm.constants.R.value * T / pybamm.constants.F.value
    kappa = sol["Solid electrolyte effective conductivity [S.m-1]"].entries[:, -1]
    sigma = sol["Positive electrode effective conductivity"].entries[:, -1]
    # the SE spans separator and cathode, the electrode conductivity the cathode
    n_s = len(kappa) - len(sigma)
    a = sol["X-averaged positive electrode surface area to volume ratio [m-1]"].entries[
        -1
    ]
    f_c = sol["X-averaged positive electrode interface utilisation"].entries[-1]
    j0_end = sol[
        "X-averaged positive electrode exchange current density [A.m-2]"
    ].entries[-1]
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    j0 = pv.evaluate(
        pv["Positive electrode exchange-current density [A.m-2]"](
            pybamm.Scalar(pv["Initial concentration in electrolyte [mol.m-3]"]),
            pybamm.Scalar(0.5 * c_max),
            pybamm.Scalar(c_max),
            pybamm.Scalar(T),
        )
    )
    r_cei = sol["X-averaged positive electrode CEI resistance [Ohm.m2]"].entries[-1]
    area = a * f_c * L_p
    j0_n = pv["Exchange-current density for lithium metal electrode [A.m-2]"]
    ohm_m2 = {
        "SE ionic path": L_p / (3 * np.mean(kappa[n_s:])),
        "electronic path": L_p / (3 * np.mean(sigma)),
        "charge transfer": rt_f / j0 / area,
        "CEI": r_cei / area,
        "separator": L_s / np.mean(kappa[:n_s]),
        "anode": rt_f / j0_n,
    }
    budget = {name: 1e4 * float(value) for name, value in ohm_m2.items()}
    budget["charge transfer, discharged state (not in the budget)"] = float(
        1e4 * rt_f / j0_end / area
    )
    return budget


# ---------------------------------------------------------------- mesh convergence
#: parts of the resistance budget (:func:`~.cells.resistance_budget`) by how they
#: scale with the loading m: paths through the composite's thickness (prop. to m),
#: interface terms over the NCM area per cm2 of cell (prop. to 1/m), and the rest
THICKNESS_PARTS = ("SE ionic path", "electronic path")
AREA_PARTS = ("charge transfer", "CEI")
FIXED_PARTS = ("separator", "anode")


def least_budget(budget, loading):
    """The loading [mg.cm-2] that minimises a formed cell's resistance budget, and
    that least total [Ohm.cm2], from the budget ``budget`` at ``loading``.

    .. math::
        R(m) = a\\,m + \\frac{b}{m} + c, \\qquad m^* = \\sqrt{b/a}, \\qquad
        R(m^*) = 2\\sqrt{a b} + c

    with :math:`a m` the :data:`THICKNESS_PARTS`, :math:`b/m` the
    :data:`AREA_PARTS` and :math:`c` the :data:`FIXED_PARTS` at ``loading``
    (the CEI's thickness and the SE's conductivity per recipe do not depend on
    :math:`m`; :func:`loading_scan` checks the law against solved cells)."""
    a = sum(budget[part] for part in THICKNESS_PARTS) / loading
    b = sum(budget[part] for part in AREA_PARTS) * loading
    c = sum(budget[part] for part in FIXED_PARTS)
    return {
        "loading [mg/cm2]": math.sqrt(b / a),
        "budget total [Ohm.cm2]": 2 * math.sqrt(a * b) + c,
        "law": {"a [Ohm.cm2 per mg/cm2]": a, "b [Ohm.mg]": b, "c [Ohm.cm2]": c},
    }


def budget_law(law, loading):
    """The formed budget R(m) = a m + b/m + c [Ohm.cm2] of :func:`least_budget`'s
    ``law`` at the NCM loading ``loading`` [mg.cm-2] (numbers or arrays)."""
    return (
        law["a [Ohm.cm2 per mg/cm2]"] * loading
        + law["b [Ohm.mg]"] / loading
        + law["c [Ohm.cm2]"]
    )


def mesh_convergence(n_cycles=5):
    """K4-K6 and the formed-cell state (every cell of series A and C), K7 and K9
    numbers on the default mesh and on the doubled mesh.

    Returns {name: (default, doubled, relative change)}."""
    model = aged_model()
    base, fine = dict(model.default_var_pts), refined_var_pts(model)
    out = {}
    for am, sc in FORMED_CELLS:
        a, b = (
            formation(am, sc, var_pts=pts)["irreversible [mAh/g]"]
            for pts in (base, fine)
        )
        out[f"K4 irreversible {am}/{sc} [mAh/g]"] = (a, b)
        a, b = (formed_cell(am, sc, var_pts=pts) for pts in (base, fine))
        for name in (
            "CEI thickness [nm]",
            "carbon product thickness [nm]",
            "SE consumed [%]",
            "capacity at 0.5 C [mAh/g]",
        ):
            out[f"formed {am}/{sc} {name}"] = (a[name], b[name])
        total = "resistance budget [Ohm.cm2]"
        out[f"formed {am}/{sc} total resistance [Ohm.cm2]"] = (
            a[total]["total"],
            b[total]["total"],
        )
    for am in (80, 90):
        pv = cell(am)
        pv.update({"Current function [A]": 0.5 * pv["Nominal cell capacity [A.h]"]})
        a, b = (
            pybamm.Simulation(transport_model(), parameter_values=pv, var_pts=pts)
            .solve([0, 3 * 3600])["Specific capacity [mA.h.g-1]"]
            .entries[-1]
            for pts in (base, fine)
        )
        out[f"K7 0.5 C capacity {am}/3 [mAh/g]"] = (float(a), float(b))
    a, b = (cycling(0, n_cycles, var_pts=pts) for pts in (base, fine))
    out[f"K9 SC 0 retention after {n_cycles} cycles"] = (
        float(a[-1] / a[0]),
        float(b[-1] / b[0]),
    )
    return {
        k: (a, b, abs(b - a) / abs(b) if b else (0.0 if a == b else float("nan")))
        for k, (a, b) in out.items()
    }


#: formed-cell bounds on the two product layers [nm] (targets file)
LAYER_BOUNDS_NM = {
    "CEI": FORMED_BOUNDS["CEI thickness [nm]"][1],
    "carbon product": FORMED_BOUNDS["carbon product thickness [nm]"][1],
}


def least_contact_areas(need, carbon, ncm, se_max):
    """The least NCM/SE contact area, as a multiple of the model's, at which a
    first-cycle side charge ``need`` [mAh/g] fits the layer bounds and the bound on
    the SE consumed, with the carbon side taking what its own bounds allow.

    ``carbon`` and ``ncm`` describe the two sides: ``"charge at the layer bound
    [mAh/g]"`` (carbon: at the model's contact area), ``"nm per mAh/g"`` (NCM: the
    CEI grown per unit of charge at the model's contact area), ``"free layer
    [nm]"`` (NCM: the bound less the initial CEI), ``"SE consumed per mAh/g
    [%]"`` and ``"full contact [x model's]"`` (the ceiling of the area: the
    inverse of the model's contact fraction). A layer's thickness goes as its
    charge over its area, the SE consumed does not depend on the area. With
    :math:`s_c, s_n` the SE per charge and :math:`S` its bound, the carbon side
    takes

    .. math:: q_c = \\min\\left(q,\\; A_c^{max} q_c^{max},\\;
              \\frac{S - s_n q}{s_c - s_n}\\Big|_{s_c > s_n}\\right)

    and the NCM side needs the area
    :math:`A_n = (q - q_c)\\,\\ell_n / \\Delta L_n` times the model's. The
    split is infeasible when even all of ``need`` on the side that consumes less
    SE exceeds :math:`S`.
    """
    s_c, s_n = carbon["SE consumed per mAh/g [%]"], ncm["SE consumed per mAh/g [%]"]
    q_c = min(
        need,
        carbon["charge at the layer bound [mAh/g]"]
        * carbon["full contact [x model's]"],
    )
    if s_c > s_n:
        q_c = min(q_c, max((se_max - s_n * need) / (s_c - s_n), 0.0))
    q_n = need - q_c
    se = s_c * q_c + s_n * q_n
    area = q_n * ncm["nm per mAh/g"] / ncm["free layer [nm]"]
    return {
        "carbon-side charge [mAh/g]": q_c,
        "NCM-side charge [mAh/g]": q_n,
        "SE consumed [%]": se,
        "SE bound met": bool(se <= se_max * (1 + 1e-12)),
        "carbon contact area needed [x model's]": (
            q_c / carbon["charge at the layer bound [mAh/g]"] if q_c else 0.0
        ),
        "NCM contact area needed [x model's]": area,
        "NCM full contact [x model's]": ncm["full contact [x model's]"],
        "fits at full contact": bool(
            se <= se_max * (1 + 1e-12) and area <= ncm["full contact [x model's]"]
        ),
    }


def layer_bounded_irreversible(am_wt_percent, carbon_wt_percent, var_pts=None):
    """The most first-cycle irreversible capacity the layer bounds allow, for each
    written reaction on the NCM (:data:`_argyrodite.REACTIONS`).

    The model's formation gives, per cell, the NCM-side and carbon-side charge
    :math:`q` [mAh/g] and the layer each built, :math:`L - L_0` [nm]; a layer
    grows by the product volume per charge, so a reaction whose products (rock
    salt excluded: it is NCM, under the CEI) take :math:`v_r` per mol of
    irreversible charge builds :math:`(L - L_0)/q \\cdot v_r/v_{model}` nm per
    mAh/g. At the bound :math:`L_{max}` it holds

    .. math:: q_{max,r} = (L_{max} - L_0)\\,\\frac{q}{L - L_0}\\,
              \\frac{v_{model}}{v_r}

    The rest of the irreversible capacity (the NCM's first-cycle kinetic loss,
    the unreturned reversible couple) stays as modelled. Returns the model's
    numbers, and per reaction the most NCM-side charge, the rock salt it leaves
    [nm], the SE it consumes [% of the cathode's SE] and the largest K4 value
    [mAh/g] with the carbon-side layer at its bound too; and what K4's lower edge
    (paper - 10 %) would need from the NCM side with carbon at its bound: the
    charge, the CEI it builds and the SE consumed; and, by
    :func:`least_contact_areas`, the least NCM contact area at which K4's lower
    edge meets every bound with the carbon side up to its full BET contact.
    """
    pv = cell(am_wt_percent, carbon_wt_percent)
    f = formation(am_wt_percent, carbon_wt_percent, var_pts=var_pts)
    fc = formed_cell(am_wt_percent, carbon_wt_percent, var_pts=var_pts)
    L0 = pv["Initial CEI thickness [m]"] * 1e9
    q_am = f["SE oxidation on NCM [mAh/g]"]
    q_c = f["SE oxidation on carbon [mAh/g]"]
    cei = fc["CEI thickness [nm]"] - L0
    carbon = fc["carbon product thickness [nm]"]
    irr = f["irreversible [mAh/g]"]
    rest = irr - q_am - q_c
    q_c_max = q_c * LAYER_BOUNDS_NM["carbon product"] / carbon if carbon else 0.0
    v_model = (
        pv["CEI molar volume [m3.mol-1]"]
        / pv["Positive electrode SE oxidation electrons per formula unit"]
    )
    # SE formula units in the cathode per g of NCM: SE/NCM mass ratio / M_SE
    recipe = kim_set.get_recipe(
        am_wt_percent=am_wt_percent, carbon_wt_percent=carbon_wt_percent
    )
    se_mol_per_g = (
        recipe.se_wt_percent / recipe.am_wt_percent / (chem.SE_MOLAR_MASS * 1e3)
    )
    mah_per_mol = pybamm.constants.F.value / 3.6
    carbon_charge = chem.reaction_quantities("sulfide products")["irreversible charge"]
    carbon_side = {
        "charge at the layer bound [mAh/g]": q_c_max,
        "SE consumed per mAh/g [%]": 100 / (mah_per_mol * carbon_charge * se_mol_per_g),
        "full contact [x model's]": 1 / recipe.carbon_se_contact_fraction,
    }
    f_ncm = pv["Positive electrode active material-solid electrolyte contact fraction"]
    per_reaction = {}
    for name in chem.REACTIONS:
        q = chem.reaction_quantities(name)
        rock_salt = q["NCM sites lost"] * chem.phase_molar_volume("MO")
        v_out = (q["product volume [m3.mol-1]"] - rock_salt) / q["irreversible charge"]
        v_rs = rock_salt / q["irreversible charge"]
        nm_per_mah = cei / q_am * v_out / v_model
        q_max = (LAYER_BOUNDS_NM["CEI"] - L0) / nm_per_mah
        side = q_max + q_c_max
        se_c = q_c_max / mah_per_mol / carbon_charge / se_mol_per_g
        se_am = q_max / mah_per_mol / q["irreversible charge"] / se_mol_per_g
        # the NCM-side charge K4's lower edge needs, carbon at its bound
        need = max((1 - K4_TOL) * PAPER_K4.get(carbon_wt_percent, irr) - rest, 0.0)
        need_am = max(need - q_c_max, 0.0)
        per_reaction[name] = {
            "NCM-side irreversible charge at the CEI bound [mAh/g]": q_max,
            "rock salt under the CEI [nm]": cei / q_am * v_rs / v_model * q_max,
            "SE consumed [%]": 100 * (se_c + se_am),
            "largest K4 under the layer bounds [mAh/g]": rest + side,
            "at K4's lower edge: NCM-side charge [mAh/g]": need_am,
            "at K4's lower edge: CEI [nm]": L0 + nm_per_mah * need_am,
            "at K4's lower edge: SE consumed [%]": 100
            * (se_c + need_am / mah_per_mol / q["irreversible charge"] / se_mol_per_g),
            "NCM side": {
                "nm per mAh/g": nm_per_mah,
                "free layer [nm]": LAYER_BOUNDS_NM["CEI"] - L0,
                "SE consumed per mAh/g [%]": 100
                / (mah_per_mol * q["irreversible charge"] * se_mol_per_g),
                "full contact [x model's]": 1 / f_ncm,
            },
        }
        per_reaction[name]["at K4's lower edge, least contact areas"] = (
            least_contact_areas(
                need,
                carbon_side,
                per_reaction[name]["NCM side"],
                FORMED_BOUNDS["SE consumed [%]"][1],
            )
        )
    return {
        "irreversible [mAh/g]": irr,
        "NCM-side charge [mAh/g]": q_am,
        "carbon-side charge [mAh/g]": q_c,
        "CEI grown [nm]": cei,
        "carbon product [nm]": carbon,
        "rest of the irreversible capacity [mAh/g]": rest,
        "carbon-side charge at its bound [mAh/g]": q_c_max,
        "carbon side": {
            **carbon_side,
            "contact fraction": recipe.carbon_se_contact_fraction,
        },
        "per NCM-side reaction": per_reaction,
    }


def k4_edge_against_ncm_loss(bounded, edge, losses, carbon_contacts):
    """Whether K4's lower edge ``edge`` [mAh/g] fits the formed-cell bounds, for a
    range of the NCM's own first-cycle loss and of the carbon's SE contact.

    ``bounded`` is :func:`layer_bounded_irreversible` of the cell. For each NCM
    loss in ``losses`` [mAh/g] (the irreversible capacity that is neither side
    reaction) the side reactions must give ``edge - loss``; for each fraction of
    the carbon's BET surface that touches SE in ``carbon_contacts`` (the carbon
    side's full contact) and each written NCM-side reaction,
    :func:`least_contact_areas` gives the least NCM contact area [x model's] and
    whether it fits the whole NCM surface. Returns rows ``{"NCM loss [mAh/g]",
    "carbon contact fraction", reaction: least_contact_areas(...)}``."""
    carbon = bounded["carbon side"]
    rows = []
    for loss in losses:
        for contact in carbon_contacts:
            side = {
                **carbon,
                "full contact [x model's]": contact / carbon["contact fraction"],
            }
            row = {"NCM loss [mAh/g]": loss, "carbon contact fraction": contact}
            for name, reaction in bounded["per NCM-side reaction"].items():
                row[name] = least_contact_areas(
                    max(edge - loss, 0.0),
                    side,
                    reaction["NCM side"],
                    FORMED_BOUNDS["SE consumed [%]"][1],
                )
            rows.append(row)
    return rows
