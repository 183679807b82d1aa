"""The composite transport law: its fit to measured composites, and its band."""

import numpy as np
import pytest

from assb_models.parameter_sets import Kim2024
from assb_models.submodels.solid_electrolyte import composite_efficiency
from assb_models.submodels.solid_electrolyte.composite_transport import (
    fit_obstruction,
)
from assb_models.validation import InvalidInputError

LIMIT = "Positive electrode active material packing limit"
EXPONENT = "Positive electrode obstruction exponent"


def _synthetic(eps_max=0.77, t=2.3, noise=1.15, seed=3):
    """Composites with 12 % voids, measured with a multiplicative scatter."""
    rng = np.random.default_rng(seed)
    phi = np.linspace(0.2, 0.8, 9)
    eps_am, eps_se = 0.88 * phi, 0.88 * (1 - phi)
    true = composite_efficiency(eps_se, eps_am, 1.5, eps_max, t)[0]
    measured = true * np.exp(rng.normal(0, np.log(noise), phi.size))
    return eps_am, eps_se, measured, np.full(phi.size, 1.3)


def test_fit_recovers_the_law_within_its_intervals_and_the_data_within_scatter():
    fit = fit_obstruction(*_synthetic())
    low, high = fit["packing limit 95% interval"]
    assert low < 0.77 < high and high - low < 0.1
    low, high = fit["exponent 95% interval"]
    assert low < 2.3 < high
    # within the scatter: every point inside two standard deviations
    assert np.all(np.abs(fit["residuals"]) <= 2)


def test_fit_refuses_bad_measurements():
    eps_am, eps_se, ratio, scatter = _synthetic()
    with pytest.raises(InvalidInputError, match="same length"):
        fit_obstruction(eps_am[:3], eps_se, ratio, scatter)
    with pytest.raises(InvalidInputError, match="'ratio'"):
        fit_obstruction(eps_am, eps_se, -ratio, scatter)
    with pytest.raises(InvalidInputError, match="'scatter'"):
        fit_obstruction(eps_am, eps_se, ratio, np.ones_like(ratio))


def test_kim2024_uses_the_middle_of_its_stated_band():
    values = Kim2024.get_parameter_values()
    for name in (LIMIT, EXPONENT):
        (low, high), reasoning = Kim2024.TRANSPORT_BAND[name]
        assert values[name] == pytest.approx((low + high) / 2)
        assert reasoning.startswith("estimate")
    # 0.74 is the FCC packing, not a value of the composite; the band's lower end
    # lets the carbon-free 90 wt% cell (eps_AM = 0.686) conduct
    assert Kim2024.TRANSPORT_BAND[LIMIT][0][0] > 0.686
