r"""Fixed gap vs constant pressure (Jang 2023, Fig. 7a): an NCM811 (25.5 mg/cm2) |
LPSCl | Li full cell (``SolidStateDFN``, lithium-metal anode with creep contact) and a
Li | LPSCl | Li symmetric cell, each in a constant-pressure or a fixed-gap fixture,
through a current ramp (one cycle per step) until the short-circuit event.

Short criterion (estimate): the critical local plating current density falls with
the stack pressure, :math:`i_{crit}(P) = i_0\max(1 - P/P_{pen}, 0)` (Doux et al.
2020; :math:`P_{pen}` = 25 MPa, :math:`i_0` = 1 mA/cm2, Kasemchainan 2019). Checks:
a pressure-independent critical current (attribution), a softer fixture and a doubled
mesh.
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
from assb_models.parameter_sets._fixture import fixed_gap_table
from assb_models.parameters.parameter_values import get_parameter_values

from .paper import (
    CLAMP,
    I_CRIT_0,
    LOADING,
    MPA,
    NCM811_VOLUME_CHANGE,
    P_PENETRATION,
    RADIUS,
    RAMP,
)

FULL_OPTIONS = {"anode": "lithium metal", "anode contact": "creep"}


FIXTURES = {"constant pressure": "laws", "fixed gap": "fixed gap"}


SYMMETRIC_FIXTURES = {"constant pressure": "laws", "fixed gap": "fixed gap"}


def critical_current_density(pressure):
    """:math:`i_0 \\max(1 - P/P_{pen}, 0)` [A.m-2] (estimate, see the module)."""
    return I_CRIT_0 * pybamm.maximum(1 - pressure / P_PENETRATION, 0)


def _short_criterion():
    """The pressure-dependent short criterion, and a Li foil in full contact: at
    the 5 MPa clamp Li creeps ~1e4x faster than at Park2021's 1 MPa, so the voids
    of assembly close (estimate)."""
    return {
        "Critical local current density [A.m-2]": critical_current_density,
        "Initial lithium metal contact fraction": 1.0,
    }


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


def full_cell():
    """NCM811 | Li6PS5Cl | Li at 25.5 mg/cm2 in the fixture (see the module)."""
    pv = get_parameter_values(
        "Kim2024", anode="lithium metal", am_loading_mg_cm2=LOADING, pristine=True
    )
    park = get_parameter_values("Park2021", cell="full")
    li = pv["Negative electrode thickness [m]"]
    pv.update(
        {name: park[name] for name in park.keys() if name not in pv.keys()},
        check_already_exists=False,
    )
    in_fixture(pv, li, RADIUS)
    pv.update(_short_criterion(), check_already_exists=False)
    return pv


def in_fixture(pv, *fixture):
    """``pv`` (a full cell with an NCM cathode) clamped in the fixed-gap fixture.

    Adds the pressure laws that keep the set's composite (:func:`_neutral_laws`),
    the fixture's stiffness and clamp (``fixed_gap_table(*fixture)``) and the NCM811
    breathing, for the option "stack pressure": "fixed gap"; returns ``pv``.
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


def symmetric_cell():
    """Li | Li6PS5Cl | Li (Park2021) in the same fixture."""
    pv = get_parameter_values("Park2021")
    li = pv["Negative electrode thickness [m]"]
    pv.update(
        {
            **{k: v for k, (v, _) in fixed_gap_table(li, RADIUS).items()},
            **_short_criterion(),
            "Stack pressure at assembly [Pa]": CLAMP,
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


def ramp_full_cell(fixture, ramp=RAMP, pv=None, var_pts=None):
    """Full cell through the current ramp in ``fixture`` ("constant pressure" or
    "fixed gap") until a short: one charge/discharge at each current density."""
    pv = pv or full_cell()
    area = _cell_area(pv)
    model = SolidStateDFN({**FULL_OPTIONS, "stack pressure": FIXTURES[fixture]})
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
    """The CCD gap with a pressure-independent critical current (its value at the
    clamp): which physics makes the fixed gap short earlier."""
    pv = full_cell()
    i_clamp = float(critical_current_density(pybamm.Scalar(CLAMP)).evaluate())
    pv.update({"Critical local current density [A.m-2]": i_clamp})
    return {
        fixture: ramp_full_cell(fixture, ramp, pv=pv)["shorts at [mA.cm-2]"]
        for fixture in FIXTURES
    }


def stiffness_sensitivity(factors=(0.1, 0.3)):
    """Fixed-gap full cell with the fixture stiffness scaled by each factor: its
    pressure swing and shorting current (the stiffness is an estimate)."""
    out = {}
    for factor in factors:
        pv = full_cell()
        name = "Fixed-gap stack stiffness [Pa.m-1]"
        pv.update({name: factor * pv[name]})
        run = ramp_full_cell("fixed gap", pv=pv)
        out[f"{factor:g} x stiffness"] = {
            "pressure swing [MPa]": run["pressure swing [MPa]"],
            "shorts at [mA.cm-2]": run["shorts at [mA.cm-2]"],
        }
    return out


def convergence(ramp=RAMP[:1]):
    """Pressure swing of the fixed-gap full cell's first cycle on the default and a
    doubled mesh."""
    base = {"x_n": 20, "x_s": 20, "x_p": 20, "r_n": 20, "r_p": 20}
    out = {}
    for name, factor in (("default", 1), ("doubled", 2)):
        pts = {k: v * factor for k, v in base.items()}
        run = ramp_full_cell("fixed gap", ramp, var_pts=pts)
        out[name] = run["pressure swing [MPa]"]
    out["change [%]"] = 100 * abs(out["doubled"] / out["default"] - 1)
    return out


def areal_capacity(pv=None):
    """The full cell's nominal areal capacity [mAh.cm-2]."""
    pv = pv or full_cell()
    return pv["Nominal cell capacity [A.h]"] * 1e3 / (_cell_area(pv) * 1e4)
