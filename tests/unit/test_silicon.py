"""Dense Si film anode: Li balance, OCV, swelling, SE/Si interphase."""

import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.parameter_sets import Tan2021
from assb_models.submodels import pressure

OPTIONS = Tan2021.MODEL_OPTIONS


@pytest.mark.parametrize(
    "change, words",
    [
        ({"Silicon initial stoichiometry": 0.0}, "Silicon initial stoichiometry"),
        ({"Silicon exchange-current density [A.m-2]": -1.0}, "exchange-current"),
        ({"Silicon lithium partial molar volume [m3.mol-1]": 0.0}, "molar volume"),
    ],
)
def test_bad_silicon_values_are_named(change, words):
    pv = assb_models.get_parameter_values("Tan2021")
    pv.update(change)
    with pytest.raises(InvalidInputError, match=words):
        assb_models.validate_parameter_values(pv)


def test_bad_silicon_options_and_recipe_are_named():
    with pytest.raises(pybamm.OptionError, match="anode interlayer"):
        assb_models.SolidStateDFN({"anode": "silicon", "anode interlayer": "resistive"})
    with pytest.raises(pybamm.OptionError, match="silicon"):
        assb_models.SolidStateDFN({"anode": "sillicon"})
    with pytest.raises(InvalidInputError, match="n_p_ratio"):
        assb_models.get_parameter_values("Tan2021", n_p_ratio=-1.0)


def test_fixed_gap_reads_the_film_thickness_change():
    model = assb_models.SolidStateDFN(OPTIONS)
    submodel = pressure.FixedGapStackPressure(
        model.param,
        pressure.FULL_CELL_ANODE,
        cathode=False,
        anode_thickness_change="Negative electrode thickness change [m]",
    )
    variables = dict(model.variables)
    variables.update(submodel.get_fundamental_variables())
    out = submodel.get_coupled_variables(variables)
    assert (
        out["Anode thickness change [m]"]
        is model.variables["Negative electrode thickness change [m]"]
    )
