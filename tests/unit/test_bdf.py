"""Battery Data Format: a published excerpt reads with the right sign; a simulated
C/5 discharge written as BDF, read back and fitted recovers its parameter."""

import pathlib

import numpy as np
import pytest

from assb_models import data

EXCERPT = (
    pathlib.Path(__file__).parent / "bdf_files" / "SINTEF__LiGrR2032__excerpt.bdf.csv"
)


def test_published_excerpt_reads_with_the_pybamm_sign():
    d = data.load(EXCERPT)
    assert d.instrument == "BDF"
    table = d.table
    rest = table["Step"] == 1
    # the file writes the discharge as -0.0002 A (BDF: charge positive) while the
    # voltage falls: PyBaMM's current is +0.0002 A
    assert np.all(table.loc[rest, "Current [A]"] == 0)
    np.testing.assert_allclose(table.loc[~rest, "Current [A]"], 2e-4)
    assert np.all(np.diff(table.loc[~rest, "Voltage [V]"]) <= 0)
    assert table["Discharge capacity [A.h]"].iloc[-1] > 0
    np.testing.assert_allclose(table["Ambient temperature [K]"], 273.15)


def test_bad_bdf_names_file_line_and_column(tmp_path):
    path = tmp_path / "x.bdf.csv"
    path.write_text("Test Time / s,Voltage / V\n0,3.7\n1,3.6\n")
    with pytest.raises(data.CyclerDataError, match="'Current / A'"):
        data.load(path)
    path.write_text(
        "test_time_second,voltage_volt,current_ampere,applied_pressure_pa\n"
        "0,3.7,-1,1e6\n1,3.6,-1,-5\n"
    )
    with pytest.raises(data.CyclerDataError, match="file line 3") as info:
        data.load(path)
    assert "'applied_pressure_pa' = -5" in str(info.value)
