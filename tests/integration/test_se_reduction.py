"""SE reduction at the Li/SE contact: Li atoms conserved, growth laws, blocking."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models import SymmetricCell
from assb_models.parameter_sets import Park2021

CATHODE_SIDE = ("SE oxidation on active material", "CEI growth", "SE consumption")
K_D = "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"
K_R = "Lithium metal interphase reaction-limited growth rate [m.s-1]"


def full_cell_cycles(anode, cycles=5, options=None, overrides=None):
    """Park 2021 LiCoO2 full cell, ``cycles`` cycles at 0.1 C within its cut-offs.

    The cathode-side side reactions are off: their Li bookkeeping is theirs to test.
    """
    opts = {
        k: v
        for k, v in Park2021.full_cell_options(anode).items()
        if k not in CATHODE_SIDE
    }
    opts.update(options or {})
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode=anode)
    pv.update(overrides or {})
    up, low = pv["Upper voltage cut-off [V]"], pv["Lower voltage cut-off [V]"]
    cycle = (f"Charge at 0.1C until {up:.4g} V", f"Discharge at 0.1C until {low:.4g} V")
    model = assb_models.SolidStateDFN(opts)
    sim = pybamm.Simulation(
        model, parameter_values=pv, experiment=pybamm.Experiment([cycle] * cycles)
    )
    return sim.solve(), pv


@pytest.mark.parametrize("anode", ["bare Li", "Li-In", "Li2Se-NR"])
def test_total_lithium_constant_over_five_full_cell_cycles(anode):
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode=anode)
    # 100x faster growth, so a term left out of the balance would show; at 1000x
    # the bare-Li cell can no longer charge after its second cycle
    fast = {K_D: 1e2 * pv[K_D]} if anode != "Li-In" else {}
    sol, _ = full_cell_cycles(anode, overrides=fast)
    assert len(sol.cycles) == 5
    # every step ran (an infeasible step leaves an EmptySolution in its place)
    assert not any(
        isinstance(step, pybamm.EmptySolution)
        for cycle in sol.cycles
        for step in cycle.steps
    )
    n = sol["Total lithium [mol]"].entries
    np.testing.assert_allclose(n, n[0], rtol=1e-12)
    metal = sol["Lithium in negative electrode [mol]"].entries
    assert np.ptp(metal) > 1e3 * np.ptp(n)
    if anode == "bare Li":
        products = sol["Lithium in negative electrode interphase [mol]"].entries
        assert products[-1] - products[0] > 10 * 1e-5 * n[0]


def test_bare_li_reduction_takes_8_li_from_the_metal_and_6_from_the_se():
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode="bare Li")
    sol, _ = full_cell_cycles("bare Li", cycles=1, overrides={K_D: 1e3 * pv[K_D]})
    s = sol["Solid electrolyte reduced at the negative electrode [mol]"].entries
    q = sol["Discharge capacity [A.h]"].entries * 3600 / Park2021.F
    metal = sol["Lithium in negative electrode [mol]"].entries
    se = sol["Lithium in solid electrolyte [mol]"].entries
    assert s[-1] > 0
    np.testing.assert_allclose(metal[0] - metal - q, 8 * s, rtol=1e-6, atol=1e-15)
    np.testing.assert_allclose(se[0] - se, 6 * s, rtol=1e-6, atol=1e-15)


def test_full_li2se_coverage_stops_li_loss():
    sol, _ = full_cell_cycles("Li2Se-NR", cycles=1)
    lost = sol["Negative electrode lithium lost to interphase [mol.m-2]"].entries
    np.testing.assert_array_equal(lost, 0)
    # the same cell with the layer half open loses Li
    half, _ = full_cell_cycles(
        "Li2Se-NR", cycles=1, overrides={"Interlayer coverage": 0.5}
    )
    assert (
        half["Negative electrode lithium lost to interphase [mol.m-2]"].entries[-1] > 0
    )


def test_zero_rate_gives_the_constant_interphase():
    zero, _ = full_cell_cycles("bare Li", cycles=1, overrides={K_D: 0.0})
    const, _ = full_cell_cycles(
        "bare Li", cycles=1, options={"anode interphase": "constant"}
    )
    np.testing.assert_allclose(
        zero["Voltage [V]"].entries, const["Voltage [V]"].entries, atol=1e-9
    )
    np.testing.assert_array_equal(
        zero["Negative electrode lithium lost to interphase [mol.m-2]"].entries, 0
    )


def rest(options, hours, overrides=None):
    pv = assb_models.get_parameter_values("Park2021")
    pv.update({"Current function [A]": 0.0, **(overrides or {})})
    t = np.linspace(0, hours * 3600, 41)
    sim = pybamm.Simulation(
        SymmetricCell(options),
        parameter_values=pv,
        solver=pybamm.IDAKLUSolver(rtol=1e-9, atol=1e-12),
    )
    return t, sim.solve([0, t[-1]], t_interp=t), pv


def test_linear_law_grows_without_bound_parabolic_as_sqrt_t():
    t, lin, pv = rest({"anode interphase": "reaction-limited"}, 5000)
    L0 = pv["Lithium metal interphase initial thickness [m]"]
    L = lin["Negative electrode interphase thickness [m]"].entries
    np.testing.assert_allclose(L, L0 + pv[K_R] * t, rtol=1e-6)
    _, par, _ = rest({"anode interphase": "diffusion-limited"}, 5000)
    Lp = par["Negative electrode interphase thickness [m]"].entries
    np.testing.assert_allclose(Lp**2, L0**2 + 2 * pv[K_D] * t, rtol=1e-5)
    # the linear film outgrows the parabolic one, whose rate falls as 1/L
    assert L[-1] - L0 > 2 * (Lp[-1] - L0)
    rate = np.diff(Lp) / np.diff(t)
    assert rate[-1] < 0.5 * rate[0]


def test_reduction_is_faster_while_plating_by_its_tafel_factor():
    """dL/dt = exp(-alpha F eta / RT) g(L): plating (eta < 0) speeds it up."""
    pv = assb_models.get_parameter_values("Park2021")
    pv["Current function [A]"] = 5e-4  # 0.5 mA/cm2: strip negative, plate positive
    model = SymmetricCell({"anode contact": "full"})
    sim = pybamm.Simulation(model, parameter_values=pv)
    sol = sim.solve([0, 600])
    F_RT = Park2021.F / (8.314462618 * pv["Ambient temperature [K]"])
    alpha = pv["Lithium metal SE reduction transfer coefficient"]
    j = {}
    for d in ("Negative", "Positive"):
        eta = sol[f"{d} electrode charge-transfer overpotential [V]"].entries[-1]
        L = sol[f"{d} electrode interphase thickness [m]"].entries[-1]
        j[d] = sol[f"{d} electrode SE reduction current density [A.m-2]"].entries[-1]
        chemical = (
            pv["Solid electrolyte reduction electrons per formula unit"]
            * Park2021.F
            * pv[K_D]
            / L
            / pv["Lithium metal interphase molar volume [m3.mol-1]"]
        )
        np.testing.assert_allclose(
            j[d], chemical * np.exp(-alpha * F_RT * eta), rtol=1e-6
        )
    assert j["Positive"] > 1.3 * j["Negative"]


def test_with_little_lithium_the_se_reduction_costs_capacity():
    """N/P 0.05: the discharge stops when the metal is gone, short by the Li lost.

    With the default foil (N/P ~15) the same loss costs no capacity.
    """
    linear = {
        "anode interphase": "reaction-limited",
        **{k: "none" for k in CATHODE_SIDE[:2]},
    }
    fast = {K_R: 2e-10}
    # a conductive film and no crust: the loss of Li, not its resistance, is tested
    kappa = "Lithium metal interphase ionic conductivity [S.m-1]"
    crust = "Lithium metal non-wetted crystallite height [m]"
    rows = {}
    for n_p in (None, 0.05):
        for overrides in ({K_R: 0.0}, fast):
            pv = assb_models.get_parameter_values(
                "Park2021", cell="full", anode="bare Li", n_p_ratio=n_p
            )
            pv.update({**overrides, kappa: 1e4 * pv[kappa], crust: 1e4 * pv[crust]})
            up, low = pv["Upper voltage cut-off [V]"], pv["Lower voltage cut-off [V]"]
            cycle = (
                f"Charge at 0.1C until {up:.4g} V",
                f"Discharge at 0.1C until {low:.4g} V",
            )
            options = Park2021.full_cell_options("bare Li")
            options.update({**linear, "SE consumption": "false"})
            model = assb_models.SolidStateDFN(options)
            sol = pybamm.Simulation(
                model, parameter_values=pv, experiment=pybamm.Experiment([cycle])
            ).solve()
            charge, discharge = sol.cycles[0].steps[:2]
            q = [
                abs(np.ptp(s["Discharge capacity [A.h]"].entries))
                for s in (charge, discharge)
            ]
            lost = discharge["Negative electrode lithium lost to interphase [mol.m-2]"]
            rows[(n_p, overrides[K_R])] = (
                *q,
                lost.entries[-1] * Park2021.F * 1e-4 / 3600,
                sol.termination,
                pv["Negative electrode thickness [m]"]
                / pv["Lithium metal partial molar volume [m3.mol-1]"]
                * Park2021.F
                * 1e-4
                / 3600,
            )
    # excess Li: the loss comes out of the foil, the capacities stay
    ch0, dis0, *_ = rows[(None, 0.0)]
    ch1, dis1, lost1, *_ = rows[(None, 2e-10)]
    assert lost1 > 0.2 * dis0
    np.testing.assert_allclose([ch1, dis1], [ch0, dis0], rtol=2e-2)
    # N/P 0.05: the metal runs out, the discharge is the Li that was left
    ch, dis, lost, event, reserve = rows[(0.05, 2e-10)]
    assert "Lithium metal anode depleted" in event
    np.testing.assert_allclose(dis, ch + reserve - lost, rtol=2e-3)
    assert dis < 0.8 * rows[(0.05, 0.0)][1]
