"""Jang 2023 (review), Fig. 7a: pressure swing and critical current in fixtures.

Paper's reading (Jang 2023 review, Fig. 7a, as the issue states it; the figure's
numbers were not available here): an NCM811 (25.5 mg/cm2) | LPSCl | Li full cell
swings in pressure far more than a symmetric Li | LPSCl | Li cell, and a fixture
that holds the pressure constant reaches a higher critical current density (CCD)
under a current ramp than one clamped at a fixed gap.

Cells (model):

- full cell: ``SolidStateDFN`` with a lithium-metal anode ("anode contact":
  "creep"), the Kim2024 NCM811 | Li6PS5Cl composite at 25.5 mg/cm2 (80 wt% NCM,
  3 wt% carbon; pristine), the Li-metal interface values of Park2021 (creep,
  contact, critical current), the fixture values of ``parameter_sets._fixture``;
  "stack pressure": "laws" (constant pressure) or "fixed gap". The composite's
  pressure laws are neutral here (contact fraction, tortuosity and connected AM of
  Kim2024, no grain-contact limit); only the real AM/SE contact (Bowden-Tabor,
  referenced to the clamping pressure) follows the pressure.
- symmetric cell: ``SymmetricCell`` with the Park2021 values, "stack pressure":
  "laws" or "fixed gap", plating/stripping the full cell's capacity per half
  cycle.

Pressure-dependent short criterion (estimate): the critical local plating current
density falls with the stack pressure, :math:`i_{crit}(P) = i_0\\max(1 - P/P_{pen},
0)`: Doux et al. 2020 cycle Li | Li6PS5Cl | Li for > 1000 h at 5 MPa while higher
stack pressures drive Li creep into the SE and short the cell; :math:`P_{pen}` =
25 MPa, :math:`i_0` = 1 mA/cm2 (Park2021's critical current, Kasemchainan 2019).

Protocol: clamped at 5 MPa (Doux 2020's working pressure); one cycle at each
current density of the ramp (charge to 4.32 V / discharge to 2.5 V for the full
cell; strip then plate the same areal capacity for the symmetric cell) until the
short-circuit event ends the run.

Attribution and checks: the same ramps with a pressure-independent critical current
(its value at the clamp), the fixed gap with a softer fixture (0.1x and 0.3x the
estimated stiffness), and the fixed-gap swing on a doubled mesh.

Targets (the paper's reading, scored by :func:`reading`; no numbers of the figure
were available): F1 the full cell swings in pressure more than 10x as far as the
symmetric cell at a fixed gap; F2 the constant-pressure fixture shorts at a higher
current density than the fixed gap (full cell). :class:`Fixture2023` scores them
as :class:`~.base.Target` records; ``experiments/pressure_fixture.py`` writes them
with the attribution and checks.
"""

import pathlib

import numpy as np
import pybamm
from matplotlib.figure import Figure

from assb_models.models import (
    SolidStateDFN,
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from assb_models.parameter_sets import Sakka2022
from assb_models.parameter_sets._fixture import fixed_gap_table
from assb_models.parameters.parameter_values import get_parameter_values, get_sources

from .base import Reproduction, Target

MPA = 1e6
#: clamping pressure [Pa]: Doux et al. 2020 cycle Li | Li6PS5Cl | Li at 5 MPa
CLAMP = 5 * MPA
#: NCM811 loading of the Jang 2023 Fig. 7a cell [mg.cm-2]
LOADING = 25.5
#: current ramp [mA.cm-2]: one cycle at each, in steps of 0.25 mA/cm2
RAMP = tuple(0.25 * k for k in range(1, 9))
#: Li penetration stack pressure [Pa] and critical current at zero pressure [A.m-2]
P_PENETRATION = 25 * MPA
I_CRIT_0 = 10.0
#: NCM811 volume change per Li removed (estimate: ~5 % shrinkage by volume on
#: charge to 4.3 V for Ni-rich NCM, Koerver 2018, de Biasi 2019; linear here)
NCM811_VOLUME_CHANGE = 0.06
#: Li foil radius of the fixture [m] (estimate: 10 mm diameter cells)
RADIUS = 5e-3

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


def reading(full, symmetric):
    """The paper's reading, scored on the runs."""
    swing = {k: v["pressure swing [MPa]"] for k, v in full.items()}
    sym_swing = {k: v["pressure swing [MPa]"] for k, v in symmetric.items()}
    ccd = {k: v["shorts at [mA.cm-2]"] for k, v in full.items()}
    ratio = swing["fixed gap"] / max(sym_swing["fixed gap"], 1e-12)
    higher = (
        ccd["constant pressure"] is not None
        and ccd["fixed gap"] is not None
        and ccd["constant pressure"] > ccd["fixed gap"]
    )
    return {
        "full cell swings far more than the symmetric cell (fixed gap; here: > 10x)": {
            "full cell swing [MPa]": swing["fixed gap"],
            "symmetric cell swing [MPa]": sym_swing["fixed gap"],
            "ratio": ratio,
            "pass": bool(ratio > 10),
        },
        "constant-pressure fixture reaches a higher critical current (full cell)": {
            "constant pressure [mA.cm-2]": ccd["constant pressure"],
            "fixed gap [mA.cm-2]": ccd["fixed gap"],
            "pass": bool(higher),
        },
    }


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


def figure(full, symmetric, path):
    """Pressure and voltage vs time of each ramp (model; the paper's figure has no
    numbers available here); returns ``path``."""
    fig = Figure(figsize=(12, 7))
    ax = fig.subplots(2, 2, sharex="col")
    for col, (runs, title) in enumerate(
        (
            (full, f"NCM811 {LOADING:g} mg/cm2 | LPSCl | Li"),
            (symmetric, "Li | LPSCl | Li"),
        )
    ):
        for name, run in runs.items():
            label = f"{name} (shorts at {run['shorts at [mA.cm-2]']} mA/cm2)"
            ax[0, col].plot(run["time [h]"], run["pressure [MPa]"], label=label)
            ax[1, col].plot(run["time [h]"], run["voltage [V]"], label=name, lw=0.8)
        ax[0, col].set(title=title, ylabel="stack pressure [MPa]")
        ax[1, col].set(xlabel="time [h]", ylabel="voltage [V]")
        ax[0, col].legend(fontsize=8)
    fig.suptitle(
        f"current ramp {RAMP[0]:g}-{RAMP[-1]:g} mA/cm2, one cycle per step, "
        f"clamped at {CLAMP / MPA:g} MPa"
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return path


def areal_capacity(pv=None):
    """The full cell's nominal areal capacity [mAh.cm-2]."""
    pv = pv or full_cell()
    return pv["Nominal cell capacity [A.h]"] * 1e3 / (_cell_area(pv) * 1e4)


#: per target: its row in :func:`reading`, what the paper reports, the tolerance
PAPER = {
    "F1": (
        "full cell swings far more than the symmetric cell (fixed gap; here: > 10x)",
        "an NCM811 | LPSCl | Li full cell swings in pressure far more than a "
        "symmetric Li | LPSCl | Li cell",
        "ratio of the swings > 10 (fixed gap)",
    ),
    "F2": (
        "constant-pressure fixture reaches a higher critical current (full cell)",
        "a constant-pressure fixture reaches a higher critical current density "
        "than one clamped at a fixed gap",
        "shape: higher",
    ),
}


class Fixture2023(Reproduction):
    """Jang 2023 Fig. 7a, the reading F1-F2 (module docstring)."""

    name = "fixture2023"
    title = (
        "Jang 2023 (review), Fig. 7a: fixed gap vs constant pressure, NCM811 "
        f"{LOADING:g} mg/cm2 | LPSCl | Li through a current ramp"
    )
    citation = (
        "Jang, J. Korean Chem. Soc. 2023, 67, 165 (Fig. 7a, as the issue states it)"
    )
    parameter_set = "Kim2024 (composite), Park2021 (Li metal), fixture estimates"
    target_ids = ("F1", "F2")

    def full(self):
        """:func:`ramp_full_cell` in each fixture."""
        return self.cached(
            "full",
            lambda: self.step(
                "full cell, constant pressure and fixed gap",
                lambda: {f: ramp_full_cell(f) for f in FIXTURES},
            ),
        )

    def symmetric(self):
        """:func:`ramp_symmetric_cell` in each fixture, the full cell's capacity."""
        return self.cached(
            "symmetric",
            lambda: self.step(
                "symmetric cell",
                lambda: {
                    f: ramp_symmetric_cell(f, areal_capacity())
                    for f in SYMMETRIC_FIXTURES
                },
            ),
        )

    def reading(self):
        """:func:`reading` of the ramps."""
        return self.cached("reading", lambda: reading(self.full(), self.symmetric()))

    def score(self, target_id):
        key, paper, tolerance = PAPER[target_id]
        row = self.reading()[key]
        model = {k: v for k, v in row.items() if k != "pass"}
        text = ", ".join(
            f"{k} {v:.3g}" if isinstance(v, float) else f"{k} {v}"
            for k, v in model.items()
        )
        return Target(target_id, key, paper, tolerance, text, bool(row["pass"]), model)

    def figures(self, out, ids=None, stem=None):
        out = pathlib.Path(out)
        out.mkdir(parents=True, exist_ok=True)
        self.check_ids(ids)
        return [figure(self.full(), self.symmetric(), out / f"{stem or self.name}.png")]

    def sources(self):
        pv = full_cell()
        return {
            "Kim2024 (composite, lithium-metal anode)": get_sources(
                "Kim2024",
                anode="lithium metal",
                am_loading_mg_cm2=LOADING,
                pristine=True,
            ),
            "Park2021 (Li-metal interface)": get_sources("Park2021", cell="full"),
            "fixture": {
                k: s
                for k, (_, s) in fixed_gap_table(
                    pv["Negative electrode thickness [m]"], RADIUS
                ).items()
            },
            "short criterion, NCM811 volume change, Li foil radius": "estimates, "
            "see assb_models.reproductions.fixture2023",
        }
