"""Tan et al. 2021 (Science 373, 1494): dense micro-Si | Li6PS5Cl | NCM811 full cells.

Cell (model): ``SolidStateDFN`` with ``"anode": "silicon"`` (a dense Si film, Li
diffusion across it, SE reduced only on the planar SE/Si contact) and the Tan2021
set (:mod:`assb_models.parameter_sets.Tan2021`): pristine NCM811 composite, Si
film sized by N/P 1.1, 2.5-4.3 V.

Protocols: formation (charge then discharge at C/10), a rate step (charge and
discharge at 5 mA/cm2 after formation), and cycling at 5 mA/cm2 (``n_cycles``
cycles; the SE/Si interphase grows parabolically, so its Li loss after 500 cycles
is extrapolated from the simulated cycles with :math:`Q_{sei}(n) = a + b\\sqrt{n}`
fitted to them, and the retention is the capacity less that loss: the cell has no
excess Li, so each mole the SEI takes is capacity lost).

Targets (:data:`PAPER`): T1 first-cycle CE, T2 retention after 500 cycles at 5
mA/cm2, T3 areal capacity at 5 mA/cm2 (the paper's values as recalled: the copy of
the paper reachable here gives only its abstract, see the set's docstring), T4 the
abstract's reading (checked): the SE/Si interphase does not grow on, the first
cycle's SEI takes < 1 % of the charge and each later cycle less than the one
before.

Attribution (:meth:`Tan2021.attribution`): the SE reduction switched off (the
first-cycle loss that is the SEI's goes away, the rest is the NCM's), and the Li
diffusivity of the film divided by 100 (the current density the film carries rests
on the lithiated Si conducting Li across it). Numbers are reported on twice the
model's default mesh (:data:`MESH_FACTOR`); :meth:`Tan2021.convergence` checks T1
and T3 on that mesh doubled again.
"""

import numpy as np
import pybamm

from assb_models.models import SolidStateDFN
from assb_models.parameter_sets import Tan2021 as tan_set
from assb_models.parameters.parameter_values import get_parameter_values

from .base import Reproduction

#: the long-cycling current density [mA.cm-2] (Tan 2021, Fig. 3, recalled)
CURRENT_DENSITY = 5.0
#: cycle number of the paper's retention
RETENTION_CYCLE = 500
#: mesh of the reported numbers: twice the model's default points (the 5 mA/cm2
#: capacity moves 2.2 % from 1x to 2x, 0.9 % from 2x to 4x: NCM transport limits it)
MESH_FACTOR = 2


def _paper(key):
    value, unit, where, status = tan_set.PAPER[key]
    return value, f"{value:g} {unit} ({where}; {status})"


PAPER = {
    "T1": (_paper("full_cell_first_cycle_ce")[1], "+-0.05 (absolute)"),
    "T2": (_paper("retention_500_cycles")[1], "+-0.10 (absolute)"),
    "T3": (_paper("areal_capacity_mAh_cm2")[1], "+-25 %"),
    "T4": (
        "no continuous interfacial growth, no irreversible Li loss (abstract; checked)",
        "first-cycle SEI < 1 % of the charge; later cycles less",
    ),
}


def cell(**recipe):
    """The Tan2021 set (pristine) with ``recipe``."""
    return get_parameter_values("Tan2021", **recipe)


def _amps(pv, mA_cm2):
    return mA_cm2 * 10 * pv["Electrode height [m]"] * pv["Electrode width [m]"]


def _per_cm2(pv, amp_hours):
    """A.h -> mAh.cm-2."""
    area_cm2 = pv["Electrode height [m]"] * pv["Electrode width [m]"] * 1e4
    return amp_hours * 1e3 / area_cm2


def _formation():
    return ["Charge at C/10 until 4.3 V", "Discharge at C/10 until 2.5 V"]


def _cycle(pv, mA_cm2):
    amps = _amps(pv, mA_cm2)
    return [
        f"Charge at {amps:.6g} A until 4.3 V",
        f"Discharge at {amps:.6g} A until 2.5 V",
    ]


def _solve(pv, steps, factor=MESH_FACTOR, options=None):
    """Solve ``steps`` on the model's mesh with ``factor`` times its points."""
    model = SolidStateDFN({**tan_set.MODEL_OPTIONS, **(options or {})})
    points = {k: v * factor for k, v in model.default_var_pts.items()}
    sim = pybamm.Simulation(
        model, parameter_values=pv, var_pts=points, experiment=pybamm.Experiment(steps)
    )
    return sim.solve()


def _step_capacity(pv, step):
    q = step["Discharge capacity [A.h]"].entries
    return _per_cm2(pv, abs(q[-1] - q[0]))


def _sei_li(pv, step):
    """Li in the SE/Si interphase at the end of ``step`` [mAh.cm-2]."""
    n = step["Lithium in negative electrode interphase [mol]"].entries[-1]
    return _per_cm2(pv, n * pybamm.constants.F.value / 3600)


def first_cycle(pv=None, factor=MESH_FACTOR):
    """Formation at C/10: capacities [mAh.cm-2], CE, the SEI's share of the loss,
    the film's swelling, and the curves."""
    pv = pv or cell()
    sol = _solve(pv, _formation(), factor)
    charge, discharge = sol.cycles[0], sol.cycles[1]
    q_ch, q_dis = _step_capacity(pv, charge), _step_capacity(pv, discharge)
    n_sei_0 = sol["Lithium in negative electrode interphase [mol]"].entries[0]
    sei_0 = _per_cm2(pv, n_sei_0 * pybamm.constants.F.value / 3600)
    area_q = sol["Discharge capacity [A.h]"].entries
    return {
        "charge capacity [mAh/cm2]": q_ch,
        "discharge capacity [mAh/cm2]": q_dis,
        "first-cycle CE": q_dis / q_ch,
        "Li to the SE/Si interphase [mAh/cm2]": _sei_li(pv, discharge) - sei_0,
        "film thickness, Li-free [um]": pv["Negative electrode thickness [m]"] * 1e6,
        "film thickness change at full charge [um]": 1e6
        * float(np.max(sol["Negative electrode thickness change [m]"].entries)),
        "highest Si stoichiometry": float(
            np.max(sol["Silicon average stoichiometry"].entries)
        ),
        "capacity [mAh/cm2]": -_per_cm2(pv, area_q),
        "voltage [V]": sol["Voltage [V]"].entries,
        "thickness change [um]": 1e6
        * sol["Negative electrode thickness change [m]"].entries,
    }


def cycling(n_cycles=10, pv=None, mA_cm2=CURRENT_DENSITY, factor=MESH_FACTOR):
    """Formation, then ``n_cycles`` at ``mA_cm2``: discharge capacity and Li in the
    SE/Si interphase per cycle [mAh.cm-2], and the retention at
    :data:`RETENTION_CYCLE` extrapolated by the parabolic law (module docstring)."""
    pv = pv or cell()
    sol = _solve(pv, _formation() + _cycle(pv, mA_cm2) * n_cycles, factor)
    cycles = sol.cycles[2:]
    dis = np.array([_step_capacity(pv, c) for c in cycles[1::2]])
    sei = np.array([_sei_li(pv, c) for c in cycles[1::2]])
    n = np.arange(1, len(dis) + 1)
    out = {
        "cycle": n,
        "discharge capacity [mAh/cm2]": dis,
        "Li in the SE/Si interphase [mAh/cm2]": sei,
        "retention at the last simulated cycle": float(dis[-1] / dis[0]),
    }
    if len(n) >= 3:
        b, a = np.polyfit(np.sqrt(n), sei, 1)
        lost = (a + b * np.sqrt(RETENTION_CYCLE)) - sei[0]
        out.update(
            {
                "parabolic fit a + b sqrt(n) [mAh/cm2]": (float(a), float(b)),
                f"Li lost to the SEI by cycle {RETENTION_CYCLE} [mAh/cm2]": float(lost),
                f"retention at cycle {RETENTION_CYCLE}": float(1 - lost / dis[0]),
            }
        )
    return out


def fixed_gap(pv=None, factor=MESH_FACTOR):
    """Formation (C/5) in the fixed-gap fixture of :mod:`.fixture2023` (clamped at
    5 MPa, its stiffness estimate): the film's swelling and the NCM's shrinkage set
    the stack pressure. Returns the pressure range [MPa] and the thickness changes
    at the highest pressure [um]."""
    from . import fixture2023 as fx

    pv = fx.in_fixture(pv or cell())
    steps = ["Charge at C/5 until 4.3 V", "Discharge at C/5 until 2.5 V"]
    sol = _solve(pv, steps, factor, options={"stack pressure": "fixed gap"})
    p = sol["Stack pressure [Pa]"].entries / 1e6
    top = int(np.argmax(p))
    return {
        "clamp [MPa]": float(p[0]),
        "highest pressure [MPa]": float(p[top]),
        "Si film thickness change [um]": 1e6
        * float(sol["Anode thickness change [m]"].entries[top]),
        "cathode thickness change [um]": 1e6
        * float(sol["Cathode thickness change [m]"].entries[top]),
        "stiffness [MPa/um]": pv["Fixed-gap stack stiffness [Pa.m-1]"] * 1e-12,
    }


def _sei_per_cycle(first, sei):
    """Li taken by the interphase in each cycle at 5 mA/cm2 [mAh.cm-2], and
    whether each is below the formation cycle's ``first``."""
    per_cycle = np.diff(sei)
    return per_cycle, bool(np.all(per_cycle < first))


def _summary(target_id, row):
    return row["model"]


class Tan2021(Reproduction):
    """Tan 2021, targets T1-T4 and the attribution (module docstring)."""

    name = "tan2021"
    title = "Tan 2021: dense 99.9 wt% micro-Si | Li6PS5Cl | NCM811 full cells"
    citation = "Tan et al., Science 2021, 373, 1494 (doi:10.1126/science.abg7217)"
    parameter_set = "Tan2021"
    target_ids = ("T1", "T2", "T3", "T4")
    paper = PAPER
    summary = staticmethod(_summary)

    def __init__(self, progress=None, n_cycles=10):
        super().__init__(progress)
        self.n_cycles = n_cycles

    def formation(self):
        """:func:`first_cycle` of the set."""
        return self.cached(
            "formation", lambda: self.step("formation at C/10", first_cycle)
        )

    def cycling(self):
        """:func:`cycling` at 5 mA/cm2."""
        return self.cached(
            "cycling",
            lambda: self.step(
                f"{self.n_cycles} cycles at {CURRENT_DENSITY:g} mA/cm2",
                lambda: cycling(self.n_cycles),
            ),
        )

    def row(self, target_id):
        if target_id == "T1":
            f = self.formation()
            paper, _ = _paper("full_cell_first_cycle_ce")
            ce = f["first-cycle CE"]
            return {
                "what": "first-cycle CE of the full cell (C/10 formation)",
                "model": f"{ce:.3f}",
                "pass": abs(ce - paper) <= 0.05,
                "first-cycle CE": ce,
                "charge capacity [mAh/cm2]": f["charge capacity [mAh/cm2]"],
                "discharge capacity [mAh/cm2]": f["discharge capacity [mAh/cm2]"],
            }
        if target_id == "T2":
            c = self.cycling()
            paper, _ = _paper("retention_500_cycles")
            r = c[f"retention at cycle {RETENTION_CYCLE}"]
            return {
                "what": f"capacity retention after {RETENTION_CYCLE} cycles at "
                f"{CURRENT_DENSITY:g} mA/cm2 (SEI loss extrapolated)",
                "model": f"{r:.3f}",
                "pass": abs(r - paper) <= 0.10,
                **c,
            }
        if target_id == "T3":
            c = self.cycling()
            paper, _ = _paper("areal_capacity_mAh_cm2")
            q = float(c["discharge capacity [mAh/cm2]"][0])
            return {
                "what": f"areal discharge capacity at {CURRENT_DENSITY:g} mA/cm2",
                "model": f"{q:.2f} mAh/cm2",
                "pass": abs(q / paper - 1) <= 0.25,
                "areal capacity [mAh/cm2]": q,
            }
        f, c = self.formation(), self.cycling()
        first = f["Li to the SE/Si interphase [mAh/cm2]"]
        share = first / f["charge capacity [mAh/cm2]"]
        per_cycle, shrinks = _sei_per_cycle(
            first, c["Li in the SE/Si interphase [mAh/cm2]"]
        )
        return {
            "what": "SE/Si interphase confined to the planar contact, not growing on",
            "model": f"first-cycle SEI {100 * share:.3g} % of the charge; "
            f"each later cycle's SEI below the first's: {shrinks}",
            "pass": share < 0.01 and shrinks,
            "first-cycle SEI share": share,
            "first-cycle SEI Li [mAh/cm2]": first,
            "SEI Li per cycle [mAh/cm2]": per_cycle,
        }

    def attribution(self):
        """The SE reduction off (first-cycle CE), and the film diffusivity / 100
        (capacity at 5 mA/cm2)."""

        def compute():
            base = self.formation()
            clean = first_cycle(cell(sei_growth_constant_m2_s=0.0))
            slow = cell()
            slow.update(
                {
                    "Silicon lithium diffusivity [m2.s-1]": slow[
                        "Silicon lithium diffusivity [m2.s-1]"
                    ]
                    / 100
                }
            )
            q_slow = cycling(1, slow)["discharge capacity [mAh/cm2]"][0]
            return {
                "SE reduction off": {
                    "first-cycle CE with SEI": base["first-cycle CE"],
                    "first-cycle CE without SEI": clean["first-cycle CE"],
                    "SEI share of the first-cycle loss": (
                        (clean["first-cycle CE"] - base["first-cycle CE"])
                        / (1 - base["first-cycle CE"])
                    ),
                },
                "film diffusivity / 100": {
                    "capacity at 5 mA/cm2 [mAh/cm2]": float(
                        self.cycling()["discharge capacity [mAh/cm2]"][0]
                    ),
                    "capacity at 5 mA/cm2, D/100 [mAh/cm2]": float(q_slow),
                },
            }

        return self.cached(
            "attribution",
            lambda: self.step("attribution (SEI off, slow film)", compute),
        )

    def stack_pressure(self):
        """:func:`fixed_gap`: the pressure the Si swelling builds in a clamped
        fixture (no paper number; the physics the film's thickness feeds)."""
        return self.cached(
            "fixed gap",
            lambda: self.step("formation in a fixed-gap fixture", fixed_gap),
        )

    def convergence(self):
        """T1 and T3 on the reported mesh and a doubled one, with the change [%]."""

        def compute():
            out = {}
            meshes = (("reported", MESH_FACTOR), ("doubled", 2 * MESH_FACTOR))
            for name, factor in meshes:
                out[name] = {
                    "first-cycle CE": first_cycle(factor=factor)["first-cycle CE"],
                    "capacity at 5 mA/cm2 [mAh/cm2]": float(
                        cycling(1, factor=factor)["discharge capacity [mAh/cm2]"][0]
                    ),
                }
            out["change [%]"] = {
                k: 100 * abs(out["doubled"][k] / v - 1)
                for k, v in out["reported"].items()
            }
            return out

        return self.cached(
            "convergence", lambda: self.step("mesh check (doubled)", compute)
        )

    def figures(self, out, ids=None, stem=None):
        from .tan2021_figures import cycling_figure, formation_figure

        out, stem, ids = self.figure_folder(out, ids, stem)
        paths = []
        if ids & {"T1", "T4"}:
            paths.append(
                formation_figure(self.formation(), out / f"{stem}_formation.png")
            )
        if ids & {"T2", "T3"}:
            paths.append(cycling_figure(self.cycling(), out / f"{stem}_cycling.png"))
        return paths
