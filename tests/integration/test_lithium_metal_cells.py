"""Li-metal anode, solved: limits and analytic checks of each submodel."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models import SymmetricCell

LI = {"anode": "lithium metal"}


F = 96485.33212


def full_cell_values():
    """Kim2024 Li-metal cell with the Park2021 Li-metal interface values."""
    pv = assb_models.get_parameter_values("Kim2024", anode="lithium metal")
    park = assb_models.get_parameter_values("Park2021", interlayer="NR")
    extra = {k: v for k, v in park.items() if k not in pv}
    pv.update(extra, check_already_exists=False)
    return pv


def voltage(options, pv, t_end=3000.0):
    t = np.linspace(0, t_end, 31)
    model = assb_models.SolidStateDFN({**LI, **options})
    # tight tolerances: models with different state vectors are compared to 1e-6 V
    solver = pybamm.IDAKLUSolver(rtol=1e-8, atol=1e-8)
    sim = pybamm.Simulation(model, parameter_values=pv, solver=solver)
    sol = sim.solve([0, t_end], t_interp=t)
    return sol


def test_zero_thickness_films_give_the_plain_interface_exactly():
    """Interlayer of zero thickness, interphase of zero thickness, full contact."""
    pv = full_cell_values()
    pv.update(
        {
            "Interlayer thickness [m]": 0.0,
            "Lithium metal interphase initial thickness [m]": 0.0,
            "Initial lithium metal contact fraction": 1.0,
        }
    )
    plain = voltage({}, pv)["Voltage [V]"].entries
    films = voltage(
        {
            "anode interlayer": "resistive",
            "anode interphase": "constant",
            "anode contact": "constant",
        },
        pv,
    )["Voltage [V]"].entries
    np.testing.assert_allclose(films, plain, atol=1e-6)


def test_interlayer_is_an_ohmic_drop_in_the_cell_voltage():
    pv = full_cell_values()
    # before the cut-off, where both cells are still discharging
    plain = voltage({}, pv, t_end=2200)
    with_il = voltage({"anode interlayer": "resistive"}, pv, t_end=2200)
    i = pv["Current function [A]"] / (
        pv["Electrode height [m]"] * pv["Electrode width [m]"]
    )
    r = pv["Interlayer thickness [m]"] / (
        pv["Interlayer ionic conductivity [S.m-1]"]
        * (1 - pv["Interlayer porosity"]) ** pv["Interlayer Bruggeman coefficient"]
    )
    assert i * r > 1e-3  # the check can fail: the drop is not negligible
    dv = plain["Voltage [V]"].entries - with_il["Voltage [V]"].entries
    np.testing.assert_allclose(dv, i * r, rtol=1e-4)
    np.testing.assert_allclose(
        with_il["Negative electrode interlayer overpotential [V]"].entries,
        i * r,
        rtol=1e-9,
    )


def test_full_cell_interphase_lithium_leaves_the_inventory():
    pv = full_cell_values()
    pv.update(
        {"Lithium metal interphase diffusion-limited growth constant [m2.s-1]": 1e-18}
    )
    sol = voltage({"anode interphase": "diffusion-limited"}, pv)
    n = sol["Negative electrode lithium inventory [mol.m-2]"].entries
    lost = sol["Negative electrode lithium lost to interphase [mol.m-2]"].entries
    q = sol["Discharge capacity [A.h]"].entries * 3600 / 1e-4
    np.testing.assert_allclose(n[0] - n, q / F + lost, rtol=1e-9)
    assert lost[-1] > 1e-3 * q[-1] / F


def symmetric_rest(options, pv, hours):
    model = SymmetricCell(options)
    pv = pv.copy()
    pv["Current function [A]"] = 0.0
    t = np.linspace(0, hours * 3600, 50)
    solver = pybamm.IDAKLUSolver(rtol=1e-9, atol=1e-12)
    sim = pybamm.Simulation(model, parameter_values=pv, solver=solver)
    return t, sim.solve([0, t[-1]], t_interp=t)


def test_diffusion_limited_growth_is_parabolic():
    pv = assb_models.get_parameter_values("Park2021")
    t, sol = symmetric_rest({}, pv, 1000)
    L = sol["Negative electrode interphase thickness [m]"].entries
    L0 = pv["Lithium metal interphase initial thickness [m]"]
    k = pv["Lithium metal interphase diffusion-limited growth constant [m2.s-1]"]
    np.testing.assert_allclose(L**2, L0**2 + 2 * k * t, rtol=1e-4)
    # R1 grows x1.5 between 20 h and 1000 h, as fitted on the paper's impedance
    R = sol["Negative electrode interphase resistance [Ohm.m2]"].entries
    assert 1.4 < R[-1] / np.interp(20 * 3600, t, R) < 1.6


def test_interlayer_blocks_interphase_growth():
    pv = assb_models.get_parameter_values("Park2021", interlayer="NR")
    _, sol = symmetric_rest({"anode interlayer": "resistive"}, pv, 1000)
    L = sol["Negative electrode interphase thickness [m]"].entries
    np.testing.assert_allclose(L, L[0], rtol=1e-12)


def test_creep_closes_voids_at_rest():
    """At rest df/dt = (1 - f) v(f) / h_v with the creep under the contact stress
    P/f: from f0 = 0.6 the contact closes, fast at first, slower as f -> 1."""
    pv = assb_models.get_parameter_values("Park2021")
    pv["Initial lithium metal contact fraction"] = 0.6
    t, sol = symmetric_rest({"anode penetration": "none"}, pv, 200)
    f = sol["Negative electrode lithium metal contact fraction"].entries
    v = sol["Negative electrode lithium metal supply velocity [m.s-1]"].entries
    h_v = pv["Lithium metal void closure length [m]"]
    rate = np.gradient(f, t)
    np.testing.assert_allclose(rate[1:-1], ((1 - f) * v / h_v)[1:-1], rtol=2e-2)
    assert np.all(np.diff(f) > 0) and np.all(np.diff(v) < 0)


@pytest.mark.parametrize("cell", ["symmetric", "full"])
def test_half_contact_doubles_local_current_and_every_interfacial_drop(cell):
    """Current constriction: charge transfer, interlayer and interphase all see j/f."""
    options = {
        "anode interlayer": "resistive",
        "anode interphase": "constant",
        "anode contact": "constant",
    }
    drops = ("charge-transfer", "interlayer", "interphase")
    out = {}
    for f in (1.0, 0.5):
        if cell == "symmetric":
            pv = assb_models.get_parameter_values("Park2021", interlayer="NR")
            pv["Current function [A]"] = 1e-6  # 0.01 A/m2: linear interface
            pv["Initial lithium metal contact fraction"] = f
            sim = pybamm.Simulation(SymmetricCell(options), parameter_values=pv)
            sol = sim.solve([0, 10])
        else:
            pv = full_cell_values()
            pv["Current function [A]"] *= 1e-3
            pv["Initial lithium metal contact fraction"] = f
            sol = voltage(options, pv, t_end=10)
        out[f] = {
            d: sol[f"Negative electrode {d} overpotential [V]"].entries[-1]
            for d in drops
        }
        if cell == "symmetric":
            out[f]["local"] = sol[
                "Negative electrode lithium metal local current density [A.m-2]"
            ].entries[-1]
    for key in out[1.0]:
        assert abs(out[1.0][key]) > 0, key
        np.testing.assert_allclose(
            out[0.5][key], 2 * out[1.0][key], rtol=1e-4, err_msg=key
        )


def test_creep_closes_voids_at_rest_but_not_the_crust():
    """'creep and crust': at rest the voids close by creep as with 'creep' (the
    void-free fraction follows the same law), while the crust of SE-reduction
    products the interphase grows meanwhile takes exp(-(L - L0)/h_c) of the face
    for good; the contact that carries the current is their product, and no
    lithium is lost to it."""
    pv = assb_models.get_parameter_values("Park2021")
    pv["Initial lithium metal contact fraction"] = 0.6
    options = {"anode penetration": "none"}
    _, creep = symmetric_rest({**options, "anode contact": "creep"}, pv, 200)
    _, crust = symmetric_rest({**options, "anode contact": "creep and crust"}, pv, 200)
    f_creep = creep["Negative electrode lithium metal contact fraction"].entries
    f_v = crust["Negative electrode lithium metal void-free fraction"].entries
    np.testing.assert_allclose(f_v, f_creep, rtol=1e-6)
    L = crust["Negative electrode interphase thickness [m]"].entries
    L0 = pv["Lithium metal interphase initial thickness [m]"]
    h_c = pv["Lithium metal non-wetted crystallite height [m]"]
    w = crust["Negative electrode lithium metal wetted fraction"].entries
    np.testing.assert_allclose(w, np.exp(-(L - L0) / h_c), rtol=1e-9)
    assert w[-1] < 0.95 and np.all(np.diff(w) < 0)
    f = crust["Negative electrode lithium metal contact fraction"].entries
    np.testing.assert_allclose(f, f_v * w, rtol=1e-9)
    n = crust["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-12)
