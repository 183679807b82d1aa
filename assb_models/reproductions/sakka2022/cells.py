"""Sakka 2022 cells and protocols: In-Li | LGPS | NCM111 composite at 6-100 MPa
(``SolidStateDFN({"stack pressure": "laws"})``, the Sakka2022 set; the pressure is an
input parameter). The structure laws per pressure, 0.01 C charge/discharge from a
pristine cell, small-signal resistances and impedance spectra at half charge
(x = 0.7), and contact loss over C/10 cycles at 12 and 100 MPa.
Targets: ``../shared/targets/sakka_pressure.md``.
"""

import numpy as np
import pybamm

from assb_models.fitting import circuit
from assb_models.impedance import eis
from assb_models.impedance.small_signal import small_signal_resistances
from assb_models.models import SolidStateDFN
from assb_models.parameter_sets import Sakka2022 as sakka_set
from assb_models.parameters import laws
from assb_models.parameters.compaction import pressure_structure
from assb_models.parameters.parameter_values import get_parameter_values

from .paper import CONTACT, EIS_FREQUENCIES, MPA, PRESSURES, TORTUOSITY

OPTIONS = sakka_set.MODEL_OPTIONS


def cell(**recipe):
    """Sakka cell parameters, "Stack pressure at assembly [Pa]" an input parameter."""
    pv = get_parameter_values("Sakka2022", **recipe)
    pv.update({"Stack pressure at assembly [Pa]": "[input]"})
    return pv


def _half_charged_cell(stoichiometry):
    pv = cell()
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    pv.update(
        {"Initial concentration in positive electrode [mol.m-3]": stoichiometry * c_max}
    )
    return pv


def structure(pressures_mpa=PRESSURES):
    """The cell's structure at each pressure (rising pressure history).

    Thicknesses and volume fractions are the mass-conserving compaction the model
    uses (``assb_models.pressure_structure``); the other laws of the set beside
    them.
    """
    pv = get_parameter_values("Sakka2022")
    pa = np.asarray(pressures_mpa, dtype=float) * MPA
    p = pybamm.Vector(pa)
    comp = pressure_structure(pv, pa)

    def value(expr):
        return np.ravel(pv.evaluate(expr)) * np.ones(len(pressures_mpa))

    return {
        "pressure [MPa]": np.asarray(pressures_mpa, dtype=float),
        "composite thickness [um]": 1e6 * comp["positive electrode thickness [m]"],
        "separator thickness [um]": 1e6 * comp["separator thickness [m]"],
        "composite void fraction": comp["positive electrode void volume fraction"],
        "separator void fraction": comp["separator void volume fraction"],
        "NCM volume fraction": comp[
            "positive electrode active material volume fraction"
        ],
        "LGPS volume fraction": comp[
            "positive electrode solid electrolyte volume fraction"
        ],
        "AM/SE contact fraction": value(laws.law(CONTACT, p)),
        "SE-path tortuosity": value(laws.law(TORTUOSITY, p)),
        "connected AM fraction": value(
            laws.law(
                "Positive electrode connected active material fraction vs pressure", p
            )
        ),
    }


def small_signal(pressures_mpa=PRESSURES, stoichiometry=0.7):
    """Small-signal R_ct and apparent conductivity from the model at each pressure."""
    pv = _half_charged_cell(stoichiometry)
    model = SolidStateDFN(OPTIONS)
    return [
        small_signal_resistances(
            model, pv, inputs={"Stack pressure at assembly [Pa]": p * MPA}
        )
        for p in pressures_mpa
    ]


def spectra(pressures_mpa=PRESSURES, stoichiometry=0.7):
    """Impedance spectra of the cell at each pressure
    (:mod:`assb_models.impedance.eis`).

    The same model with double layers ("surface form": "differential"), linearised at
    rest at x = 0.7; an equivalent circuit R0 + two R||CPE arcs + Warburg is fitted
    to each spectrum, as one fits a measured one. Returns ``{pressure: (Z [Ohm],
    circuit fit, area [cm2])}``.
    """
    pv = _half_charged_cell(stoichiometry)
    area_cm2 = pv["Electrode height [m]"] * pv["Electrode width [m]"] * 1e4
    model = SolidStateDFN({**OPTIONS, "surface form": "differential"})
    out = {}
    for p in pressures_mpa:
        z = eis.impedance(
            model,
            pv,
            EIS_FREQUENCIES,
            inputs={"Stack pressure at assembly [Pa]": p * MPA},
        )
        out[p] = (z, circuit.fit_circuit(EIS_FREQUENCIES, z), area_cm2)
    return out


def charge_discharge(pressures_mpa=PRESSURES, overrides=None):
    """0.01 C charge then discharge of a pristine cell at each pressure."""
    pv = cell()
    pv.update(overrides or {})
    experiment = pybamm.Experiment(
        ["Charge at 0.01C until 3.68 V", "Discharge at 0.01C until 2.38 V"]
    )
    sim = pybamm.Simulation(
        SolidStateDFN(OPTIONS), parameter_values=pv, experiment=experiment
    )
    curves = {}
    for p in pressures_mpa:
        sol = sim.solve(inputs={"Stack pressure at assembly [Pa]": p * MPA})
        q = sol["Specific capacity [mA.h.g-1]"].entries
        curves[p] = {
            "capacity [mAh/g]": q - q.min(),
            "voltage vs Li-In [V]": sol["Voltage vs Li-In [V]"].entries,
            "charge [mAh/g]": float(-q.min()),
            "discharge [mAh/g]": float(q[-1] - q.min()),
        }
    return curves


def contact_loss_cycling(pressures_mpa=(12, 100), n_cycles=8, loading=10.0):
    """Discharge capacity per cycle at C/10 with chemo-mechanical contact loss."""
    pv = cell(am_loading_mg_cm2=loading)
    pv.update(
        {
            "Initial concentration in positive electrode [mol.m-3]": 0.99
            * pv["Maximum concentration in positive electrode [mol.m-3]"]
        }
    )
    model = SolidStateDFN({**OPTIONS, "contact loss": "chemo-mechanical"})
    experiment = pybamm.Experiment(
        [("Charge at C/10 until 3.68 V", "Discharge at C/10 until 2.38 V")] * n_cycles
    )
    sim = pybamm.Simulation(model, parameter_values=pv, experiment=experiment)
    out = {}
    for p in pressures_mpa:
        sol = sim.solve(inputs={"Stack pressure at assembly [Pa]": p * MPA})
        caps, losses = [], []
        for cycle in sol.cycles:
            q = cycle["Specific capacity [mA.h.g-1]"].entries
            caps.append(float(q[-1] - q.min()))
            losses.append(
                float(cycle["X-averaged positive electrode contact loss"].entries[-1])
            )
        out[p] = {
            "discharge [mAh/g]": caps,
            "contact loss": losses,
            "retention": caps[-1] / caps[0],
        }
    return out
