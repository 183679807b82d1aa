"""SolidStateSPMe, solved: fitting plumbing and pressure as an input."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Sakka2022


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
        {
            "Stack pressure at assembly [Pa]": "[input]",
            "Current function [A]": -0.05 * capacity,
        }
    )
    charged = {}
    for cls in (assb_models.SolidStateSPMe, assb_models.SolidStateDFN):
        sim = pybamm.Simulation(cls(Sakka2022.MODEL_OPTIONS), parameter_values=pv)
        charged[cls] = [
            -sim.solve([0, 24 * 3600], inputs={"Stack pressure at assembly [Pa]": p})[
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


def test_park_bare_li_full_cell_spme_cycles_as_the_dfn():
    """The SPMe of Park's bare-Li LiCoO2 cell (voids, intrusion, SE reduction and
    oxidation) cycles at 0.1 C as the DFN (capacity and CE of two cycles) and keeps
    its lithium."""
    from assb_models.reproductions.park2021 import cells

    dfn = cells.full_cell_cycling(("bare Li",), cycles=2)["cells"]["bare Li"]
    spme = cells.full_cell_cycling(("bare Li",), cycles=2, model="SPMe")
    row = spme["cells"]["bare Li"]
    assert spme["protocol"]["model"] == "SolidStateSPMe"
    assert row["cycles run"] == 2, row["last event"]
    np.testing.assert_allclose(
        row["discharge capacity [mAh/g]"], dfn["discharge capacity [mAh/g]"], rtol=2e-3
    )
    np.testing.assert_allclose(row["CE [%]"], dfn["CE [%]"], atol=0.02)
    assert row["Total lithium relative drift"] < 1e-10, row
    assert row["Li lost to the anode interphase [mAh/g]"][1] > 0, row


@pytest.mark.parametrize("c_rate, warns", [(0.1, False), (2.0, True)])
def test_a_run_beyond_the_reduced_models_range_warns(c_rate, warns):
    """Kim 2024 90/3: Pi = 0.7 at C/10 (inside), 14 at 2 C (outside the 10 mV
    range, Pi <= 7); the DFN has no such limit and never warns."""
    import warnings

    from assb_models.submodels.reduced.reaction_distribution import (
        OHMIC_NUMBER,
        PI_LIMIT,
    )

    values = assb_models.get_parameter_values("Kim2024", am_wt_percent=90)
    experiment = pybamm.Experiment([f"Discharge at {c_rate}C for 2 minutes"])
    for model in (assb_models.SolidStateSPMe(), assb_models.SolidStateDFN()):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            sol = assb_models.Simulation(
                model, parameter_values=values, experiment=experiment
            ).solve()
        named = [w for w in caught if OHMIC_NUMBER in str(w.message)]
        reduced = isinstance(model, assb_models.SolidStateSPMe)
        assert bool(named) == (warns and reduced), [str(w.message) for w in named]
        if reduced:
            pi = sol[OHMIC_NUMBER].entries.max()
            assert (pi > PI_LIMIT) == warns, pi


def test_run_cycles_warns_once_with_the_largest_ohmic_number():
    """A run of chunks (one per cycle) beyond the range gives one warning, for the
    whole run, naming the largest Pi of its chunks."""
    import warnings

    from assb_models.simulation.analysis import OutsideValidityWarning

    values = assb_models.get_parameter_values("Kim2024", am_wt_percent=90)
    cycles = [("Discharge at 2C for 1 minute", "Rest for 1 minute")] * 3
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        sol = assb_models.run_cycles(assb_models.SolidStateSPMe(), values, cycles)
    named = [w for w in caught if issubclass(w.category, OutsideValidityWarning)]
    assert len(sol.cycles) == 3
    assert len(named) == 1, [str(w.message) for w in named]
    assert "run_cycles (3 cycles)" in str(named[0].message)


def test_expanded_functions_give_the_same_cycles():
    """The reduced model's SX residual and Jacobian (its default) solve the cell of
    benchmarks/bench_cycling.py as the MX ones do: formation and two 0.2 C cycles
    of the Kim 2024 80/0 cell on lithium metal with every degradation option."""
    from assb_models.parameter_sets import Kim2024

    pv = assb_models.get_parameter_values(
        "Kim2024",
        pristine=True,
        am_wt_percent=80,
        carbon_wt_percent=0,
        anode="lithium metal",
    )
    experiment = pybamm.Experiment(
        [("Charge at 0.05C until 4.32 V", "Discharge at 0.05C until 2.52 V")]
        + [("Charge at 0.2C until 4.32 V", "Discharge at 0.2C until 2.52 V")] * 2
    )
    out = {}
    for expand in (False, True):
        model = assb_models.SolidStateSPMe(
            {**Kim2024.MODEL_OPTIONS, "anode": "lithium metal"}
        )
        solver = model.default_solver
        assert solver.expand is True
        solver.expand = expand
        sol = pybamm.Simulation(
            model, parameter_values=pv, experiment=experiment, solver=solver
        ).solve()
        lithium = sol["Total lithium [mol]"].entries
        assert abs(lithium[-1] / lithium[0] - 1) < 1e-12
        out[expand] = [
            float(np.ptp(c.steps[1]["Discharge capacity [A.h]"].entries))
            for c in sol.cycles
        ] + [float(sol["X-averaged positive electrode CEI thickness [m]"].entries[-1])]
    # within the solver's tolerance (rtol 1e-5): the floating-point order differs
    np.testing.assert_allclose(out[True], out[False], rtol=2e-5)
