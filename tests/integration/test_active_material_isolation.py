"""AM cut off from the SE network as SE consumption lowers the SE fraction
("active material isolation": "SE percolation")."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Kim2024
from assb_models.solver import SolidStateSolver
from assb_models.submodels.electrode.active_material_isolation import (
    PERCOLATION_BETA_3D,
)

PROTOCOL = ["Charge at 0.2C until 3.7 V", "Discharge at 0.2C until 1.9 V"]
THRESHOLD = "Positive electrode SE percolation threshold"
EXPONENT = "Positive electrode connected active material percolation exponent"
ISOLATION = {"active material isolation": "SE percolation"}


def solve(
    model_class=assb_models.SolidStateDFN,
    isolation=True,
    threshold=0.10,
    exponent=PERCOLATION_BETA_3D,
    **tol,
):
    """A 0.2 C cycle of the pristine Kim 2024 90/3 cell with every side reaction."""
    options = {**Kim2024.MODEL_OPTIONS, **(ISOLATION if isolation else {})}
    pv = assb_models.get_parameter_values(
        "Kim2024", am_wt_percent=90, carbon_wt_percent=3, pristine=True
    )
    pv.update(
        {THRESHOLD: threshold, EXPONENT: exponent},
        check_already_exists=False,
    )
    sim = assb_models.Simulation(
        model_class(options),
        parameter_values=pv,
        experiment=pybamm.Experiment(PROTOCOL),
        solver=SolidStateSolver(**tol) if tol else None,
    )
    return sim.solve(), pv


@pytest.fixture(scope="module")
def cycled():
    return solve(rtol=1e-8, atol=1e-10)


def test_connected_am_follows_the_percolation_law(cycled):
    """eps_AM = eps_AM,0 ((eps_SE - eps_c)/(eps_SE,0 - eps_c))^beta at every
    point and time, and the SE consumed cuts some AM off."""
    sol, pv = cycled
    eps_am = sol["Positive electrode active material volume fraction"].entries
    eps_se = sol["Positive electrode porosity"].entries
    eps_am_0 = pv["Positive electrode active material volume fraction"]
    eps_se_0 = pv["Positive electrode porosity"]
    expected = eps_am_0 * ((eps_se - 0.10) / (eps_se_0 - 0.10)) ** PERCOLATION_BETA_3D
    np.testing.assert_allclose(eps_am, expected, rtol=1e-12)
    assert eps_am.min() < 0.98 * eps_am_0
    # irreversible: the connected AM never grows back
    assert np.all(np.diff(eps_am, axis=1) <= 1e-15)


def test_cut_off_particles_still_obstruct_the_se(cycled):
    """The composite transport law's AM obstruction reads the recipe's AM, which
    isolation does not remove: its factor stays what it was at the start."""
    sol, _ = cycled
    obstruction = sol["Positive electrode active material obstruction factor"].entries
    assert np.ptp(obstruction, axis=-1).max() <= 1e-14 * obstruction.max()


def test_total_lithium_counts_the_cut_off_particles(cycled):
    """The cut-off particles keep their Li ("Lithium in lost positive active material
    [mol]"): the balance closes to the solver's tolerance (a history integral),
    well below the Li they hold."""
    sol, _ = cycled
    n = sol["Total lithium [mol]"].entries
    kept = sol["Lithium in lost positive active material [mol]"].entries
    assert kept[-1] > 1e-4 * n[0]
    assert np.max(np.abs(n - n[0])) < 1e-5 * kept[-1]


def test_cut_off_vacancies_are_irreversible_capacity(cycled):
    """Delithiated when cut off, the isolated AM cannot take its Li back: the
    cycle's charge deficit grows by about the capacity those vacancies held."""
    sol, _ = cycled
    ref, _ = solve(isolation=False)

    def deficit(s):
        q = s["Discharge capacity [A.h]"].entries
        return q.min() * -1 - (q[-1] - q.min())

    assert deficit(sol) > deficit(ref) + 1e-5  # A.h, ~5 % of the charge


def test_a_vanishing_exponent_gives_the_model_without_isolation():
    """beta -> 0: the connected fraction stays 1 and the cycle is the one without
    the option (charge and discharge capacities within 1e-6)."""
    sol, _ = solve(exponent=1e-9, rtol=1e-8, atol=1e-10)
    ref, _ = solve(isolation=False, rtol=1e-8, atol=1e-10)
    q, q_ref = (s["Discharge capacity [A.h]"].entries for s in (sol, ref))
    np.testing.assert_allclose([q.min(), q[-1]], [q_ref.min(), q_ref[-1]], rtol=1e-6)


def test_the_reduced_model_takes_it():
    sol, _ = solve(assb_models.SolidStateSPMe)
    n = sol["Total lithium [mol]"].entries
    assert np.max(np.abs(n - n[0])) / n[0] < 1e-6
