"""Solve-and-compare tests of the core solid-state DFN (verification ladder 1-3, 5)."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models.reference import equivalent_pybamm_dfn
from assb_models.simulation import refined_var_pts

HOUR = 3600.0


def solve(
    model,
    pv,
    t_end=1.2 * HOUR,
    t_eval=None,
    var_pts=None,
    inputs=None,
    tol=None,
    submesh_types=None,
):
    solver = pybamm.IDAKLUSolver(rtol=tol, atol=tol) if tol else None
    sim = pybamm.Simulation(
        model,
        parameter_values=pv,
        var_pts=var_pts,
        submesh_types=submesh_types,
        solver=solver,
    )
    return sim.solve([0, t_end], t_interp=t_eval, inputs=inputs)


def li_metal():
    return (
        assb_models.SolidStateDFN({"anode": "lithium metal"}),
        assb_models.get_parameter_values("Kim2024", anode="lithium metal"),
    )


def test_charge_equals_lithium_moved_into_the_active_material():
    """Conservation: terminal charge = F x Li intercalated, to 0.1 %."""
    model, pv = li_metal()
    sol = solve(model, pv)
    q_terminal = sol["Discharge capacity [A.h]"].entries[-1] * HOUR
    n_am = sol["Total lithium in positive electrode [mol]"].entries
    n_anode = sol["Negative electrode lithium inventory [mol]"].entries
    F = 96485.33212
    np.testing.assert_allclose((n_am[-1] - n_am[0]) * F, q_terminal, rtol=1e-3)
    np.testing.assert_allclose((n_anode[0] - n_anode[-1]) * F, q_terminal, rtol=1e-3)


def test_agrees_with_pybamm_dfn_at_transference_number_one():
    """Cross-check: same physics as PyBaMM's half-cell DFN with t+ = 1, within 1 mV."""
    model, pv = li_metal()
    dfn, pv_dfn = equivalent_pybamm_dfn(pv)
    # 1C discharge down to ~3.1 V; in the last minutes (NCM nearly full, its
    # diffusivity collapsing) the two solvers' steps differ by up to 1.7 mV
    t = np.linspace(0, 2200, 221)  # before the NCM law's steep end (~2330 s)
    v_assb = solve(model, pv, t_end=2200, t_eval=t)["Voltage [V]"].entries
    # the same mesh for both (ours clusters the particle volumes at the surface)
    v_dfn = solve(
        dfn,
        pv_dfn,
        t_end=2200,
        t_eval=t,
        var_pts=model.default_var_pts,
        submesh_types=model.default_submesh_types,
    )["Voltage [V]"].entries
    assert len(v_assb) == len(v_dfn) == len(t)
    assert np.max(np.abs(v_assb - v_dfn)) < 1e-3


def _spm_answer(pv):
    _, pv_ref = equivalent_pybamm_dfn(pv)
    spm = pybamm.lithium_ion.SPM(
        {"working electrode": "positive", "interface utilisation": ("full", "constant")}
    )
    t = np.linspace(0, 1700, 35)  # 1C, before the NCM law's steep end
    # the particle mesh of the solid-state models
    model = assb_models.SolidStateDFN()
    sol = solve(
        spm,
        pv_ref,
        t_end=1700,
        t_eval=t,
        var_pts=model.default_var_pts,
        submesh_types=model.default_submesh_types,
    )
    return t, sol["Voltage [V]"].entries


def test_infinite_conductivities_approach_spm():
    """Limit: SE and electronic conductivities x 1e4 give PyBaMM's SPM voltage."""
    model, pv = li_metal()
    pv.update(
        {
            "Solid electrolyte conductivity at reference temperature [S.m-1]": 1e3,
            "Positive electrode conductivity [S.m-1]": 1e3,
            "Positive electrode carbon conductivity [S.m-1]": 1e6,
        }
    )
    # the SPM neglects the anode foil's ohmic drop too
    pv.update({"Negative electrode conductivity [S.m-1]": 1e12})
    t, v_spm = _spm_answer(pv)
    v = solve(model, pv, t_end=t[-1], t_eval=t)["Voltage [V]"].entries
    assert np.max(np.abs(v - v_spm)) < 2e-3

    # and with the real conductivities the answers differ: the test can fail
    model, pv_real = li_metal()
    v_real = solve(model, pv_real, t_end=t[-1], t_eval=t)["Voltage [V]"].entries
    assert np.max(np.abs(v_real - v_spm)) > 2e-2


def test_capacity_converges_with_mesh():
    """Capacity at 1C changes < 2 % (the project's convergence bound) when the
    mesh is doubled: 0.4 % with the NCM law's diffusivity fall near x = 1."""
    model = assb_models.SolidStateDFN()
    pv = assb_models.get_parameter_values("Kim2024")
    base, fine = dict(model.default_var_pts), refined_var_pts(model)
    q = [
        solve(model, pv, var_pts=pts)["Specific capacity [mA.h.g-1]"].entries[-1]
        for pts in (base, fine)
    ]
    assert abs(q[1] - q[0]) / q[1] < 0.02


def test_li_in_sits_0p62_V_below_li_metal():
    """At rest the Li-In cell reads the Li cell's voltage minus the alloy potential."""
    pv_in = assb_models.get_parameter_values("Kim2024")
    pv_li = assb_models.get_parameter_values("Kim2024", anode="lithium metal")
    rest = {"Current function [A]": 0.0}
    pv_in.update(rest)
    pv_li.update(rest)
    v_in = solve(assb_models.SolidStateDFN(), pv_in, t_end=10)
    v_li = solve(assb_models.SolidStateDFN({"anode": "lithium metal"}), pv_li, t_end=10)
    np.testing.assert_allclose(
        v_li["Voltage [V]"].entries - v_in["Voltage [V]"].entries, 0.62, atol=1e-9
    )
    np.testing.assert_allclose(
        v_in["Voltage vs Li [V]"].entries, v_li["Voltage [V]"].entries, atol=1e-9
    )


def test_zero_film_resistance_gives_the_clean_model():
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({"Positive electrode coating resistance [Ohm.m2]": 0.0})
    t = np.linspace(0, 3000, 31)
    # tight solver tolerances: the two systems differ in states, not in physics
    clean = solve(assb_models.SolidStateDFN(), pv, 3000, t, tol=1e-8)
    film = solve(
        assb_models.SolidStateDFN({"interface film": "resistive"}),
        pv,
        3000,
        t,
        tol=1e-8,
    )
    np.testing.assert_allclose(
        film["Voltage [V]"].entries, clean["Voltage [V]"].entries, atol=1e-6
    )


def test_film_adds_its_ohmic_drop():
    """At C/20 the current is nearly uniform: the film costs |j|/f_c * R_f."""
    R_f = 0.01
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update(
        {
            "Positive electrode coating resistance [Ohm.m2]": R_f,
            "Current function [A]": pv["Nominal cell capacity [A.h]"] / 20,
        }
    )
    t = np.linspace(0, 3600, 13)
    clean = solve(assb_models.SolidStateDFN(), pv, t_end=3600, t_eval=t)
    film = solve(
        assb_models.SolidStateDFN({"interface film": "resistive"}), pv, 3600, t
    )
    i = pv["Current function [A]"] / (
        pv["Electrode height [m]"] * pv["Electrode width [m]"]
    )
    eps = pv["Positive electrode active material volume fraction"]
    a = 3 * eps / pv["Positive particle radius [m]"]
    j = i / (a * pv["Positive electrode thickness [m]"])
    f_c = pv["Positive electrode active material-solid electrolyte contact fraction"]
    expected = j / f_c * R_f
    drop = clean["Voltage [V]"].entries - film["Voltage [V]"].entries
    np.testing.assert_allclose(drop[1:], expected, rtol=0.05)


def test_cathode_without_carbon_is_electronically_limited():
    """No carbon and a poorly conducting NCM: the electrode cannot deliver its
    capacity."""

    def capacity(carbon_wt_percent, sigma_am):
        pv = assb_models.get_parameter_values(
            "Kim2024", am_wt_percent=80, carbon_wt_percent=carbon_wt_percent
        )
        pv.update(
            {
                "Positive electrode conductivity [S.m-1]": sigma_am,
                "Current function [A]": pv["Nominal cell capacity [A.h]"] / 2,
            }
        )
        sol = solve(assb_models.SolidStateDFN(), pv, t_end=3 * HOUR)
        return sol["Specific capacity [mA.h.g-1]"].entries[-1]

    reference = capacity(0, 0.1)
    assert capacity(0, 1e-5) < 0.5 * reference
    assert capacity(3, 1e-5) > 0.95 * reference


def test_lithium_metal_depletion_ends_the_run():
    model, pv = li_metal()
    pv.update({"Negative electrode thickness [m]": 2e-6})  # 0.41 mAh/cm2 of Li
    sol = solve(model, pv)
    assert "Lithium metal anode depleted" in sol.termination
    assert sol["Negative electrode lithium inventory [mol]"].entries[-1] >= 0


def test_contact_fraction_as_input_parameter():
    """A sweep over contact fraction reuses one built model."""
    model = assb_models.SolidStateDFN()
    pv = assb_models.get_parameter_values("Kim2024")
    name = "Positive electrode active material-solid electrolyte contact fraction"
    pv.update({name: "[input]"})
    sim = pybamm.Simulation(model, parameter_values=pv)
    v = [
        sim.solve([0, 600], inputs={name: f})["Voltage [V]"].entries[-1]
        for f in (0.2, 1.0)
    ]
    assert v[0] < v[1] - 5e-3


def test_runs_a_pybamm_experiment_and_quickplot(tmp_path):
    experiment = pybamm.Experiment(
        [
            "Discharge at C/2 until 2.5 V",
            "Charge at C/2 until 3.65 V",
            "Hold at 3.65 V until C/20",
            "Rest for 10 minutes",
        ]
    )
    model = assb_models.SolidStateDFN()
    sim = pybamm.Simulation(
        model, parameter_values=model.default_parameter_values, experiment=experiment
    )
    sol = sim.solve()
    v = sol["Voltage vs Li-In [V]"].entries
    assert v.min() == pytest.approx(2.5, abs=1e-3)
    assert v.max() == pytest.approx(3.65, abs=1e-3)
    plot = pybamm.QuickPlot(sol)
    plot.plot(0)
    plot.fig.savefig(tmp_path / "quickplot.png")


def test_differential_surface_form_matches():
    """The EIS-ready formulation (double layers) gives the same discharge.

    PyBaMM's surface form discretises the same potential equations differently
    (for the surface potential difference), so the two agree to the mesh error:
    0.2 mV before the steep end of a 1C discharge on the default mesh, and 0.02 %
    in the time to the cut-off.
    """
    pv = assb_models.get_parameter_values("Kim2024")
    algebraic = assb_models.SolidStateDFN()
    differential = assb_models.SolidStateDFN({"surface form": "differential"})
    # 1C to the 1.9 V cut-off (about 2,308 s): the same discharge capacity
    t_alg = solve(algebraic, pv, 3000).t[-1]
    t_dl = solve(differential, pv, 3000).t[-1]
    assert t_alg < 3000 and abs(t_dl / t_alg - 1) < 1e-3
    # the voltage before the steep end of discharge (above 2.7 V, to 2,200 s);
    # in the last minute a 0.5 s shift of the cliff moves the voltage by mV
    t = np.linspace(0, 2200, 23)
    v_alg = solve(algebraic, pv, 2200, t)["Voltage [V]"].entries
    v_dl = solve(differential, pv, 2200, t)["Voltage [V]"].entries
    assert np.max(np.abs(v_alg[1:] - v_dl[1:])) < 2e-3


def test_carbon_contact_area_matches_the_recipe():
    pv = assb_models.get_parameter_values("Kim2024")
    recipe = assb_models.parameter_sets.Kim2024.get_recipe()
    pv.update({"Current function [A]": 0.0})
    sol = solve(assb_models.SolidStateDFN(), pv, t_end=1)
    a_c = sol[
        "Positive electrode carbon-solid electrolyte contact area per unit volume [m-1]"
    ].entries
    np.testing.assert_allclose(
        a_c, recipe.carbon_se_contact_area_per_volume, rtol=1e-12
    )


def test_pybamm_eis_runs_and_its_ohmic_intercept_is_the_separator():
    """PyBaMM's EISSimulation runs on the model ("surface form": "differential").

    At 1 MHz the double layers short the interfaces, leaving the SE separator
    L_s / (kappa eps_s^1.5) and the (small) ionic path into the cathode.
    """
    model = assb_models.SolidStateDFN({"surface form": "differential"})
    pv = assb_models.get_parameter_values("Kim2024")
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    pv.update({"Initial concentration in positive electrode [mol.m-3]": 0.6 * c_max})
    # PyBaMM 26.10's EISSimulation returns NaN when the electrode conductivity
    # depends on stoichiometry: its value at the operating point is exact at rest
    pv = assb_models.impedance.eis.conductivity_at_rest(pv, 0.6)
    z = pybamm.EISSimulation(model, parameter_values=pv).solve(np.array([1e6, 1e-2]))
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    kappa = pv["Solid electrolyte conductivity at reference temperature [S.m-1]"]
    r_sep = pv["Separator thickness [m]"] / (kappa * pv["Separator porosity"] ** 1.5)
    r_high = z.impedance[0].real * area
    assert r_sep < r_high < 1.01 * r_sep
    assert z.impedance[1].real * area > 2 * r_sep  # interfaces and diffusion add up
