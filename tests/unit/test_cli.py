"""The ``assb`` command end to end: every subcommand writes what it promises, bad
input exits 2 with one clear line."""

import subprocess
import sys

import pandas as pd
import pytest

import assb_models
from assb_models import cli


def assb(*args):
    """Run ``assb ARGS`` as a user would (a new process); returns (code, out, err)."""
    run = subprocess.run(
        [sys.executable, "-m", "assb_models.cli", *args], capture_output=True, text=True
    )
    return run.returncode, run.stdout, run.stderr


def test_version():
    code, out, _ = assb("--version")
    assert code == 0 and assb_models.__version__ in out and "PyBaMM" in out


@pytest.mark.parametrize(
    "command", ["sets", "options", "simulate", "fit", "sweep", "reproduce"]
)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main([command, "--help"])
    assert stop.value.code == 0
    assert f"usage: assb {command}" in capsys.readouterr().out


def test_sets_lists_each_set_with_its_citation(capsys):
    assert cli.main(["sets"]) == 0
    out = capsys.readouterr().out
    for name in assb_models.parameters.registry.names():
        assert f"{name}  [citation {name}]" in out


def test_a_set_shows_every_value_with_its_source(capsys):
    assert cli.main(["sets", "Kim2024", "--recipe", "am_wt_percent=90"]) == 0
    out = capsys.readouterr().out
    sources = assb_models.get_sources("Kim2024", am_wt_percent=90)
    assert out.count("    source: ") == len(sources)
    assert f"source: {sources['Positive electrode porosity']}" in out


def test_options_lists_every_option_with_its_values(capsys):
    assert cli.main(["options"]) == 0
    out = capsys.readouterr().out
    for name, allowed in assb_models.ASSB_OPTIONS.items():
        assert f'"{name}": ' + ", ".join(f'"{v}"' for v in allowed) in out


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


@pytest.mark.parametrize(
    "args, words",
    [
        (["sets", "Nope"], "Unknown parameter set 'Nope'"),
        (
            ["simulate", "--set", "Nope", "--experiment", "Rest for 1 minute"],
            "Unknown parameter set",
        ),
        (
            [
                "simulate",
                "--set",
                "Kim2024",
                "--recipe",
                "foo=1",
                "--experiment",
                "Rest for 1 minute",
            ],
            "unknown recipe key(s) ['foo']",
        ),
        (
            ["simulate", "--set", "Kim2024", "--experiment", "Dance at C/2"],
            "cannot be read",
        ),
        (
            [
                "simulate",
                "--set",
                "Kim2024",
                "--experiment",
                "Discharge at C/2 until 10 V",
            ],
            "outside the allowed range",
        ),
        (
            [
                "simulate",
                "--set",
                "Kim2024",
                "--option",
                "anode=copper",
                "--experiment",
                "Rest for 1 minute",
            ],
            "allowed values",
        ),
        (
            [
                "simulate",
                "--set",
                "Kim2024",
                "--recipe",
                "am_wt_percent",
                "--experiment",
                "Rest for 1 minute",
            ],
            "is not KEY=VALUE",
        ),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(args, words, tmp_path):
    if args[0] == "simulate":
        args = [*args, "--out", str(tmp_path / "o")]
    code, out, err = assb(*args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert words in err
    assert "Traceback" not in err
