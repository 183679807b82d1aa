"""The fixture study (Jang 2023, Fig. 7a): the reading F1-F2 from the session's run
of the reproduction (the ``fixture2023_run`` fixture)."""


def test_fixture_study_reproduces_the_reading(fixture2023_run):
    """Jang 2023 Fig. 7a reading: the full cell swings far more than the symmetric
    cell, and holds a higher current before shorting at constant pressure."""
    repro = fixture2023_run.repro
    full = repro.full()
    rows = repro.reading()
    assert all(row["pass"] for row in rows.values()), rows
    assert full["constant pressure"]["shorts at [mA.cm-2]"] == 1.0
    assert full["fixed gap"]["shorts at [mA.cm-2]"] == 0.75
