"""Lee 2020 cell and protocols: an anode-free Ni90 NCM | Li6PS5Cl | Ag-C cell
(``SolidStateDFN`` with the Lee2020 set's ``MODEL_OPTIONS``) at 60 C and 2 MPa.

Protocol (the paper's): formation at 0.1C to 4.25 V with a CV hold to 0.05C, a
10 min rest, 0.2C discharge to 2.5 V, a 10 min rest; then CC cycles at 0.5C / 0.5C
between 2.5 and 4.25 V, no CV hold. The losses (isolated Li, Li kept by the Ag-C
layer, Ag migration, the cathode side, the SE reduction) and the NCM's kinetic
first-cycle loss (:data:`NCM_KINETIC_LOSS`) are switched off one at a time for the
attribution (:func:`without`). Targets:
``../shared/targets/lee2020_anode_free.md``.
"""

import functools

import numpy as np
import pybamm
from scipy.optimize import brentq, minimize_scalar

from assb_models.models import MODELS
from assb_models.parameter_sets import Lee2020 as lee
from assb_models.parameter_sets._ncm import NCM_MATERIALS, diffusivity
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.simulation.analysis import (
    ANODE_FREE_LI_LOSSES,
    anode_free_cycle_balance,
    cathode_interphases,
)
from assb_models.simulation.runs import run_cycles
from assb_models.simulation.simulation import Simulation, refined_var_pts
from assb_models.solver import SolidStateSolver

from .paper import (
    CYCLES,
    ICE_TOLERANCE,
    LAYER_COST_POINTS,
    LAYER_STORAGE,
    LONG_CYCLES,
    LOWER,
    PAPER_VALUES,
    PLATING_ONSET_WINDOW,
    RETENTION_TOLERANCE,
    UPPER,
)

K_D = "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"

#: Fig. 4's plated Li: about 25 um at 6.75 mAh/cm2 of the first charge
#: ((charge [mA.h.cm-2], thickness [um]), via the target file); a check, not scored
PLATED_AT = (6.75, 25.0)

#: the paper's formation cycle
FORMATION = (
    f"Charge at 0.1C until {UPPER} V",
    f"Hold at {UPPER} V until 0.05C",
    "Rest for 10 minutes",
    f"Discharge at 0.2C until {LOWER} V",
    "Rest for 10 minutes",
)
#: index of the 0.2C discharge among the formation's steps
FORMATION_DISCHARGE = FORMATION.index(f"Discharge at 0.2C until {LOWER} V")
#: the paper's cycling: CC 0.5C / 0.5C, no CV hold
CYCLE = (f"Charge at 0.5C until {UPPER} V", f"Discharge at 0.5C until {LOWER} V")

#: solver tolerances of :func:`run`: with IDAKLU's defaults (1e-4, 1e-6) the Ag-C
#: layer's potential dips to -3.3e-6 V vs Li while Li plates, a tolerance
#: artefact (-1.9e-9 V at these, -2e-12 V at 1e-8 / 1e-10)
RTOL, ATOL = 1e-6, 1e-8

#: cycles at which the long run's solution is kept (the rest are summarised)
LONG_SAVED = (1, 2, 3, 10, 100, 601, 1001)

#: each loss and how it is switched off: parameters set to 0, model options
LOSSES = {
    "isolated lithium": (lee.ANODE_LOSSES["isolated lithium"], {}),
    "Li kept by the Ag-C layer": (lee.ANODE_LOSSES["Li kept by the Ag-C layer"], {}),
    "silver migration": (lee.ANODE_LOSSES["silver migration"], {}),
    "cathode side (60 C, 4.25 V)": ((), lee.NO_CATHODE_LOSS_OPTIONS),
    "SE reduction at the Ag-C layer": ((), {"anode interphase": "none"}),
}


#: the Ni90 NCM's kinetic first-cycle loss (the NCM law's diffusivity drop near
#: full lithiation, parameter_sets/_ncm.py), switched off by the same law without
#: the drop (not a loss of Li: the Li it leaves at the anode returns when the NCM
#: can take it)
NCM_KINETIC_LOSS = "NCM kinetic loss"

#: the SE's ionic resistance, switched off for the rate attribution by a 100x
#: higher SE conductivity (composite and separator): the composite's ionic drop
#: then vanishes and what is left of the 0.5C loss is solid diffusion and charge
#: transfer
SE_IONIC_RESISTANCE = "SE ionic resistance"
#: the factor of :data:`SE_IONIC_RESISTANCE`
FAST_IONS = 100.0


def experiment(cycles=CYCLES):
    """Formation, then ``cycles`` CC cycles at 0.5C."""
    return pybamm.Experiment([FORMATION] + [CYCLE] * cycles)


def parameter_values(**recipe):
    """The Lee2020 set (``recipe``: its keyword arguments, e.g.
    ``ag_weight_fraction``)."""
    return get_parameter_values("Lee2020", **recipe)


def without(names=(), recipe=None):
    """(parameter values, model options) with the losses ``names`` (keys of
    :data:`LOSSES`, :data:`NCM_KINETIC_LOSS` or :data:`SE_IONIC_RESISTANCE`)
    switched off; ``"all"`` switches every key of :data:`LOSSES` off."""
    if names == "all":
        names = tuple(LOSSES)
    pv = parameter_values(**(recipe or {}))
    options = dict(lee.MODEL_OPTIONS)
    for name in names:
        if name == SE_IONIC_RESISTANCE:
            key = "Solid electrolyte conductivity at reference temperature [S.m-1]"
            pv[key] = FAST_IONS * pv[key]
            continue
        if name == NCM_KINETIC_LOSS:
            pv["Positive particle diffusivity [m2.s-1]"] = diffusivity(
                NCM_MATERIALS["Ni90"], drop=False
            )
            continue
        params, opts = LOSSES[name]
        for p in params:
            pv[p] = 0.0
        options.update(opts)
    return pv, options


def per_gram(q_mah_cm2):
    """An areal capacity [mAh.cm-2] per gram of the cell's NCM [mAh.g-1]."""
    return q_mah_cm2 / lee.NCM_LOADING * 1e3


def area_cm2(pv):
    return pv["Electrode height [m]"] * pv["Electrode width [m]"] * 1e4


def run(
    cycles=CYCLES,
    off=(),
    recipe=None,
    model="SolidStateDFN",
    var_pts=None,
    save_at_cycles=None,
    overrides=None,
):
    """Per-cycle balance (:func:`anode_free_cycle_balance` in mAh per cm2, the CE)
    of the cell with the losses ``off`` switched off and the parameter values
    ``overrides`` (a dict) replaced, and its solution."""
    pv, options = without(off, recipe)
    pv.update(overrides or {})
    cell_model = MODELS[model](options)
    sim = Simulation(
        cell_model,
        parameter_values=pv,
        experiment=experiment(cycles),
        var_pts=var_pts,
        solver=SolidStateSolver(
            rtol=RTOL, atol=ATOL, expand=cell_model.default_solver.expand
        ),
    )
    sol = sim.solve(save_at_cycles=save_at_cycles)
    table = anode_free_cycle_balance(sol)
    out = {"cycle": table["cycle"]}
    for key, value in table.items():
        if key not in ("cycle", "CE [%]"):
            out[key.replace(" [A.h]", "") + " [mA.h.cm-2]"] = value * 1e3 / area_cm2(pv)
    out["CE"] = table["discharge"] / table["charge"]
    return out, sol


def formation(sol, pv=None):
    """The first cycle: charge, discharge [mAh/cm2 and mAh/g], ICE, the Li the
    Ag-C layer kept, the layer's storage before plating (L6) and the plated Li."""
    pv = pv or parameter_values()
    a = area_cm2(pv)
    charge = sol.cycles[0].steps[0]
    q = -charge["Discharge capacity [A.h]"].entries * 1e3 / a
    v = charge["Voltage [V]"].entries
    plated = charge["Lithium in plated lithium [mol]"].entries
    onset = plated * pybamm.constants.F.value / 3.6 / a > 0.01  # 0.01 mAh/cm2
    cyc = sol.cycles[0]
    q_all = cyc["Discharge capacity [A.h]"].entries
    q_ch = -float(np.min(q_all)) * 1e3 / a
    q_dis = (float(q_all[-1]) - float(np.min(q_all))) * 1e3 / a
    # the Li the layer took (its reversible sites and its traps): the charge
    # stored before Li plates
    stored = (
        charge["Lithium in Ag-C interlayer [mol]"].entries
        + charge["Lithium in Ag-C interlayer traps [mol]"].entries
    )
    layer = [
        float(np.interp(vv, v, stored)) * pybamm.constants.F.value / 3.6 / a
        for vv, _ in LAYER_STORAGE
    ]
    # the plated Li's thickness when the charge has passed Fig. 4's 6.75 mAh/cm2
    thickness = charge["Plated lithium thickness [m]"].entries
    plated_at_fig4 = (
        1e6 * float(np.interp(PLATED_AT[0], q, thickness))
        if q[-1] >= PLATED_AT[0]
        else float("nan")
    )
    kept = cyc["Lithium in Ag-C interlayer traps [mol]"].entries[-1]
    left = sum(
        float(cyc[name].entries[-1])
        for name in (
            "Lithium in plated lithium [mol]",
            "Lithium in Ag-C interlayer [mol]",
        )
    )
    return {
        "charge [mA.h.cm-2]": q_ch,
        "discharge [mA.h.cm-2]": q_dis,
        "charge [mA.h.g-1]": per_gram(q_ch),
        "discharge [mA.h.g-1]": per_gram(q_dis),
        "ICE": q_dis / q_ch,
        "Li kept by the Ag-C layer [mA.h.cm-2]": float(kept)
        * pybamm.constants.F.value
        / 3.6
        / a,
        "Li kept by the Ag-C layer [mol.m-2]": float(kept) / (a * 1e-4),
        "Ag-C trap capacity [mol.m-2]": float(
            pv["Ag-C interlayer irreversible lithium capacity [mol.m-2]"]
        ),
        # the Li the anode could still give back (plated and in the layer's
        # reversible sites) when the discharge ended on the cathode
        "Li left at the anode after formation [mA.h.cm-2]": left
        * pybamm.constants.F.value
        / 3.6
        / a,
        "layer Li by 3.5 V, 3.55 V [mA.h.cm-2]": layer,
        "plated Li at 6.75 mAh/cm2 of charge [um]": plated_at_fig4,
        # Lee 2020 sees the Ag recrystallise on discharge (Figs. 3 and 5): the
        # layer's state when the formation discharge ends
        "Ag-C layer stoichiometry at the end of the formation discharge": float(
            cyc.steps[FORMATION_DISCHARGE]["Ag-C interlayer stoichiometry"].entries[-1]
        ),
        "plating onset [mA.h.cm-2]": float(q[np.argmax(onset)])
        if onset.any()
        else float("nan"),
        "plated Li at the end of charge [um]": 1e6
        * float(charge["Plated lithium thickness [m]"].entries[-1]),
        "charge at the end of the CC-CV charge [mA.h.cm-2]": float(
            -sol.cycles[0].steps[1]["Discharge capacity [A.h]"].entries[-1] * 1e3 / a
        ),
        "formed cathode": cathode_interphases(cyc),
    }


def long_run(
    cycles=LONG_CYCLES, off=(), model="SolidStateDFN", overrides=None, var_pts=None
):
    """Discharge capacity [mAh/cm2] and CE of every cycle over ``cycles`` 0.5C
    cycles after the formation, with the losses ``off`` switched off and the
    parameter values ``overrides`` (a dict) replaced, on the mesh ``var_pts``
    (default: the model's), from the summary variables of the charge counting
    (every cycle, saved or not). A run that stops early raises
    :class:`pybamm.SolverError` (its retention would be meaningless)."""
    pv, options = without(off)
    pv.update(overrides or {})
    saved = [c for c in LONG_SAVED if c <= cycles + 1]
    # run_cycles: memory stays constant (PyBaMM's own experiment loop keeps every
    # cycle's first and last states as views of the steps' whole output)
    sol = run_cycles(
        MODELS[model](options),
        pv,
        [FORMATION] + [CYCLE] * cycles,
        save_at_cycles=saved,
        var_pts=var_pts,
    )
    summary = sol.summary_variables
    q_dis = np.asarray(summary["Change in discharge passed [A.h]"])
    q_ch = np.asarray(summary["Change in charge passed [A.h]"])
    if len(q_dis) < cycles + 1:
        raise pybamm.SolverError(
            f"the long run stopped after {len(q_dis)} of {cycles + 1} cycles"
        )
    return {
        "saved cycles": saved,
        "cycle": np.arange(1, len(q_dis) + 1),
        "charge [mA.h.cm-2]": q_ch * 1e3 / area_cm2(pv),
        "discharge [mA.h.cm-2]": q_dis * 1e3 / area_cm2(pv),
        "CE": q_dis / q_ch,
    }


#: the isolated-Li parameter :func:`isolated_scan` varies
ISOLATED = lee.ANODE_LOSSES["isolated lithium"][0]
#: the isolated-Li fractions :func:`isolated_scan` tries (the set's is 3e-4)
ISOLATED_SCAN = (5e-5, 1e-4, 1.5e-4, 2e-4)


def isolated_scan(fractions=ISOLATED_SCAN, cycles=LONG_CYCLES):
    """What L5 asks of the isolated Li: retention after 600 and ``cycles`` 0.5C
    cycles with "Isolated lithium fraction of stripped lithium" set to each of
    ``fractions`` (every other loss as the set has it), and whether L5 holds
    (+-3 points of 95 % and 89 %). The set's 3e-4 reads all of the CE the paper
    reports for the 1:3 layer in 20 mAh cells (99.97 %) as isolated Li, an upper
    bound; the rows show how much of it L5 leaves room for."""
    rows = []
    for fraction in fractions:
        long = long_run(cycles, overrides={ISOLATED: fraction})
        r600, r_end = retention(long, 600), retention(long, cycles)
        rows.append(
            {
                "isolated Li fraction": fraction,
                "retention at 600": r600,
                f"retention at {cycles}": r_end,
                "meets L5": meets_l5(r600, r_end),
            }
        )
    return rows


def fit_isolated_fraction(bracket=(1.5e-4, 2.0e-4), xtol=2e-6):
    """Fit the isolated Li fraction to L5: the fraction at which the retention
    after 1,000 0.5C cycles is the paper's 89 % (``scipy.optimize.brentq`` on
    ``bracket``, inside the window where :func:`isolated_scan` finds L5 met).
    The retention after 600 cycles hardly moves with it (94.3-94.4 % from 5e-5
    to 2e-4: the Li the formation leaves at the anode pays for the isolated Li
    until about then), so the 1,000-cycle point fixes it. Returns the fraction
    and both retentions there."""
    target = PAPER_VALUES["retention at 1000"]

    def miss(fraction):
        long = long_run(LONG_CYCLES, overrides={ISOLATED: fraction})
        return retention(long, LONG_CYCLES) - target

    fraction = float(brentq(miss, *bracket, xtol=xtol))
    long = long_run(LONG_CYCLES, overrides={ISOLATED: fraction})
    return {
        "isolated Li fraction": fraction,
        "retention at 600": retention(long, 600),
        "retention at 1000": retention(long, LONG_CYCLES),
    }


def meets_l5(r600, r1000):
    """L5: the retention after 600 and 1,000 0.5C cycles each within
    :data:`~.paper.RETENTION_TOLERANCE` of the paper's (95 %, 89 %)."""
    return bool(
        abs(r600 - PAPER_VALUES["retention at 600"]) <= RETENTION_TOLERANCE
        and abs(r1000 - PAPER_VALUES["retention at 1000"]) <= RETENTION_TOLERANCE
    )


def retention(long, cycle):
    """Discharge capacity of 0.5C cycle ``cycle`` over the first 0.5C cycle's."""
    q = long["discharge [mA.h.cm-2]"]
    return float(q[cycle] / q[1])


def attribution(cycles=CYCLES):
    """Each loss switched off in turn (and all of them): first-cycle CE, the CE of
    the 0.5C cycles and their discharge capacities."""
    out = {}
    cases = [("all on", ())] + [(f"{k} off", (k,)) for k in (*LOSSES, NCM_KINETIC_LOSS)]
    cases.append(("all off", "all"))
    for label, off in cases:
        table, _ = run(cycles, off=off)
        out[label] = {
            "first-cycle CE": float(table["CE"][0]),
            "CE (0.5C cycles)": table["CE"][1:],
            "discharge [mA.h.cm-2]": table["discharge [mA.h.cm-2]"],
            **{
                f"lost to {k} [mA.h.cm-2]": table[f"lost to {k} [mA.h.cm-2]"]
                for k in ANODE_FREE_LI_LOSSES
            },
        }
    return out


#: the losses the paper names for the Ag : C ratio (L7: "irreversible Li remaining
#: in the Ag nanoparticles"), switched off together for L7's attribution
SILVER_LOSSES = ("Li kept by the Ag-C layer", "silver migration")


def silver_ratio(cycles=CYCLES, off=(), var_pts=None, published=None):
    """CE of the 0.5C cycles at Ag : C = 1 : 1 and 1 : 3 (L7), with the losses
    ``off`` switched off, on the mesh ``var_pts`` (default: the model's), and the
    gap "1:3 - 1:1" of their mean CE. ``published``: the :func:`run` table of the
    published cell (1:3) with the same losses, cycles and mesh, used instead of
    solving it again."""
    out = {}
    for label, fraction in (("1:3", lee.AG_WEIGHT_FRACTION), ("1:1", 0.5)):
        if label == "1:3" and published is not None:
            table = published
        else:
            table, _ = run(
                cycles,
                off=off,
                recipe={"ag_weight_fraction": fraction},
                var_pts=var_pts,
            )
        out[label] = {
            "first-cycle CE": float(table["CE"][0]),
            "CE (0.5C cycles)": table["CE"][1:],
            "mean CE of the 0.5C cycles": float(np.mean(table["CE"][1:])),
        }
    out["gap 1:3 - 1:1"] = (
        out["1:3"]["mean CE of the 0.5C cycles"]
        - out["1:1"]["mean CE of the 0.5C cycles"]
    )
    return out


def doubled_mesh():
    """The DFN's default mesh with every count doubled (the convergence check)."""
    return refined_var_pts(MODELS["SolidStateDFN"]())


#: the Ag-C layer of the cell "without the Ag-C layer" (Lee 2020 Fig. S7): 0.1 um,
#: so its storage, its traps and its silver are 1/100 of the published layer's
#: and Li plates on the collector from the start; the cathode, the SE and every
#: other loss as in the published cell
NO_LAYER = {"layer_thickness_m": 1e-7}


def without_layer(off=(), published=None):
    """First-cycle CE of the cell without the Ag-C layer (:data:`NO_LAYER`) beside
    the published one, both with the losses ``off`` switched off: the layer's
    cost in ICE points (L2), and the Li each cell has left at its anode when the
    0.2C discharge ends (the Li that pays for an anode loss before the discharge
    is short of Li: the layer's cost is what its losses take beyond it).
    ``published``: a :func:`run` table of the published cell with the same losses
    off (its first row is the formation), used instead of solving it again."""
    with_layer = run(0, off=off)[0] if published is None else published
    bare, _ = run(0, off=off, recipe=NO_LAYER)
    left = "left at anode [mA.h.cm-2]"
    return {
        "ICE with the Ag-C layer": float(with_layer["CE"][0]),
        "ICE without it": float(bare["CE"][0]),
        "the layer's cost [points]": 100 * float(bare["CE"][0] - with_layer["CE"][0]),
        "Li left at the anode with the layer [mA.h.cm-2]": float(with_layer[left][0]),
        "Li left at the anode without it [mA.h.cm-2]": float(bare[left][0]),
        "Li kept by the Ag-C layer [mA.h.cm-2]": float(
            with_layer["lost to kept by the Ag-C layer [mA.h.cm-2]"][0]
        ),
    }


#: the Ag-C layer's first-cycle trap capacity, the parameter :func:`layer_keep_scan`
#: varies
LAYER_TRAP = "Ag-C interlayer irreversible lithium capacity [mol.m-2]"
#: the Li the layer keeps on its first cycle [mA.h.cm-2] that :func:`layer_keep_scan`
#: tries, beside the set's estimate
LAYER_KEEP_SCAN = (0.2, 0.35, 0.5, 0.6, 0.65)


def _mah_cm2(mol_m2):
    """mol.m-2 of Li as mAh.cm-2 (1 mAh.cm-2 = 36,000 C.m-2)."""
    return mol_m2 * pybamm.constants.F.value / 36000


@functools.cache
def no_layer_ice():
    """First-cycle CE of the cell without the Ag-C layer (:data:`NO_LAYER`), every
    loss as the set has it: the reference of the layer's cost (solved once)."""
    return float(run(0, recipe=NO_LAYER)[0]["CE"][0])


def first_cycle(recipe=None, overrides=None):
    """The formation cycle of the cell with the set's ``recipe`` keywords and the
    parameter values ``overrides`` replaced: :func:`formation`'s numbers, with the
    ICE of the cycle balance and the layer's cost [points] against
    :func:`no_layer_ice`."""
    table, sol = run(0, recipe=recipe, overrides=overrides)
    ice = float(table["CE"][0])
    return {
        **formation(sol, parameter_values(**(recipe or {}))),
        "ICE": ice,
        "the layer's cost [points]": 100 * (no_layer_ice() - ice),
    }


def layer_keep_scan(kept=LAYER_KEEP_SCAN):
    """What L2 asks of the Ag-C layer: the first cycle with the layer's
    irreversible Li capacity (:data:`LAYER_TRAP`, which its traps fill on the first
    lithiation) set to each value of ``kept`` [mA.h.cm-2] and to the set's
    estimate, every other value as the set has it.

    The 0.2C discharge ends on the cathode while the anode still holds Li (the
    NCM's kinetic loss and the cathode side leave it there), so Li the layer keeps
    costs ICE only beyond that reserve: the layer's cost (ICE of the cell
    :data:`NO_LAYER` less this cell's, in points) against L2's window
    :data:`~.paper.LAYER_COST_POINTS`, the ICE against L2's, and the plating onset
    against L6's window :data:`~.paper.PLATING_ONSET_WINDOW` (the traps fill before
    Li plates). Returns the rows and the kept Li of those that meet L2 and L6.
    """
    estimate = _mah_cm2(parameter_values()[LAYER_TRAP])
    rows = []
    for value in (estimate, *kept):
        first = first_cycle(overrides={LAYER_TRAP: value / _mah_cm2(1.0)})
        ice, cost = first["ICE"], first["the layer's cost [points]"]
        onset = first["plating onset [mA.h.cm-2]"]
        rows.append(
            {
                "kept by the layer [mA.h.cm-2]": value,
                "charge [mA.h.cm-2]": first["charge [mA.h.cm-2]"],
                "ICE": ice,
                "the layer's cost [points]": cost,
                "plating onset [mA.h.cm-2]": onset,
                "Li left at the anode [mA.h.cm-2]": first[
                    "Li left at the anode after formation [mA.h.cm-2]"
                ],
                "meets L2": bool(
                    abs(ice - PAPER_VALUES["ICE"]) <= ICE_TOLERANCE
                    and LAYER_COST_POINTS[0] <= cost <= LAYER_COST_POINTS[1]
                ),
                "meets L6": bool(
                    PLATING_ONSET_WINDOW[0] <= onset <= PLATING_ONSET_WINDOW[1]
                ),
            }
        )
    return {
        "ICE without the layer": no_layer_ice(),
        "the set's estimate [mA.h.cm-2]": estimate,
        "rows": rows,
        "kept Li meeting L2 and L6 [mA.h.cm-2]": [
            r["kept by the layer [mA.h.cm-2]"]
            for r in rows
            if r["meets L2"] and r["meets L6"]
        ],
    }


#: the Ag-C layer's standard potential, the parameter :func:`layer_potential_scan`
#: raises
LAYER_POTENTIAL = "Ag-C interlayer standard potential [V]"
#: the rises of the layer's potential [V] that :func:`layer_potential_scan` tries
LAYER_POTENTIAL_SCAN = (0.1, 0.3, 0.6)


def layer_potential_scan(shifts=LAYER_POTENTIAL_SCAN):
    """Whether the Ag-C layer's potential, rather than Li it keeps, could cost L2's
    ICE: the first cycle with the layer's standard potential raised by each of
    ``shifts`` [V] over its whole range (:data:`LAYER_POTENTIAL`).

    The Li left in the layer when the 0.2C discharge ends leaves at the layer's
    potential; a delithiation branch above the lithiation one (Spencer-Jolly et
    al., Joule 7 (2023) 503: discharge passes through Li-deficient Li-Ag phases,
    not the reverse of charge) lowers the cell voltage by that rise and ends the
    discharge sooner. The rise here also applies on charge, where it only moves
    the plating onset. Returns the ICE, the layer's cost in points against the
    cell without the layer (:data:`NO_LAYER`), the Li left at the anode and the
    plating onset for each rise, 0 V first.
    """
    rows = []
    for shift in (0.0, *shifts):
        first = first_cycle(
            overrides={
                LAYER_POTENTIAL: lambda x, s=shift: lee.agc_standard_potential(x) + s
            }
        )
        rows.append(
            {
                "rise of the layer's potential [V]": shift,
                "ICE": first["ICE"],
                "the layer's cost [points]": first["the layer's cost [points]"],
                "Li left at the anode [mA.h.cm-2]": first[
                    "Li left at the anode after formation [mA.h.cm-2]"
                ],
                "plating onset [mA.h.cm-2]": first["plating onset [mA.h.cm-2]"],
            }
        )
    return {"ICE without the layer": no_layer_ice(), "rows": rows}


def layer_storage(porosity):
    """The Li the Ag-C layer holds on the first charge by the cell voltages of
    :data:`~.paper.LAYER_STORAGE` [mA.h.cm-2], with the layer at ``porosity``
    (every other value as the set has it)."""
    _, sol = run(0, recipe={"layer_porosity": porosity})
    return formation(sol)["layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"]


def storage_misfit(stored):
    """Sum of squared differences [(mA.h.cm-2)^2] between the layer's storage
    ``stored`` (by the voltages of :data:`~.paper.LAYER_STORAGE`) and Fig. 4's."""
    return float(
        sum((m - q) ** 2 for m, (_, q) in zip(stored, LAYER_STORAGE, strict=True))
    )


def storage_residual(porosity):
    """:func:`storage_misfit` of the layer at ``porosity`` (:func:`layer_storage`)."""
    return storage_misfit(layer_storage(porosity))


def fit_layer_porosity(bounds=(0.0, 0.6), xatol=1e-3):
    """Fit the Ag-C layer's porosity to the Li it holds on the first charge.

    Least squares on :data:`~.paper.LAYER_STORAGE` (Fig. 4: 0.5 mAh/cm2 by 3.5 V,
    0.64 by 3.55 V), bounded scalar minimisation
    (``scipy.optimize.minimize_scalar``) over ``bounds``. The layer's Li capacity,
    its traps and its Ag all scale with its solid fraction 1 - porosity (thickness
    10 um, Ag:C = 1:3, Li9Ag4 and carbon black 200 + 50 mAh/g held), so the
    porosity, the least constrained of the recipe's values, carries the fit.
    Returns the porosity, the storage there and the residual.
    """
    result = minimize_scalar(
        storage_residual, bounds=bounds, method="bounded", options={"xatol": xatol}
    )
    porosity = float(result.x)
    return {
        "porosity": porosity,
        "layer Li by 3.5 V, 3.55 V [mA.h.cm-2]": layer_storage(porosity),
        "paper [mA.h.cm-2]": [q for _, q in LAYER_STORAGE],
        "residual [(mA.h.cm-2)^2]": float(result.fun),
        "evaluations": int(result.nfev),
    }


#: the Ag-C layer thickness Samsung's announcement of the paper gives [m] ("a 5 um
#: thick silver-carbon nanocomposite layer", Samsung Newsroom, March 2020, as
#: reported by electronics360 and krenewables), the low end of the paper's 5-10 um
ANNOUNCED_THICKNESS = 5e-6


def fit_layer_traps(
    thickness=ANNOUNCED_THICKNESS, porosity=None, bounds=(0.0, 0.8), xatol=2e-3
):
    """What Fig. 4's storage asks of an Ag-C layer of ``thickness`` [m] at
    ``porosity`` (the set's when None): the Li its traps must keep on the first
    lithiation [mA.h.cm-2], fitted by least squares to :data:`~.paper.LAYER_STORAGE`
    (0.5 mAh/cm2 by 3.5 V, 0.64 by 3.55 V) with the layer's reversible capacity
    from the recipe (Li9Ag4, carbon black 200 mAh/g).

    The traps hold the Ag's 0.2 Li per Ag and the carbon black's irreversible
    first lithiation; the second is returned per gram of carbon [mA.h.g-1], to set
    against the 200-300 mAh/g carbon blacks lose in liquid electrolytes (the set's
    ``CARBON_IRREVERSIBLE_CAPACITY`` note), with the first cycle at that value: ICE,
    the layer's cost against the cell without it (:data:`NO_LAYER`), the plating
    onset and the Li left at the anode.
    """
    porosity = lee.LAYER_POROSITY if porosity is None else porosity
    recipe = {"layer_thickness_m": thickness, "layer_porosity": porosity}

    def first(kept):
        return first_cycle(recipe, {LAYER_TRAP: kept / _mah_cm2(1.0)})

    def misfit(kept):
        return storage_misfit(first(kept)["layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"])

    result = minimize_scalar(
        misfit, bounds=bounds, method="bounded", options={"xatol": xatol}
    )
    kept = float(result.x)
    row = first(kept)
    ag, carbon = lee.layer_contents(thickness, lee.AG_WEIGHT_FRACTION, porosity)
    ag_kept = _mah_cm2(lee.LI_KEPT_PER_AG * ag)
    return {
        "thickness [m]": thickness,
        "porosity": porosity,
        "reversible capacity [mA.h.cm-2]": _mah_cm2(
            parameter_values(**recipe)["Ag-C interlayer lithium capacity [mol.m-2]"]
        ),
        "kept on the first lithiation [mA.h.cm-2]": kept,
        "carbon black's irreversible first lithiation [mA.h.g-1]": (kept - ag_kept)
        / (carbon * 0.1),  # kg.m-2 -> g.cm-2
        "layer Li by 3.5 V, 3.55 V [mA.h.cm-2]": row[
            "layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"
        ],
        "residual [(mA.h.cm-2)^2]": float(result.fun),
        "ICE": row["ICE"],
        "the layer's cost [points]": row["the layer's cost [points]"],
        "plating onset [mA.h.cm-2]": row["plating onset [mA.h.cm-2]"],
        "Li left at the anode [mA.h.cm-2]": row[
            "Li left at the anode after formation [mA.h.cm-2]"
        ],
    }


def convergence(cycles=2):
    """The reported numbers on the default and a doubled mesh, and their change."""
    out = {}
    for name, pts in (("default", None), ("doubled", doubled_mesh())):
        table, sol = run(cycles, var_pts=pts)
        out[name] = {
            "first discharge [mA.h.cm-2]": float(table["discharge [mA.h.cm-2]"][0]),
            "first-cycle CE": float(table["CE"][0]),
            "0.5C discharge [mA.h.cm-2]": float(table["discharge [mA.h.cm-2]"][1]),
        }
    out["change [%]"] = {
        k: 100 * abs(out["doubled"][k] / out["default"][k] - 1) for k in out["default"]
    }
    return out


def rate_budget(sol, pv=None, cycle=1):
    """Where the voltage goes at the end of each step of the 0.5C cycle ``cycle``
    (1: the first after the formation): for its charge and its discharge, at the
    step's last time,

    - the SE ionic drop across the composite and across the separator, the
      composite's electronic drop, the mean charge-transfer and CEI (film)
      overpotentials, the particle concentration overpotential (OCV at the
      surface minus at the mean Li content) and the anode's charge transfer [V];
    - the composite's effective ionic conductivity
      :math:`\\kappa_{eff} = \\kappa_{SE}(T)\\,\\mathcal{B}_p` with
      :math:`\\kappa_{SE}(T) = \\kappa_{ref}\\exp(E_a/R\\,(1/T_{ref} - 1/T))`, its
      effective electronic conductivity :math:`\\sigma_{eff}` [S/m], and the ohmic
      number :math:`\\Pi = |I| L_p (1/\\kappa_{eff} + 1/\\sigma_{eff}) F/RT`;
    - the NCM's mean and surface Li fractions and the reaction current density
      [A/m2 of particle surface] at the separator and collector ends.
    """
    pv = pv or parameter_values()
    F, R = pybamm.constants.F.value, pybamm.constants.R.value
    T = float(pv["Ambient temperature [K]"])
    kappa = float(pv["Solid electrolyte conductivity at reference temperature [S.m-1]"])
    kappa *= np.exp(
        float(pv["Solid electrolyte conductivity activation energy [J.mol-1]"])
        / R
        * (1 / float(pv["Reference temperature [K]"]) - 1 / T)
    )
    length = float(pv["Positive electrode thickness [m]"])
    current = abs(float(pv["Current function [A]"])) / (area_cm2(pv) * 1e-4)
    out = {}
    steps = sol.cycles[cycle].steps
    for label, step in zip(("charge", "discharge"), steps[:2], strict=True):

        def end(name, step=step):
            return np.asarray(step[name].entries)[..., -1].ravel()

        phi_p = end("Positive electrolyte potential [V]")
        phi_s = end("Separator electrolyte potential [V]")
        kappa_eff = kappa * float(end("Positive electrolyte transport efficiency")[-1])
        sigma_eff = float(end("Positive electrode effective conductivity")[0])
        surface, bulk = (
            float(end(f"{which} open-circuit voltage [V]")[0])
            for which in ("Surface", "Bulk")
        )
        x_surf = end("Positive particle surface stoichiometry")
        j = end("Positive electrode interfacial current density [A.m-2]")
        out[label] = {
            "SE drop across the composite [V]": float(phi_p[-1] - phi_p[0]),
            "SE drop across the separator [V]": float(phi_s[-1] - phi_s[0]),
            "electronic drop in the composite [V]": float(
                end("X-averaged solid phase ohmic losses [V]")[0]
            ),
            "charge transfer [V]": float(
                end("X-averaged positive electrode reaction overpotential [V]")[0]
            ),
            "CEI (film) [V]": float(
                end("X-averaged positive electrode film overpotential [V]")[0]
            ),
            "particle concentration [V]": surface - bulk,
            "anode charge transfer [V]": float(
                end("Negative electrode charge-transfer overpotential [V]")[0]
            ),
            "kappa_eff [S.m-1]": kappa_eff,
            "sigma_eff [S.m-1]": sigma_eff,
            "ohmic number": current
            * length
            * (1 / kappa_eff + 1 / sigma_eff)
            * F
            / (R * T),
            "mean Li fraction": float(
                end("Average positive particle stoichiometry")[0]
            ),
            "surface Li fraction (separator, collector)": (
                float(x_surf[0]),
                float(x_surf[-1]),
            ),
            "reaction current density (separator, collector) [A.m-2]": (
                float(j[0]),
                float(j[-1]),
            ),
        }
    return out
