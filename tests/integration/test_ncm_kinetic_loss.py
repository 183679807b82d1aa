"""The NCM law's frozen drop starts reproduce the kinetic first-cycle losses they
are fitted to (``experiments/ncm_kinetic_loss.py``): a drop start left behind by a
change elsewhere in the model (the cell, the conductivity law, the OCP) fails here.
The Ni90 value, fitted to Lee 2020's own cell, is checked in
``test_lee2020_losses.py``."""

import pytest
from experiment_scripts import load_experiment

from assb_models.parameter_sets._ncm import NCM_MATERIALS

#: relative tolerance of the reproduced loss: the fit's own (brentq, xtol 1e-3 on
#: x_k moves the loss by ~0.1 mAh/g) with room for the solver
RTOL = 0.01


@pytest.mark.parametrize("name", ["NCM811", "NCM111"])
def test_frozen_drop_start_gives_the_fitted_kinetic_loss(name):
    script = load_experiment("ncm_kinetic_loss")
    material = NCM_MATERIALS[name]
    loss = script.kinetic_loss(material, material.drop_start)
    target = material.kinetic_loss_mAh_g
    assert abs(loss - target) < RTOL * target, (name, loss, target)
    # the test can fail: 0.01 lower in x_k moves the loss by more than RTOL
    earlier = script.kinetic_loss(material, material.drop_start - 0.01)
    assert abs(earlier - target) > RTOL * target, (name, earlier)
