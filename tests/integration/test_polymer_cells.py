"""Polymer electrolytes (binary salt) beside the single-ion sulfide: limits,
conservation, layered resistances, Bruce-Vincent and impedance."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.impedance import eis
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


def solve(model, pv, t_end, t_eval=None, var_pts=None, tol=None, submesh_types=None):
    solver = pybamm.IDAKLUSolver(**tol) if tol else None
    sim = pybamm.Simulation(
        model,
        parameter_values=pv,
        var_pts=var_pts,
        submesh_types=submesh_types,
        solver=solver,
    )
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
    ref = solve(
        dfn,
        pv_dfn,
        1200,
        t,
        var_pts=model.default_var_pts,
        tol=TIGHT,
        submesh_types=model.default_submesh_types,
    )
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
    assert np.max(np.abs(n - n[0])) < 1e-12 * n[0]
    if electrolyte == "polymer interlayer":
        # the film polarises: salt piles up at the Li and depletes at the SE
        c_li = sol["Polymer interlayer left-face salt concentration [mol.m-3]"]
        c_se = sol["Polymer/sulfide junction salt concentration [mol.m-3]"]
        assert c_li.entries[-1] > 1000 > c_se.entries[-1]


# ------------------------------------------------------------ symmetric cells
def ideal_polymer(pv, t_plus=0.2, thickness=50e-6, diffusion_time=100.0):
    """An ideal binary salt (thermodynamic factor 1, constant properties) whose
    conductivity obeys Nernst-Einstein, kappa = F^2 D c / (2 R T t+ (1 - t+)):
    the case in which Bruce-Vincent's R_ss = R_ohm / t+ holds exactly."""
    T = pv["Ambient temperature [K]"]
    c = 1000.0
    D = thickness**2 / diffusion_time
    kappa = F**2 * D * c / (2 * R_GAS * T * t_plus * (1 - t_plus))
    return {
        "Polymer electrolyte conductivity [S.m-1]": kappa,
        "Polymer salt diffusivity [m2.s-1]": D,
        "Polymer cation transference number": t_plus,
        "Polymer thermodynamic factor": 1.0,
        "Polymer initial salt concentration [mol.m-3]": c,
        "Polymer interlayer thickness [m]": thickness,
        "Polymer/sulfide interphase initial resistance [Ohm.m2]": 5e-3,
    }


def symmetric(electrolyte, surface_form="false", **changes):
    model = assb_models.SymmetricCell(
        {
            "electrolyte": electrolyte,
            "anode contact": "full",
            # no sulfide reduction at the Li in any of the cells compared
            "anode interphase": "none",
            "surface form": surface_form,
        }
    )
    pv = assb_models.get_parameter_values("Park2021", cell="symmetric")
    pv.update(ideal_polymer(pv), check_already_exists=False)
    # the polymer layer: a dense 50 um membrane
    if electrolyte == "polymer":
        pv.update({"Separator thickness [m]": 50e-6, "Separator porosity": 1.0})
    pv.update(changes, check_already_exists=False)
    return model, pv


def area(pv):
    return pv["Electrode height [m]"] * pv["Electrode width [m]"]


def test_bruce_vincent_steady_state_resistance():
    """Li|polymer|Li: the layer's steady DC resistance is its ohmic one / t+."""
    model, pv = symmetric("polymer")
    i = 0.02  # A/m2: the salt gradient stays at 0.1 % of c, the linear regime
    pv["Current function [A]"] = i * area(pv)
    sol = solve(model, pv, 2000.0, np.linspace(0, 2000, 201))
    drop = sol["Polymer electrolyte potential difference [V]"].entries
    r_ohm = 50e-6 / pv["Polymer electrolyte conductivity [S.m-1]"]
    np.testing.assert_allclose(drop[0] / i, r_ohm, rtol=0.01)  # uniform salt
    np.testing.assert_allclose(drop[-1] / i, r_ohm / 0.2, rtol=0.01)
    # salt and Li conserved to rounding (the finite volumes apply each divergence
    # to its flux; PyBaMM's folded stencil drifts 2e-13 here); the anions pile up
    # at the plating side
    s = sol["Polymer electrolyte salt [mol]"].entries
    assert np.max(np.abs(s - s[0])) < 1e-14 * s[0]
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) < 1e-12 * n[0]


def test_unit_transference_polymer_equals_the_single_ion_pellet():
    """Li|polymer|Li with t+ = 1 and the SE's conductivity: the Li|SE|Li cell."""
    model, pv = symmetric("polymer")
    single, pv_single = symmetric("single-ion")
    c_se = pv_single["Initial concentration in electrolyte [mol.m-3]"]
    kappa_se = pv_single.evaluate(
        pybamm.FunctionParameter(
            "Electrolyte conductivity [S.m-1]",
            {"c": pybamm.Scalar(c_se), "T": pybamm.Scalar(298.15)},
        )
    )
    for values in (pv, pv_single):
        values["Separator thickness [m]"] = 50e-6
    pv.update(
        {
            "Polymer cation transference number": 1.0,
            "Polymer electrolyte conductivity [S.m-1]": kappa_se,
            "Polymer initial salt concentration [mol.m-3]": c_se,
        }
    )
    t = np.linspace(0, 3600, 61)
    v = solve(model, pv, 3600, t)["Voltage [V]"].entries
    v_single = solve(single, pv_single, 3600, t)["Voltage [V]"].entries
    np.testing.assert_allclose(v, v_single, rtol=1e-6, atol=1e-9)


def test_layered_cell_conserves_and_polarises_only_the_polymer():
    """Li|polymer|SE|polymer|Li: salt in each film and total Li constant; the
    films polarise, the sulfide (single-ion) carries no gradient."""
    model, pv = symmetric("polymer interlayer")
    pv["Current function [A]"] = 5.0 * area(pv)  # below the critical current
    sol = solve(model, pv, 600.0)
    for film in ("Negative polymer interlayer", "Positive polymer interlayer"):
        s = sol[f"{film} salt [mol]"].entries
        assert np.max(np.abs(s - s[0])) < 1e-14 * s[0]
        c = sol[f"{film} salt concentration [mol.m-3]"].entries
        assert np.ptp(c[:, -1]) > 10
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) < 1e-12 * n[0]
    # depletion at the junction shows in its potential step
    step = sol["Negative polymer/sulfide junction potential step change [V]"]
    assert step.entries[-1] < -5e-4


@pytest.mark.parametrize("electrolyte", ["polymer", "polymer interlayer"])
def test_impedance_intercept_is_the_sum_of_the_layers(electrolyte):
    """Instantaneous (high-frequency) resistance = the layers' ohmic sum within
    1 %; the low-frequency limit adds the salt's diffusion (Bruce-Vincent)."""
    model, pv = symmetric(electrolyte, surface_form="differential")
    z = eis.impedance(model, pv, np.array([1e8, 1e-5]))
    kappa_p = pv["Polymer electrolyte conductivity [S.m-1]"]
    if electrolyte == "polymer":
        layers = 50e-6 / kappa_p
    else:
        kappa_se = pv.evaluate(
            pybamm.FunctionParameter(
                "Electrolyte conductivity [S.m-1]",
                {
                    "c": pybamm.Scalar(
                        pv["Initial concentration in electrolyte [mol.m-3]"]
                    ),
                    "T": pybamm.Scalar(298.15),
                },
            )
        )
        eps = pv["Separator porosity"]
        b = pv["Separator Bruggeman coefficient (electrolyte)"]
        r_se = pv["Separator thickness [m]"] / (kappa_se * eps**b)
        r_films = 2 * 50e-6 / kappa_p
        layers = r_films + r_se + 2 * 5e-3
    np.testing.assert_allclose(z[0].real * area(pv), layers, rtol=0.01)
    if electrolyte == "polymer":
        j0 = pv["Exchange-current density for lithium metal electrode [A.m-2]"]
        r_ct = 2 * R_GAS * 298.15 / (F * j0)
        np.testing.assert_allclose(z[1].real * area(pv), layers / 0.2 + r_ct, rtol=0.01)


def test_full_cell_impedance_with_a_polymer_interlayer():
    """The film and the SPEI add their resistance to the full cell's intercept."""

    def intercept(electrolyte):
        model = assb_models.SolidStateDFN(
            {
                "anode": "lithium metal",
                "electrolyte": electrolyte,
                "surface form": "differential",
            }
        )
        pv = assb_models.get_parameter_values("Kim2024", anode="lithium metal")
        pv.update(chen2020_polymer(), check_already_exists=False)
        return eis.impedance(model, pv, np.array([1e8]))[0].real * area(pv), pv

    z_film, pv = intercept("polymer interlayer")
    z_bare, _ = intercept("single-ion")
    kappa = pv.evaluate(
        pybamm.FunctionParameter(
            "Polymer electrolyte conductivity [S.m-1]",
            {"c": pybamm.Scalar(1000.0), "T": pybamm.Scalar(298.15)},
        )
    )
    expected = 20e-6 / kappa + 2e-3
    np.testing.assert_allclose(z_film - z_bare, expected, rtol=0.01)


def test_polymer_catholyte_has_a_dc_impedance_and_refuses_spectra():
    """The polymer catholyte is solved in the explicit form only: a spectrum
    (double layers, "surface form" "differential") is refused with a clear error;
    its zero-frequency end, the DC small-signal step, works. Same polymer in the
    same cathode: the cathode's charge transfer equals the polymer-everywhere
    cell's; the whole cell differs by the sulfide separator (against the polymer
    one) and the SPEI, within 2 % (the cathode's ionic path differs a little: the
    current enters it from the sulfide)."""
    from assb_models.impedance.small_signal import small_signal_resistances

    with pytest.raises(pybamm.OptionError, match="needs 'surface form'"):
        assb_models.SolidStateDFN(
            {
                "anode": "lithium metal",
                "electrolyte": "polymer catholyte",
                "surface form": "differential",
            }
        )
    out = {}
    for electrolyte in ("polymer catholyte", "polymer"):
        model, pv = full_cell(electrolyte)
        out[electrolyte] = small_signal_resistances(model, pv)
    ct = "Area-specific charge-transfer resistance [Ohm.m2]"
    np.testing.assert_allclose(
        out["polymer catholyte"][ct], out["polymer"][ct], rtol=1e-6
    )
    T = pybamm.Scalar(pv["Ambient temperature [K]"])
    c_se = pybamm.Scalar(pv["Initial concentration in electrolyte [mol.m-3]"])
    kappa_se = pv.evaluate(
        pybamm.FunctionParameter(
            "Electrolyte conductivity [S.m-1]", {"c": c_se, "T": T}
        )
    )
    kappa_p = pv.evaluate(
        pybamm.FunctionParameter(
            "Polymer electrolyte conductivity [S.m-1]",
            {"c": pybamm.Scalar(1000.0), "T": T},
        )
    )
    L = pv["Separator thickness [m]"]
    eff = (
        pv["Separator porosity"] ** pv["Separator Bruggeman coefficient (electrolyte)"]
    )
    expected = L / (kappa_se * eff) - L / (kappa_p * eff) + 2e-3  # SPEI 2e-3
    total = "Area-specific small-signal resistance [Ohm.m2]"
    np.testing.assert_allclose(
        out["polymer catholyte"][total] - out["polymer"][total], expected, rtol=0.02
    )


def test_film_polarisation_is_the_polymers_salt_gradient():
    """Attribution: with t+ = 1 the film is a resistor (the single-ion cell less
    i (L/kappa + R_SPEI)); with t+ < 1 the extra loss is its concentration
    overpotential, which grows as the salt at the junction depletes."""
    t = np.linspace(0, 1800, 61)
    single, pv_single = full_cell("single-ion")
    v_single = solve(single, pv_single, 1800, t, tol=TIGHT)["Voltage [V]"].entries
    i = pv_single["Current function [A]"] / area(pv_single)
    kappa = 1e-2
    resistor = 20e-6 / kappa + 2e-3
    c_se = pv_single["Initial concentration in electrolyte [mol.m-3]"]
    drops = {}
    for t_plus in (1.0, 0.2):
        model, pv = full_cell("polymer interlayer")
        pv.update(
            {
                "Polymer electrolyte conductivity [S.m-1]": kappa,
                "Polymer salt diffusivity [m2.s-1]": 3e-13,
                "Polymer cation transference number": t_plus,
                # the Li kinetics see the film's salt: the SE's concentration
                "Polymer initial salt concentration [mol.m-3]": c_se,
            }
        )
        sol = solve(model, pv, 1800, t, tol=TIGHT)
        drops[t_plus] = sol
    v1 = drops[1.0]["Voltage [V]"].entries
    np.testing.assert_allclose(v1, v_single - i * resistor, rtol=0, atol=1e-6)
    eta_c = drops[1.0]["Polymer interlayer concentration overpotential [V]"].entries
    assert np.max(np.abs(eta_c)) < 1e-9
    sol = drops[0.2]
    v = sol["Voltage [V]"].entries
    eta_c = sol["Polymer interlayer concentration overpotential [V]"].entries
    # steady film: (2RT/F)(1 - t+) ln(c_Li / c_junction) > 0, and it is all the
    # difference to the resistor (the kinetics barely move with c at the Li)
    assert eta_c[-1] > 5e-3
    np.testing.assert_allclose(v1 - v, eta_c, rtol=0.02, atol=2e-4)


def test_catholyte_with_unit_transference_is_the_single_ion_cell_plus_spei():
    """A polymer catholyte behind the sulfide separator with t+ = 1 and the SE's
    conductivity is the single-ion cell less i R_SPEI (to 1e-6 V)."""
    t = np.linspace(0, 1800, 61)
    single, pv_single = full_cell("single-ion")
    v_single = solve(single, pv_single, 1800, t, tol=TIGHT)["Voltage [V]"].entries
    model, pv = full_cell("polymer catholyte")
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
    sol = solve(model, pv, 1800, t, tol=TIGHT)
    i = pv["Current function [A]"] / area(pv)
    expected = v_single - i * 2e-3
    np.testing.assert_allclose(sol["Voltage [V]"].entries, expected, atol=1e-6)


def test_catholyte_conserves_salt_and_lithium_and_polarises():
    """Chen2020's c-dependent D: the catholyte's salt and total Li constant to
    1e-9; Li+ enters at the junction, so the salt piles up there on discharge."""
    model, pv = full_cell("polymer catholyte")
    sol = solve(model, pv, 1800)
    s = sol["Polymer catholyte salt [mol]"].entries
    assert np.max(np.abs(s - s[0])) < 1e-9 * s[0]
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) < 1e-12 * n[0]
    c_j = sol["Polymer/sulfide junction salt concentration [mol.m-3]"].entries
    c = sol["Positive electrolyte concentration [mol.m-3]"].entries
    assert c_j[-1] > 1050 and c[-1, -1] < 950


def test_polymer_layer_polarisation_converges_with_mesh():
    """Li|polymer|Li, 5 minutes at 0.5 mA/cm2: the concentration overpotential
    changes by < 2 % when the layer's 20 volumes are doubled."""
    from assb_models.submodels import polymer

    model, pv = symmetric("polymer")
    pv["Current function [A]"] = 5.0 * area(pv)
    eta = []
    for points in (20, 40):
        sol = solve(
            model, pv, 300.0, var_pts={polymer.SYMMETRIC_LAYER.coordinate(): points}
        )
        eta.append(sol["Polymer electrolyte concentration overpotential [V]"].entries)
    assert eta[0][-1] > 1e-3
    np.testing.assert_allclose(eta[1][-1], eta[0][-1], rtol=0.02)


# ------------------------------------------------------------- salt depletion
def _depletion_time(D, L, c0, t_plus, i):
    """Time [s] the salt at the depleting face of a dense ideal layer (constant
    D and t+, anion-blocking faces) reaches zero under a constant current
    density ``i`` [A.m-2]: with :math:`G = (1 - t_+)i/(FD)`,

    .. math::
        c_{face}(t) = c_0 - \\frac{GL}{2}\\left(1 - \\frac{8}{\\pi^2}
        \\sum_{n\\,odd}\\frac{e^{-n^2\\pi^2Dt/L^2}}{n^2}\\right)

    (separation of variables); early it is Sand's time
    :math:`\\pi D (c_0F)^2/(4(i(1 - t_+))^2)`."""
    from scipy.optimize import brentq

    G = (1 - t_plus) * i / (F * D)
    n = np.arange(1, 2001, 2)

    def c_face(t):
        decay = np.sum(np.exp(-(n**2) * np.pi**2 * D * t / L**2) / n**2)
        return c0 - G * L / 2 * (1 - 8 / np.pi**2 * decay)

    return brentq(c_face, 1e-9 * L**2 / D, 100 * L**2 / D)


@pytest.mark.parametrize("electrolyte", ["polymer", "polymer interlayer"])
@pytest.mark.parametrize("regime", ["Sand", "finite layer"])
def test_salt_depletion_stops_the_cell(electrolyte, regime):
    """Above the limiting current the salt at one face of the polymer runs out:
    the run stops there, with the zero-salt event as its reason and a finite
    voltage. Early (Sand, t = 0.05 L^2/D) the semi-infinite Sand time; at 1.25
    times the limiting current 2FDc0/((1 - t+)L) the finite layer's depletion
    time. Each within 1 % on 40 volumes per layer (2.1 % on the default 20, 0.3 %
    on 80)."""
    model, pv = symmetric(electrolyte)
    pv.update(ideal_polymer(pv, diffusion_time=5000.0))  # D = 5e-13 m2/s
    D = pv["Polymer salt diffusivity [m2.s-1]"]
    L, c0, t_plus = 50e-6, 1000.0, 0.2
    if regime == "Sand":
        t_sand = 0.05 * L**2 / D
        i = c0 * F / (1 - t_plus) * np.sqrt(np.pi * D / (4 * t_sand))
        expected = t_sand
        # nearly semi-infinite: the finite layer's time is Sand's but for the
        # far face's image, erfc(L/(2 sqrt(D t))) = 0.2 % of c0
        np.testing.assert_allclose(
            _depletion_time(D, L, c0, t_plus, i), t_sand, rtol=3e-3
        )
    else:
        i = 1.25 * 2 * F * D * c0 / ((1 - t_plus) * L)
        expected = _depletion_time(D, L, c0, t_plus, i)
    pv["Current function [A]"] = i * area(pv)
    var_pts = {layer.coordinate(): 40 for layer in model.polymer_layers}
    sol = solve(model, pv, 3 * expected, var_pts=var_pts)
    # the face the Li+ leaves runs out first: where the Li plates
    # (Li|polymer|Li), or the junction of the film on the stripped Li
    where = model.polymer_layers[0].domain
    assert sol.termination == (
        f"event: Zero salt concentration cut-off at the right face of the {where}"
    )
    np.testing.assert_allclose(sol.t[-1], expected, rtol=0.01)
    v = sol["Cell overpotential [V]"].entries
    assert np.all(np.isfinite(v)) and np.max(np.abs(v)) < 1.0


@pytest.mark.parametrize(
    "electrolyte, where",
    [
        ("polymer", "polymer electrolyte"),
        ("polymer interlayer", "polymer interlayer"),
        ("polymer catholyte", "polymer catholyte"),
    ],
)
def test_full_cells_stop_when_the_polymer_salt_runs_out(electrolyte, where):
    model, _ = full_cell(electrolyte)
    names = [event.name for event in model.events]
    assert f"Zero salt concentration cut-off in the {where}" in names
    face = {"polymer": "Li face", "polymer catholyte": "junction"}.get(electrolyte)
    if face:
        assert f"Zero salt concentration cut-off at the {face} of the {where}" in names


def test_li_peo_li_at_40c_stops_at_the_sand_time():
    """Li | PEO-LiTFSI | Li of the Chen2016 set (40 C, its membrane 50 %
    amorphous, Bruggeman 1.5, the salt in the amorphous phase) stripped at 0.3
    mA/cm2 for 10 h: the run stops with the zero-salt event near Sand's time of
    the porous membrane, pi eps B D (c0 F)^2 / (4 (i (1 - t+))^2) = 0.23 h (D
    and t+ at c0; within 5 %), at a sane voltage. (At 0.1 mA/cm2 the membrane
    is below its limiting current and does not deplete.)"""
    from assb_models.models.symmetric_cell import (
        plating_stripping_experiment,
        run_plating_stripping,
    )
    from assb_models.parameters.assb_parameters import AssbParameters

    pv = assb_models.get_parameter_values(
        "Chen2016", cell="symmetric", electrolyte="PEO"
    )
    model = assb_models.SymmetricCell({"electrolyte": "polymer"})
    steps = plating_stripping_experiment(
        0.3, area(pv) * 1e4, half_cycle_hours=10, period="1 minute"
    )
    sol, stop = run_plating_stripping(model, pv, steps)
    assert stop["event"] == (
        "event: Zero salt concentration cut-off at the right face of the polymer "
        "electrolyte"
    )
    pe = AssbParameters().pe
    T = pybamm.Scalar(pv["Ambient temperature [K]"])
    c0 = pv["Polymer initial salt concentration [mol.m-3]"]
    D = float(pv.evaluate(pe.D(pybamm.Scalar(c0), T)))
    t_plus = float(pv.evaluate(pe.t_plus(pybamm.Scalar(c0), T)))
    eps = pv["Separator porosity"]
    B = eps ** pv["Separator Bruggeman coefficient (electrolyte)"]
    i = 3.0  # 0.3 mA/cm2
    t_sand = np.pi * eps * B * D * (c0 * F) ** 2 / (4 * (i * (1 - t_plus)) ** 2)
    t_stop = sol["Time [s]"].entries[-1]
    np.testing.assert_allclose(t_stop, t_sand, rtol=0.05)
    v = sol["Cell overpotential [V]"].entries
    assert np.all(np.isfinite(v)) and np.max(np.abs(v)) < 1.0
