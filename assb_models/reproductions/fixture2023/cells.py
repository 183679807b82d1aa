r"""Fixed gap vs constant pressure (Jang 2023, Fig. 7a): an NCM811 (25.5 mg/cm2) |
LPSCl | Li full cell (``SolidStateDFN``, lithium-metal anode with creep contact) and a
Li | LPSCl | Li symmetric cell, each in a constant-pressure or a fixed-gap fixture,
through a current ramp (one cycle per step) until the short-circuit event.

Short: Li intrusion across the separator ("anode penetration": "intrusion", the
Park2021 values): creep of Li into the SE pores under the contact stress, and
plating above the critical local current density at the contacts that voids leave
(:class:`~assb_models.submodels.anode.penetration.LithiumIntrusion`). The fixture's
stiffness is an input of each study (a type of
:data:`~assb_models.parameter_sets._fixture.FIXTURE_STIFFNESS` or a value in Pa/m).
Checks: intrusion switched off (attribution), each fixture type, a doubled mesh,
and a sweep of the stack pressure 1-100 MPa (critical current, time to short at
rest).
"""

import numpy as np
import pybamm

from assb_models.models import (
    SolidStateDFN,
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from assb_models.parameter_sets import Sakka2022
from assb_models.parameter_sets._fixture import (
    DEFAULT_FIXTURE,
    FIXTURE_STIFFNESS,
    fixed_gap_table,
    fixture_stiffness,
)
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.simulation import refined_var_pts

from .paper import (
    CLAMP,
    LOADING,
    MPA,
    NCM811_VOLUME_CHANGE,
    RADIUS,
    RAMP,
)

FULL_OPTIONS = {
    "anode": "lithium metal",
    "anode contact": "creep",
    "anode penetration": "intrusion",
}


FIXTURES = {"constant pressure": "laws", "fixed gap": "fixed gap"}


SYMMETRIC_FIXTURES = {"constant pressure": "laws", "fixed gap": "fixed gap"}


def _short_criterion():
    """A Li foil in full contact at assembly: at the 5 MPa clamp Li creeps ~1e4x
    faster than at Park2021's 1 MPa, so the voids of assembly close (estimate).
    The short follows from the intrusion law with the Park2021 values."""
    return {"Initial lithium metal contact fraction": 1.0}


def _neutral_laws(pv):
    """Pressure laws that keep the set's composite and follow only the real contact.

    Contact fraction, connected AM and tortuosity constant at the set's values
    (tortuosity from its Bruggeman exponent, :math:`\\varepsilon/\\tau^2 =
    \\varepsilon^b`), no grain-contact limit, and Bowden-Tabor real contact (the
    Sakka2022 coefficients) referenced to the clamping pressure, so the constant-
    pressure fixture is the set's own cell.
    """
    sakka = get_parameter_values("Sakka2022")
    eps = pv["Positive electrode porosity"]
    b = pv["Positive electrode Bruggeman coefficient (electrolyte)"]
    contact = pv[
        "Positive electrode active material-solid electrolyte contact fraction"
    ]
    real = (
        "Positive electrode active material-solid electrolyte real contact fraction "
        "vs pressure"
    )
    residual = (
        "Positive electrode active material-solid electrolyte residual contact "
        "pressure [Pa]"
    )
    return {
        "Positive electrode active material-solid electrolyte contact fraction vs "
        "pressure": lambda p: contact + 0 * p,
        "Positive electrode connected active material fraction vs pressure": (
            lambda p: 1 + 0 * p
        ),
        "Positive electrode solid electrolyte tortuosity vs pressure": (
            lambda p: eps ** ((1 - b) / 2) + 0 * p
        ),
        "Solid electrolyte grain contact fraction vs pressure": lambda p: 1 + 0 * p,
        "Solid electrolyte grain contact fraction at half conductance": 0.0,
        real: sakka[real],
        residual: sakka[residual],
        "Solid electrolyte indentation hardness [Pa]": sakka[
            "Solid electrolyte indentation hardness [Pa]"
        ],
        "Reference stack pressure [Pa]": CLAMP,
        "Highest previous stack pressure [Pa]": 0.0,
        "Stack pressure at assembly [Pa]": CLAMP,
    }


def full_cell(fixture=DEFAULT_FIXTURE):
    """NCM811 | Li6PS5Cl | Li at 25.5 mg/cm2 in ``fixture`` (see the module)."""
    pv = get_parameter_values(
        "Kim2024", anode="lithium metal", am_loading_mg_cm2=LOADING, pristine=True
    )
    park = get_parameter_values("Park2021", cell="full")
    li = pv["Negative electrode thickness [m]"]
    pv.update(
        {name: park[name] for name in park.keys() if name not in pv.keys()},
        check_already_exists=False,
    )
    in_fixture(pv, li, RADIUS, fixture)
    pv.update(_short_criterion(), check_already_exists=False)
    return pv


def in_fixture(pv, *fixture):
    """``pv`` (a full cell with an NCM cathode) clamped in the fixed-gap fixture.

    Adds the pressure laws that keep the set's composite (:func:`_neutral_laws`),
    the fixture's stiffness and clamp (``fixed_gap_table(*fixture)``: Li thickness,
    foil radius, fixture type) and the NCM811 breathing, for the option "stack
    pressure": "fixed gap"; returns ``pv``.
    """
    pv.update(
        {
            **_neutral_laws(pv),
            **{k: v for k, (v, _) in fixed_gap_table(*fixture).items()},
            "Positive electrode volume change": Sakka2022.ncm111_volume_change,
            "Positive electrode volume change per Li removed": NCM811_VOLUME_CHANGE,
        },
        check_already_exists=False,
    )
    return pv


def symmetric_cell(fixture=DEFAULT_FIXTURE, clamp=CLAMP):
    """Li | Li6PS5Cl | Li (Park2021) in ``fixture``, clamped at ``clamp`` [Pa]."""
    pv = get_parameter_values("Park2021")
    li = pv["Negative electrode thickness [m]"]
    pv.update(
        {
            **{k: v for k, (v, _) in fixed_gap_table(li, RADIUS, fixture).items()},
            **_short_criterion(),
            "Stack pressure at assembly [Pa]": clamp,
        },
        check_already_exists=False,
    )
    return pv


def _cell_area(pv):
    return pv["Electrode height [m]"] * pv["Electrode width [m]"]


def _record(solution, stop, fixture):
    """Pressure and voltage vs time, the pressure swing and the shorting current."""
    t = solution["Time [h]"].entries
    p = np.ravel(solution["Stack pressure [Pa]"].entries) * np.ones_like(t) / MPA
    return {
        "fixture": fixture,
        "time [h]": t,
        "pressure [MPa]": p,
        "voltage [V]": solution["Voltage [V]"].entries,
        "pressure swing [MPa]": float(np.ptp(p)),
        "highest pressure [MPa]": float(np.max(p)),
        "short circuit": bool(stop and stop["short circuit"]),
        "shorts at [mA.cm-2]": round(stop["current [mA.cm-2]"], 6) if stop else None,
        "stopped by": stop["event"] if stop else "end of the ramp",
    }


def ramp_full_cell(fixture, ramp=RAMP, pv=None, var_pts=None, options=None):
    """Full cell through the current ramp in ``fixture`` ("constant pressure" or
    "fixed gap") until a short: one charge/discharge at each current density."""
    pv = pv or full_cell()
    area = _cell_area(pv)
    options = FULL_OPTIONS if options is None else options
    model = SolidStateDFN({**options, "stack pressure": FIXTURES[fixture]})
    steps = []
    for i in ramp:
        amps = i * 10 * area  # mA/cm2 -> A
        # long enough for a full charge: the voltage cut-off ends each step
        hours = 1.5 * pv["Nominal cell capacity [A.h]"] / amps
        steps.append(
            tuple(
                pybamm.step.current(
                    sign * amps,
                    termination=cut_off,
                    duration=hours * 3600,
                    period=hours * 36,
                    description=f"{name} at {i:g} mA/cm2",
                )
                for sign, cut_off, name in (
                    (-1, "4.32 V", "charge"),
                    (1, "2.5 V", "discharge"),
                )
            )
        )
    solution, stop = run_plating_stripping(model, pv, steps, var_pts=var_pts)
    return _record(solution, stop, fixture)


def ramp_symmetric_cell(fixture, capacity_mAh_cm2, ramp=RAMP):
    """Symmetric cell through the same ramp in ``fixture``, stripping and plating
    ``capacity_mAh_cm2`` (the full cell's) per half cycle."""
    pv = symmetric_cell()
    steps = plating_stripping_experiment(
        list(ramp), _cell_area(pv) * 1e4, cycles=1, capacity_mAh_cm2=capacity_mAh_cm2
    )
    model = SymmetricCell({"stack pressure": SYMMETRIC_FIXTURES[fixture]})
    solution, stop = run_plating_stripping(model, pv, steps)
    return _record(solution, stop, fixture)


def attribution(ramp=RAMP):
    """The critical currents with the Li intrusion switched off ("anode
    penetration": "none"): which physics makes each fixture short."""
    pv = full_cell()
    options = {**FULL_OPTIONS, "anode penetration": "none"}
    return {
        fixture: ramp_full_cell(fixture, ramp, pv=pv, options=options)[
            "shorts at [mA.cm-2]"
        ]
        for fixture in FIXTURES
    }


def stiffness_sensitivity(fixtures=tuple(FIXTURE_STIFFNESS)):
    """Fixed-gap full cell in each fixture type: its stiffness, the swing per um of
    stack thickness change, and the ramp's pressure swing and shorting current."""
    out = {}
    for fixture in fixtures:
        stiffness, source = fixture_stiffness(fixture)
        run = ramp_full_cell("fixed gap", pv=full_cell(fixture))
        out[fixture] = {
            "stiffness [Pa.m-1]": stiffness,
            "swing per um of stack thickness change [MPa.um-1]": stiffness * 1e-12,
            "source": source,
            "pressure swing [MPa]": run["pressure swing [MPa]"],
            "shorts at [mA.cm-2]": run["shorts at [mA.cm-2]"],
        }
    return out


#: stack pressures of the sweep [MPa] and its stepped current [mA/cm2] (1 h + 1 h)
SWEEP_PRESSURES_MPA = (1, 2, 3, 5, 10, 20, 30, 40, 50, 70, 100)
SWEEP_CURRENTS = tuple(round(0.1 * k, 1) for k in range(1, 11))
#: how long the rest is simulated when looking for a short at rest [h]
REST_HOURS = 1000.0


def _sweep_model(fixture):
    """Symmetric cell held at its pressure ("constant pressure") or clamped at a
    fixed gap (a fixture type or stiffness)."""
    law = "laws" if fixture == "constant pressure" else "fixed gap"
    return SymmetricCell({"stack pressure": law})


def short_at_rest(pv, hours=REST_HOURS, fixture=DEFAULT_FIXTURE):
    """Time to short [h] of a symmetric cell left at rest, or None with the time
    simulated without one."""
    model = _sweep_model(fixture)
    steps = [(pybamm.step.rest(duration=hours * 3600, period=hours * 36),)]
    solution, stop = run_plating_stripping(model, pv, steps)
    t = 0.0 if solution is None else float(solution["Time [h]"].entries[-1])
    short = bool(stop and stop["short circuit"])
    return {"time to short at rest [h]": t if short else None, "simulated [h]": t}


def critical_current(pv, currents=SWEEP_CURRENTS, fixture=DEFAULT_FIXTURE):
    """Critical current [mA/cm2] of a symmetric cell stepped through ``currents``
    (one cycle of 1 h stripping + 1 h plating each; None: no short)."""
    model = _sweep_model(fixture)
    steps = plating_stripping_experiment(list(currents), 1.0, half_cycle_hours=1.0)
    _, stop = run_plating_stripping(model, pv, steps)
    return stop["current [mA.cm-2]"] if stop and stop["short circuit"] else None


SWEEP_FIXTURES = ("constant pressure", *FIXTURE_STIFFNESS)


def pressure_sweep(fixtures=SWEEP_FIXTURES, pressures=SWEEP_PRESSURES_MPA):
    """Li | Li6PS5Cl | Li (Park2021 values) at each stack pressure, held
    ("constant pressure") or clamped in a fixed-gap fixture of each type: critical
    current of the stepped protocol and time to short at rest (or the time
    simulated without one). Voids lower the critical current at low pressure; Li
    creeping into the SE pores shorts the cell at rest at high pressure, so the
    critical current is non-monotonic in pressure. In a fixed gap the Li's creep
    relaxes a high clamp within minutes, below the pores' flow stress."""
    out = {}
    for fixture in fixtures:
        rows = {}
        stiff = None if fixture == "constant pressure" else fixture
        for p_mpa in pressures:
            pv = symmetric_cell(stiff or DEFAULT_FIXTURE, p_mpa * MPA)
            rows[f"{p_mpa:g} MPa"] = {
                "critical current [mA.cm-2]": critical_current(pv, fixture=fixture),
                **short_at_rest(pv, fixture=fixture),
            }
        out[fixture] = {
            "stiffness [Pa.m-1]": None
            if stiff is None
            else fixture_stiffness(stiff)[0],
            "stack pressures": rows,
        }
    return out


def convergence(ramp=RAMP[:1]):
    """Pressure swing of the fixed-gap full cell's first cycle on the default and a
    doubled mesh."""
    model = SolidStateDFN({**FULL_OPTIONS, "stack pressure": FIXTURES["fixed gap"]})
    out = {}
    for name, factor in (("default", 1), ("doubled", 2)):
        pts = refined_var_pts(model, factor)
        run = ramp_full_cell("fixed gap", ramp, var_pts=pts)
        out[name] = run["pressure swing [MPa]"]
    out["change [%]"] = 100 * abs(out["doubled"] / out["default"] - 1)
    return out


def areal_capacity(pv=None):
    """The full cell's nominal areal capacity [mAh.cm-2]."""
    pv = pv or full_cell()
    return pv["Nominal cell capacity [A.h]"] * 1e3 / (_cell_area(pv) * 1e4)
