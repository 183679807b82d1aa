"""Dense Si film anode, solved: Li balance, OCV, swelling, SE/Si interphase."""

import numpy as np
import pybamm

import assb_models
from assb_models.impedance import eis
from assb_models.parameter_sets import Tan2021
from assb_models.sweep.stack import cell_stack

OPTIONS = Tan2021.MODEL_OPTIONS


def run(steps, options=OPTIONS, model=assb_models.SolidStateDFN, **recipe):
    pv = assb_models.get_parameter_values("Tan2021", **recipe)
    sim = pybamm.Simulation(
        model(options), parameter_values=pv, experiment=pybamm.Experiment(steps)
    )
    return sim.solve(), pv


def test_total_lithium_is_constant_over_five_cycles():
    sol, _ = run(["Charge at 1C until 4.3 V", "Discharge at 1C until 2.5 V"] * 5)
    total = sol["Total lithium [mol]"].entries
    in_si = sol["Lithium in silicon [mol]"].entries
    cycled = in_si.max() - in_si.min()
    assert len(sol.cycles) == 10
    assert (
        sol["Lithium in negative electrode interphase [mol]"].entries[-1]
        > (sol["Lithium in negative electrode interphase [mol]"].entries[0])
    )
    # every phase from its own state: to rounding (6.5e-15 of the Li cycled)
    np.testing.assert_allclose(total, total[0], rtol=0, atol=1e-12 * cycled)
    # the film's own balance is exact: Li out = charge passed + Li to the SEI
    area = 1e-4
    lost = sol["Negative electrode lithium lost to interphase [mol.m-2]"].entries
    q = sol["Discharge capacity [A.h]"].entries * 3600 / 96485.33212
    np.testing.assert_allclose(
        in_si - in_si[0], -q - (lost - lost[0]) * area, rtol=0, atol=1e-9 * cycled
    )


def test_low_current_voltage_is_the_ocv_difference_of_the_inventories():
    sol, pv = run(["Charge at C/50 for 20 hours"])
    x_p = sol["Average positive particle stoichiometry"].entries[-1]
    x_si = sol["Silicon average stoichiometry"].entries[-1]
    U_p = pv.evaluate(pv["Positive electrode OCP [V]"](pybamm.Scalar(x_p)))
    U_si = pv.evaluate(pv["Silicon OCP [V]"](pybamm.Scalar(x_si)))
    assert 0.3 < x_si < 0.45 and x_p < 0.7
    np.testing.assert_allclose(sol["Voltage [V]"].entries[-1], U_p - U_si, atol=0.01)
    np.testing.assert_allclose(sol["Voltage vs Li [V]"].entries[-1], U_p, atol=0.01)


def test_thickness_change_is_li_inserted_times_its_molar_volume():
    sol, pv = run(["Charge at C/2 until 4.3 V", "Rest for 10 minutes"])
    omega = pv["Silicon lithium partial molar volume [m3.mol-1]"]
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    n_si = sol["Lithium in silicon [mol]"].entries
    dL = sol["Negative electrode thickness change [m]"].entries
    np.testing.assert_allclose(
        dL, omega * (n_si - n_si[0]) / area, rtol=1e-9, atol=1e-15
    )
    # several micrometres: the film more than triples at full lithiation
    assert dL[-1] > 2 * pv["Negative electrode thickness [m]"]


def test_zero_sei_rate_is_the_clean_interface():
    steps = ["Charge at 1C until 4.3 V", "Discharge at 1C until 2.5 V"]
    zero, _ = run(steps, sei_growth_constant_m2_s=0.0)
    fixed, _ = run(steps, {**OPTIONS, "anode interphase": "constant"})
    li_sei = zero["Lithium in negative electrode interphase [mol]"].entries
    np.testing.assert_allclose(li_sei, li_sei[0], rtol=1e-12)
    np.testing.assert_allclose(
        zero["Voltage [V]"].entries[-1], fixed["Voltage [V]"].entries[-1], atol=1e-6
    )
    # with SE reduction the first cycle loses Li to it, without it does not
    grown, _ = run(steps, sei_growth_constant_m2_s=1e-17)
    lost = grown["Lithium in negative electrode interphase [mol]"].entries
    assert lost[-1] - lost[0] > 1e-8


def test_spme_simulation_and_stack_take_the_silicon_anode():
    sol, pv = run(["Charge at 1C until 4.3 V"], model=assb_models.SolidStateSPMe)
    assert sol["Silicon average stoichiometry"].entries[-1] > 0.5
    sim = assb_models.Simulation(
        assb_models.SolidStateDFN(OPTIONS),
        experiment=pybamm.Experiment(["Charge at 1C for 1 minute"]),
    )
    assert sim.solve()["Silicon average stoichiometry"].entries[-1] > 0.01
    stack = cell_stack(Tan2021.get_recipe(), pv, "silicon")
    L_si, m_si = stack.layers["anode"]
    np.testing.assert_allclose(m_si, pv["Negative electrode thickness [m]"] * 2330.0)
    assert L_si > 3 * pv["Negative electrode thickness [m]"]


def test_impedance_of_the_silicon_cell():
    model = assb_models.SolidStateDFN({**OPTIONS, "surface form": "differential"})
    pv = assb_models.get_parameter_values("Tan2021")
    pv.update(
        {
            "Silicon initial stoichiometry": 0.5,
            "Initial concentration in positive electrode [mol.m-3]": 0.6
            * pv["Maximum concentration in positive electrode [mol.m-3]"],
        }
    )
    z = eis.impedance(model, pv, np.logspace(5, -2, 8))
    assert np.all(np.isfinite(z)) and np.all(z.real > 0)


def test_a_sweep_design_runs_the_silicon_cell():
    from assb_models import sweep
    from assb_models.sweep.worker import run_design

    spec = sweep.load_spec(
        {
            "parameter_set": "Tan2021",
            "model_options": OPTIONS,
            "design": {"grid": {"n_p_ratio": [1.1]}},
            "protocol": {
                "cycles": [
                    {
                        "label": "1C",
                        "steps": [
                            "Charge at 1C until 4.3 V",
                            "Discharge at 1C until 2.5 V",
                        ],
                    }
                ]
            },
            "metrics": {"names": ["discharge capacity", "energy density"]},
        }
    )
    row = run_design(spec, spec.designs()[0])
    assert row["status"] == "ok", row["error"]
    assert row["stack thickness [m]"] > 0 and row["energy density [W.h.kg-1]"] > 0


def test_fit_recovers_the_si_exchange_current():
    from assb_models.fitting import fit
    from assb_models.fitting.synthetic import simulate_discharge

    j0 = "Silicon exchange-current density [A.m-2]"
    true = assb_models.get_parameter_values("Tan2021")
    true.update(
        {
            "Silicon initial stoichiometry": 0.6,
            "Initial concentration in positive electrode [mol.m-3]": 0.45
            * true["Maximum concentration in positive electrode [mol.m-3]"],
            j0: 2.0,
        }
    )
    model = assb_models.SolidStateDFN(OPTIONS)
    data = simulate_discharge(true, 1.0, model=model)
    start = true.copy()
    start.update({j0: 6.0})
    result = fit(data, [j0], start, model=model, progress=False, max_nfev=30)
    np.testing.assert_allclose(result.values[0], 2.0, rtol=0.05)


def test_the_film_swelling_raises_the_pressure_at_a_fixed_gap():
    from assb_models.reproductions.tan2021 import fixed_gap

    run = fixed_gap(factor=1)
    rise = run["highest pressure [MPa]"] - run["clamp [MPa]"]
    dh = run["Si film thickness change [um]"] + run["cathode thickness change [um]"]
    assert run["Si film thickness change [um]"] > 5
    np.testing.assert_allclose(rise, run["stiffness [MPa/um]"] * dh, rtol=1e-6)
