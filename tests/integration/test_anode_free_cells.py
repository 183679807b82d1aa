"""Anode-free cell (Ag-C interlayer, plated Li), solved: Li conserved, layer first."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Lee2020
from assb_models.simulation.analysis import anode_free_cycle_balance

#: the anode-free anode with the SE reduction as its only loss (the set's other
#: losses, anode and cathode side, are tested in test_lee2020_losses.py)
ANODE_ONLY = {"anode": "anode-free", "anode interphase": "diffusion-limited"}
NO_OTHER_LOSS = {name: 0.0 for names in Lee2020.ANODE_LOSSES.values() for name in names}

CYCLE = (
    "Charge at 0.5C until 4.25 V",
    "Hold at 4.25 V until C/20",
    "Discharge at 0.5C until 2.5 V",
)


def run(
    cycles=5,
    options=None,
    overrides=None,
    model=assb_models.SolidStateDFN,
    relithiable=True,
):
    """The Lee 2020 cell cycled at 0.5C (CC-CV charge); returns the solution.

    ``relithiable``: the NCM starts at x = 0.8, which a 0.5C discharge refills, so
    the discharge ends when the anode is empty (no Li left over as a reserve);
    False keeps the set's pristine NCM (x = 0.98), which the first discharge cannot
    refill, so Li stays at the anode.
    """
    pv = assb_models.get_parameter_values("Lee2020")
    if relithiable:
        c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
        pv["Initial concentration in positive electrode [mol.m-3]"] = 0.8 * c_max
    pv.update({**NO_OTHER_LOSS, **(overrides or {})})
    sim = assb_models.Simulation(
        model({**ANODE_ONLY, **(options or {})}),
        parameter_values=pv,
        experiment=pybamm.Experiment([CYCLE] * cycles),
    )
    return sim.solve()


#: a loss fast enough to measure in 5 cycles: the growth constant Lee's recalled
#: 1,000-cycle retention would need (the set's, Park2021's, takes ~1e-5 per cycle)
FAST_LOSS = {Lee2020.K_D: 9.3e-18}


@pytest.fixture(scope="module")
def five_cycles():
    return run(5, overrides=FAST_LOSS)


def test_pristine_cathode_leaves_lithium_at_the_anode():
    """The set's pristine NCM: Li conserved; what the first discharge cannot put
    back stays at the anode and buffers the next cycles' losses."""
    sol = run(2, relithiable=False)
    n = sol["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-12)
    table = anode_free_cycle_balance(sol)
    assert table["left at anode [A.h]"][0] > 0.05 * table["charge"][0]
    np.testing.assert_allclose(
        table["unaccounted [A.h]"], 0, atol=1e-6 * table["charge"].max()
    )


# ------------------------------------------------------------ the package's tools
#: a coarse mesh for the fit (the data are made on the same mesh)
COARSE = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}


def charged_state():
    """The Lee 2020 cell after one CC charge and a rest (plated Li present)."""
    pv = assb_models.get_parameter_values("Lee2020")
    experiment = pybamm.Experiment(
        ["Charge at 0.5C until 4.25 V", "Rest for 10 minutes"]
    )
    sim = assb_models.Simulation(
        assb_models.SolidStateDFN(ANODE_ONLY),
        parameter_values=pv,
        experiment=experiment,
    )
    return sim.solve(), pv


def test_impedance_of_a_charged_anode_free_cell():
    from assb_models.impedance import eis

    state, pv = charged_state()
    model = assb_models.SolidStateDFN({**ANODE_ONLY, "surface form": "differential"})
    frequencies = np.logspace(5, -2, 15)
    z = eis.impedance(model, pv, frequencies, state=state)
    assert np.all(np.isfinite(z))
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    # the SE separator's ohmic resistance is the high-frequency limit
    kappa = state["Solid electrolyte effective conductivity [S.m-1]"].entries[0, -1]
    r_sep = pv["Separator thickness [m]"] / kappa / area
    assert z.real[0] > 0.5 * r_sep
    # arcs: the real part grows towards low frequency, the imaginary part is capacitive
    assert z.real[-1] > 2 * z.real[0]
    assert np.all(z.imag[1:] < 0)


@pytest.mark.parametrize(
    "model_class",
    [
        # the SPMe's forward sensitivities cost 0.2 s per solve
        assb_models.SolidStateSPMe,
        # the DFN's cost ~36 s per solve at the fit's rtol 1e-8 (0.1 s without
        # sensitivities): a 12-minute fit, so it runs with the long studies
        pytest.param(assb_models.SolidStateDFN, marks=pytest.mark.slow),
    ],
)
def test_fit_recovers_the_plating_exchange_current(model_class):
    import pandas as pd

    from assb_models.data.table import CURRENT, CYCLE, STEP, TIME, VOLTAGE, finish
    from assb_models.fitting import FitParameter, fit

    name = "Exchange-current density for lithium metal electrode [A.m-2]"
    truth = assb_models.get_parameter_values("Lee2020")
    sol = assb_models.Simulation(
        model_class(ANODE_ONLY),
        parameter_values=truth,
        experiment=pybamm.Experiment(
            ["Charge at 0.5C until 4.25 V"], period="60 seconds"
        ),
        var_pts=COARSE,
    ).solve()
    table = pd.DataFrame(
        {
            TIME: sol["Time [s]"].entries,
            CURRENT: sol["Current [A]"].entries,
            VOLTAGE: sol["Voltage [V]"].entries,
            CYCLE: 1,
            STEP: 1,
        }
    )
    data = finish(
        table,
        "synthetic anode-free charge",
        "synthetic",
        None,
        None,
        None,
        ["simulated, no noise"],
    )
    start = truth.copy()
    start[name] = 2 * truth[name]
    result = fit(
        data,
        [FitParameter(name, bounds=(2.0, 200.0))],
        start,
        model=model_class(ANODE_ONLY),
        max_nfev=20,
        var_pts=COARSE,
        progress=False,
    )
    np.testing.assert_allclose(result.parameter_values[name], truth[name], rtol=0.05)


def test_sweep_design_and_stack_of_an_anode_free_cell():
    from assb_models import sweep

    spec = sweep.load_spec(
        {
            "parameter_set": "Lee2020",
            "model_options": dict(ANODE_ONLY),
            "design": {"grid": {"layer_thickness_m": [5e-6, 1e-5]}},
            "protocol": {"cycles": [{"label": "formation", "steps": list(CYCLE)}]},
            "metrics": {"names": ["discharge capacity", "energy density"]},
        }
    )
    rows = [sweep.run_design(spec, design) for design in spec.designs()]
    assert [row["status"] for row in rows] == ["ok", "ok"]
    # a thicker layer: the same cell, a thicker and heavier stack
    thin, thick = rows
    assert thick["stack thickness [m]"] > thin["stack thickness [m]"]
    assert thick["energy density [W.h.L-1]"] < thin["energy density [W.h.L-1]"]
    # the stack counts the Li plated at full charge: Q V_Li / F thick, no mass
    pv = assb_models.get_parameter_values("Lee2020")
    stack = sweep.cell_stack(Lee2020.get_recipe(), pv, "anode-free")
    q = pv["Nominal cell capacity [A.h]"] * 3600 / 1e-4
    np.testing.assert_allclose(
        stack.layers["plated lithium at full charge"],
        (q * 1.3e-5 / 96485.33212, 0.0),
        rtol=1e-9,
    )
    # the anode's mass is the set's Ag and carbon black in a layer that thick
    L_layer, m_layer = stack.layers["anode"]
    ag, carbon = Lee2020.layer_contents(L_layer)
    np.testing.assert_allclose(m_layer, ag * Lee2020.AG_MOLAR_MASS + carbon)


def test_spme_agrees_with_the_dfn(five_cycles):
    """The SPMe conserves Li over CC-CV cycles (the CV hold's current is an
    algebraic state) and gives the DFN's discharge capacities."""
    sol = run(2, overrides=FAST_LOSS, model=assb_models.SolidStateSPMe)
    n = sol["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-10, atol=0)
    spme = anode_free_cycle_balance(sol)["discharge"]
    dfn = anode_free_cycle_balance(five_cycles)["discharge"][:2]
    np.testing.assert_allclose(spme, dfn, rtol=2e-3)


def test_plated_lithium_raises_the_pressure_at_a_fixed_gap():
    """In the fixed-gap fixture the first charge plates ~30 um of Li: the stack
    pressure rises by the stiffness times (plated thickness + cathode change)."""
    from assb_models.reproductions.fixture2023 import in_fixture

    pv = in_fixture(assb_models.get_parameter_values("Lee2020"))
    model = assb_models.SolidStateDFN({**ANODE_ONLY, "stack pressure": "fixed gap"})
    sol = assb_models.Simulation(
        model,
        parameter_values=pv,
        experiment=pybamm.Experiment(["Charge at 0.5C until 4.25 V"]),
    ).solve()
    p = sol["Stack pressure [Pa]"].entries
    plated = sol["Plated lithium thickness [m]"].entries
    dh = plated + sol["Cathode thickness change [m]"].entries
    np.testing.assert_allclose(
        sol["Anode thickness change [m]"].entries, plated, rtol=0, atol=0
    )
    np.testing.assert_allclose(
        p - p[0], pv["Fixed-gap stack stiffness [Pa.m-1]"] * (dh - dh[0]), rtol=1e-6
    )
    assert plated[-1] > 20e-6 and p[-1] > 2 * p[0]


def test_voltage_vs_li_adds_the_layer_potential():
    """At assembly the anode rests at the Ag-C layer's potential, not at 0 V: the
    cathode's potential vs Li is the cell voltage plus it (its OCP at rest)."""
    pv = assb_models.get_parameter_values("Lee2020")
    model = assb_models.SolidStateDFN(ANODE_ONLY)
    sol = assb_models.Simulation(
        model, parameter_values=pv, experiment=pybamm.Experiment(["Rest for 1 minute"])
    ).solve()
    layer = sol["Anode rest potential vs Li [V]"].entries[0]
    assert layer > 0.1
    x_p = sol["Average positive particle stoichiometry"].entries[0]
    u_p = pv.evaluate(pv["Positive electrode OCP [V]"](pybamm.Scalar(x_p)))
    np.testing.assert_allclose(sol["Voltage vs Li [V]"].entries[0], u_p, atol=2e-3)


@pytest.fixture(scope="module")
def five_cycles_no_loss():
    return run(5, options={"anode interphase": "none"})


def test_total_lithium_constant_over_five_cycles(five_cycles):
    n = five_cycles["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-12)
    # the anode's phases are counted (they hold Li at the end of a charge)
    charged = five_cycles.cycles[0].steps[0]
    layer = charged["Lithium in Ag-C interlayer [mol]"].entries[-1]
    assert charged["Lithium in plated lithium [mol]"].entries[-1] > 5 * layer > 0


def test_capacity_is_first_discharge_times_product_of_ces(five_cycles):
    table = anode_free_cycle_balance(five_cycles)
    ce = table["discharge"] / table["charge"]
    q = table["discharge"]
    # cycles 2..N: Q_N = Q_1 * prod(CE_2..CE_N), since each charge puts back what
    # the previous discharge took from the cathode
    # (to 3e-4: the Ag-C layer's Li at the cut-off moves a little cycle to cycle)
    np.testing.assert_allclose(q[-1], q[0] * np.prod(ce[1:]), rtol=3e-4)
    # and the capacity falls: the SE reduction takes Li that never comes back
    assert np.all(np.diff(q) < 0)
    assert np.all(ce[1:] < 1)


def test_charge_not_returned_is_lost_or_left_at_anode(five_cycles):
    """Q_ch - Q_dis = Li lost to SE reduction + Li left at the anode, each cycle."""
    table = anode_free_cycle_balance(five_cycles)
    assert np.all(table["lost to SE reduction [A.h]"] > 0)
    np.testing.assert_allclose(
        table["unaccounted [A.h]"], 0, atol=1e-6 * table["charge"].max()
    )


def test_interlayer_fills_before_lithium_plates(five_cycles):
    charge = five_cycles.cycles[0].steps[0]
    x = charge["Ag-C interlayer stoichiometry"].entries
    plated = charge["Lithium in plated lithium [mol]"].entries
    layer_full = charge["Lithium in Ag-C interlayer [mol]"].entries.max() / x.max()
    # while the layer is below 90 % full, less than 0.1 % of its capacity has plated
    early = x < 0.9
    assert early.sum() > 5
    assert plated[early].max() < 1e-3 * layer_full
    assert plated[-1] > 5 * layer_full  # most of the charge plates, beneath the layer
    # and on discharge the plated Li strips first: the layer keeps its Li until then
    discharge = five_cycles.cycles[0].steps[1]
    x_d = discharge["Ag-C interlayer stoichiometry"].entries
    plated_d = discharge["Lithium in plated lithium [mol]"].entries
    while_plated = plated_d > 0.05 * plated_d[0]
    assert x_d[while_plated].min() > 0.9 * x_d[0]
    thickness = charge["Plated lithium thickness [m]"].entries[-1]
    assert 5e-6 < thickness < 5e-5


def test_no_loss_gives_ce_one(five_cycles_no_loss):
    table = anode_free_cycle_balance(five_cycles_no_loss)
    ce = table["discharge"] / table["charge"]
    # after the first cycle (which leaves Li in the layer at the cut-off) CE = 1
    np.testing.assert_allclose(ce[1:], 1, atol=1e-5)
    np.testing.assert_allclose(table["lost to SE reduction [A.h]"], 0, atol=0)
    np.testing.assert_allclose(
        table["charge"][0] - table["discharge"][0],
        table["left at anode [A.h]"][0],
        rtol=1e-4,
    )


def test_summary_variables_track_the_anode(five_cycles):
    summary = five_cycles.summary_variables
    name = "Negative electrode lithium lost to interphase [mol.m-2]"
    lost = np.asarray(summary[name])
    assert lost.size == 5 and np.all(np.diff(lost) > 0)
    # each cycle ends discharged: almost no plated Li left (the NCM refills)
    plated = np.asarray(summary["Plated lithium thickness [m]"])
    assert np.all(plated < 1e-8)


def test_ce_per_cycle_from_the_summary_variables(five_cycles):
    """CE_k = change in discharge passed / change in charge passed, per cycle: the
    same as the cycle table's (charge and discharge steps of each cycle)."""
    summary = five_cycles.summary_variables
    ce = np.asarray(summary["Change in discharge passed [A.h]"]) / np.asarray(
        summary["Change in charge passed [A.h]"]
    )
    table = anode_free_cycle_balance(five_cycles)
    np.testing.assert_allclose(ce, table["discharge"] / table["charge"], rtol=1e-6)
    assert np.all(ce[1:] < 1)
