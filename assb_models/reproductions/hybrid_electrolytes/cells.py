r"""Hybrid-electrolyte cells and protocols (targets M1-M8,
``../shared/targets/hybrid_electrolytes.md``).

- **LFP | polymer | Li** (Chen2016 at 40 C, Zhao2016 at 60 C):
  :class:`~assb_models.models.SolidStateDFN` with ``"electrolyte": "polymer"``
  (the polymer fills the separator and the cathode; 1 wt% LGPS changes the
  polymer's conductivity by < 1 %, so no sulfide takes part). It equals PyBaMM's
  DFN half cell with the polymer's transport under PyBaMM's names
  (:func:`dfn_values`, the cross-check). First discharge at each rate after a
  C/10 charge to 4.0 V and a hold to C/50 (M1, M2); 0.5 C cycling (M3).
- **Dispersed hybrid conductivity** (M4, M5): the effective-medium law of
  :mod:`assb_models.parameters.hybrid_laws` against the LGPS weight fraction.
- **Li symmetric cells** (M6 at 40 C with the Chen2016 polymers; M7 with Zheng's
  PEO, LGPS and 70 wt% LGPS-PEO, Zhao2016 set): the LGPS cell is the package's
  :class:`~assb_models.models.SymmetricCell` with the linear (reaction-limited)
  SE reduction law and LGPS's own reaction; the polymer cells' resistance is
  bulk + two charge transfers, :math:`R = L/(\kappa\varepsilon^{1.5}A) +
  2RT/(Fj_0A)` (the ohmic resistance of the layers in series), their failure the
  dead-Li front (:func:`~assb_models.parameters.hybrid_laws.dead_lithium_front`)
  crossing the polymer.
- **SPEI growth** (M8): :func:`~assb_models.parameters.hybrid_laws.spei_resistance`
  per sulfide at 40 C.
"""

import numpy as np
import pybamm

from assb_models.models import (
    SolidStateDFN,
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from assb_models.parameter_sets import Zhao2016
from assb_models.parameter_sets import _hybrid as hyb
from assb_models.parameters import AssbParameters
from assb_models.parameters.hybrid_laws import (
    dead_lithium_front,
    dispersed_hybrid,
    spei_resistance,
)
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.simulation import refined_var_pts

from .paper import (
    M3_CYCLES,
    M3_RATE,
    M4_TEMPERATURE,
    M5_WEIGHT_FRACTIONS,
    M6_DAYS,
    M7_CUTOFF,
    M7_HOURS,
    M8_DAYS,
    RATES,
)

F = 96485.33212
R_GAS = 8.314462618
#: mesh refinements of the convergence check: across the cell and in the LFP
#: particles (doubled separately: IDAKLU fails with both doubled at once)
REFINEMENTS = {"x doubled": ("x_s", "x_p"), "r doubled": ("r_p",)}


# ------------------------------------------------------------ LFP | polymer | Li
def dfn_values(set_name):
    """:class:`pybamm.ParameterValues` of a set's full cell for PyBaMM's DFN: the
    polymer's conductivity, transference number and thermodynamic factor under
    PyBaMM's electrolyte names."""
    values = dict(get_parameter_values(set_name))
    values.update(
        {
            "Electrolyte conductivity [S.m-1]": values[
                "Polymer electrolyte conductivity [S.m-1]"
            ],
            "Electrolyte diffusivity [m2.s-1]": values[
                "Polymer salt diffusivity [m2.s-1]"
            ],
            "Cation transference number": values["Polymer cation transference number"],
            "Thermodynamic factor": values["Polymer thermodynamic factor"],
            "Initial concentration in electrolyte [mol.m-3]": values[
                "Polymer initial salt concentration [mol.m-3]"
            ],
        }
    )
    return pybamm.ParameterValues(values)


def full_cell_model(pybamm_dfn=False):
    """LFP | polymer | Li: the package's polymer-filled cell, or (``pybamm_dfn``)
    PyBaMM's DFN half cell for the cross-check."""
    if pybamm_dfn:
        return pybamm.lithium_ion.DFN({"working electrode": "positive"})
    return SolidStateDFN(Zhao2016.MODEL_OPTIONS)


def full_cell_values(set_name, pybamm_dfn=False):
    """Parameter values of a set's full cell (for PyBaMM's DFN: :func:`dfn_values`)."""
    if pybamm_dfn:
        return dfn_values(set_name)
    return get_parameter_values(set_name)


def _lfp_mass_g(pv):
    """LFP mass of the cell [g]."""
    return (
        pv["Positive electrode active material volume fraction"]
        * pv["Positive electrode thickness [m]"]
        * pv["Positive electrode active material density [kg.m-3]"]
        * pv["Electrode height [m]"]
        * pv["Electrode width [m]"]
        * 1e3
    )


def _solve(pv, steps, refine=(), pybamm_dfn=False):
    """Solve ``steps`` on the model's mesh with the points of ``refine`` (keys of
    its ``default_var_pts``, e.g. ("x_s", "x_p")) doubled."""
    model = full_cell_model(pybamm_dfn)
    points = refined_var_pts(model, 2, refine)
    sim = pybamm.Simulation(
        model,
        parameter_values=pv,
        var_pts=points,
        experiment=pybamm.Experiment(steps),
    )
    return sim.solve()


def _charge(rate=0.1):
    return (
        f"Charge at {rate:g}C until 4.0 V",
        "Hold at 4.0 V until C/50",
        "Rest for 10 minutes",
    )


def _specific(step, mass_g):
    q = step["Discharge capacity [A.h]"].entries
    return abs(float(q[-1] - q[0])) * 1e3 / mass_g


def rate_capacities(set_name, rates=RATES, refine=(), pybamm_dfn=False):
    """First discharge [mAh/g LFP] of a fresh cell at each rate (after a C/10
    charge to 4.0 V, held to C/50), with the curves and the Li balance."""
    pv = full_cell_values(set_name, pybamm_dfn)
    mass = _lfp_mass_g(pv)
    caps, curves, drift = [], [], []
    for rate in rates:
        steps = [(*_charge(), f"Discharge at {rate:g}C until 2.5 V")]
        sol = _solve(pv, steps, refine, pybamm_dfn)
        if not pybamm_dfn:
            n = sol["Total lithium [mol]"].entries
            drift.append(float(np.max(np.abs(n - n[0])) / n[0]))
        step = sol.cycles[0].steps[-1]
        caps.append(_specific(step, mass))
        q = step["Discharge capacity [A.h]"].entries
        curves.append(
            (
                (q - q[0]) * 1e3 / mass,
                step["Voltage [V]"].entries,
            )
        )
    return {
        "rates [C]": list(rates),
        "capacity [mAh/g]": np.array(caps),
        "curves": curves,
        "LFP mass [g]": mass,
        "Total lithium drift": max(drift) if drift else None,
    }


def cycling(set_name="Zhao2016", cycles=M3_CYCLES, rate=M3_RATE):
    """``cycles`` cycles at ``rate`` (charge to 4.0 V, hold to C/50, discharge to
    2.5 V): discharge capacity per cycle [mAh/g] and the retention."""
    pv = get_parameter_values(set_name)
    mass = _lfp_mass_g(pv)
    cycle = (*_charge(rate), f"Discharge at {rate:g}C until 2.5 V")
    sol = _solve(pv, [cycle] * cycles)
    caps = np.array([_specific(c.steps[-1], mass) for c in sol.cycles])
    return {
        "cycle": np.arange(1, len(caps) + 1),
        "capacity [mAh/g]": caps,
        "retention": float(caps[-1] / caps[0]),
    }


# ------------------------------------------------------- dispersed conductivity
def hybrid_conductivity(
    weight_fraction, temperature=M4_TEMPERATURE, spei_age_s=0.0, plasticised=False
):
    """The effective-medium law for LGPS in PEO18-LiTFSI (``_hybrid``'s inputs)
    with the LGPS/PEO SPEI grown for ``spei_age_s`` on the particles."""
    r_spei = spei_resistance(spei_age_s, *hyb.SPEI["Li10GeP2S12"][:2])
    return dispersed_hybrid(
        **hyb.dispersed_inputs(temperature, weight_fraction, plasticised),
        core_film_resistance=r_spei,
        particle_radius=hyb.ZHENG2019["particle radius [m]"][0],
    )


def conductivity_curve(
    weights=None, temperature=M4_TEMPERATURE, spei_age_s=0.0, plasticised=False
):
    """Conductivity [mS/cm] and transference number against the LGPS weight
    fraction, from the neat polymer (0) to the neat sulfide (1)."""
    weights = np.linspace(0, 1, 101) if weights is None else np.asarray(weights)
    rows = [
        hybrid_conductivity(w, temperature, spei_age_s, plasticised) for w in weights
    ]
    return {
        "LGPS weight fraction": weights,
        "LGPS volume fraction": np.array([r["Sulfide volume fraction"] for r in rows]),
        "conductivity [mS/cm]": np.array(
            [10 * r["Conductivity [S.m-1]"] for r in rows]
        ),
        "transference number": np.array([r["Transference number"] for r in rows]),
    }


def high_loading(weights=M5_WEIGHT_FRACTIONS, temperature=M4_TEMPERATURE):
    """M5: the hybrid at high LGPS contents against the neat LGPS [mS/cm]."""
    curve = conductivity_curve(weights, temperature)
    neat = 10 * hybrid_conductivity(1.0, temperature)["Conductivity [S.m-1]"]
    return {
        "LGPS weight fraction": list(weights),
        "hybrid [mS/cm]": curve["conductivity [mS/cm]"],
        "neat LGPS [mS/cm]": neat,
    }


# ---------------------------------------------------------- symmetric cells
def _area(pv):
    return pv["Electrode height [m]"] * pv["Electrode width [m]"]


def polymer_resistance(pv, conductivity=None):
    """Resistance [Ohm] of a Li | polymer | Li cell: the membrane's bulk
    (:math:`L/(\\kappa\\varepsilon^{b}A)`) and two Li charge transfers
    (:math:`RT/(F j_0 A)` each, linearised Butler-Volmer). ``conductivity``
    [S.m-1] (default the set's VTF law at its temperature) replaces
    :math:`\\kappa\\varepsilon^b`-times-one when given as an effective value."""
    T = pv["Ambient temperature [K]"]
    if conductivity is None:
        c0 = pybamm.Scalar(pv["Polymer initial salt concentration [mol.m-3]"])
        kappa = pv.evaluate(AssbParameters().pe.kappa(c0, pybamm.Scalar(T)))
        eff = (
            pv["Separator porosity"]
            ** pv["Separator Bruggeman coefficient (electrolyte)"]
        )
        conductivity = float(kappa) * eff
    area = _area(pv)
    bulk = pv["Separator thickness [m]"] / (conductivity * area)
    j0 = pv["Exchange-current density for lithium metal electrode [A.m-2]"]
    ct = R_GAS * T / (F * j0 * area)
    return {
        "bulk [Ohm]": bulk,
        "charge transfer [Ohm]": 2 * ct,
        "total [Ohm]": bulk + 2 * ct,
    }


def pulse_resistance(pv, current_mA_cm2=0.01, seconds=1.0):
    """Resistance [Ohm] of a Li | polymer | Li cell from the model: the cell
    voltage after a ``seconds`` pulse of ``current_mA_cm2`` (salt polarisation
    not yet built up: bulk + two charge transfers, linear at this current)."""
    model = SymmetricCell({"electrolyte": "polymer"})
    amps = current_mA_cm2 * 10 * _area(pv)
    step = pybamm.step.current(amps, duration=seconds, period=seconds / 10)
    sim = pybamm.Simulation(
        model, parameter_values=pv, experiment=pybamm.Experiment([step])
    )
    sol = sim.solve()
    return float(abs(sol["Cell overpotential [V]"].entries[-1]) / amps)


def m6_resistances(days=M6_DAYS):
    """M6: fresh Li | hybrid | Li and Li | PEO | Li at 40 C (Chen2016 set) from
    the model (:func:`pulse_resistance`) beside the layers' sum
    (:func:`polymer_resistance`), and the hybrid after ``days`` (its 1 wt% LGPS
    carrying the grown LGPS/PEO SPEI, through the effective-medium law)."""
    out = {}
    for electrolyte in ("hybrid", "PEO"):
        pv = get_parameter_values("Chen2016", cell="symmetric", electrolyte=electrolyte)
        out[electrolyte] = {
            **polymer_resistance(pv),
            "model [Ohm]": pulse_resistance(pv),
        }
    T = 313.15
    pv = get_parameter_values("Chen2016", cell="symmetric", electrolyte="hybrid")
    law = {}
    for label, age in (("fresh", 0.0), ("aged", days * 86400.0)):
        sigma = hybrid_conductivity(0.01, T, age, plasticised=True)
        law[label] = polymer_resistance(pv, sigma["Conductivity [S.m-1]"])
    out["hybrid with its 1 wt% LGPS (law)"] = law
    out["hybrid drift over the days"] = (
        law["aged"]["total [Ohm]"] / law["fresh"]["total [Ohm]"] - 1
    )
    out["ratio PEO/hybrid"] = out["PEO"]["model [Ohm]"] / out["hybrid"]["model [Ohm]"]
    return out


def _symmetric_steps(hours):
    cycles = max(1, round(hours / (2 * hyb.SYMMETRIC_HALF_CYCLE_H)))
    return plating_stripping_experiment(
        hyb.SYMMETRIC_CURRENT_MA_CM2,
        1.0,
        cycles=cycles,
        half_cycle_hours=hyb.SYMMETRIC_HALF_CYCLE_H,
    )


def lgps_cell(hours, overrides=None, options=None):
    """Li | LGPS | Li (Zhao2016 set, Zheng 2019's cell) cycled for ``hours``:
    time [h], absolute cell voltage [V], interphase thickness [m] and the Li balance."""
    pv = get_parameter_values("Zhao2016", cell="symmetric", electrolyte="LGPS")
    pv.update(overrides or {})
    opts = {**Zhao2016.SYMMETRIC_OPTIONS["LGPS"], **(options or {})}
    sol, stop = run_plating_stripping(SymmetricCell(opts), pv, _symmetric_steps(hours))
    t = sol["Time [h]"].entries
    v = np.abs(sol["Cell overpotential [V]"].entries)
    n = sol["Total lithium [mol]"].entries
    return {
        "time [h]": t,
        "voltage [V]": v,
        "interphase thickness [m]": sol[
            "Negative electrode interphase thickness [m]"
        ].entries,
        "Total lithium drift": float(np.max(np.abs(n - n[0])) / n[0]),
        "stop": stop,
    }


def failure_time(time_h, voltage, cutoff=M7_CUTOFF, cycle_h=None):
    """First time [h] the absolute voltage reaches ``cutoff``; if it does not within the
    run, the time the peak voltage per cycle would reach it, extrapolated
    linearly from the run's second half (the linear interphase law makes the
    peaks grow linearly); None if the peaks do not grow (or would take over 1,000
    times the run). Returns (time [h],
    whether it was extrapolated)."""
    time_h, voltage = np.asarray(time_h), np.asarray(voltage)
    above = np.nonzero(voltage >= cutoff)[0]
    if len(above):
        return float(time_h[above[0]]), False
    cycle_h = cycle_h or 2 * hyb.SYMMETRIC_HALF_CYCLE_H
    index = np.floor(time_h / cycle_h).astype(int)
    cycles = np.unique(index)[:-1] if len(np.unique(index)) > 1 else np.unique(index)
    t_peak = np.array(
        [time_h[index == c][np.argmax(voltage[index == c])] for c in cycles]
    )
    v_peak = np.array([np.max(voltage[index == c]) for c in cycles])
    late = t_peak >= t_peak[-1] / 2
    if late.sum() < 2:
        return None, True
    slope, intercept = np.polyfit(t_peak[late], v_peak[late], 1)
    if slope <= 0:
        return None, True
    t_fail = float((cutoff - intercept) / slope)
    if t_fail > 1e3 * time_h[-1]:  # growth too slow to matter: no failure
        return None, True
    return t_fail, True


def polymer_cell(electrolyte, hours=M7_HOURS, temperature_C=None):
    r"""Li | ``electrolyte`` | Li ("PEO" or "70 wt% LGPS-PEO", Zhao2016 set) cycled
    for ``hours`` in the polymer symmetric cell (binary salt, t+ < 1), and its
    dead-Li front.

    The dead Li of each plating half-cycle (:func:`dead_lithium_front`) advances
    into a soft polymer until it shorts the cell; in the hybrid the coated LGPS
    particles percolate (a rigid skeleton, :math:`\phi + \phi_i > \phi_c`) and
    hold the deposit flat, so no front advances (estimate: Monroe & Newman 2005
    for a stiff separator), and its polymer shells keep the LGPS off the Li (no
    reduction). The hybrid is run twice, fresh and with the effective-medium
    values after ``hours`` of LGPS/PEO SPEI growth (its conductivity falls as the
    SPEI blocks the particle cores).
    """
    T_C = Zhao2016.SYMMETRIC_TEMPERATURE_C if temperature_C is None else temperature_C
    T = T_C + 273.15

    def values(age_h):
        pv = get_parameter_values(
            "Zhao2016", cell="symmetric", electrolyte=electrolyte, temperature_C=T_C
        )
        if electrolyte == "70 wt% LGPS-PEO" and age_h:
            aged = hyb.dispersed_table(T, spei_age_s=age_h * 3600)
            pv.update({k: v for k, (v, _) in aged.items()})
        return pv

    model = SymmetricCell({"electrolyte": "polymer"})
    runs = {}
    ages = (0.0, hours) if electrolyte == "70 wt% LGPS-PEO" else (0.0,)
    for age in ages:
        sol, stop = run_plating_stripping(model, values(age), _symmetric_steps(hours))
        n = sol["Total lithium [mol]"].entries
        runs[age] = {
            "time [h]": sol["Time [h]"].entries,
            "voltage [V]": np.abs(sol["Cell overpotential [V]"].entries),
            "lowest salt [mol.m-3]": float(
                np.min(sol["Polymer electrolyte salt concentration [mol.m-3]"].entries)
            ),
            "Total lithium drift": float(np.max(np.abs(n - n[0])) / n[0]),
            "stop": stop,
        }
    run = runs[0.0]
    if electrolyte == "70 wt% LGPS-PEO":
        first = hybrid_conductivity(0.7, T)
        coated = first["Sulfide volume fraction"] + first["Shell volume fraction"]
        rigid = coated > hyb.ZHENG2019["critical fraction"][0]
    else:
        rigid = False
    q_half = hyb.SYMMETRIC_CURRENT_MA_CM2 * 10 * hyb.SYMMETRIC_HALF_CYCLE_H * 3600
    ineff, porosity = (
        hyb.DEAD_LI[k][0] for k in ("Coulombic inefficiency", "porosity")
    )
    per_cycle = dead_lithium_front(q_half, ineff, porosity, hyb.LI_MOLAR_VOLUME)
    cycle_h = 2 * hyb.SYMMETRIC_HALF_CYCLE_H
    times = np.linspace(0, max(hours, M7_HOURS), 400)
    front = 0 * times if rigid else per_cycle * np.floor(times / cycle_h)
    thickness = values(0.0)["Separator thickness [m]"]
    short = (
        None
        if rigid or per_cycle == 0
        else float(np.ceil(thickness / per_cycle) * cycle_h)
    )
    out = {
        "time [h]": run["time [h]"],
        "voltage [V]": run["voltage [V]"],
        "lowest salt [mol.m-3]": run["lowest salt [mol.m-3]"],
        "Total lithium drift": max(r["Total lithium drift"] for r in runs.values()),
        "front time [h]": times,
        "dead-Li front [m]": front,
        "short circuit at [h]": short,
        "rigid skeleton": bool(rigid),
        "dead Li per cycle [m]": per_cycle,
        "Li in dead layer per cycle [mol.m-2]": ineff * q_half / F,
    }
    if len(ages) > 1:
        out["aged voltage [V]"] = runs[hours]["voltage [V]"]
        out["aged time [h]"] = runs[hours]["time [h]"]
    return out


# ------------------------------------------------------------------ SPEI growth
def spei_growth(days=M8_DAYS):
    """M8: SPEI resistance [Ohm.cm2] of each sulfide against PEO over ``days`` at
    40 C (the rates of ``_hybrid.SPEI``)."""
    t = np.linspace(0, days * 86400, 50)
    out = {"time [day]": t / 86400}
    for sulfide in ("Li10SnP2S12", "Li6PS5Cl"):
        r0, k, _ = hyb.SPEI[sulfide]
        out[sulfide] = spei_resistance(t, r0, k) * 1e4
    return out
