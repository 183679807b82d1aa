"""A PyBOP fit and the package's own fit of one synthetic discharge agree.

Synthetic C/10 discharge of the Kim2024 cell on SolidStateSPMe (2 mV noise), two
parameters started 30 % off; PyBOP's Nelder-Mead on :func:`pybop_problem` and
:func:`assb_models.fitting.fit` each find the truth inside their 95 % intervals,
and each estimate lies inside the other's interval. A likelihood cost gives a
log-posterior that PyBOP's MCMC samples.
"""

import numpy as np
import pytest
import scipy.stats

pybop = pytest.importorskip("pybop")

import assb_models  # noqa: E402
from assb_models.fitting import FitParameter, fit  # noqa: E402
from assb_models.fitting.pybop_problem import (  # noqa: E402
    intervals,
    pybop_dataset,
    pybop_problem,
)
from assb_models.fitting.synthetic import simulate_discharge  # noqa: E402

#: coarse mesh, the same for the data and both fits, so the truth is exact
VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}
#: the knee below 2.6 V is left out of both fits (see assb_models.fitting)
VOLTAGE_WINDOW = (2.6, 5.0)
NAMES = [
    "Positive particle diffusivity at low lithiation [m2.s-1]",
    "Solid electrolyte conductivity at reference temperature [S.m-1]",
]


def test_pybop_and_package_fits_agree():
    truth = assb_models.get_parameter_values("Kim2024")
    model = assb_models.SolidStateSPMe()
    data = simulate_discharge(
        truth, 0.1, noise_V=2e-3, seed=0, model=model, var_pts=VAR_PTS
    )
    start = [
        FitParameter(n, initial=f * truth[n], bounds=(truth[n] / 5, truth[n] * 5))
        for n, f in zip(NAMES, (1.3, 0.7), strict=True)
    ]
    true = np.array([truth[n] for n in NAMES])

    problem = pybop_problem(
        data,
        start,
        "Kim2024",
        model=model,
        var_pts=VAR_PTS,
        voltage_window=VOLTAGE_WINDOW,
    )
    options = pybop.SciPyMinimizeOptions(method="Nelder-Mead", maxiter=200)
    result = pybop.SciPyMinimize(problem, options=options).run()
    best = {n: float(np.ravel(result.best_inputs[n])[0]) for n in NAMES}
    pybop_values = np.array([best[n] for n in NAMES])
    pybop_stats = intervals(problem, best)

    own = fit(
        data,
        start,
        "Kim2024",
        model=model,
        var_pts=VAR_PTS,
        voltage_window=VOLTAGE_WINDOW,
        progress=False,
    )
    assert own.names == NAMES

    for values, lower, upper in [
        (pybop_values, pybop_stats.lower95, pybop_stats.upper95),
        (own.values, own.lower95, own.upper95),
    ]:
        assert np.all(lower <= true) and np.all(true <= upper), (lower, upper)
        np.testing.assert_allclose(values, true, rtol=0.03)
    # each estimate inside the other's interval
    assert np.all(own.lower95 <= pybop_values) and np.all(pybop_values <= own.upper95)
    assert np.all(pybop_stats.lower95 <= own.values)
    assert np.all(own.values <= pybop_stats.upper95)
    # both reach the 2 mV noise
    assert pybop_stats.noise_V == pytest.approx(2e-3, rel=0.2)
    assert own.noise_V == pytest.approx(2e-3, rel=0.2)


def test_pybop_sampler_runs_on_a_log_posterior():
    """A likelihood cost gives a pybop.LogPosterior that PyBOP's MCMC samples."""
    truth = assb_models.get_parameter_values("Kim2024")
    model = assb_models.SolidStateSPMe()
    data = simulate_discharge(
        truth, 0.1, noise_V=2e-3, seed=0, model=model, var_pts=VAR_PTS
    )
    priors = {
        n: pybop.Parameter(
            distribution=scipy.stats.lognorm(s=0.2, scale=truth[n]),
            initial_value=truth[n],
        )
        for n in NAMES
    }
    likelihood = pybop.GaussianLogLikelihoodKnownSigma(pybop_dataset(data), sigma=2e-3)
    posterior = pybop_problem(
        data, priors, "Kim2024", model=model, var_pts=VAR_PTS, cost=likelihood
    )
    assert isinstance(posterior, pybop.LogPosterior)
    true = {n: truth[n] for n in NAMES}
    off = {n: 1.3 * truth[n] for n in NAMES}
    assert posterior(true) > posterior(off)
    options = pybop.PintsSamplerOptions(
        n_chains=1, max_iterations=40, warm_up_iterations=10
    )
    samples = pybop.MetropolisRandomWalkMCMC(posterior, options=options).run()
    assert samples.chains.shape[2] == 2
    assert np.all(np.isfinite(samples.all_samples))
