"""Cycler import: the real files of ../shared/data/cycler, and bad files."""

import pathlib

import numpy as np
import pandas as pd
import pytest

from assb_models import data
from assb_models.data import CyclerDataError

ROOT = pathlib.Path(__file__).resolve().parents[2]
CYCLER = ROOT.parent / "shared" / "data" / "cycler"


def real_file(name):
    path = CYCLER / name
    if not path.exists():
        pytest.skip(
            f"real cycler files not present ({path} missing: a user's checkout)"
        )
    return path


def step_capacity(d, cycle, step):
    """Charge passed in a step [A.h] from the tidy (integrated) current."""
    rows = d.step_table()
    row = rows[(rows["Cycle"] == cycle) & (rows["Step"] == step)].iloc[0]
    return row["Capacity [A.h]"]


def test_neware_sign_units_cycles():
    path = real_file("neware_uio.csv")
    d = data.load(path, am_mass_mg=2.08)
    raw = pd.read_csv(path)
    assert d.instrument == "Neware" and d.cycles == [1, 2, 3, 4]
    # the file's own capacity columns: DChg. Cap. on discharge steps, Chg. Cap. on
    # charge
    for (cycle, step), rows in raw.groupby(["Cycle Index", "Step Index"]):
        kind = rows["Step Type"].iloc[0]
        if "DChg" in kind:
            expected = rows["DChg. Cap.(Ah)"].max()
        elif "Chg" in kind:
            expected = -rows["Chg. Cap.(Ah)"].max()
        else:
            continue
        q = step_capacity(d, cycle, step)
        assert q == pytest.approx(expected, rel=0.02, abs=2e-6), (cycle, step, kind)
    # discharge steps carry positive current (PyBaMM sign)
    assert (d.table.loc[raw["Step Type"] == "CC DChg", "Current [A]"] > 0).all()
    # the specific capacity of the file agrees with the given AM mass
    spec = d.step_table().iloc[1]["Capacity [A.h]"] * 1e6 / 2.08
    assert spec == pytest.approx(raw["DChg. Spec. Cap.(mAh/g)"].max(), rel=0.02)


def test_maccor_sign_units_cycles():
    path = real_file("maccor_001.txt")
    d = data.load(path)
    assert d.instrument == "Maccor" and d.cycles == [0]
    raw = pd.read_csv(path, sep="\t", skiprows=3, index_col=False)
    for (cycle, step), rows in raw.groupby(["Cyc#", "Step"]):
        state = rows["State"].iloc[0]
        if state not in ("C", "D"):
            continue
        sign = 1 if state == "D" else -1
        q = step_capacity(d, cycle, step)
        assert q == pytest.approx(sign * rows["Amp-hr"].max(), rel=0.01), (step, state)
    # TestTime "1d 02:18:47.4" is parsed across days: the test lasts 2 d 02:52:51.57
    assert d.table["Time [s]"].iloc[-1] == pytest.approx(
        2 * 86400 + 2 * 3600 + 52 * 60 + 51.57
    )
    steps = d.step_table()
    assert set(steps["Mode"]) == {"rest", "CC", "CV"}


def test_biologic_sign_units_cycles():
    path = real_file("biol.mpr")
    pytest.importorskip(
        "galvani", reason="BioLogic reader needs the optional extra galvani"
    )
    from galvani import BioLogic

    d = data.load(path)
    raw = pd.DataFrame(BioLogic.MPRfile(str(path)).data)
    raw = raw[raw["freq/Hz"] == 0].reset_index(drop=True)
    assert d.instrument == "BioLogic" and d.cycles == [1]
    # EC-Lab's (Q-Qo) is the charge passed with oxidation positive [mA.h]: the tidy
    # discharge capacity is its negative
    q_file = -1e-3 * (raw["(Q-Qo)/mA.h"] - raw["(Q-Qo)/mA.h"].iloc[0])
    np.testing.assert_allclose(d.table["Discharge capacity [A.h]"], q_file, atol=2e-5)
    # this file is a delithiation of Si/C (Ewe rises while current flows): a charge
    flowing = d.table["Current [A]"].abs() > 1e-6
    assert (d.table.loc[flowing, "Current [A]"] < 0).all()


def write(tmp_path, text, name="cell.csv"):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    return path


COLUMNS = {"Time [s]": "t/h", "Current [A]": "I/mA", "Voltage [V]": "U/V"}
UNITS = {"Time [s]": "h", "Current [A]": "mA"}


def test_generic_csv_units_and_sign(tmp_path):
    path = write(tmp_path, "t/h,I/mA,U/V\n0,-1,3.0\n0.5,-1,2.9\n1,-1,2.8\n")
    d = data.read_csv(
        path,
        COLUMNS,
        discharge_current="negative",
        units=UNITS,
        area_cm2=0.5,
        am_mass_mg=10,
    )
    np.testing.assert_allclose(d.table["Time [s]"], [0, 1800, 3600])
    np.testing.assert_allclose(d.table["Current [A]"], 1e-3)
    assert d.table["Discharge capacity [A.h]"].iloc[-1] == pytest.approx(1e-3)
    assert d.table["Areal capacity [mA.h.cm-2]"].iloc[-1] == pytest.approx(2.0)
    assert d.table["Specific capacity [mA.h.g-1]"].iloc[-1] == pytest.approx(100.0)
    assert d.cycles == [1]


@pytest.mark.parametrize(
    "text, words",
    [
        ("t/h,I/mA\n0,1\n1,1\n", "column 'U/V' not found"),
        ("t/h,I/mA,U/V\n0,1,3.0\n1,1,\n2,1,2.9\n", "'Voltage [V]' has 1 missing"),
        (
            "t/h,I/mA,U/V\n0,1,3.0\n1,1,2.9\n0.5,1,2.8\n",
            "goes back in time at row 2 (file line 4)",
        ),
        ("t/h,I/mA,U/V\n0,1,3000\n1,1,2900\n", "is the column in mV"),
        (
            "t/h,I/mA,U/V\n0,1,3.0\n1,abc,2.9\n",
            "value 'abc' at row 1 (file line 3) is not a number",
        ),
    ],
)
def test_bad_csv_names_row_and_column(tmp_path, text, words):
    path = write(tmp_path, text)
    with pytest.raises(CyclerDataError) as error:
        data.read_csv(path, COLUMNS, discharge_current="positive", units=UNITS)
    assert words in str(error.value)


def test_sign_convention_is_required(tmp_path):
    path = write(tmp_path, "t/h,I/mA,U/V\n0,1,3\n1,1,3\n")
    with pytest.raises(CyclerDataError, match="'discharge_current' = 'auto'"):
        data.read_csv(path, COLUMNS, discharge_current="auto")


def test_unknown_unit_and_format(tmp_path):
    path = write(tmp_path, "t/h,I/mA,U/V\n0,1,3\n1,1,3\n")
    with pytest.raises(CyclerDataError, match="unit 'kA' of 'Current \\[A\\]'"):
        data.read_csv(path, COLUMNS, "positive", units={"Current [A]": "kA"})
    with pytest.raises(CyclerDataError, match="format not recognised"):
        data.load(path)


def test_select_and_step_table(tmp_path):
    text = (
        "s,A,V,c,st\n0,0,3.5,1,1\n10,0,3.5,1,1\n10,1,3.4,1,2\n20,1,3.3,1,2\n"
        "30,1,3.2,1,2\n"
    )
    cols = {
        "Time [s]": "s",
        "Current [A]": "A",
        "Voltage [V]": "V",
        "Cycle": "c",
        "Step": "st",
    }
    d = data.read_csv(write(tmp_path, text), cols, "positive")
    steps = d.step_table()
    assert list(steps["Mode"]) == ["rest", "CC"]
    assert list(steps["Duration [s]"]) == [10.0, 20.0]
    assert steps["Capacity [A.h]"].iloc[1] == pytest.approx(20 / 3600)
    assert len(d.select(steps=2).table) == 3
    with pytest.raises(CyclerDataError, match="no rows with cycle"):
        d.select(cycles=7)


def test_maccor_one_negative_discharge_reading_keeps_the_signs(tmp_path):
    # one "D" row of Amps = -1e-5 must not decide the sign of the whole file
    path = real_file("maccor_001.txt")
    lines = path.read_text(encoding="latin-1").split("\n")
    row = next(k for k, line in enumerate(lines) if line.split("\t")[9:10] == ["D"])
    fields = lines[row + 1].split("\t")
    assert fields[9] == "D"
    fields[7] = "-0.00001"
    lines[row + 1] = "\t".join(fields)
    bad = write(tmp_path, "\n".join(lines), "maccor.txt")
    good, d = data.load(path), data.load(bad, format="maccor")
    assert "magnitudes" in d.notes[0]
    q_good = good.table["Discharge capacity [A.h]"].iloc[-1]
    q_bad = d.table["Discharge capacity [A.h]"].iloc[-1]
    # the changed reading removes ~0.5 A over one 13 s sampling interval (1.8 mA.h);
    # the flipped file gave -34.98 A.h
    np.testing.assert_allclose(q_bad, q_good, atol=3e-3)
    np.testing.assert_allclose(q_good, -0.261, atol=1e-3)


def test_neware_volts_under_a_millivolt_header(tmp_path):
    path = real_file("neware_uio.csv")
    text = path.read_text().replace("Voltage(V)", "Voltage(mV)", 1)
    with pytest.raises(CyclerDataError, match=r"'Voltage\(mV\)' averages 0.000"):
        data.load(write(tmp_path, text, "neware.csv"))


def _mpr_layout(path):
    """(offset of the first data record, record dtype) of an .mpr file."""
    from galvani import BioLogic

    with open(path, "rb") as handle:
        handle.read(len(BioLogic.MPR_MAGIC))
        modules = list(BioLogic.read_VMP_modules(handle, read_module_data=False))
        handle.seek(0)
        dtype = BioLogic.MPRfile(handle).dtype
    module = next(m for m in modules if m["shortname"] == b"VMP data  ")
    return module["offset"] + (406 if module["version"] == 3 else 405), dtype


def test_biologic_damaged_records(tmp_path):
    path = real_file("biol.mpr")
    pytest.importorskip(
        "galvani", reason="BioLogic reader needs the optional extra galvani"
    )
    start, dtype = _mpr_layout(path)
    raw = bytearray(path.read_bytes())
    # random bytes in a record must not load as an absurd cycle number
    at = start + 1000 * dtype.itemsize + dtype.fields["half cycle"][1]
    raw[at : at + 4] = np.uint32(2 * 1491828765).tobytes()
    with pytest.raises(
        CyclerDataError, match="jumps from 0 to 2.98366e\\+09 at record 1001"
    ):
        data.load(write(tmp_path, bytes(raw), "cycle.mpr"))
    for cut in (100, len(raw) // 2, len(raw) - 3):
        with pytest.raises(CyclerDataError, match="not a readable EC-Lab .mpr file"):
            data.load(write(tmp_path, path.read_bytes()[:cut], "cut.mpr"))
    # 64 random bytes anywhere in the data block: an error or unchanged tidy data
    rng = np.random.default_rng(13)
    good = data.load(path).table
    for _ in range(10):
        raw = bytearray(path.read_bytes())
        at = int(rng.integers(start, len(raw) - 64))
        raw[at : at + 64] = rng.bytes(64)
        try:
            d = data.load(write(tmp_path, bytes(raw), "random.mpr"))
        except CyclerDataError as error:
            assert "random.mpr" in str(error)
            continue
        if len(d.table) == len(good):
            for column in ("Current [A]", "Voltage [V]", "Cycle"):
                np.testing.assert_allclose(d.table[column], good[column])
