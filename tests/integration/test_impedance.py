"""Impedance of the models: arcs, intercepts, agreement with PyBaMM."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.fitting import circuit
from assb_models.impedance import eis

F, R_GAS, T = 96485.33212, 8.314462618, 298.15
FREQUENCIES = np.logspace(6, -3, 181)


def li_li_cell(**changes):
    """Bare Li | Li6PS5Cl | Li, full contact, no interphase: one arc per interface."""
    model = assb_models.SymmetricCell(
        {
            "surface form": "differential",
            "anode interphase": "none",
            "anode contact": "full",
        }
    )
    pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    pv.update(changes)
    return model, pv


def test_single_interface_arc_diameter_and_apex():
    """Two identical Li/SE interfaces in series: one arc of diameter 2 R_ct whose
    apex sits at 1 / (2 pi R_ct C_dl)."""
    model, pv = li_li_cell()
    z = eis.impedance(model, pv, FREQUENCIES)
    j0 = pv["Exchange-current density for lithium metal electrode [A.m-2]"]
    j0 = (
        j0
        if isinstance(j0, float)
        else pv.evaluate(
            pybamm.FunctionParameter(
                "Exchange-current density for lithium metal electrode [A.m-2]",
                {"c_e": 1.0, "c_Li": 1.0, "T": T},
            )
        )
    )
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    r_ct = R_GAS * T / (F * j0) / area  # per interface [Ohm], linearised BV
    c_dl = pv["Negative electrode double-layer capacity [F.m-2]"] * area
    r_sep = z[0].real
    diameter = z[-1].real - r_sep
    np.testing.assert_allclose(diameter, 2 * r_ct, rtol=0.02)
    apex = FREQUENCIES[np.argmax(-z.imag)]
    # the grid's points lie 12 % apart (20 per decade): within half a step
    np.testing.assert_allclose(apex, 1 / (2 * np.pi * r_ct * c_dl), rtol=0.06)
    # and the fitted circuit finds it too: one arc in a two-arc circuit, so the
    # arcs whose time constants lie in the measured band (the other element is
    # unidentified and may sit far outside it)
    fit = circuit.fit_circuit(FREQUENCIES, z, warburg=False)
    v = fit.values
    in_band = [
        v[f"R{k}"]
        for k in (1, 2)
        if FREQUENCIES[-1]
        <= 1 / (2 * np.pi * (v[f"R{k}"] * v[f"Q{k}"]) ** (1 / v[f"n{k}"]))
        <= FREQUENCIES[0]
    ]
    np.testing.assert_allclose(sum(in_band), 2 * r_ct, rtol=0.02)


def test_ohmic_intercept_is_the_separator():
    model, pv = li_li_cell()
    z = eis.impedance(model, pv, np.array([1e7]))
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    kappa = pv["Solid electrolyte conductivity at reference temperature [S.m-1]"]
    eps = pv["Separator porosity"]
    b = pv["Separator Bruggeman coefficient (electrolyte)"]
    expected = pv["Separator thickness [m]"] / (kappa * eps**b * area)
    np.testing.assert_allclose(z[0].real, expected, rtol=0.01)


def test_interphase_growth_raises_its_arc_only():
    """A thicker SE-reduction interphase: bigger interphase arc, same intercept."""

    def spectrum(thickness):
        model = assb_models.SymmetricCell(
            {
                "surface form": "differential",
                "anode interphase": "constant",
                "anode contact": "full",
            }
        )
        pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
        pv.update({"Lithium metal interphase initial thickness [m]": thickness})
        z = eis.impedance(model, pv, FREQUENCIES)
        return z, circuit.fit_circuit(FREQUENCIES, z, warburg=False)

    pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    L0 = pv["Lithium metal interphase initial thickness [m]"]
    (z1, fit1), (z2, fit2) = spectrum(L0), spectrum(2 * L0)
    np.testing.assert_allclose(z2[0].real, z1[0].real, rtol=1e-3)
    # the interphase arc is the faster one (arc 1): it doubles, charge transfer stays
    np.testing.assert_allclose(fit2.values["R1"] / fit1.values["R1"], 2.0, rtol=0.05)
    np.testing.assert_allclose(fit2.values["R2"], fit1.values["R2"], rtol=0.05)


def test_full_cell_matches_pybamm_eis_simulation():
    """On a full cell our linearisation is PyBaMM's EISSimulation."""
    model = assb_models.SolidStateDFN({"surface form": "differential"})
    pv = assb_models.get_parameter_values("Kim2024")
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    pv.update({"Initial concentration in positive electrode [mol.m-3]": 0.6 * c_max})
    f = np.logspace(5, -2, 15)
    ours = eis.impedance(model, pv, f)
    at_rest = eis.conductivity_at_rest(pv, 0.6)
    theirs = pybamm.EISSimulation(model, parameter_values=at_rest).solve(f).impedance
    np.testing.assert_allclose(ours, theirs, rtol=1e-8)


def test_cathode_film_adds_an_arc_without_moving_the_intercept():
    """A grown CEI (film R || C) adds its resistance to the spectrum's width."""

    def z_of(thickness):
        model = assb_models.SolidStateDFN(
            {"surface form": "differential", "CEI growth": "reaction-limited"}
        )
        pv = assb_models.get_parameter_values("Kim2024")
        c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
        pv.update(
            {
                "Initial concentration in positive electrode [mol.m-3]": 0.6 * c_max,
                "Initial CEI thickness [m]": thickness,
            }
        )
        return eis.impedance(model, pv, np.array([1e6, 1e-3])), pv

    (thin, pv), (thick, _) = z_of(5e-9), z_of(40e-9)
    np.testing.assert_allclose(thick[0].real, thin[0].real, rtol=0.01)
    a = (
        3
        * pv["Positive electrode active material volume fraction"]
        / pv["Positive particle radius [m]"]
    )
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    f_c = pv["Positive electrode active material-solid electrolyte contact fraction"]
    added = (
        35e-9
        / pv["CEI ionic conductivity [S.m-1]"]
        / (a * pv["Positive electrode thickness [m]"] * f_c * area)
    )
    # at low frequency the film's resistance adds (spread over the electrode)
    np.testing.assert_allclose(thick[1].real - thin[1].real, added, rtol=0.2)


def test_impedance_after_cycling_uses_that_state():
    """Cycle the resistive form, linearise the capacitive one at the end state."""
    options = {"anode interphase": "diffusion-limited", "anode contact": "full"}
    cycling = assb_models.SymmetricCell(options)
    linear = assb_models.SymmetricCell({**options, "surface form": "differential"})
    pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    steps = assb_models.plating_stripping_experiment(
        0.2, area_cm2=1.0, cycles=10, capacity_mAh_cm2=1.0, rest_minutes=30
    )
    sol = pybamm.Simulation(
        cycling, parameter_values=pv, experiment=pybamm.Experiment(steps)
    ).solve()
    f = np.array([1e6, 1e-3])
    fresh = eis.impedance(linear, pv, f)
    aged = eis.impedance(linear, pv, f, state=sol)
    # the interphase grew: wider spectrum, same separator
    np.testing.assert_allclose(aged[0].real, fresh[0].real, rtol=1e-3)
    grown = (
        sol["Negative electrode interphase resistance [Ohm.m2]"].entries[-1]
        + sol["Positive electrode interphase resistance [Ohm.m2]"].entries[-1]
        - 2 * sol["Negative electrode interphase resistance [Ohm.m2]"].entries[0]
    ) / 1e-4
    np.testing.assert_allclose(aged[1].real - fresh[1].real, grown, rtol=0.05)


def test_bad_frequencies_and_surface_form():
    model, pv = li_li_cell()
    with pytest.raises(assb_models.InvalidInputError, match="frequencies"):
        eis.impedance(model, pv, [10.0, -1.0])
    with pytest.raises(pybamm.OptionError, match="surface form"):
        eis.impedance(
            assb_models.SolidStateDFN(),
            assb_models.get_parameter_values("Kim2024"),
            [1.0],
        )


def test_carbon_double_layer_charges_with_the_am_one():
    """Carbon touching SE adds capacitance: the arc's apex moves to lower frequency
    by about the ratio of the capacitances (same resistances)."""
    f = np.logspace(4, -1, 101)

    def spectrum(c_carbon):
        pv = assb_models.get_parameter_values("Kim2024")
        c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
        pv.update(
            {
                "Initial concentration in positive electrode [mol.m-3]": 0.6 * c_max,
                "Positive electrode carbon double-layer capacity [F.m-2]": c_carbon,
            }
        )
        model = assb_models.SolidStateDFN({"surface form": "differential"})
        return eis.impedance(model, pv, f), pv

    (z0, pv), (z1, _) = spectrum(0.0), spectrum(0.1)
    np.testing.assert_allclose(
        z1[-1].real, z0[-1].real, rtol=0.01
    )  # same DC resistance
    apex0, apex1 = f[np.argmax(-z0.imag)], f[np.argmax(-z1.imag)]
    a = (
        3
        * pv["Positive electrode active material volume fraction"]
        / pv["Positive particle radius [m]"]
    )
    c_am = (
        a
        * pv["Positive electrode active material-solid electrolyte contact fraction"]
        * (pv["Positive electrode double-layer capacity [F.m-2]"])
    )
    recipe = assb_models.parameter_sets.Kim2024.get_recipe()
    c_c = recipe.carbon_se_contact_area_per_volume * 0.1
    np.testing.assert_allclose(apex0 / apex1, (c_am + c_c) / c_am, rtol=0.25)
