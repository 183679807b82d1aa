"""SolidStateSPMe: options, variables shared with the DFN, fitting plumbing."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024, Sakka2022


@pytest.mark.parametrize(
    "option, value",
    [
        ("surface form", "differential"),
        ("surface form", "algebraic"),
        ("intercalation kinetics", "asymmetric Butler-Volmer"),
        ("particle size", "distribution"),
    ],
)
def test_options_it_cannot_honour_are_rejected_by_name(option, value):
    with pytest.raises(pybamm.OptionError, match=f"'{option}' = '{value}'"):
        assb_models.SolidStateSPMe({option: value})


def test_default_kinetics_given_explicitly_keeps_the_explicit_form():
    model = assb_models.SolidStateSPMe(
        {"intercalation kinetics": "symmetric Butler-Volmer"}
    )
    assert model.options["surface form"] == "false"


def test_solid_state_options_are_validated_as_in_the_dfn():
    with pytest.raises(pybamm.OptionError, match="'anode'"):
        assb_models.SolidStateSPMe({"anode": "graphite"})


@pytest.mark.parametrize(
    "options",
    [
        {},
        Kim2024.MODEL_OPTIONS,
        {"interface film": "resistive", "anode": "lithium metal"},
        Sakka2022.MODEL_OPTIONS,
        {"stack pressure": "laws", "contact loss": "chemo-mechanical"},
        {
            "CEI growth": "diffusion-limited",
            "anode": "lithium metal",
            "anode interphase": "diffusion-limited",
            "anode contact": "creep",
        },
    ],
    ids=[
        "core",
        "Kim2024",
        "film, Li metal",
        "Sakka2022",
        "contact loss",
        "Li-metal interface",
    ],
)
def test_well_posed_with_the_dfn_variable_names(options):
    spme = assb_models.SolidStateSPMe(options)
    spme.check_well_posedness()
    dfn = assb_models.SolidStateDFN(options)
    # the DFN's own algebraic states (" variable [") have no counterpart
    missing = sorted(
        name
        for name in set(dfn.variables) - set(spme.variables)
        if " variable [" not in name
    )
    assert not missing, f"DFN variables missing in the SPMe: {missing}"
    assert spme.summary_variables == dfn.summary_variables
    assert isinstance(spme, pybamm.lithium_ion.SPMe)


def test_fit_accepts_the_reduced_model():
    """fit(..., model=SolidStateSPMe()) recovers the SE conductivity of its own data.

    The knee below 2.6 V is left out, as in benchmarks/bench_fit.py (replayed at the
    data's sampling, its timing alone shifts the optimum by ~2 %).
    """
    from assb_models.fitting import FitParameter, fit
    from assb_models.fitting.synthetic import simulate_discharge

    kappa = "Solid electrolyte conductivity at reference temperature [S.m-1]"
    pv = assb_models.get_parameter_values("Kim2024")
    data = simulate_discharge(pv, 0.5, model=assb_models.SolidStateSPMe())
    result = fit(
        data,
        [FitParameter(kappa, initial=1.3 * pv[kappa])],
        pv,
        model=assb_models.SolidStateSPMe(),
        voltage_window=(2.6, 5.0),
    )
    np.testing.assert_allclose(result.values[0], pv[kappa], rtol=2e-3)


def test_pressure_sweep_as_an_input_parameter():
    """One built SPMe serves a stack-pressure sweep; charge capacity as the DFN's."""
    pv = assb_models.get_parameter_values("Sakka2022")
    capacity = pv["Nominal cell capacity [A.h]"]
    pv.update(
        {"Stack pressure [Pa]": "[input]", "Current function [A]": -0.05 * capacity}
    )
    charged = {}
    for cls in (assb_models.SolidStateSPMe, assb_models.SolidStateDFN):
        sim = pybamm.Simulation(cls(Sakka2022.MODEL_OPTIONS), parameter_values=pv)
        charged[cls] = [
            -sim.solve([0, 24 * 3600], inputs={"Stack pressure [Pa]": p})[
                "Discharge capacity [A.h]"
            ].entries[-1]
            for p in (1e8, 3e8)
        ]
    np.testing.assert_allclose(
        charged[assb_models.SolidStateSPMe],
        charged[assb_models.SolidStateDFN],
        rtol=1e-3,
    )
    assert (
        charged[assb_models.SolidStateSPMe][1] > charged[assb_models.SolidStateSPMe][0]
    )
