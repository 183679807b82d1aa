"""Li metal on the SE: voids that open on stripping and close by creep, and Li
intrusion into the separator that shorts the cell (symmetric Park2021 cell)."""

import numpy as np
import pybamm
import pytest
from scipy.integrate import solve_ivp
from scipy.optimize import brentq

import assb_models
from assb_models.models import SymmetricCell, run_plating_stripping

F = 96485.33212
R = 8.314462618
AREA = 1e-4  # the Park2021 set's 1 cm2


def _pv(**overrides):
    pv = assb_models.get_parameter_values("Park2021")
    pv.update(overrides)
    return pv


def _strip_then_rest(i_mA_cm2, strip_h, rest_h):
    amps = i_mA_cm2 * 10 * AREA
    return [
        (
            pybamm.step.current(amps, duration=strip_h * 3600, period=60),
            pybamm.step.rest(duration=rest_h * 3600, period=60),
        )
    ]


def _supply_velocity(pv, f):
    """v(f) of the contact law: creep under P/f plus diffusional supply [m.s-1]."""
    P = pv["Stack pressure at assembly [Pa]"]
    T = pv["Ambient temperature [K]"]
    creep = (
        pv["Lithium metal creep length [m]"]
        * pv["Lithium metal creep strain rate at reference stress [s-1]"]
        * (P / f / pv["Lithium metal creep reference stress [Pa]"])
        ** pv["Lithium metal creep stress exponent"]
    )
    diffusion = (
        pv["Lithium metal self-diffusivity [m2.s-1]"]
        * pv["Lithium metal partial molar volume [m3.mol-1]"]
        * P
        / (f * R * T * pv["Lithium metal contact spot spacing [m]"])
    )
    return creep + diffusion


def _no_intrusion():
    return SymmetricCell({"anode penetration": "none"})


F_NEG = "Negative electrode lithium metal contact fraction"


def test_stripping_below_the_creep_supplied_flux_keeps_the_contact():
    pv = _pv(**{"Initial lithium metal contact fraction": 1.0})
    i_c = (
        F
        * _supply_velocity(pv, 1.0)
        / pv["Lithium metal partial molar volume [m3.mol-1]"]
    )  # A/m2
    # strip at half the creep-supplied current, then at three times it
    below, _ = run_plating_stripping(
        _no_intrusion(), pv, _strip_then_rest(0.5 * i_c / 10, 2, 0.1)
    )
    np.testing.assert_allclose(below[F_NEG].entries, 1.0, atol=1e-6)
    above, _ = run_plating_stripping(
        _no_intrusion(), pv, _strip_then_rest(3 * i_c / 10, 2, 0.1)
    )
    f = above[F_NEG].entries
    assert f.min() < 0.96
    assert f[-1] > f.min()  # and the rest closes the voids again


def test_contact_settles_where_creep_under_the_contact_stress_supplies_the_strip():
    """Stripping at i settles at f* with V i / (F f*) = v(f*), about
    (i_c / i)^(1/(n-1)) (the stress on the contacts is P/f)."""
    pv = _pv(**{"Initial lithium metal contact fraction": 1.0})
    sol, _ = run_plating_stripping(
        _no_intrusion(), pv, _strip_then_rest(0.1, 5, 1 / 3600)
    )
    t = sol["Time [s]"].entries
    f_end = sol[F_NEG].entries[np.searchsorted(t, 5 * 3600)]
    V = pv["Lithium metal partial molar volume [m3.mol-1]"]
    f_star = brentq(lambda f: V * 1.0 / (F * f) - _supply_velocity(pv, f), 1e-3, 1)
    np.testing.assert_allclose(f_end, f_star, rtol=2e-3)
    assert f_star < 0.5


def test_voids_close_at_rest_at_the_rate_of_the_creep_law():
    """At rest df/dt = (1 - f) v(f) / h_v: the model's contact against that ODE
    integrated from the contact the strip left."""
    pv = _pv(**{"Initial lithium metal contact fraction": 1.0})
    rest_h = 10.0
    sol, _ = run_plating_stripping(
        _no_intrusion(), pv, _strip_then_rest(0.1, 5, rest_h)
    )
    t = sol["Time [s]"].entries
    f = sol[F_NEG].entries
    start = np.searchsorted(t, 5 * 3600)
    h_v = pv["Lithium metal void closure length [m]"]
    ode = solve_ivp(
        lambda _, y: (1 - y) * _supply_velocity(pv, y) / h_v,
        (t[start], t[-1]),
        [f[start]],
        rtol=1e-10,
        atol=1e-12,
        t_eval=t[start:],
    )
    np.testing.assert_allclose(f[start:], ode.y[0], rtol=1e-3)
    # it does recover, and slower as it closes (the contact stress falls to P)
    assert f[-1] > f[start] + 0.01


def _rest_short_hours(pressure, thickness=5e-4, penetration="intrusion", hours=500):
    pv = _pv(
        **{
            "Initial lithium metal contact fraction": 1.0,
            "Stack pressure at assembly [Pa]": pressure,
            "Separator thickness [m]": thickness,
        }
    )
    model = SymmetricCell({"anode penetration": penetration})
    steps = [(pybamm.step.rest(duration=hours * 3600, period=hours * 36),)]
    sol, stop = run_plating_stripping(model, pv, steps)
    if stop is None:
        return None, pv
    assert "Short circuit: lithium crossed the separator" in stop["event"]
    return float(sol["Time [h]"].entries[-1]), pv


def test_time_to_short_at_rest_falls_with_pressure_rises_with_thickness():
    t50, _ = _rest_short_hours(50e6)
    t70, _ = _rest_short_hours(70e6)
    t50_thick, _ = _rest_short_hours(50e6, thickness=1e-3)
    assert t50 is not None and t70 is not None and t50_thick is not None
    assert t70 < t50 < t50_thick
    np.testing.assert_allclose(t50_thick / t50, 2.0, rtol=1e-3)


def test_time_to_short_at_rest_is_the_creep_extrusion_time():
    """At rest in full contact both electrodes extrude Li into the pores at
    2 r sqrt(eps) rate_ref (P / sigma_y)^n, so the short takes L_s / (2 v)."""
    t, pv = _rest_short_hours(50e6)
    r = pv["Separator pore radius [m]"]
    sigma_y = (
        pv["Lithium metal yield strength at 1 um [Pa]"]
        * (2 * r / 1e-6) ** pv["Lithium metal yield strength size exponent"]
    )
    v = (
        2
        * r
        * np.sqrt(pv["Separator void fraction"])
        * pv["Lithium metal creep strain rate at reference stress [s-1]"]
        * (50e6 / sigma_y) ** pv["Lithium metal creep stress exponent"]
    )
    np.testing.assert_allclose(t * 3600, 5e-4 / (2 * v), rtol=1e-3)


@pytest.mark.parametrize("pressure", [50e6, 100e6])
def test_with_the_intrusion_law_off_nothing_shorts_at_rest(pressure):
    t, _ = _rest_short_hours(pressure, penetration="none", hours=200)
    assert t is None


def test_a_short_comes_a_finite_time_after_the_plating_starts():
    """Plating above the critical local current at the contacts grows filaments:
    the short ends the run during the step, not as it starts."""
    pv = _pv(**{"Critical local current density [A.m-2]": 2.0})
    amps = 0.3 * 10 * AREA
    steps = [
        (
            pybamm.step.current(amps, duration=3600, period=60),
            pybamm.step.current(-amps, duration=3600, period=60),
        )
    ]
    sol, stop = run_plating_stripping(SymmetricCell(), pv, steps)
    assert stop is not None and stop["short circuit"], stop
    t_short = sol["Time [h]"].entries[-1]
    assert 1.0 < t_short < 2.0
    depth = sum(
        sol[f"{d} electrode lithium intrusion depth [m]"].entries[-1]
        for d in ("Negative", "Positive")
    )
    np.testing.assert_allclose(depth, pv["Separator thickness [m]"], rtol=1e-3)


def test_total_lithium_is_conserved_with_voids_and_intrusion():
    pv = _pv()
    sol, _ = run_plating_stripping(SymmetricCell(), pv, _strip_then_rest(0.2, 2, 1) * 2)
    n = sol["Total lithium [mol]"].entries
    assert np.ptp(n) / n[0] < 1e-12
