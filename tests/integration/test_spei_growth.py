"""SPEI growth in a layered Li | PEO | sulfide | PEO | Li cell at 40 C over a week
(target M8 through the model): the law and rate of each sulfide, the voltage it
adds, and the Li balance."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import _hybrid as hyb

WEEK = 7 * 86400.0
CURRENT = 0.1  # A/m2 (0.01 mA/cm2): the films barely polarise


def layered(sulfide, law):
    model = assb_models.SymmetricCell(
        {
            "electrolyte": "polymer interlayer",
            "polymer/sulfide interphase": law,
            "anode contact": "full",
            "anode interphase": "none",
        }
    )
    pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    extra = {k: v for k, (v, _) in hyb.polymer_table().items()}
    extra.update({k: v for k, (v, _) in hyb.spei_table(sulfide).items()})
    extra["Polymer interlayer thickness [m]"] = 20e-6
    pv.update(extra, check_already_exists=False)
    pv.update({"Ambient temperature [K]": 313.15, "Initial temperature [K]": 313.15})
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    pv["Current function [A]"] = CURRENT * area
    sim = pybamm.Simulation(model, parameter_values=pv)
    return sim.solve([0, WEEK], t_interp=np.linspace(0, WEEK, 29)), pv


@pytest.mark.parametrize("sulfide", ["Li10SnP2S12", "Li6PS5Cl"])
def test_spei_grows_by_its_sulfide_law(sulfide):
    sol, pv = layered(sulfide, "reaction-limited")
    r = sol["Polymer/sulfide interphase resistance [Ohm.m2]"].entries
    r0, k, _ = hyb.SPEI[sulfide]
    t = sol["Time [s]"].entries
    np.testing.assert_allclose(r, r0 + k * t, rtol=1e-6, atol=1e-12)
    # two junctions in series: the voltage rises by 2 I dR over the week
    v = np.abs(sol["Cell overpotential [V]"].entries)
    const, _ = layered(sulfide, "constant")
    v0 = np.abs(const["Cell overpotential [V]"].entries)
    np.testing.assert_allclose(v[-1] - v0[-1], 2 * CURRENT * k * WEEK, rtol=1e-3)
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) < 1e-12 * n[0]


def test_tin_sulfide_spei_outgrows_the_argyrodite_one():
    """M8's ordering through the model: Li10SnP2S12/PEO rises, Li6PS5Cl/PEO
    stays negligible (< 1 % of it)."""
    grown = {
        s: layered(s, "reaction-limited")[0][
            "Polymer/sulfide interphase resistance [Ohm.m2]"
        ].entries[-1]
        for s in ("Li10SnP2S12", "Li6PS5Cl")
    }
    assert grown["Li10SnP2S12"] > 100 * grown["Li6PS5Cl"] > 0
