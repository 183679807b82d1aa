"""`assb fit --profile` on a BDF file, solved end to end."""

import json

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models import data
from assb_models.cli import main

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


def test_cli_fit_with_profile_on_bdf(bdf_file, tmp_path, capsys):
    path, truth = bdf_file
    out = tmp_path / "out"
    status = main(
        [
            "fit",
            str(path),
            "--set",
            "Kim2024",
            "--param",
            f"{KAPPA}=0.01:1",
            "--model",
            "SolidStateSPMe",
            "--voltage-window",
            "2.6",
            "5",
            "--profile",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert status == 0, printed
    assert "profile-likelihood 95 % intervals" in printed
    assert (out / "fit_profiles.png").stat().st_size > 1000
    saved = json.loads((out / "fit.json").read_text())
    assert saved["converged"] and saved["points"] > 10 and saved["cost"] > 0
    fitted = saved["fitted"][KAPPA]
    low, high = fitted["95% interval"]
    assert low <= truth[KAPPA] <= high
    # FitResult's short printout: ~10 lines with value, interval, cost, points
    short = printed.split("\n\n")[0].splitlines()
    assert len(short) <= 10 and short[0].startswith("FitResult")
    assert "95 %" in short[1] and "points" in short[2] and "converged" in short[3]


def test_cli_names_its_flags(bdf_file, tmp_path, capsys):
    path, _ = bdf_file
    base = ["fit", str(path), "--param", KAPPA, "--out", str(tmp_path / "o")]
    assert main([*base, "--area-cm2", "-1"]) == 2
    assert "--area-cm2" in capsys.readouterr().err
    assert main([*base, "--areal"]) == 2
    error = capsys.readouterr().err
    assert "--areal" in error and "--area-cm2" in error and "area_cm2" not in error
