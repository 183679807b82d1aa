"""The composite transport law: its fit to measured composites, and its band."""

import csv
import pathlib

import numpy as np
import pytest

from assb_models.parameter_sets import Kim2024
from assb_models.parameters.parameter_values import (
    get_parameter_values,
    validate_parameter_values,
)
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


def test_kim2024_default_law_sits_in_the_band_and_the_measured_interval():
    """The packing limit is the middle of the stated band; the exponent the lower
    end of the measured fit's 95 % interval, above the percolation estimate."""
    values = Kim2024.get_parameter_values()
    (low, high), reasoning = Kim2024.TRANSPORT_BAND[LIMIT]
    assert values[LIMIT] == pytest.approx((low + high) / 2)
    assert reasoning.startswith("estimate")
    for name in (LIMIT, EXPONENT):
        _, (low, high), _ = Kim2024.TRANSPORT_MEASURED[name]
        assert low <= values[name] <= high
    assert values[EXPONENT] == Kim2024.TRANSPORT_MEASURED[EXPONENT][1][0]
    assert values[EXPONENT] > Kim2024.TRANSPORT_BAND[EXPONENT][0][1]
    assert "Positive electrode obstruction exponent" in Kim2024.FITTED_TO
    # 0.74 is the FCC packing, not a value of the composite; the band's lower end
    # lets the carbon-free 90 wt% cell (eps_AM = 0.686) conduct
    assert Kim2024.TRANSPORT_BAND[LIMIT][0][0] > 0.686


DATA = (
    pathlib.Path(__file__).parents[2]
    / "experiments"
    / "data"
    / "composite_ionic_conductivity.csv"
)


def _measured(fitted=("yes",), size_ratio=False):
    """AM and SE fractions and sigma_ion / sigma_SE of the recorded composites
    whose "fitted" column is in ``fitted``, and their AM/SE size ratios."""
    with DATA.open() as f:
        rows = [r for r in csv.DictReader(f) if r["fitted"] in fitted]
    col = {
        k: np.array([float(r[k]) for r in rows])
        for k in (
            "am_volume_fraction",
            "se_volume_fraction",
            "sigma_ion [S/m]",
            "sigma_bulk SE [S/m]",
        )
        + (("am_se_size_ratio",) if size_ratio else ())
    }
    ratio = col["sigma_ion [S/m]"] / col["sigma_bulk SE [S/m]"]
    out = (col["am_volume_fraction"], col["se_volume_fraction"], ratio)
    return out + ((col["am_se_size_ratio"],) if size_ratio else ())


def test_measured_law_reproduces_its_measurements_within_their_scatter():
    eps_am, eps_se, ratio = _measured()
    assert len(ratio) >= 4
    fit = fit_obstruction(eps_am, eps_se, ratio)
    # every measurement within two standard deviations of the common scatter
    assert np.all(np.abs(fit["residuals"]) <= 2)
    assert 1 < fit["scatter"][0] < 3
    # the frozen values of the set are this fit, with its 95 % intervals
    for name, key in ((LIMIT, "packing limit"), (EXPONENT, "exponent")):
        value, interval, source = Kim2024.TRANSPORT_MEASURED[name]
        assert value == pytest.approx(fit[key], abs=5e-4 if name == LIMIT else 5e-3)
        assert interval == pytest.approx(fit[f"{key} 95% interval"], abs=5e-3)
        assert "fitted" in source


def test_the_measured_law_is_selectable_and_the_calibrated_stays_default():
    default = Kim2024.get_parameter_values(am_wt_percent=90, carbon_wt_percent=0)
    calibrated = Kim2024.get_parameter_values(
        am_wt_percent=90, carbon_wt_percent=0, transport_law="calibrated"
    )
    measured = Kim2024.get_parameter_values(
        am_wt_percent=90, carbon_wt_percent=0, transport_law="measured"
    )
    assert default[LIMIT] == calibrated[LIMIT] == 0.75
    assert default[EXPONENT] == calibrated[EXPONENT] == 2.53
    assert measured[LIMIT] == Kim2024.TRANSPORT_MEASURED[LIMIT][0]
    assert measured[EXPONENT] == Kim2024.TRANSPORT_MEASURED[EXPONENT][0]
    sources = Kim2024.get_sources(transport_law="measured")
    assert "Minnmann" in sources[LIMIT] and "Ketter" in sources[LIMIT]
    with pytest.raises(InvalidInputError, match="'transport_law' = 'fitted'"):
        Kim2024.get_parameter_values(transport_law="fitted")


def test_common_scatter_needs_three_measurements():
    eps_am, eps_se, ratio = _measured()
    with pytest.raises(InvalidInputError, match="at least 3"):
        fit_obstruction(eps_am[:2], eps_se[:2], ratio[:2])


SIZE = "Positive electrode packing limit size exponent"


def _measured_with_size():
    return _measured(fitted=("yes", "size law only"), size_ratio=True)


def test_sized_law_reproduces_every_series_within_its_scatter():
    eps_am, eps_se, ratio, lam = _measured_with_size()
    assert len(set(lam.tolist())) == 3  # three size ratios: Ketter, coarse, fine
    fit = fit_obstruction(eps_am, eps_se, ratio, size_ratio=lam)
    assert np.all(np.abs(fit["residuals"]) <= 2)
    assert 1 < fit["scatter"][0] < 3
    # the milled-SE composite (the only size pair at equal fractions) is held
    fine = np.argmax(lam)
    assert abs(fit["residuals"][fine]) <= 1
    for name, key in (
        (LIMIT, "packing limit"),
        (EXPONENT, "exponent"),
        (SIZE, "size exponent"),
    ):
        value, interval, source = Kim2024.TRANSPORT_SIZED[name]
        assert value == pytest.approx(fit[key], abs=5e-3)
        assert interval == pytest.approx(fit[f"{key} 95% interval"], abs=5e-3)
        assert "fitted" in source


def test_size_term_raises_conductivity_when_the_se_is_finer():
    # the data's direction (Minnmann: milled SE, ratio 0.87 -> 1.22, 3.8x higher)
    value = {n: v[0] for n, v in Kim2024.TRANSPORT_SIZED.items()}
    efficiency = [
        composite_efficiency(
            0.25, 0.61, 1.5, value[LIMIT], value[EXPONENT], 1, lam, value[SIZE]
        )[0]
        for lam in (0.1, 0.87, 1.22, 5.0)
    ]
    assert np.all(np.diff(efficiency) > 0)
    assert value[SIZE] > 0


def test_size_term_at_unit_ratio_or_zero_exponent_is_the_old_law():
    old = composite_efficiency(0.3, 0.55, 1.5, 0.736, 3.11)[0]
    assert composite_efficiency(0.3, 0.55, 1.5, 0.736, 3.11, 1, 1.0, 0.4)[
        0
    ] == pytest.approx(old)
    assert composite_efficiency(0.3, 0.55, 1.5, 0.736, 3.11, 1, 5.0, 0.0)[
        0
    ] == pytest.approx(old)
    # without size ratios the fit is the two-parameter fit of the 13 measurements
    eps_am, eps_se, ratio = _measured()
    fit = fit_obstruction(eps_am, eps_se, ratio)
    assert fit["packing limit"] == pytest.approx(
        Kim2024.TRANSPORT_MEASURED[LIMIT][0], abs=5e-4
    )
    assert "size exponent" not in fit


def test_sized_law_is_selectable_and_refuses_a_disconnected_se():
    sized = Kim2024.get_parameter_values(
        am_wt_percent=90, carbon_wt_percent=0, transport_law="sized"
    )
    assert sized[SIZE] == Kim2024.TRANSPORT_SIZED[SIZE][0]
    for law in ("calibrated", "measured"):
        assert Kim2024.get_parameter_values(transport_law=law)[SIZE] == 0
    eps_am, eps_se, ratio, lam = _measured_with_size()
    with pytest.raises(InvalidInputError, match="'size_ratio'"):
        fit_obstruction(eps_am, eps_se, ratio, size_ratio=-lam)


def test_a_size_exponent_that_disconnects_the_se_is_refused_by_name():
    """At Kim's size ratio (5) an exponent of -1 puts the packing limit (0.175)
    below the 90 wt% cell's AM fraction (0.685): the SE domain is disconnected."""
    values = Kim2024.get_parameter_values(
        am_wt_percent=90, carbon_wt_percent=0, transport_law="sized"
    )
    validate_parameter_values(values)
    values.update({SIZE: -1.0})
    with pytest.raises(InvalidInputError, match=f"'{SIZE}' = -1.0 .* disconnected"):
        validate_parameter_values(values)


def test_a_percolation_threshold_in_the_se_share_vanishes_at_the_threshold():
    """eps_c = 0 is the model's law; conduction falls to 0 as eps_SE -> eps_c and
    falls faster than the law the closer the SE is to the threshold."""
    args = (1.5, 0.75, 2.25)
    law = composite_efficiency(0.122, 0.613, *args)[0]
    assert composite_efficiency(0.122, 0.613, *args, eps_c=0)[0] == law
    assert composite_efficiency(0.122, 0.613, *args, eps_c=0.122)[0] == 0
    ratio = [
        composite_efficiency(eps_se, 0.613, *args, eps_c=0.1)[0]
        / composite_efficiency(eps_se, 0.613, *args)[0]
        for eps_se in (0.30, 0.20, 0.12)
    ]
    assert 1 > ratio[0] > ratio[1] > ratio[2] > 0
    # the SE factor is ((eps_se - eps_c) / (1 - eps_am - eps_c))^b
    expected = ((0.2 - 0.1) / (1 - 0.613 - 0.1)) ** 1.5
    assert composite_efficiency(0.2, 0.613, *args, eps_c=0.1)[1] ** 1.5 == (
        pytest.approx(expected)
    )


def test_measured_composites_put_every_90_wt_cell_over_the_resistance_bound():
    """With the law fitted to measured composites, the pristine SE path of each
    90 wt% Kim cell alone exceeds the 300 Ohm.cm2 bound on the whole formed-cell
    budget across the fit's 95 % band; the 80/3 cell's band reaches below it."""
    from assb_models.reproductions.kim2024.cells import measured_se_path
    from assb_models.reproductions.kim2024.paper import FORMED_BOUNDS

    bound = FORMED_BOUNDS["resistance budget total [Ohm.cm2]"][1]
    for carbon in (0, 1, 2, 3):
        path = measured_se_path(90, carbon)
        low, high = path["95 % band"]
        assert bound < low <= path["centre"] <= high, (carbon, path)
    assert measured_se_path(80, 3)["95 % band"][0] < bound


def test_least_budget_is_the_minimum_of_its_loading_law():
    """least_budget: the loading m* and total of R(m) = a m + b/m + c, against a
    brute-force minimum; thickness paths scale with m, interface terms with 1/m."""
    from assb_models.reproductions.kim2024.cells import least_budget

    budget = {
        "SE ionic path": 472.0,
        "electronic path": 0.02,
        "charge transfer": 68.0,
        "CEI": 23.0,
        "separator": 49.0,
        "anode": 13.0,
    }
    least = least_budget(budget, 12.0)
    m = np.linspace(0.5, 40, 400001)
    r = (472.02 / 12) * m + (91.0 * 12) / m + 62.0
    assert least["budget total [Ohm.cm2]"] == pytest.approx(r.min(), rel=1e-9)
    assert least["loading [mg/cm2]"] == pytest.approx(m[np.argmin(r)], abs=1e-3)
    # at the budget's own loading the law gives back the budget's total
    law = least["law"]
    at_12 = 12 * law["a [Ohm.cm2 per mg/cm2]"] + law["b [Ohm.mg]"] / 12
    assert at_12 + law["c [Ohm.cm2]"] == pytest.approx(sum(budget.values()))


def test_kim_loading_sets_the_thickness_and_the_se_path_in_proportion():
    """The NCM loading (not given in the paper) enters the Kim set through the
    composite's thickness alone: thickness and pristine SE path double with it."""
    from assb_models.reproductions.kim2024.cells import pristine_se_path

    values = {
        m: get_parameter_values(
            "Kim2024", am_wt_percent=90, carbon_wt_percent=3, am_loading_mg_cm2=m
        )
        for m in (6.0, 12.0)
    }
    thickness = "Positive electrode thickness [m]"
    assert values[12.0][thickness] == pytest.approx(2 * values[6.0][thickness])
    assert pristine_se_path(values[12.0]) == pytest.approx(
        2 * pristine_se_path(values[6.0])
    )
    capacity = "Nominal cell capacity [A.h]"
    assert values[12.0][capacity] == pytest.approx(2 * values[6.0][capacity])
