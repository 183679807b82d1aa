"""Cyclic voltammetry of an SE-carbon electrode: capacitive rectangle, oxidation
peak."""

import numpy as np
import pytest

import assb_models
from assb_models.simulation.voltammetry import cyclic_voltammetry

SCAN_RATE = 1e-3  # V/s


def se_carbon_electrode(options=None):
    """A Kim 2024 90/3 cathode whose NCM cannot react: only SE, carbon, double
    layers."""
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
    )
    pv["Positive electrode exchange-current density [A.m-2]"] = 1e-12
    model = assb_models.SolidStateDFN(
        {"surface form": "differential", **(options or {})}
    )
    return model, pv


def test_capacitive_electrode_gives_a_rectangle_of_height_capacitance_times_rate():
    model, pv = se_carbon_electrode()
    sol = cyclic_voltammetry(model, pv, 2.5, 3.7, SCAN_RATE)
    a = sol["X-averaged positive electrode surface area to volume ratio [m-1]"].entries[
        0
    ]
    f_c = sol["X-averaged positive electrode interface utilisation"].entries[0]
    a_c = sol[
        "Positive electrode carbon-solid electrolyte contact area per unit volume [m-1]"
    ].entries
    a_c = float(np.mean(a_c))
    volume = (
        pv["Positive electrode thickness [m]"]
        * pv["Electrode height [m]"]
        * pv["Electrode width [m]"]
    )
    capacitance = volume * (
        a * f_c * pv["Positive electrode double-layer capacity [F.m-2]"]
        + a_c * pv["Positive electrode carbon double-layer capacity [F.m-2]"]
    )
    t = sol["Time [s]"].entries
    current = sol["Current [A]"].entries
    voltage = sol["Voltage [V]"].entries
    dvdt = np.gradient(voltage, t)
    # away from the start and the vertices (RC transients, 0.1 V or more from
    # them) the current is -C dV/dt
    settled = (voltage > 2.9) & (voltage < 3.3)
    np.testing.assert_allclose(
        current[settled], -capacitance * dvdt[settled], rtol=0.02
    )
    # and the two sweeps are mirror images: a rectangle, not a tilted loop
    up, down = current[settled & (dvdt > 0)], current[settled & (dvdt < 0)]
    np.testing.assert_allclose(np.median(up), -np.median(down), rtol=0.01)


def test_oxidation_peak_charge_equals_the_side_reaction_capacity():
    model, pv = se_carbon_electrode({"SE oxidation on carbon": "self-limiting Tafel"})
    sol = cyclic_voltammetry(model, pv, 2.5, 3.7, SCAN_RATE)
    t = sol["Time [s]"].entries
    # over a closed cycle the double layers give back what they took: what is left
    # is the charge of the oxidation peak
    peak_charge = -np.trapezoid(sol["Current [A]"].entries, t)
    q_ox = sol["Carbon SE oxidation capacity [A.h]"].entries[-1] * 3600
    # a real peak, far above the double layer's charge over a whole sweep
    voltage, current = sol["Voltage [V]"].entries, sol["Current [A]"].entries
    falling = (np.gradient(voltage, t) < 0) & (voltage < 2.8)
    q_double_layer = np.median(np.abs(current[falling])) * (3.7 - 2.5) / SCAN_RATE
    assert q_ox > 5 * q_double_layer
    np.testing.assert_allclose(peak_charge, q_ox, rtol=0.01)
    # the peak sits on the anodic sweep, above the onset
    current = sol["Current [A]"].entries
    v_peak = sol["Voltage [V]"].entries[np.argmin(current)]
    assert v_peak > 3.0


@pytest.mark.parametrize(
    "kwargs, match",
    [
        ({"lower": 3.0, "upper": 2.5}, "must be below"),
        ({"scan_rate": 0}, "scan_rate"),
        ({"cycles": 0}, "cycles"),
        ({"start": 4.5}, "outside the limits"),
    ],
)
def test_bad_sweeps_are_rejected_with_the_value(kwargs, match):
    model, pv = se_carbon_electrode()
    args = {"lower": 2.5, "upper": 3.7, "scan_rate": SCAN_RATE, **kwargs}
    with pytest.raises(assb_models.InvalidInputError, match=match):
        cyclic_voltammetry(model, pv, **args)
