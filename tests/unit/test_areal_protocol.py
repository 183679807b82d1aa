import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import InvalidInputError
from assb_models.parameters.area import electrode_area_cm2
from assb_models.simulation.protocol import areal_experiment


@pytest.mark.parametrize("name", ["Kim2024", "Park2021", "Sakka2022"])
def test_areal_steps_use_the_sets_electrode_area(name):
    pv = assb_models.get_parameter_values(name)
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"] * 1e4
    low = pv.get("Lower voltage cut-off [V]", 2.5)  # the symmetric cell has none
    high = pv.get("Upper voltage cut-off [V]", 3.7)
    experiment = areal_experiment(
        [
            f"Discharge at 0.5 mA/cm2 until {low} V",
            (
                f"Charge at 500 uA.cm-2 until {high} V",
                f"Hold at {high} V until 0.05 mA/cm2",
            ),
            "Discharge at 5 A/m2 for 1 hour",
            "Rest for 10 minutes",
        ],
        pv,
    )
    steps = experiment.steps
    np.testing.assert_allclose(electrode_area_cm2(pv), area)
    np.testing.assert_allclose(
        [steps[0].value, steps[1].value, steps[3].value],
        [0.5e-3 * area, -0.5e-3 * area, 0.5e-3 * area],
    )
    np.testing.assert_allclose(steps[2].termination[0].value, 0.05e-3 * area)
    assert steps[0].description == f"Discharge at 0.5 mA/cm2 until {low} V"


@pytest.mark.parametrize(
    "step", ["Discharge at 0 mA/cm2 until 2.5 V", "Charge at -1 mA/cm2 until 3.7 V"]
)
def test_non_positive_areal_current_is_named(step):
    pv = assb_models.get_parameter_values("Kim2024")
    with pytest.raises(InvalidInputError, match="allowed range"):
        areal_experiment([step], pv)


def test_steps_without_areal_units_pass_through():
    pv = assb_models.get_parameter_values("Kim2024")
    step = pybamm.step.rest(60)
    experiment = areal_experiment(["Discharge at C/2 until 2.5 V", step], pv)
    assert (
        experiment.steps[0].value
        == pybamm.step.string("Discharge at C/2 until 2.5 V").value
    )
    assert experiment.steps[1] is step or experiment.steps[1].duration == 60
