"""Cells clamped at a fixed gap: the stack's thickness sets the pressure, in the cells
of the fixture study (:mod:`assb_models.reproductions.fixture2023`; its reading is
scored in ``tests/papers/test_fixture2023.py``)."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models import (
    SymmetricCell,
    plating_stripping_experiment,
    run_plating_stripping,
)
from assb_models.reproductions import fixture2023 as fx

MPA = 1e6
F = 96485.33212


def _charge(option, pv, hours=1.0, current_mA=0.5):
    model = assb_models.SolidStateDFN({**fx.FULL_OPTIONS, "stack pressure": option})
    pv = pv.copy()
    pv.update({"Current function [A]": -current_mA * 1e-3})
    t = np.linspace(0, hours * 3600, 41)
    # tight tolerances: runs with and without the creep-relaxation state compared
    solver = pybamm.IDAKLUSolver(rtol=1e-8, atol=1e-10)
    return pybamm.Simulation(model, parameter_values=pv, solver=solver).solve(
        [0, t[-1]], t_interp=t
    )


def test_zero_stiffness_reproduces_the_constant_pressure_run():
    pv = fx.full_cell()
    pv.update({"Fixed-gap stack stiffness [Pa.m-1]": 0.0})
    gap = _charge("fixed gap", pv)
    constant = _charge("laws", pv)
    np.testing.assert_allclose(np.ravel(gap["Stack pressure [Pa]"].entries), 5 * MPA)
    np.testing.assert_allclose(
        gap["Voltage [V]"].entries, constant["Voltage [V]"].entries, atol=1e-6
    )
    stiff = _charge("fixed gap", fx.full_cell())
    assert np.ptp(stiff["Voltage [V]"].entries - constant["Voltage [V]"].entries) > 1e-5


def test_plated_lithium_times_its_molar_volume_is_the_thickness_change():
    pv = fx.full_cell()
    sol = _charge("fixed gap", pv, hours=4.0, current_mA=0.5)
    n = sol["Negative electrode lithium inventory [mol.m-2]"].entries
    V_li = pv["Lithium metal partial molar volume [m3.mol-1]"]
    dh_a = sol["Anode thickness change [m]"].entries
    np.testing.assert_allclose(dh_a, V_li * (n - n[0]), rtol=1e-9, atol=1e-15)
    # 2 mAh/cm2 plated: 4.85 um per mAh/cm2
    np.testing.assert_allclose(dh_a[-1], 2 * 4.85e-6, rtol=0.01)
    dh_c = sol["Cathode thickness change [m]"].entries
    assert dh_c[-1] < 0  # NCM shrinks on charge
    K = pv["Fixed-gap stack stiffness [Pa.m-1]"]
    relax = sol["Stack creep relaxation [m]"].entries
    np.testing.assert_allclose(
        np.ravel(sol["Stack pressure [Pa]"].entries),
        pv["Stack pressure at assembly [Pa]"] + K * (dh_a + dh_c - relax),
        rtol=1e-12,
    )


@pytest.mark.parametrize("option", ["laws", "fixed gap"])
def test_total_lithium_is_constant_under_pressure(option):
    """Li-In | LGPS | NCM111 (Sakka2022) charged for an hour at 12 MPa: the SE
    volume (fraction x compacted thickness) is constant, so is its Li."""
    pv = assb_models.get_parameter_values("Sakka2022", am_loading_mg_cm2=10)
    pv.update(
        {
            "Stack pressure at assembly [Pa]": 12 * MPA,
            "Current function [A]": -0.2 * pv["Nominal cell capacity [A.h]"],
        }
    )
    model = assb_models.SolidStateDFN({"stack pressure": option})
    sol = pybamm.Simulation(model, parameter_values=pv).solve([0, 3600])
    n = sol["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-12)
    q = sol["Lithium in negative electrode [mol]"].entries
    assert q[-1] - q[0] > 1e-3 * n[0]  # Li really moved to the anode


def test_total_lithium_is_constant_in_a_fixed_gap_lithium_metal_cell():
    sol = _charge("fixed gap", fx.full_cell())
    n = sol["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-12)
    assert np.ptp(np.ravel(sol["Stack pressure [Pa]"].entries)) > 0.5 * MPA


def test_symmetric_cell_cycled_symmetrically_returns_to_its_pressure():
    pv = fx.symmetric_cell()
    pv.update({"Lithium metal creep relaxation length [m]": 0.0})
    steps = plating_stripping_experiment(0.5, 1.0, cycles=2, capacity_mAh_cm2=0.5)
    sol, stop = run_plating_stripping(
        SymmetricCell({"stack pressure": "fixed gap"}), pv, steps
    )
    assert stop is None
    V_li = pv["Lithium metal partial molar volume [m3.mol-1]"]
    metal = sum(
        sol[f"{d} electrode lithium inventory [mol.m-2]"].entries
        + sol[f"{d} electrode lithium lost to interphase [mol.m-2]"].entries
        for d in ("Negative", "Positive")
    )
    np.testing.assert_allclose(
        sol["Anode thickness change [m]"].entries,
        V_li * (metal - metal[0]),
        atol=1e-15,
    )
    assert np.ptp(sol["Negative electrode lithium inventory [mol.m-2]"].entries) > 0
    P = np.ravel(sol["Stack pressure [Pa]"].entries)
    np.testing.assert_allclose(P[-1], pv["Stack pressure at assembly [Pa]"], rtol=1e-12)
