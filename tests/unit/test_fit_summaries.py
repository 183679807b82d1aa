"""Short printouts of fit results, and ``assb fit --profile`` on a BDF file."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import data
from assb_models.cli import main
from assb_models.cli.fit import as_flags
from assb_models.fitting import circuit

VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 10, "r_n": 5, "r_p": 10}


KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"


@pytest.fixture(scope="module")
def bdf_file(tmp_path_factory):
    """A C/2 discharge of the Kim2024 cell (SPMe) with 3 mV noise, as BDF CSV."""
    truth = assb_models.get_parameter_values("Kim2024")
    capacity = truth["Nominal cell capacity [A.h]"]
    cutoff = truth["Lower voltage cut-off [V]"]
    experiment = pybamm.Experiment(
        [f"Discharge at {0.5 * capacity:.10g} A until {cutoff} V"], period="60 seconds"
    )
    sim = pybamm.Simulation(
        assb_models.SolidStateSPMe(), parameter_values=truth, experiment=experiment
    )
    path = data.write_bdf(sim.solve(), tmp_path_factory.mktemp("bdf") / "c2.bdf.csv")
    lines = path.read_text().split("\n")
    rng = np.random.default_rng(3)
    for k in range(1, len(lines)):
        if lines[k]:
            fields = lines[k].split(",")
            fields[1] = f"{float(fields[1]) + rng.normal(0, 3e-3):.6f}"
            lines[k] = ",".join(fields)
    path.write_text("\n".join(lines))
    return path, truth


def test_cli_names_its_flags(bdf_file, tmp_path, capsys):
    path, _ = bdf_file
    base = ["fit", str(path), "--param", KAPPA, "--out", str(tmp_path / "o")]
    assert main([*base, "--area-cm2", "-1"]) == 2
    assert "--area-cm2" in capsys.readouterr().err
    assert main([*base, "--areal"]) == 2
    error = capsys.readouterr().err
    assert "--areal" in error and "--area-cm2" in error and "area_cm2" not in error


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
