import pathlib

import numpy as np
import pytest

from assb_models import InvalidInputError
from assb_models.fitting import circuit
from assb_models.impedance import eis

SHARED = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "cycler"
TRUE = {
    "R0": 20.0,
    "R1": 40.0,
    "Q1": 2e-6,
    "n1": 0.9,
    "R2": 120.0,
    "Q2": 5e-4,
    "n2": 0.85,
    "sigma_W": 30.0,
}
F = np.logspace(6, -2, 81)


def test_circuit_fit_recovers_a_known_spectrum_with_noise():
    rng = np.random.default_rng(1)
    z = circuit.circuit_impedance(F, **TRUE)
    z_noisy = z * (
        1 + 0.005 * (rng.standard_normal(F.size) + 1j * rng.standard_normal(F.size))
    )
    fit = circuit.fit_circuit(F, z_noisy)
    for name in ("R0", "R1", "R2", "sigma_W"):
        assert fit.values[name] == pytest.approx(TRUE[name], rel=0.03), name
        low, high = fit.intervals[name]
        assert low <= TRUE[name] <= high, (name, low, high)
    # arc 1 is the faster one
    assert fit.apex_frequency(1) > fit.apex_frequency(2)
    assert set(fit.table().index) == set(circuit.PARAMETERS)


def test_fit_needs_enough_points():
    with pytest.raises(InvalidInputError, match="at least 8"):
        circuit.fit_circuit(F[:5], circuit.circuit_impedance(F[:5], **TRUE))


def test_read_spectrum_csv(tmp_path):
    z = circuit.circuit_impedance(F, **TRUE)
    path = tmp_path / "spectrum.csv"
    lines = ["freq/Hz,Re(Z)/Ohm,-Im(Z)/Ohm"] + [
        f"{f},{v.real},{-v.imag}" for f, v in zip(F, z, strict=False)
    ]
    path.write_text("\n".join(lines))
    f, z_read = eis.read_spectrum(path)
    np.testing.assert_allclose(f, F)
    np.testing.assert_allclose(z_read, z, rtol=1e-12)


def test_read_spectrum_names_the_missing_column(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("frequency,real\n1,2\n")
    with pytest.raises(InvalidInputError, match="no column named like"):
        eis.read_spectrum(path)


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data/cycler is not here")
def test_read_biologic_peis():
    pytest.importorskip("galvani", reason="optional extra galvani not installed")
    path = SHARED / "biol.mpr"
    with pytest.raises(InvalidInputError, match="5 spectra"):
        eis.read_spectrum(path)
    f, z = eis.read_spectrum(path, spectrum=1)
    assert f[0] > 1e4 and f[-1] < 1
    assert np.all(np.diff(f) < 0)
    assert np.all(z.real > 0)
    assert np.median(-z.imag) > 0  # capacitive: -Im Z mostly positive
