import numpy as np
import pytest

from assb_models import CompositeCathodeRecipe, InvalidInputError
from assb_models.parameter_sets import Kim2024


def recipe(**changes):
    args = dict(
        am_wt_percent=80,
        se_wt_percent=17,
        carbon_wt_percent=3,
        am_density_g_cm3=4.75,
        se_density_g_cm3=1.86,
        carbon_density_g_cm3=0.67,
        am_loading_mg_cm2=12,
        void_fraction=0.12,
        carbon_specific_surface_area_m2_g=62,
        carbon_se_contact_fraction=0.8,
    )
    args.update(changes)
    return CompositeCathodeRecipe(**args)


@pytest.mark.parametrize("am, paper", [(80, 30.0), (90, 13.9)])
def test_k1_se_volume_fraction(am, paper):
    """Target K1: SE vol% of the solids from the recipe, +-0.5 vol%."""
    phi = Kim2024.get_recipe(am_wt_percent=am, carbon_wt_percent=3)
    assert abs(100 * phi.solid_volume_fractions()["se"] - paper) <= 0.5


def test_volume_fractions_add_up_to_one():
    eps = recipe().volume_fractions()
    np.testing.assert_allclose(sum(eps.values()), 1.0, rtol=0, atol=1e-12)
    assert eps["void"] == 0.12


def test_thickness_holds_the_loading():
    r = recipe()
    eps_am = r.volume_fractions()["am"]
    # AM mass per area = L * eps_AM * rho_AM, back in mg/cm2
    loading = r.thickness_m * eps_am * 4750 * 1e2
    np.testing.assert_allclose(loading, 12, rtol=1e-12)


def test_carbon_contact_area_scales_with_morphology():
    spherical = recipe(carbon_se_contact_fraction=0.8)
    fibre = recipe(carbon_se_contact_fraction=0.2)
    np.testing.assert_allclose(
        spherical.carbon_se_contact_area_per_volume
        / fibre.carbon_se_contact_area_per_volume,
        4.0,
    )
    assert (
        recipe(carbon_wt_percent=0, se_wt_percent=20).carbon_se_contact_area_per_volume
        == 0
    )


def test_se_is_the_pybamm_porosity():
    p = recipe().to_parameters()
    assert p["Positive electrode porosity"] == recipe().volume_fractions()["se"]


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"am_loading_mg_cm2": -1}, "'am_loading_mg_cm2' = -1"),
        ({"am_loading_mg_cm2": 0}, "[0.1, 200]"),
        ({"am_loading_mg_cm2": 1e-9}, "'am_loading_mg_cm2' = 1e-09 is outside"),
        ({"carbon_density_g_cm3": 1e-9}, "'carbon_density_g_cm3' = 1e-09"),
        ({"void_fraction": 1.2}, "'void_fraction' = 1.2"),
        ({"void_fraction": -0.1}, "[0, 0.7]"),
        ({"void_fraction": 0.999999}, "'void_fraction' = 0.999999"),
        ({"am_loading_mg_cm2": 1e6}, "'am_loading_mg_cm2' = 1000000.0 is outside"),
        (
            {"am_loading_mg_cm2": 200, "am_wt_percent": 5, "se_wt_percent": 92},
            "'am_loading_mg_cm2' = 200 with 'void_fraction'",
        ),
        ({"am_density_g_cm3": 4750}, "[0.01, 25]"),
        ({"se_wt_percent": "17"}, "'se_wt_percent' must be a real number, got '17'"),
        ({"carbon_specific_surface_area_m2_g": 1e5}, "[0, 3000]"),
        ({"am_density_g_cm3": -4.75}, "'am_density_g_cm3' = -4.75"),
        ({"se_wt_percent": 30}, "add up to 113"),
        ({"carbon_se_contact_fraction": 1.5}, "'carbon_se_contact_fraction' = 1.5"),
        ({"am_wt_percent": 0, "se_wt_percent": 97}, "needs active material"),
        ({"am_loading_mg_cm2": float("nan")}, "finite"),
    ],
)
def test_bad_recipe_is_rejected_with_a_clear_message(changes, words):
    with pytest.raises(InvalidInputError) as err:
        recipe(**changes)
    assert words in str(err.value)
