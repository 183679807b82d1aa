"""The command line, solved: simulate writes its files and starts where asked."""

import pandas as pd
import pytest
from PIL import Image

import assb_models
from assb_models import cli


def test_a_skipped_step_warns_in_one_plain_line(tmp_path, capsys):
    steps = ["Discharge at C/2 until 1.9 V", "Discharge at C/2 until 1.95 V"]
    args = ["simulate", "--set", "Kim2024", "--out", str(tmp_path)]
    for step in steps:
        args += ["--experiment", step]
    assert cli.main(args) == 0
    err = capsys.readouterr().err
    assert err.startswith("warning: Step 'Discharge at C/2 until 1.95 V'"), err
    assert len(err.splitlines()) == 1 and ".py" not in err


def test_initial_soc_starts_the_cell_there(tmp_path):
    step = "Charge at C/10 until 3.6 V"  # ends at once from the set's charged state
    args = ["simulate", "--set", "Kim2024", "--experiment", step]
    assert cli.main([*args, "--initial-soc", "0.5", "--out", str(tmp_path)]) == 0
    table = pd.read_csv(tmp_path / "solution.csv")
    assert table["Voltage vs Li-In [V]"].iloc[-1] == pytest.approx(3.6, abs=1e-3)
    assert table["Time [s]"].iloc[-1] > 60


def test_simulate_writes_the_solution_and_the_figure(tmp_path, capsys):
    out = tmp_path / "run"
    code = cli.main(
        [
            "simulate",
            "--set",
            "Kim2024",
            "--recipe",
            "am_wt_percent=85",
            "--experiment",
            "Discharge at C/2 until 1.9 V",
            "--experiment",
            "Rest for 5 minutes",
            "--out",
            str(out),
        ]
    )
    assert code == 0
    # the figure: at least 1200 px wide at 150 dpi, voltage against capacity and time
    with Image.open(out / "voltage.png") as png:
        assert png.size[0] >= 1200
        assert png.info["dpi"] == pytest.approx((150, 150), abs=0.5)
        axes = png.info["Description"]
    assert "vs Specific capacity [mA.h.g-1]" in axes and "vs time [h]" in axes
    table = pd.read_csv(out / "solution.csv")
    assert {"Time [s]", "Voltage vs Li-In [V]", "Specific capacity [mA.h.g-1]"} <= set(
        table
    )
    # the same cell through the Python API gives the same capacity
    pv = assb_models.get_parameter_values("Kim2024", am_wt_percent=85)
    model = assb_models.SolidStateDFN(assb_models.parameter_sets.Kim2024.MODEL_OPTIONS)
    sol = assb_models.Simulation(
        model,
        parameter_values=pv,
        experiment=assb_models.areal_experiment(["Discharge at C/2 until 1.9 V"], pv),
    ).solve()
    assert table["Specific capacity [mA.h.g-1]"].max() == pytest.approx(
        sol["Specific capacity [mA.h.g-1]"].entries[-1], rel=1e-3
    )
    assert (out / "voltage.png").stat().st_size > 1000
    assert "step 1/1 done" in capsys.readouterr().out  # progress
    # an existing output is kept unless --overwrite
    assert (
        cli.main(
            [
                "simulate",
                "--set",
                "Kim2024",
                "--experiment",
                "Rest for 1 minute",
                "--out",
                str(out),
            ]
        )
        == 2
    )
