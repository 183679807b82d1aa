"""Bad cycler and spectrum files: each class of damage gives a clear error naming the
file, line, column, value and allowed range; nothing corrupt loads silently.

The first half checks each class of damage on small written files; the
second half fuzzes every reader with hypothesis (valid files round-trip; damaged
ones raise the package's own error or load something physically sane).
"""

import numpy as np
import pytest
from cycler_files import (
    GENERIC_COLUMNS,
    maccor_text,
    make_rows,
    mpr_bytes,
    neware_text,
    spectrum_text,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assb_models import data
from assb_models.data import CyclerDataError, SpectrumDataError
from assb_models.data.table import INDEX_RANGE, MAX_CURRENT, MAX_DURATION, VOLTAGE_RANGE
from assb_models.fitting import circuit
from assb_models.impedance import eis

STEPS = [
    ("rest", 3, 0.0, 10, 0.0),
    ("discharge", 5, 1e-3, 30, 0.05),
    ("rest", 2, 0.0, 10, 0.0),
    ("charge", 4, 2e-3, 20, 0.05),
    ("discharge", 4, 1e-3, 30, 0.05),
    ("rest", 2, 0.0, 10, 0.0),
]
ROWS = make_rows(STEPS)
F = np.logspace(5, -1, 25)
Z = circuit.circuit_impedance(F, 2.0, 5.0, 1e-5, 0.9, 8.0, 1e-3, 0.8, 1.0)


def write(tmp_path, text, name):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="latin-1")
    return path


def edit(text, line, column, value, sep=","):
    """``text`` with field ``column`` of 1-based ``line`` replaced by ``value``."""
    lines = text.split("\n")
    fields = lines[line - 1].split(sep)
    fields[column] = value
    lines[line - 1] = sep.join(fields)
    return "\n".join(lines)


def error_of(reader, path, *args, **kwargs):
    with pytest.raises(CyclerDataError) as info:
        reader(path, *args, **kwargs)
    message = str(info.value)
    assert str(path) in message or "fit_circuit" in message
    return message


# ------------------------------------------------------------ damaged files
def test_maccor_one_negative_reading_does_not_flip_the_file(tmp_path):
    # a discharge row reading -1e-5 A in a file of magnitudes: noise, not a convention
    text = edit(maccor_text(ROWS), 4 + 8, 5, "-1e-05", sep="\t")  # row 8: discharge
    d = data.load(write(tmp_path, text, "m.txt"))
    assert "magnitudes (3 of 3" in d.notes[0]
    expected = ROWS.current.copy()
    expected[7] = -1e-5
    np.testing.assert_allclose(d.table["Current [A]"], expected)
    # a signed export (negative on discharge) is recognised from its steps
    d = data.load(write(tmp_path, maccor_text(ROWS, signed=True), "s.txt"))
    assert "discharge negative" in d.notes[0]
    np.testing.assert_allclose(d.table["Current [A]"], ROWS.current)


def test_maccor_reading_against_its_step_beyond_noise(tmp_path):
    text = edit(maccor_text(ROWS), 4 + 8, 5, "-0.0005", sep="\t")
    message = error_of(data.load, write(tmp_path, text, "m.txt"))
    assert "file line 12" in message and "'Amps' = -0.0005" in message


@pytest.mark.parametrize("blank", ["", ",,,,,,,,,,", "  "])
def test_neware_blank_row_is_an_error_naming_its_line(tmp_path, blank):
    lines = neware_text(ROWS).split("\n")
    lines.insert(5, blank)
    message = error_of(data.load, write(tmp_path, "\n".join(lines), "n.csv"))
    assert "file line 6 is blank" in message and "'DataPoint'" in message
    # blank lines after the last row end the file: not rows, not an error
    d = data.load(write(tmp_path, neware_text(ROWS) + "\n\n", "end.csv"))
    np.testing.assert_allclose(d.table["Current [A]"], ROWS.current)


def test_file_lines_count_every_line(tmp_path):
    lines = edit(neware_text(ROWS), 6, 6, "abc").split("\n")
    lines.insert(2, "x")  # a comment-like line the column row does not describe
    message = error_of(data.load, write(tmp_path, "\n".join(lines), "n.csv"))
    assert "file line 3 has 1 fields" in message


@pytest.mark.parametrize(
    "column, value, words",
    [
        (
            1,
            "1e20",
            "'Cycle' = 1e+20 at row 4 (file line 6) is not an integer in the "
            f"allowed range [0, {INDEX_RANGE[1]}]",
        ),
        (1, "1.5", "'Cycle' = 1.5 at row 4 (file line 6)"),
        (2, "-1", "'Step' = -1 at row 4 (file line 6)"),
        (4, "1e300", "'Time [s]' = 1e+300 s at row 4 (file line 6)"),
        (
            5,
            "1e308",
            "'Current [A]' = 1e+308 at row 4 (file line 6) is outside the "
            "allowed range [-10000, 10000] A",
        ),
        (
            6,
            "nan",
            "'Voltage [V]' has 1 missing or non-finite value(s), the first (nan) "
            "at row 4 (file line 6)",
        ),
        (6, "", "'Voltage [V]' has 1 missing"),
        (
            6,
            "3.4.1",
            "'Voltage(V)' value '3.4.1' at row 4 (file line 6) is not a number",
        ),
        (4, "00:00:05", "goes back in time at row 4 (file line 6)"),
    ],
)
def test_neware_bad_values_name_file_line_column_and_range(
    tmp_path, column, value, words
):
    text = edit(neware_text(ROWS), 6, column, value)
    assert words in error_of(data.load, write(tmp_path, text, "n.csv"))


def test_neware_voltage_unit_contradicting_the_header(tmp_path):
    text = neware_text(ROWS).replace("Voltage(V)", "Voltage(mV)", 1)
    message = error_of(data.load, write(tmp_path, text, "n.csv"))
    assert "'Voltage(mV)' averages 0.00" in message and "counters give 3." in message
    # without energy counters: values of 0.5-6 under "mV" are volts
    lines = [",".join(line.split(",")[:7]) for line in text.split("\n")]
    message = error_of(data.load, write(tmp_path, "\n".join(lines), "n2.csv"))
    assert "lies in [0.5, 6]" in message


def test_neware_current_unit_contradicting_the_capacity_counters(tmp_path):
    text = neware_text(ROWS).replace("Current(A)", "Current(mA)", 1)
    message = error_of(data.load, write(tmp_path, text, "n.csv"))
    assert (
        "'Current(mA)' integrates to" in message and "capacity column rises" in message
    )


def test_neware_step_types_contradicting_the_current(tmp_path):
    swapped = (
        neware_text(ROWS)
        .replace("CC DChg", "X")
        .replace("CC Chg", "CC DChg")
        .replace("X", "CC Chg")
    )
    message = error_of(data.load, write(tmp_path, swapped, "all.csv"))
    assert "the step type contradicts the current sign" in message
    one = neware_text(ROWS).replace(",1,2,CC DChg,", ",1,2,CC Chg,")  # cycle 1 step 2
    message = error_of(data.load, write(tmp_path, one, "one.csv"))
    assert (
        "file line 5" in message and "(2 of 3 charge/discharge steps agree)" in message
    )
    # magnitudes: the sign cannot tell, the file's capacity counters do
    one = neware_text(ROWS, signed=False).replace(",1,2,CC DChg,", ",1,2,CC Chg,")
    message = error_of(data.load, write(tmp_path, one, "mag.csv"))
    assert "the step type contradicts the capacity columns" in message


def test_rest_step_with_current_and_truncated_or_shifted_rows(tmp_path):
    text = edit(neware_text(ROWS), 2, 5, "0.001")
    assert "which is neither a charge nor a discharge" in error_of(
        data.load, write(tmp_path, text, "rest.csv")
    )
    text = neware_text(ROWS).rstrip("\n")
    message = error_of(data.load, write(tmp_path, text[:-40], "cut.csv"))
    assert f"file line {len(ROWS.time) + 1} has" in message and "truncated" in message
    text = edit(neware_text(ROWS), 6, 10, "1,2")
    assert "file line 6 has 12 fields" in error_of(
        data.load, write(tmp_path, text, "s.csv")
    )
    text = neware_text(ROWS).replace("\n3,", "\n3\x00,")
    assert "NUL byte at file line 4" in error_of(
        data.load, write(tmp_path, text, "b.csv")
    )


def test_biologic_damage_names_the_file(tmp_path):
    pytest.importorskip("galvani", reason="BioLogic reader needs the optional extra")
    good = mpr_bytes(ROWS)
    d = data.load(write(tmp_path, good, "ok.mpr"))
    np.testing.assert_allclose(d.table["Current [A]"], ROWS.current, rtol=1e-6)
    for cut in (10, 200, len(good) - 7):
        message = error_of(data.load, write(tmp_path, good[:cut], f"cut{cut}.mpr"))
        assert "not a readable EC-Lab .mpr file" in message
    # a cycle counter of 1491828766 in one record (random bytes)
    rows = make_rows(STEPS)
    rows.cycle[6] = 1491828766
    message = error_of(data.load, write(tmp_path, mpr_bytes(rows), "cyc.mpr"))
    assert "jumps from 1 to 1.49183e+09 at record 7" in message
    rows = make_rows(STEPS)
    ns = rows.step.copy()
    ns[5] = 40000
    message = error_of(data.load, write(tmp_path, mpr_bytes(rows, ns=ns), "ns.mpr"))
    assert "'Ns' (sequence) changes from 2 to 40000 at record 6" in message


def test_spectrum_sweeps_in_either_direction(tmp_path):
    up = write(tmp_path, spectrum_text(F[::-1], Z[::-1]), "up.csv")
    f, z = eis.read_spectrum(up)
    np.testing.assert_allclose(f, F[::-1])
    np.testing.assert_allclose(z, Z[::-1])
    two = spectrum_text(np.r_[F, F[::-1] * 1.1], np.r_[Z, Z[::-1]])
    path = write(tmp_path, two, "two.csv")
    with pytest.raises(SpectrumDataError, match="holds 2 spectra"):
        eis.read_spectrum(path)
    f, z = eis.read_spectrum(path, spectrum=2)
    np.testing.assert_allclose(f, F[::-1] * 1.1)
    with pytest.raises(SpectrumDataError, match="outside the allowed range"):
        eis.read_spectrum(path, spectrum=3)


@pytest.mark.parametrize(
    "row, column, value, words",
    [
        (4, 1, "nan", "column 'Re(Z)/Ohm' value 'nan' at file line 4 is not a finite"),
        (4, 2, "", "column '-Im(Z)/Ohm' value '' at file line 4"),
        (5, 0, "-10", "frequency -10 Hz at file line 5 is outside the allowed range"),
        (5, 0, "0", "frequency 0 Hz at file line 5"),
        (6, 1, "1e300", "at file line 6 (10000 Hz)"),
    ],
)
def test_spectrum_bad_values(tmp_path, row, column, value, words):
    text = edit(spectrum_text(F, Z), row, column, value)
    path = write(tmp_path, text, "z.csv")
    with pytest.raises(SpectrumDataError) as info:
        eis.read_spectrum(path)
    assert words in str(info.value) and str(path) in str(info.value)


def test_spectrum_time_samples_and_degenerate_frequencies(tmp_path):
    # EC-Lab writes 0 Hz and zero impedance in the time samples of a sequence
    text = spectrum_text(F, Z).replace("\n", "\n0,0,0\n", 1)
    f, _ = eis.read_spectrum(write(tmp_path, text, "mixed.csv"))
    np.testing.assert_allclose(f, F)
    path = write(tmp_path, spectrum_text(np.full(10, 5.0), Z[:10]), "flat.csv")
    with pytest.raises(SpectrumDataError, match="1 distinct frequencies"):
        eis.read_spectrum(path)


@pytest.mark.parametrize(
    "f, z, words",
    [
        (F, Z[:-1], "25 frequencies (shape (25,)) but 24 impedances"),
        (np.r_[F[:-1], np.nan], Z, "frequency nan Hz at point 25"),
        (-F, Z, "frequency -100000 Hz at point 1"),
        (F, np.r_[Z[:-1], np.nan], "at point 25"),
        (
            np.repeat(F[:7], 3),
            np.repeat(Z[:7], 3),
            "7 distinct frequencies (21 points)",
        ),
        (np.full(25, 10.0), Z, "1 distinct frequencies (25 points); need at least 8"),
    ],
)
def test_fit_circuit_rejects_degenerate_spectra(f, z, words):
    with pytest.raises(SpectrumDataError) as info:
        circuit.fit_circuit(f, z)
    assert words in str(info.value)


# ------------------------------------------------------------ fuzz
FUZZ = settings(
    max_examples=50,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
step_strategy = st.tuples(
    st.sampled_from(["rest", "charge", "discharge"]),
    st.integers(2, 6),
    st.sampled_from([1e-5, 3e-4, 1e-3, 0.05, 2.0]),
    st.integers(1, 600),
    st.sampled_from([0.0, 0.003, 0.05]),
)
EXTREMES = [
    "1e300",
    "-1e308",
    "nan",
    "inf",
    "1e20",
    "",
    "abc",
    "-1",
    "1.5",
    "0",
    "99999999999999999999",
    "1e-300",
]


def assert_sane(d):
    """Nothing absurd: the limits every reader enforces hold for what it returned."""
    t = d.table
    for column in (
        "Time [s]",
        "Current [A]",
        "Voltage [V]",
        "Discharge capacity [A.h]",
    ):
        assert np.all(np.isfinite(t[column].to_numpy(dtype=float))), column
    time = t["Time [s]"].to_numpy()
    assert np.all(np.diff(time) >= 0) and time[-1] - time[0] <= MAX_DURATION
    assert np.all(np.abs(t["Current [A]"]) <= MAX_CURRENT)
    assert t["Voltage [V]"].between(*VOLTAGE_RANGE).all()
    for column in ("Cycle", "Step"):
        assert t[column].between(*INDEX_RANGE).all()


def corrupt(text, draw_op, header_lines, sep):
    """Apply one damage to a text file (positions after the header)."""
    op, where, payload = draw_op
    lines = text.split("\n")
    body = max(len(lines) - header_lines - 1, 1)
    line = header_lines + 1 + where % body  # 0-based index of a data line
    if op == "bytes":
        start = len("\n".join(lines[:line])) + 1
        return text[:start] + payload.decode("latin-1") + text[start + len(payload) :]
    if op == "truncate":
        return text[: len(text) - 1 - where % max(len(text) // 2, 1)]
    if op == "swap":
        fields = [line.split(sep) for line in lines]
        a, b = where % 5, (where // 5) % 5 + 1
        for f in fields[header_lines + 1 :]:
            if len(f) > max(a, b):
                f[a], f[b] = f[b], f[a]
        return "\n".join(sep.join(f) for f in fields)
    fields = lines[line].split(sep)
    fields[where % len(fields)] = (
        EXTREMES[payload[0] % len(EXTREMES)] if payload else ""
    )
    lines[line] = sep.join(fields)
    return "\n".join(lines)


damage = st.tuples(
    st.sampled_from(["bytes", "truncate", "swap", "extreme"]),
    st.integers(0, 10**6),
    st.binary(min_size=1, max_size=16),
)


def load_or_error(reader, path, *args):
    try:
        d = reader(path, *args)
    except CyclerDataError as error:
        assert str(path) in str(error)
        return None
    assert_sane(d)
    return d


INSTRUMENTS = {  # writer, lines before the column row, delimiter, file name
    "neware": (neware_text, 0, ",", "n.csv"),
    "maccor": (maccor_text, 3, "\t", "m.txt"),
}


@pytest.mark.parametrize("instrument", INSTRUMENTS)
@FUZZ
@given(
    steps=st.lists(step_strategy, min_size=1, max_size=6),
    signed=st.booleans(),
    hit=damage,
)
def test_fuzz_instrument_files(tmp_path, instrument, steps, signed, hit):
    writer, header_lines, sep, name = INSTRUMENTS[instrument]
    rows = make_rows(steps)
    text = writer(rows, signed=signed)
    d = data.load(write(tmp_path, text, name))
    np.testing.assert_allclose(d.table["Current [A]"], rows.current)
    np.testing.assert_allclose(d.table["Voltage [V]"], rows.voltage)
    np.testing.assert_allclose(d.table["Time [s]"], rows.time, atol=1e-3)
    np.testing.assert_allclose(d.table["Cycle"], rows.cycle)
    bad = write(tmp_path, corrupt(text, hit, header_lines, sep), "bad" + name)
    load_or_error(data.load, bad, instrument)


@pytest.mark.parametrize("instrument", INSTRUMENTS)
@FUZZ
@given(steps=st.lists(step_strategy, min_size=1, max_size=6), pick=st.integers(0, 99))
def test_fuzz_swapped_step_type_is_an_error(tmp_path, instrument, steps, pick):
    # a signed file with charge and discharge steps: relabelling any one of them
    # contradicts the sign convention its other steps decide
    steps = [("discharge", 3, 1e-3, 10, 0.01), ("charge", 3, 1e-3, 10, 0.01), *steps]
    writer, header_lines, sep, name = INSTRUMENTS[instrument]
    type_column = {"neware": 3, "maccor": 7}[instrument]
    rows = make_rows(steps)
    starts = [
        i
        for i in range(len(rows.kind))
        if rows.kind[i] != "rest"
        and (
            i == 0
            or rows.step[i] != rows.step[i - 1]
            or rows.cycle[i] != rows.cycle[i - 1]
        )
    ]
    first = starts[pick % len(starts)]
    same = (rows.step == rows.step[first]) & (rows.cycle == rows.cycle[first])
    lines = writer(rows, signed=True).split("\n")
    swap = {"CC Chg": "CC DChg", "CC DChg": "CC Chg", "C": "D", "D": "C"}
    for row in np.flatnonzero(same):
        fields = lines[header_lines + 1 + row].split(sep)
        fields[type_column] = swap[fields[type_column]]
        lines[header_lines + 1 + row] = sep.join(fields)
    path = write(tmp_path, "\n".join(lines), name)
    with pytest.raises(CyclerDataError, match="contradicts"):
        data.load(path, instrument)


@FUZZ
@given(steps=st.lists(step_strategy, min_size=1, max_size=6), hit=damage)
def test_fuzz_generic_csv(tmp_path, steps, hit):
    from cycler_files import generic_text

    rows = make_rows(steps)
    text = generic_text(rows)
    d = data.read_csv(write(tmp_path, text, "g.csv"), GENERIC_COLUMNS, "positive")
    np.testing.assert_allclose(d.table["Current [A]"], rows.current)
    bad = write(tmp_path, corrupt(text, hit, 0, ","), "bad.csv")
    load_or_error(data.read_csv, bad, GENERIC_COLUMNS, "positive")


@FUZZ
@given(
    steps=st.lists(step_strategy, min_size=1, max_size=6),
    blank=st.integers(1, 30),
    signed=st.booleans(),
)
def test_fuzz_blank_rows_are_errors(tmp_path, steps, blank, signed):
    rows = make_rows(steps)
    lines = neware_text(rows, signed=signed).split("\n")
    at = 1 + blank % (len(lines) - 2)  # before the last data row
    lines.insert(at, ",,, ,")
    message = error_of(data.load, write(tmp_path, "\n".join(lines), "n.csv"))
    assert f"file line {at + 1} is blank" in message


@FUZZ
@given(
    steps=st.lists(step_strategy, min_size=1, max_size=6),
    where=st.integers(0, 10**6),
    payload=st.binary(min_size=1, max_size=64),
    truncate=st.booleans(),
)
def test_fuzz_biologic(tmp_path, steps, where, payload, truncate):
    pytest.importorskip("galvani", reason="BioLogic reader needs the optional extra")
    rows = make_rows(steps)
    good = mpr_bytes(rows)
    d = data.load(write(tmp_path, good, "ok.mpr"))
    np.testing.assert_allclose(d.table["Current [A]"], rows.current, rtol=1e-6)
    if truncate:
        bad = good[: where % len(good)]
    else:
        start = 52 + where % (len(good) - 52)
        bad = good[:start] + payload + good[start + len(payload) :]
    load_or_error(data.load, write(tmp_path, bad[: len(good)], "bad.mpr"))


def sweep(n, high, low, ascending):
    f = np.logspace(np.log10(high), np.log10(low), n)
    return f[::-1] if ascending else f


@FUZZ
@given(
    n=st.integers(8, 40),
    high=st.floats(1e3, 1e6),
    low=st.floats(1e-2, 1.0),
    ascending=st.booleans(),
    sep=st.sampled_from([",", "\t", ";"]),
    r=st.floats(0.1, 1e4),
    hit=damage,
)
def test_fuzz_spectrum(tmp_path, n, high, low, ascending, sep, r, hit):
    f = sweep(n, high, low, ascending)
    z = circuit.circuit_impedance(f, r, 2 * r, 1e-5, 0.9, 3 * r, 1e-3, 0.8, r)
    text = spectrum_text(f, z, sep)
    f_read, z_read = eis.read_spectrum(write(tmp_path, text, "z.csv"))
    np.testing.assert_allclose(f_read, f)
    np.testing.assert_allclose(z_read, z)
    try:
        f_bad, z_bad = eis.read_spectrum(
            write(tmp_path, corrupt(text, hit, 0, sep), "bad.csv"), spectrum=1
        )
    except SpectrumDataError:
        return
    assert f_bad.shape == z_bad.shape and np.unique(f_bad).size >= 2
    assert np.all(np.isfinite(f_bad) & (f_bad > 0) & np.isfinite(z_bad))


@FUZZ
@given(
    sweeps=st.lists(
        st.tuples(st.integers(3, 12), st.booleans()), min_size=1, max_size=4
    )
)
def test_fuzz_spectrum_sweeps(tmp_path, sweeps):
    # down-up round trips repeat the turn frequency; same-direction sweeps jump back
    parts = [sweep(n, 1e5, 0.1, up) for n, up in sweeps]
    f = np.concatenate(parts)
    z = circuit.circuit_impedance(f, 1.0, 2.0, 1e-5, 0.9, 3.0, 1e-3, 0.8, 1.0)
    path = write(tmp_path, spectrum_text(f, z), "z.csv")
    for k, part in enumerate(parts, start=1):
        f_read, _ = eis.read_spectrum(path, spectrum=k if len(parts) > 1 else None)
        np.testing.assert_allclose(f_read, part)


@FUZZ
@given(
    f=st.lists(st.floats(allow_nan=True, allow_infinity=True), min_size=0, max_size=12),
    z=st.lists(
        st.complex_numbers(allow_nan=True, allow_infinity=True), min_size=0, max_size=12
    ),
)
def test_fuzz_fit_circuit_inputs(f, z):
    # at most 12 points with at most 7 distinct valid frequencies never reach the fit
    f = np.array(f[:7] * 2)
    with pytest.raises(SpectrumDataError):
        circuit.fit_circuit(f, z)
