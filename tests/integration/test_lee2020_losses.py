"""Lee 2020 cell with its losses (isolated Li, Li kept by the Ag-C layer, Ag moving
to the collector, the cathode side, the SE reduction), solved on the paper's
protocol: Li conserved with every loss on, CE = 1 with every loss off, each loss's
charge deficit carried by its own variable, the Ag-C layer never below Li/Li+."""

import numpy as np
import pytest

import assb_models
from assb_models.parameter_sets import Lee2020
from assb_models.reproductions.lee2020 import cells
from assb_models.simulation.analysis import (
    ANODE_FREE_LI_LOSSES,
    anode_free_cycle_balance,
)

#: the loss whose variable is each anode loss's ("lost to <key> [A.h]")
OWN_VARIABLE = {
    "isolated lithium": "isolated lithium",
    "silver migration": "kept by migrated silver",
    "Li kept by the Ag-C layer": "kept by the Ag-C layer",
}


def solve(
    off=(), cycles=5, relithiable=False, model=assb_models.SolidStateDFN, overrides=None
):
    """The published protocol (formation, then 0.5C CC cycles) with the losses
    ``off`` switched off. ``relithiable``: the NCM starts at x = 0.7, so every
    discharge ends with the anode empty (no Li left over as a reserve that would
    hide a loss)."""
    pv, options = cells.without(off)
    if relithiable:
        c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
        pv["Initial concentration in positive electrode [mol.m-3]"] = 0.7 * c_max
    pv.update(overrides or {})
    return assb_models.Simulation(
        model(options),
        parameter_values=pv,
        experiment=cells.experiment(cycles),
    ).solve()


@pytest.fixture(scope="module")
def every_loss_on():
    return solve()


def test_total_lithium_conserved_with_every_loss_on(every_loss_on):
    n = every_loss_on["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) / n[0] < 1e-10
    # each loss holds Li by the end (they are counted, not only charge)
    for name in ANODE_FREE_LI_LOSSES.values():
        assert every_loss_on[name].entries[-1] > 0, name


def test_spme_conserves_lithium_with_every_loss_on():
    """The reduced model on the same protocol (formation with its CV hold, then
    0.5C cycles) keeps every Li phase's atoms too."""
    sol = solve(cycles=5, model=assb_models.SolidStateSPMe)
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) / n[0] < 1e-10
    for name in ANODE_FREE_LI_LOSSES.values():
        assert sol[name].entries[-1] > 0, name


def test_agc_layer_never_below_lithium_metal():
    """The layer's potential approaches 0 V vs Li from above while Li plates (the
    layer driven by the plating overpotential once reached -0.044 V). The
    solver's tolerance sets how far below 0 it can dip: -3.3e-6 V with the
    default tolerances (rtol 1e-4, atol 1e-6), -1.9e-9 V at rtol 1e-6 / atol 1e-8
    and -2e-12 V at 1e-8 / 1e-10, so the check solves at the middle setting."""
    pv, options = cells.without(())
    sol = assb_models.Simulation(
        assb_models.SolidStateDFN(options),
        parameter_values=pv,
        experiment=cells.experiment(5),
        solver=assb_models.solver.SolidStateSolver(rtol=1e-6, atol=1e-8),
    ).solve()
    u = sol["Ag-C interlayer open-circuit potential [V]"].entries
    assert u.min() > -1e-7
    # it does reach Li/Li+ while Li plates (the layer is full)
    assert u.min() < 1e-3


@pytest.mark.parametrize("relithiable", [False, True])
def test_ce_is_one_with_every_loss_off(relithiable):
    """From the second 0.5C cycle on (the first follows the 0.2C formation), CE =
    1 within 1e-6 when each discharge empties the anode. The published (pristine)
    NCM's discharges end on its kinetic limit and leave Li at the anode, whose
    amount settles over the first cycles: CE then differs from 1 by up to 2e-5,
    and every part of that difference is Li left at the anode (charge - discharge
    equals the change of the Li left there to 1e-9 of the charge), none of it
    lost."""
    table = anode_free_cycle_balance(solve("all", relithiable=relithiable))
    ce = table["discharge"] / table["charge"]
    if relithiable:
        np.testing.assert_allclose(ce[2:], 1, atol=1e-6)
    else:
        np.testing.assert_allclose(ce[2:], 1, atol=2e-5)
        deficit = table["charge"] - table["discharge"]
        np.testing.assert_allclose(
            deficit[2:],
            table["left at anode [A.h]"][2:],
            rtol=0,
            atol=1e-9 * table["charge"][2:].max(),
        )
    for key in ANODE_FREE_LI_LOSSES:
        np.testing.assert_allclose(table[f"lost to {key} [A.h]"], 0, atol=0)


#: losses run faster than the set's so that a cycle's loss stands above the
#: solver's residual in the stores (~1e-9 A.h): the set's Ag migration moves 1e-4
#: of the Ag per cycle, 1e-6 mAh/cm2 of Li kept
FASTER = {
    "silver migration": {
        "Silver migration coefficient [m2.mol-1]": 100 * Lee2020.SILVER_MIGRATION
    }
}


@pytest.mark.parametrize("loss", sorted(OWN_VARIABLE))
def test_one_loss_deficit_is_its_own_variable(loss):
    """With one anode loss on (the others, the cathode side and the SE reduction
    off), each 0.5C cycle's charge deficit less the change of the reversible
    stores (layer, plated Li) is that loss's own variable (1e-9 relative), and
    the stores end each cycle within 5 % of the loss where they started (the
    deficit is the loss; their residual is ~1e-9 A.h, the solver's)."""
    others = tuple(k for k in cells.LOSSES if k != loss)
    table = anode_free_cycle_balance(
        solve(others, cycles=4, relithiable=True, overrides=FASTER.get(loss))
    )
    deficit = table["charge"] - table["discharge"]
    own = table[f"lost to {OWN_VARIABLE[loss]} [A.h]"]
    stores = table["left at anode [A.h]"]
    for key in ANODE_FREE_LI_LOSSES:
        if key != OWN_VARIABLE[loss]:
            np.testing.assert_allclose(table[f"lost to {key} [A.h]"], 0, atol=0)
    if loss == "Li kept by the Ag-C layer":
        # a first-cycle loss: the traps fill during the formation charge
        cycles = slice(0, 1)
        assert own[1:].max() < 1e-6 * own[0]
    else:
        cycles = slice(2, None)
        assert np.all(own[cycles] > 0)
        assert np.all(np.abs(stores[cycles]) < 0.05 * own[cycles])
    np.testing.assert_allclose(
        deficit[cycles] - stores[cycles], own[cycles], rtol=1e-9, atol=0
    )


def test_isolated_lithium_is_its_fraction_of_the_stripped_lithium():
    """Per 0.5C cycle the isolated Li is phi times the Li stripped from the plated
    metal (the discharge less what the layer gives back)."""
    others = tuple(k for k in cells.LOSSES if k != "isolated lithium")
    sol = solve(others, cycles=2, relithiable=True)
    pv, _ = cells.without(others)
    phi = pv["Isolated lithium fraction of stripped lithium"]
    discharge = sol.cycles[2].steps[1]
    n_dead = discharge["Lithium in isolated lithium [mol]"].entries
    stripped = -np.diff(discharge["Lithium in plated lithium [mol]"].entries)
    np.testing.assert_allclose(
        n_dead[-1] - n_dead[0], phi / (1 + phi) * stripped.sum(), rtol=1e-3
    )


def test_ni90_drop_start_reproduces_its_source_at_its_conditions():
    """The Ni90 drop start of the NCM law is fitted to the first-cycle efficiency
    of Lee 2020's cell without the Ag-C layer, 93.1 % (Fig. S7), at the paper's
    formation (60 C, 0.1C + CV to 4.25 V, 0.2C to 2.5 V, every loss on): the same
    cell reproduces it within 0.2 points, and the previous estimate (x_k = 0.693,
    NCM111's 22.1 mAh/g at 25 C) gives 80.6 %, so the test can fail."""
    from experiment_scripts import load_experiment

    table, _ = cells.run(0, recipe=cells.NO_LAYER)
    assert abs(table["CE"][0] - 0.931) < 0.002, table["CE"][0]
    fit = load_experiment("ncm_kinetic_loss")
    assert fit.lee2020_first_cycle_efficiency(0.693) < 0.9


def test_agc_traps_hold_their_capacity_after_formation():
    """The traps fill during the formation charge (rate constant 1e-3 s-1 against
    a 10 h charge) to the capacity computed from the layer's Ag and carbon
    (0.0267 mol/m2 = 0.072 mAh/cm2), and the discharge does not empty them."""
    _, sol = cells.run(0)
    first = cells.formation(sol)
    expected = Lee2020.layer_irreversible_capacity()
    kept = first["Li kept by the Ag-C layer [mol.m-2]"]
    assert abs(kept / expected - 1) < 0.05, (kept, expected)


def test_layer_cost_is_what_its_traps_take_beyond_the_li_left_at_the_anode():
    """The layer's first-cycle cost (ICE without it minus with it, L2) is hidden
    while the discharge ends on the cathode with Li still at the anode (0.44
    mAh/cm2, from the NCM's kinetic loss and the SE oxidised at the cathode), and
    appears (1.09 points, 0.97 of them the traps' 0.072 mAh/cm2) with those two
    off; with the traps off too it falls to 0.24 points (the layer's own Li left
    behind at the end of the discharge)."""
    from assb_models.reproductions.lee2020.targets import CATHODE_SIDE_EXCESS

    masked = cells.without_layer()
    assert abs(masked["the layer's cost [points]"]) < 0.05
    assert (
        masked["Li left at the anode with the layer [mA.h.cm-2]"]
        > 3 * masked["Li kept by the Ag-C layer [mA.h.cm-2]"]
    )
    unmasked = cells.without_layer(off=CATHODE_SIDE_EXCESS)
    assert 0.5 <= unmasked["the layer's cost [points]"] <= 2.5, unmasked
    no_trap = cells.without_layer(
        off=(*CATHODE_SIDE_EXCESS, "Li kept by the Ag-C layer")
    )
    assert no_trap["the layer's cost [points]"] < 0.5, no_trap


def test_announced_5_um_layer_cannot_hold_fig4_with_its_recipe_capacity():
    """At the 5 um Samsung announced (the set's porosity, Li9Ag4, carbon black 200 +
    50 mAh/g) the layer holds 0.29 mAh/cm2 by 3.55 V before Li plates, against
    Fig. 4's 0.64: why the set takes 10 um (Lee2020.LAYER_THICKNESS), where it
    holds 0.60 (the storage scales with the layer's solid)."""
    thin = {"layer_thickness_m": cells.ANNOUNCED_THICKNESS}
    _, sol = cells.run(0, recipe=thin)
    stored = cells.formation(sol, cells.parameter_values(**thin))[
        "layer Li by 3.5 V, 3.55 V [mA.h.cm-2]"
    ]
    assert stored[1] < 0.64 - 0.2, stored
