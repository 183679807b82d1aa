"""Bad data inputs, one test each: a clear error naming the file, line and column,
nothing dropped or guessed."""

import os
import signal

import numpy as np
import pytest
from cycler_files import maccor_text, make_rows, spectrum_text

from assb_models import data
from assb_models.data import CyclerDataError, SpectrumDataError
from assb_models.data.convention import REST_NOISE_FRACTION
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
#: Maccor: four header lines, then one line per row; field 5 is "Amps"
HEADER = 4


def maccor_with(tmp_path, row, amps, name="m.txt"):
    lines = maccor_text(ROWS).split("\n")
    fields = lines[HEADER + row - 1].split("\t")
    fields[5] = amps
    lines[HEADER + row - 1] = "\t".join(fields)
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding="latin-1")
    return path


def test_tiny_current_at_rest_is_noise_and_kept(tmp_path):
    # largest reading 2 mA: at rest up to 0.1 % of it (2 uA) is noise
    assert REST_NOISE_FRACTION == 1e-3
    d = data.load(maccor_with(tmp_path, 1, "-1e-06"))
    expected = ROWS.current.copy()
    expected[0] = -1e-6  # kept as written, not zeroed
    np.testing.assert_allclose(d.table["Current [A]"], expected)


def test_current_at_rest_beyond_the_noise_threshold(tmp_path):
    path = maccor_with(tmp_path, 1, "-1e-05")
    with pytest.raises(CyclerDataError) as info:
        data.load(path)
    message = str(info.value)
    assert str(path) in message and "file line 5" in message
    assert "'Amps' = -1e-05" in message and "allowed |current| <= 2e-06" in message


def test_stated_convention_that_the_data_contradict_is_refused(tmp_path):
    # the file writes magnitudes (every discharge step positive); the user says
    # discharge is negative: refused at the first step that contradicts it
    path = maccor_with(tmp_path, 8, "0.001")
    assert "magnitudes" in data.load(path).notes[0]
    with pytest.raises(CyclerDataError) as info:
        data.load(path, convention="discharge negative")
    message = str(info.value)
    assert str(path) in message and "file line 8" in message
    assert "'Amps'" in message and "as stated" in message


def test_spectrum_without_imaginary_part(tmp_path):
    f = np.logspace(4, 0, 9)
    text = spectrum_text(f, 10 + 0j * f).split("\n")
    text = [",".join(line.split(",")[:2]) for line in text]  # drop -Im(Z)
    path = tmp_path / "z.csv"
    path.write_text("\n".join(text))
    with pytest.raises(SpectrumDataError) as info:
        eis.read_spectrum(path)
    message = str(info.value)
    assert str(path) in message and "file line 1" in message
    assert "'Re(Z)/Ohm'" in message and "no imaginary part column" in message


def _alarm(signum, frame):
    raise TimeoutError("the reader opened the named pipe and blocked")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX named pipes")
@pytest.mark.parametrize("reader", [data.load, data.read_bdf, eis.read_spectrum])
def test_named_pipe_is_refused_before_opening(tmp_path, reader):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(5)
    try:
        with pytest.raises(CyclerDataError, match="is a named pipe"):
            reader(fifo)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_folder_and_device_are_refused(tmp_path):
    with pytest.raises(CyclerDataError, match="is a folder"):
        data.load(tmp_path)
    if os.path.exists("/dev/zero"):
        with pytest.raises(CyclerDataError, match="character device"):
            data.read_maccor("/dev/zero")
