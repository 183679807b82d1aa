"""Tan 2021 dense-silicon full cell: targets T1-T4 from the session's run of the
reproduction (the ``tan2021_run`` fixture), misses as strict xfails with the
measured numbers."""

import numpy as np
import pytest


@pytest.fixture(scope="module")
def tan2021(tan2021_run):
    """The session's Tan2021 reproduction (its results cached)."""
    return tan2021_run.repro


def test_tan2021_reproduction_scores_its_targets(tan2021, tmp_path):
    t1, t4 = tan2021.targets(["T1", "T4"])
    formation = tan2021.formation()
    assert 0.8 < t1.details["first-cycle CE"] < 0.95
    assert t4.passed and t4.details["first-cycle SEI share"] < 1e-3
    # Li inserted (= charge passed, the SEI's share being negligible) x 9.0 cm3/mol
    np.testing.assert_allclose(
        formation["film thickness change at full charge [um]"],
        9.0e-6 * formation["charge capacity [mAh/cm2]"] * 36000 / 96485.33212 * 1e6,
        rtol=0.01,
    )
    assert [p.name for p in tan2021.figures(tmp_path, ["T1"])] == [
        "tan2021_formation.png"
    ]


def test_t1_first_cycle_ce(tan2021):
    """T1 (the paper's ~0.80 is recalled, not checked): 0.844 with the one NCM law
    (its kinetic first-cycle loss); the SE/Si interphase takes 2e-7 of the charge."""
    assert tan2021.score("T1").passed


@pytest.mark.xfail(
    strict=True,
    reason=(
        "T2 missed: model retention 1.000 after 500 cycles vs 0.80 (checked in "
        "secondary reports of the paper; its 5 mA/cm2 still recalled): the "
        "only fade the model has is the parabolic SE/Si interphase (nm on the planar "
        "contact); Si contact loss, cracking and NCM ageing are not modelled"
    ),
)
def test_t2_retention(tan2021):
    assert tan2021.score("T2").passed


@pytest.mark.xfail(
    strict=True,
    reason=(
        "T3 missed: model 0.32 mAh/cm2 at 5 mA/cm2 vs ~2 recalled (+-25 %): not the "
        "Si film (its diffusion length / 100 gives 0.33: the 3.2 um Li-free film is "
        "already a micro-Si particle's size) but the cathode side: the NCM "
        "diffusivity x 10 gives 0.96, a 100 um SE pellet instead of Kim2024's 500 um "
        "0.52, both 1.33"
    ),
)
def test_t3_capacity_at_5_mA_cm2(tan2021):
    assert tan2021.score("T3").passed
