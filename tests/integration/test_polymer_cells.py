"""Polymer electrolytes (binary salt) beside the single-ion sulfide: limits,
conservation, layered resistances, Bruce-Vincent and impedance."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models.reference import equivalent_pybamm_dfn

F, R_GAS = 96485.33212, 8.314462618
TIGHT = {"rtol": 1e-10, "atol": 1e-10}


def chen2020_polymer(diffusivity=None):
    """A binary salt with PyBaMM's LiPF6 in EC:EMC transport (Chen et al. 2020,
    PyBaMM's "Chen2020" set), given through the polymer's names: a test
    electrolyte, not a polymer's values."""
    chen = pybamm.ParameterValues("Chen2020")
    return {
        "Polymer electrolyte conductivity [S.m-1]": chen[
            "Electrolyte conductivity [S.m-1]"
        ],
        "Polymer salt diffusivity [m2.s-1]": diffusivity
        or chen["Electrolyte diffusivity [m2.s-1]"],
        "Polymer cation transference number": chen["Cation transference number"],
        "Polymer thermodynamic factor": 1.0,
        "Polymer initial salt concentration [mol.m-3]": 1000.0,
        "Polymer interlayer thickness [m]": 20e-6,
        "Polymer/sulfide interphase initial resistance [Ohm.m2]": 2e-3,
    }


def full_cell(electrolyte, **polymer):
    model = assb_models.SolidStateDFN(
        {"anode": "lithium metal", "electrolyte": electrolyte}
    )
    pv = assb_models.get_parameter_values("Kim2024", anode="lithium metal")
    pv.update(chen2020_polymer(**polymer), check_already_exists=False)
    return model, pv


def solve(model, pv, t_end, t_eval=None, var_pts=None, tol=None):
    solver = pybamm.IDAKLUSolver(**tol) if tol else None
    sim = pybamm.Simulation(model, parameter_values=pv, var_pts=var_pts, solver=solver)
    return sim.solve([0, t_end], t_interp=t_eval)


def test_polymer_everywhere_equals_pybamm_dfn():
    """Polymer in separator and cathode, no sulfide: PyBaMM's DFN (half cell)
    with the same electrolyte, to 1e-6 V over 20 minutes at 1C."""
    model, pv = full_cell("polymer", diffusivity=3e-10)
    dfn, pv_dfn = equivalent_pybamm_dfn(pv)
    pv_dfn.update(
        {
            "Electrolyte conductivity [S.m-1]": pv[
                "Polymer electrolyte conductivity [S.m-1]"
            ],
            "Electrolyte diffusivity [m2.s-1]": 3e-10,
            "Cation transference number": pv["Polymer cation transference number"],
            "Thermodynamic factor": 1.0,
        }
    )
    # PyBaMM's regularisation scale of the exchange currents: the same in both
    pv["Initial concentration in electrolyte [mol.m-3]"] = 1000.0
    pv_dfn["Initial concentration in electrolyte [mol.m-3]"] = 1000.0
    t = np.linspace(0, 1200, 121)
    sol = solve(model, pv, 1200, t, tol=TIGHT)
    ref = solve(dfn, pv_dfn, 1200, t, var_pts=model.default_var_pts, tol=TIGHT)
    c = sol["Electrolyte concentration [mol.m-3]"].entries
    assert c.max() - c.min() > 50  # the salt polarises
    dv = np.max(np.abs(sol["Voltage [V]"].entries - ref["Voltage [V]"].entries))
    assert dv < 1e-6


def test_polymer_with_unit_transference_equals_the_single_ion_se():
    """t+ = 1 and the SE's conductivity: no salt gradient, the single-ion cell."""
    model, pv = full_cell("polymer")
    pv.update(
        {
            "Polymer cation transference number": 1.0,
            "Polymer electrolyte conductivity [S.m-1]": pv[
                "Electrolyte conductivity [S.m-1]"
            ],
            "Polymer initial salt concentration [mol.m-3]": pv[
                "Initial concentration in electrolyte [mol.m-3]"
            ],
        }
    )
    t = np.linspace(0, 1800, 91)
    sol = solve(model, pv, 1800, t, tol=TIGHT)
    single, pv_single = full_cell("single-ion")
    ref = solve(single, pv_single, 1800, t, tol=TIGHT)
    c = sol["Electrolyte concentration [mol.m-3]"].entries
    assert np.ptp(c) < 1e-6 * c.max()
    dv = np.max(np.abs(sol["Voltage [V]"].entries - ref["Voltage [V]"].entries))
    assert dv < 1e-6


@pytest.mark.parametrize("electrolyte", ["polymer", "polymer interlayer"])
def test_full_cell_conserves_salt_and_lithium(electrolyte):
    """Concentration-dependent D (Chen2020): salt in every polymer domain to
    1e-9 relative; "Total lithium [mol]" (the polymer's Li+ counted) constant."""
    model, pv = full_cell(electrolyte)
    sol = solve(model, pv, 1800)
    salt = {
        "polymer": "Polymer electrolyte salt [mol]",
        "polymer interlayer": "Polymer interlayer salt [mol]",
    }[electrolyte]
    s = sol[salt].entries
    assert np.max(np.abs(s - s[0])) < 1e-9 * s[0]
    phase = {
        "polymer": "Lithium in solid electrolyte [mol]",
        "polymer interlayer": "Lithium in polymer interlayer [mol]",
    }[electrolyte]
    assert phase in model.variables
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) < 1e-9 * n[0]
    if electrolyte == "polymer interlayer":
        # the film polarises: salt piles up at the Li and depletes at the SE
        c_li = sol["Polymer interlayer left-face salt concentration [mol.m-3]"]
        c_se = sol["Polymer/sulfide junction salt concentration [mol.m-3]"]
        assert c_li.entries[-1] > 1000 > c_se.entries[-1]
