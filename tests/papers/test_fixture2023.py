"""The fixture study (Jang 2023, Fig. 7a): the reading F1-F2 from the session's run
of the reproduction (the ``fixture2023_run`` fixture)."""

import pytest

F1 = "full cell swings far more than the symmetric cell (fixed gap; here: > 10x)"
F2 = "constant-pressure fixture reaches a higher critical current (full cell)"


def test_f1_full_cell_swings_far_more_than_the_symmetric_cell(fixture2023_run):
    rows = fixture2023_run.repro.reading()
    assert rows[F1]["pass"], rows


@pytest.mark.xfail(
    strict=True,
    reason="F2 missed in the compliant frame (0.3 MPa/um): the full cell shorts at "
    "0.75 mA/cm2 in both fixtures (Li intrusion after voids); the fixed gap swings "
    "only 5.0 -> 11.5 MPa, inside the 3-40 MPa plateau where the held-pressure "
    "critical current is 0.7 mA/cm2, so both short in the same 0.25 mA/cm2 ramp "
    "step; in a rigid bolted die (3 MPa/um) the fixed gap shorts at 0.25 mA/cm2 "
    "(see the fixture types of experiments/pressure_fixture.py)",
)
def test_f2_constant_pressure_reaches_a_higher_critical_current(fixture2023_run):
    rows = fixture2023_run.repro.reading()
    assert rows[F2]["pass"], rows
    full = fixture2023_run.repro.full()
    assert full["constant pressure"]["shorts at [mA.cm-2]"] == 0.75
