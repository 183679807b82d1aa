"""SE oxidation, SE consumption and CEI growth (verification ladder 1, 2, 4)."""

import warnings

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024
from assb_models.parameter_sets import _argyrodite as chem
from assb_models.reproductions.kim2024 import cells

F = 96485.33212
HOUR = 3600.0
RATES = {
    "SE oxidation on carbon": "Carbon SE oxidation rate constant [A.m-2]",
    "SE oxidation on active material": (
        "Positive electrode SE oxidation rate constant [A.m-2]"
    ),
}


def formation_charge(options, carbon_wt_percent=3, overrides=None, tol=None):
    """0.05 C charge of a pristine 90 wt% NCM cell to 3.7 V vs Li-In."""
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=carbon_wt_percent, pristine=True
    )
    pv.update(overrides or {})
    solver = pybamm.IDAKLUSolver(rtol=tol, atol=tol) if tol else None
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(options),
        parameter_values=pv,
        experiment=pybamm.Experiment(["Charge at 0.05C until 3.7 V"]),
        solver=solver,
    )
    return sim.solve(), pv


@pytest.fixture(scope="module")
def charged():
    return formation_charge(Kim2024.MODEL_OPTIONS)


def test_terminal_charge_is_intercalation_plus_side_reactions(charged):
    """Conservation: charge in = Li out of the NCM (Faraday) + SE oxidation + the
    charge the reversible SE redox on carbon holds, 1e-4."""
    sol, _ = charged
    q_terminal = -sol["Discharge capacity [A.h]"].entries[-1] * HOUR
    n_am = sol["Total lithium in positive electrode [mol]"].entries
    q_intercalation = (n_am[0] - n_am[-1]) * F
    q_side = sol["SE oxidation capacity [A.h]"].entries[-1] * HOUR
    q_redox = sol["Carbon SE redox charge stored [A.h]"].entries[-1] * HOUR
    # the side reactions matter here, well above the tolerance
    assert q_side > 0.005 * q_terminal
    assert q_redox > 1e-4 * q_terminal
    np.testing.assert_allclose(
        q_intercalation + q_side + q_redox, q_terminal, rtol=1e-4
    )


def test_se_lost_matches_the_oxidation_charge(charged):
    """SE volume lost = each reaction's charge x molar volume / (its electrons x
    F)."""
    sol, pv = charged
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    L = pv["Positive electrode thickness [m]"]
    eps = sol["X-averaged positive electrode porosity"].entries
    lost = (eps[0] - eps[-1]) * L * area
    q_c = sol["Carbon SE oxidation capacity [A.h]"].entries[-1] * HOUR
    q_am = sol["Active material SE oxidation capacity [A.h]"].entries[-1] * HOUR
    expected = pv["Solid electrolyte molar volume [m3.mol-1]"] * (
        q_c / (pv["Solid electrolyte oxidation electrons per formula unit"] * F)
        + q_am / (pv["Positive electrode SE oxidation electrons per formula unit"] * F)
    )
    np.testing.assert_allclose(lost, expected, rtol=1e-3)


def test_carbon_oxidation_accelerates_the_ncm_side(charged):
    sol, _ = charged
    c_i = sol["Positive electrode SE oxidation intermediate concentration [mol.m-3]"]
    assert c_i.entries.max() > 0
    no_carbon, _ = formation_charge(Kim2024.MODEL_OPTIONS, carbon_wt_percent=0)
    assert (
        no_carbon[
            "Positive electrode SE oxidation intermediate concentration [mol.m-3]"
        ].entries.max()
        == 0
    )


@pytest.mark.parametrize("option", list(RATES))
def test_zero_rate_gives_the_core_model(option):
    """Each side reaction switched on with a zero rate gives the core voltage to
    1e-6 V."""
    clean, _ = formation_charge({}, tol=1e-8)
    on, _ = formation_charge(
        {option: assb_models.ASSB_OPTIONS[option][1], "SE consumption": "true"},
        overrides={RATES[option]: 0.0},
        tol=1e-8,
    )
    t = clean.t[clean.t < min(clean.t[-1], on.t[-1])]
    np.testing.assert_allclose(on["Voltage [V]"](t), clean["Voltage [V]"](t), atol=1e-6)


def test_all_side_reactions_off_is_the_core_model_exactly():
    """The off values build the same equations: identical voltages, bit for bit."""
    off = {
        "SE oxidation on carbon": "none",
        "SE oxidation on active material": "none",
        "SE consumption": "false",
        "CEI growth": "none",
    }
    pv = assb_models.get_parameter_values("Kim2024")
    t = np.linspace(0, 3000, 31)
    v = [
        pybamm.Simulation(assb_models.SolidStateDFN(o), parameter_values=pv)
        .solve([0, 3000], t_interp=t)["Voltage [V]"]
        .entries
        for o in ({}, off)
    ]
    np.testing.assert_array_equal(v[0], v[1])


def test_carbon_morphology_changes_the_degradation():
    """Same 3 wt% carbon: spheres in the SE domain vs fibres bridging NCM particles.

    Fibres (VGCF-type: BET ~15 m2/g, all of it outer surface, but lying along the
    NCM particles so only ~5 % of it on SE; estimates) offer 0.75 m2/g of SE contact
    against 3.1 m2/g for the spheres (62 m2/g x 0.05), so less SE oxidises on carbon
    and more SE is left.
    """
    spheres, _ = formation_charge(Kim2024.MODEL_OPTIONS)
    pv = assb_models.get_parameter_values(
        "Kim2024",
        am_wt_percent=90,
        carbon_wt_percent=3,
        pristine=True,
        carbon_specific_surface_area_m2_g=15,
        carbon_se_contact_fraction=0.05,
    )
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
        parameter_values=pv,
        experiment=pybamm.Experiment(["Charge at 0.05C until 3.7 V"]),
    )
    fibres = sim.solve()
    q = "Carbon SE oxidation capacity [mA.h.g-1]"
    assert fibres[q].entries[-1] < 0.5 * spheres[q].entries[-1]
    left = "Solid electrolyte fraction remaining"
    assert fibres[left].entries[-1] > spheres[left].entries[-1]


def _cei_thickness(law, hours=100):
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({"Current function [A]": 0.0})
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN({"CEI growth": law}), parameter_values=pv
    )
    t = np.linspace(0, hours * HOUR, 11)
    sol = sim.solve([0, t[-1]], t_interp=t)
    return t, sol["X-averaged positive electrode CEI thickness [m]"].entries, sol, pv


def test_diffusion_limited_cei_is_parabolic():
    t, L, sol, pv = _cei_thickness("diffusion-limited")
    L0 = pv["Initial CEI thickness [m]"]
    D = pv["CEI diffusion-limited growth constant [m2.s-1]"]
    np.testing.assert_allclose(L, np.sqrt(L0**2 + 2 * D * t), rtol=1e-3)
    R = sol["X-averaged positive electrode CEI resistance [Ohm.m2]"].entries
    np.testing.assert_allclose(R, L / pv["CEI ionic conductivity [S.m-1]"], rtol=1e-9)


def test_reaction_limited_cei_is_linear():
    t, L, _, pv = _cei_thickness("reaction-limited")
    k = pv["CEI reaction-limited growth rate [m.s-1]"]
    np.testing.assert_allclose(L, pv["Initial CEI thickness [m]"] + k * t, rtol=1e-6)


def test_cei_raises_the_polarisation():
    """The grown CEI sits in series with the charge transfer."""
    pv = assb_models.get_parameter_values("Kim2024")
    thick = pv.copy()
    thick.update({"Initial CEI thickness [m]": 50e-9})
    t = np.linspace(0, 1800, 10)
    v = [
        pybamm.Simulation(
            assb_models.SolidStateDFN({"CEI growth": "reaction-limited"}),
            parameter_values=p,
        )
        .solve([0, 1800], t_interp=t)["Voltage [V]"]
        .entries
        for p in (pv, thick)
    ]
    assert np.all(v[1][1:] < v[0][1:] - 1e-3)


def test_side_reaction_options_are_validated():
    with pytest.raises(pybamm.OptionError, match="needs a side reaction"):
        assb_models.SolidStateDFN({"CEI growth": "side-reaction driven"})
    with pytest.raises(pybamm.OptionError, match="allowed values"):
        assb_models.SolidStateDFN({"SE oxidation on carbon": "fast"})


def _carbon_oxidation_per_hour(law, hours=8):
    """SE oxidised on carbon in each hour of a hold at 3.3 V vs Li-In [mAh/g], after
    a C/20 charge of a pristine cell to 3.3 V, so that the local potential stays
    at ~3.92 V vs Li through the hold and only the law's layer sets the rate."""
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
    )
    options = {**Kim2024.MODEL_OPTIONS, "SE oxidation on carbon": law}
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(options),
        parameter_values=pv,
        experiment=pybamm.Experiment(
            [("Charge at C/20 until 3.3 V",)] + [("Hold at 3.3 V for 1 hour",)] * hours
        ),
    )
    sol = sim.solve()
    q = [
        step["Carbon SE oxidation capacity [mA.h.g-1]"].entries[-1]
        for step in sol.cycles
    ]
    return np.diff(q)


def test_layer_limited_carbon_oxidation_keeps_going():
    """At a steady local potential the layer-limited law slows only as its layer
    grows (rate ~ 1/sqrt(t)): it keeps more than half of its second-hour rate in
    the eighth hour, while the tunnelling (self-limiting) law with the same length
    scale, whose rate falls as 1/t, keeps less than half, and ends several times
    slower."""
    layer = _carbon_oxidation_per_hour("layer-limited Tafel")
    tunnel = _carbon_oxidation_per_hour("self-limiting Tafel")
    assert layer[-1] > 0.5 * layer[1]
    assert tunnel[-1] < 0.5 * tunnel[1]
    assert layer[-1] > 2 * tunnel[-1]


def test_side_reaction_outside_its_calibrated_range_warns():
    """A 1 C pulse of a charged cell drives the SE oxidation above the 4.33 V vs Li
    of the K4 calibration: assb_models.Simulation says so; a 0.05 C charge does not."""
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3
    )
    pv.update({"Upper voltage cut-off [V]": 5.0})
    model = assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS)
    pulse = pybamm.Experiment(["Charge at 1C for 1 minute"])
    with pytest.warns(UserWarning, match="above the 4.33 V"):
        assb_models.Simulation(model, parameter_values=pv, experiment=pulse).solve()
    slow = pybamm.Experiment(["Charge at 0.05C for 1 minute"])
    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        assb_models.Simulation(model, parameter_values=pv, experiment=slow).solve()


def test_layer_bound_scales_the_ncm_side_charge_by_product_volume():
    """At the CEI bound a reaction holds the model's charge per nm x 20 nm, scaled
    by the product volume per irreversible charge (rock salt under the CEI not
    counted)."""
    out = cells.layer_bounded_irreversible(90, 0)
    per = out["per NCM-side reaction"]
    key = "NCM-side irreversible charge at the CEI bound [mAh/g]"
    q, grown = out["NCM-side charge [mAh/g]"], out["CEI grown [nm]"]
    assert per["sulfide products"][key] == pytest.approx(q * 19.0 / grown, rel=1e-9)
    oxygenated = chem.reaction_quantities("oxygenated products, lattice oxygen")
    outer = (
        oxygenated["product volume [m3.mol-1]"]
        - oxygenated["NCM sites lost"] * chem.phase_molar_volume("MO")
    ) / oxygenated["irreversible charge"]
    sulfide = chem.reaction_quantities("sulfide products")[
        "layer volume per irreversible charge [m3.mol-1]"
    ]
    assert per["oxygenated products, lattice oxygen"][key] == pytest.approx(
        per["sulfide products"][key] * sulfide / outer, rel=1e-9
    )
    # no carbon: nothing on carbon, and the rest is the NCM's own loss
    assert out["carbon-side charge at its bound [mAh/g]"] == 0
    assert out["rest of the irreversible capacity [mAh/g]"] == pytest.approx(
        out["irreversible [mAh/g]"] - q
    )


def test_k4_lower_edge_at_90_3_fits_no_contact_area():
    """K4's lower edge for 90/3 (38.6 mAh/g) against the formed-cell bounds, with
    the carbon side up to its full BET contact: the sulfide products oxidise more
    than 30 % of the cathode's SE at any area, the lattice-oxygen products need an
    NCM/SE contact area beyond the whole NCM surface. No NCM loss up to the top
    of 90/0's K4 band changes that while the carbon touches SE over at most its
    aggregates' outer surface (7 % of the BET area); over its whole BET surface
    it fits from an NCM loss of ~26 mAh/g on."""
    bounded = cells.layer_bounded_irreversible(90, 3)
    per = bounded["per NCM-side reaction"]
    least = {
        name: r["at K4's lower edge, least contact areas"] for name, r in per.items()
    }
    assert not least["sulfide products"]["SE bound met"], least
    oxygenated = least["oxygenated products, lattice oxygen"]
    assert oxygenated["SE bound met"], oxygenated
    assert (
        oxygenated["NCM contact area needed [x model's]"]
        > 2 * oxygenated["NCM full contact [x model's]"]
    ), oxygenated
    assert not any(r["fits at full contact"] for r in least.values()), least
    rows = cells.k4_edge_against_ncm_loss(
        bounded, 0.9 * 42.9, (21.7, 24.0, 26.5, 1.1 * 26.3), (0.05, 0.07, 1.0)
    )
    fits = {
        (row["NCM loss [mAh/g]"], row["carbon contact fraction"]): any(
            row[name]["fits at full contact"] for name in per
        )
        for row in rows
    }
    assert not any(ok for (_, contact), ok in fits.items() if contact < 1), fits
    assert [fits[(loss, 1.0)] for loss in (21.7, 24.0, 26.5)] == [False, False, True]
