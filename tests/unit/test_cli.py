"""The ``assb`` command end to end: every subcommand writes what it promises, bad
input exits 2 with one clear line."""

import subprocess
import sys
import tempfile
import warnings

import numpy as np
import pytest

import assb_models
from assb_models import cli
from assb_models.cli.common import plain_warnings

#: subprocesses start outside the source tree, so they import the installed package
#: (``python -m`` and ``-c`` put the working directory first on the path)
NEUTRAL_DIR = tempfile.gettempdir()


def assb(*args):
    """Run ``assb ARGS`` as a user would (a new process); returns (code, out, err)."""
    run = subprocess.run(
        [sys.executable, "-m", "assb_models.cli", *args],
        capture_output=True,
        text=True,
        cwd=NEUTRAL_DIR,
    )
    return run.returncode, run.stdout, run.stderr


def test_version():
    code, out, _ = assb("--version")
    assert code == 0 and assb_models.__version__ in out and "PyBaMM" in out


@pytest.mark.parametrize("flag", ["--version", "--help"])
def test_version_and_help_import_no_pybamm(flag):
    # the console script imports assb_models.cli and calls main: nothing heavy
    code = (
        "import sys; from assb_models.cli import main\n"
        f"try:\n    main([{flag!r}])\nexcept SystemExit as stop:\n"
        "    assert stop.code == 0, stop.code\n"
        "heavy = [m for m in ('pybamm', 'casadi', 'pandas', 'matplotlib') "
        "if m in sys.modules]\n"
        "assert not heavy, heavy"
    )
    run = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=NEUTRAL_DIR,
    )
    assert run.returncode == 0, run.stderr
    assert "assb" in run.stdout


def test_every_public_name_imports():
    # the package loads its names on first use; each one of __all__ is there
    for name in assb_models.__all__:
        assert getattr(assb_models, name) is not None
    namespace = {}
    exec("from assb_models import *", namespace)
    assert set(assb_models.__all__) <= set(namespace)
    assert "SolidStateDFN" in dir(assb_models)
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        assb_models.Nope  # noqa: B018


def test_top_level_help_lists_every_command(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for name, (help_line, _) in cli.COMMANDS.items():
        assert name in out and help_line in out


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


def test_set_names_are_case_insensitive(capsys):
    assert cli.main(["sets", "kim2024"]) == 0
    assert capsys.readouterr().out.startswith("Kim2024  [citation Kim2024]")


def test_sets_header_shows_the_recipe_used(capsys):
    assert cli.main(["sets", "Park2021", "--recipe", "cell=full"]) == 0
    header = capsys.readouterr().out.split("\n")[:4]
    recipe = [line for line in header if line.strip().startswith("recipe:")]
    assert recipe and "cell='full'" in recipe[0], header


def test_warnings_print_as_one_plain_line_once(capsys):
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        with plain_warnings():
            for _ in range(2):
                warnings.warn("ran past its calibration", UserWarning, stacklevel=1)
            np.divide(np.ones(2), np.zeros(2))  # expected: silenced
    err = capsys.readouterr().err
    assert err == "warning: ran past its calibration\n"


def test_options_lists_every_option_with_its_values(capsys):
    assert cli.main(["options"]) == 0
    out = capsys.readouterr().out
    for name, allowed in assb_models.ASSB_OPTIONS.items():
        assert f'"{name}": ' + ", ".join(f'"{v}"' for v in allowed) in out


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
                "--option",
                "anode conact=full",
                "--experiment",
                "Rest for 1 minute",
            ],
            "unknown model option 'anode conact'; did you mean 'anode contact'",
        ),
        (
            ["simulate", "--set", "Kimm2024", "--experiment", "Rest for 1 minute"],
            "(did you mean Kim2024?)",
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


def test_a_misspelt_step_word_is_one_short_line(tmp_path, capsys):
    step = "Dischrge at C/2 until 1.9 V"
    code = cli.main(
        ["simulate", "--set", "Kim2024", "--experiment", step, "--out", str(tmp_path)]
    )
    assert code == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and len(err) < 200, err
    assert step in err
    assert "(Discharge, Charge, Rest, Hold); did you mean 'Discharge'?" in err


def test_a_first_step_that_cannot_run_names_the_way_out(tmp_path, capsys):
    # the Kim2024 cell starts charged: a charge to 3.6 V ends at once
    step = "Charge at C/10 until 3.6 V"
    args = ["simulate", "--set", "Kim2024", "--experiment", step]
    assert cli.main([*args, "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "--initial-soc" in err and "--recipe pristine=true" in err
    assert "solve(" not in err and len(err.strip().splitlines()) == 1
