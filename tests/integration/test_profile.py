"""Profile-likelihood intervals on synthetic SPMe data: an identifiable parameter's
interval covers the truth, a parameter the data cannot see is flagged flat."""

import warnings

import numpy as np
import pytest

import assb_models
from assb_models.fitting import FitParameter, fit, profile_likelihood
from assb_models.fitting.profile import THRESHOLD
from assb_models.fitting.synthetic import simulate_discharge

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}
KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
#: the SPMe has no double layer: its voltage does not depend on this
UNSEEN = "Positive electrode film capacitance [F.m-2]"


@pytest.fixture(scope="module")
def profiles():
    truth = assb_models.get_parameter_values("Kim2024")
    measured = simulate_discharge(
        truth,
        0.5,
        noise_V=5e-3,
        seed=4,
        model=assb_models.SolidStateSPMe(),
        var_pts=VAR_PTS,
    )
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the unseen parameter: identifiability
        result = fit(
            measured,
            [FitParameter(KAPPA, initial=1.3 * truth[KAPPA]), UNSEEN],
            truth,
            model=assb_models.SolidStateSPMe(),
            var_pts=VAR_PTS,
            voltage_window=(2.6, 5.0),
            progress=False,
        )
    return truth, result, profile_likelihood(result)


def test_threshold_is_chi_square_one_dof():
    assert THRESHOLD == pytest.approx(1.92, abs=5e-3)


def test_identifiable_interval_covers_the_truth(profiles):
    truth, result, prof = profiles
    kappa = prof[KAPPA]
    assert not kappa.flat
    assert kappa.lower95 <= truth[KAPPA] <= kappa.upper95
    # close to the Hessian interval for this nearly linear parameter
    np.testing.assert_allclose(
        [kappa.lower95, kappa.upper95],
        [result.lower95[0], result.upper95[0]],
        rtol=0.01,
    )
    assert np.all(kappa.delta_loglik >= 0) and kappa.delta_loglik.max() > THRESHOLD


def test_unseen_parameter_is_flagged_flat(profiles, tmp_path):
    _, _, prof = profiles
    unseen = prof[UNSEEN]
    assert unseen.flat and unseen.at_lower_bound and unseen.at_upper_bound
    assert "FLAT: not identifiable" in prof.summary()
    path = prof.plot(tmp_path / "profiles.png")
    assert path.stat().st_size > 1000
