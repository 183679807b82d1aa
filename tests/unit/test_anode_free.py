"""Anode-free cell (Ag-C interlayer, plated Li): Li conserved, the layer fills
first, every coulomb lost is capacity lost, the loss has an off switch."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Lee2020
from assb_models.simulation.analysis import anode_free_cycle_balance
from assb_models.validation import InvalidInputError

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
    pv.update(overrides or {})
    sim = assb_models.Simulation(
        model({**Lee2020.MODEL_OPTIONS, **(options or {})}),
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


@pytest.fixture(scope="module")
def five_cycles_no_loss():
    return run(5, options={"anode interphase": "none"})


def test_total_lithium_constant_over_five_cycles(five_cycles):
    n = five_cycles["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-9)
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
    np.testing.assert_allclose(q[-1], q[0] * np.prod(ce[1:]), rtol=2e-4)
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


@pytest.mark.parametrize(
    "name, value",
    [
        ("Ag-C interlayer lithium capacity [mol.m-2]", -0.1),
        ("Ag-C interlayer lithium capacity [mol.m-2]", 0.0),
        ("Ag-C interlayer initial stoichiometry", 0.0),
        ("Ag-C interlayer initial stoichiometry", 1.2),
        ("Ag-C interlayer exchange-current density [A.m-2]", -5.0),
        ("Plated lithium stripping reference amount [mol.m-2]", 0.0),
    ],
)
def test_bad_interlayer_values_are_refused(name, value):
    pv = assb_models.get_parameter_values("Lee2020")
    pv[name] = value
    with pytest.raises(
        InvalidInputError,
        match=name.replace("[", r"\[").replace("]", r"\]").replace(".", r"\."),
    ):
        assb_models.Simulation(
            assb_models.SolidStateDFN(Lee2020.MODEL_OPTIONS), parameter_values=pv
        )


def test_bad_recipe_is_refused():
    with pytest.raises(InvalidInputError, match="layer_thickness_m"):
        assb_models.get_parameter_values("Lee2020", layer_thickness_m=-1e-6)


def test_li_metal_options_need_lithium_metal():
    with pytest.raises(pybamm.OptionError, match="anode interlayer"):
        assb_models.SolidStateDFN(
            {"anode": "anode-free", "anode interlayer": "resistive"}
        )


def test_initial_soc_and_a_first_discharge_are_refused():
    pv = assb_models.get_parameter_values("Lee2020")
    model = assb_models.SolidStateDFN(Lee2020.MODEL_OPTIONS)
    with pytest.raises(InvalidInputError, match="anode-free"):
        assb_models.Simulation(model, parameter_values=pv).solve(
            [0, 3600], initial_soc=0.5
        )
    sim = assb_models.Simulation(
        model,
        parameter_values=pv,
        experiment=pybamm.Experiment(["Discharge at 0.1C until 2.5 V"]),
    )
    with pytest.raises(InvalidInputError, match="nothing to discharge"):
        sim.solve()


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
