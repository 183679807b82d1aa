"""Where the SE goes: shell consumption vs mean-field (no solves)."""

import pytest

from assb_models.parameter_sets import Kim2024
from assb_models.submodels.solid_electrolyte import composite_efficiency
from assb_models.submodels.solid_electrolyte.consumption import shell_split

#: Kim 2024 90/3 wt% cell (recipe) and its transport law
RECIPE = Kim2024.get_recipe(am_wt_percent=90, carbon_wt_percent=3).to_parameters()
EPS_0 = RECIPE["Positive electrode porosity"]
EPS_AM = RECIPE["Positive electrode active material volume fraction"]
VALUES = Kim2024.get_parameter_values(am_wt_percent=90, carbon_wt_percent=3)
LAW = (
    VALUES["Positive electrode Bruggeman coefficient (electrolyte)"],
    VALUES["Positive electrode active material packing limit"],
    VALUES["Positive electrode obstruction exponent"],
)
CHI = VALUES["Positive electrode SE shell backbone share"]


def _efficiency(eps_se, f_shell=1.0):
    return composite_efficiency(eps_se, EPS_AM, *LAW, f_shell)[0]


def _shell(consumed, shell_c=0.02, shell_am=0.02, on_carbon=True):
    d_c = consumed if on_carbon else 0.0
    _, shell, conducting, factor = shell_split(
        EPS_0 - consumed, d_c, EPS_0, shell_c, shell_am, CHI
    )
    return shell, _efficiency(conducting, factor)


@pytest.mark.parametrize("on_carbon", [True, False])
@pytest.mark.parametrize("consumed", [0.002, 0.01, 0.02])
def test_shell_lowers_less_than_mean_field_and_at_most_its_volume_share(
    consumed, on_carbon
):
    b_0 = _efficiency(EPS_0)
    b_mean_field = _efficiency(EPS_0 - consumed)
    shell, b_shell = _shell(consumed, on_carbon=on_carbon)
    assert shell == pytest.approx(consumed)
    assert b_mean_field < b_shell < b_0
    assert (b_0 - b_shell) / b_0 <= consumed / EPS_0 + 1e-12


def test_beyond_the_shell_the_backbone_is_consumed_mean_field():
    consumed, capacity = 0.05, 0.02
    shell, b_shell = _shell(consumed, shell_c=capacity, on_carbon=True)
    assert shell == pytest.approx(capacity)
    # the overflow (0.03) is mean-field, the shell (0.02) in parallel
    expected = _efficiency(EPS_0 - (consumed - capacity), 1 - CHI * capacity / EPS_0)
    assert b_shell == pytest.approx(expected)
    assert _efficiency(EPS_0 - consumed) < b_shell


def test_no_consumption_leaves_the_law_unchanged():
    _, b_shell = _shell(0.0)
    assert b_shell == pytest.approx(_efficiency(EPS_0))


def test_shell_consumption_needs_the_composite_law():
    import pybamm

    import assb_models

    with pytest.raises(pybamm.OptionError, match="composite obstruction"):
        assb_models.SolidStateDFN(
            {"SE oxidation on carbon": "self-limiting Tafel", "SE consumption": "shell"}
        )
    model = assb_models.SolidStateDFN(
        {**Kim2024.MODEL_OPTIONS, "SE consumption": "shell"}
    )
    assert type(model.submodels["porosity"]).__name__ == (
        "SolidElectrolyteShellConsumption"
    )
    model.check_well_posedness()
