"""Short printouts of fit results, and ``assb fit --profile`` on a BDF file."""

import numpy as np

from assb_models.cli.fit import as_flags
from assb_models.fitting import circuit

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}


def test_cli_messages_name_flags_not_python_arguments():
    assert as_flags("Read the data with area_cm2=... (areal=True)") == (
        "Read the data with --area-cm2 AREA (--areal)"
    )
    assert as_flags("samples inside 'voltage_window' = (9, 10)").startswith(
        "samples inside --voltage-window"
    )
    assert "--param 'NAME=LOW:HIGH'" in as_flags(
        "Widen the bounds (FitParameter(name, bounds=(low, high)))"
    )


def test_circuit_fit_summary():
    f = np.logspace(5, -1, 25)
    z = circuit.circuit_impedance(f, 2.0, 5.0, 1e-5, 0.9, 8.0, 1e-3, 0.8, 1.0)
    result = circuit.fit_circuit(f, z)
    lines = repr(result).splitlines()
    assert lines[0].startswith("CircuitFit") and len(lines) <= 11
    assert any(line.strip().startswith("R0 = 2 Ohm") for line in lines), lines
    assert "95 %" in lines[1] and "cost" in lines[-1]
