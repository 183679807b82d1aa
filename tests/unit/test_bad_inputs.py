"""Bad input at the package's edges: fit files, the CLI, replays, fits stopped."""

import ast
import dataclasses
import json
import pathlib

import numpy as np
import pytest

import assb_models
from assb_models import InvalidInputError, cli
from assb_models.data.table import CURRENT
from assb_models.fitting import (
    BoundWarning,
    FitInterruptedWarning,
    FitParameter,
    FitProblem,
    fit,
    load_fitted_parameters,
)
from assb_models.fitting.synthetic import simulate_discharge
from assb_models.simulation import protocol

KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8}


KIM = assb_models.get_parameter_values("Kim2024")


@pytest.fixture(scope="module")
def discharge():
    return simulate_discharge(KIM, 1.0, noise_V=2e-3, seed=2, var_pts=VAR_PTS)


def _fit_file(tmp_path, content):
    path = tmp_path / "fit.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content))
    return path


GOOD = {"base set": "Kim2024", "base recipe": {}, "fitted": {KAPPA: {"value": 0.1}}}


@pytest.mark.parametrize(
    "content, words",
    [
        ({**GOOD, "fitted": {KAPPA: {"value": -0.1}}}, f"{KAPPA!r} = -0.1 is outside"),
        ({**GOOD, "fitted": {KAPPA: {"value": "fast"}}}, "expected a finite number"),
        (
            {**GOOD, "fitted": {"Solid electrolyte conductivty": {"value": 0.1}}},
            "is not a parameter of 'Kim2024'; did you mean",
        ),
        ({**GOOD, "base recipe": {"am_wt_percent": "80"}}, "must be a real number"),
        ({**GOOD, "base recipe": {"colour": "blue"}}, "is not accepted by 'Kim2024'"),
        ({**GOOD, "base recipe": [80]}, "'base recipe' = [80] must map"),
        ({**GOOD, "base set": "Kim2042"}, "Unknown parameter set 'Kim2042'"),
        ({"fitted": []}, "not a fit file"),
        ("{not json", "not a fit file, not JSON"),
    ],
)
def test_bad_fit_files_are_named(tmp_path, content, words):
    path = _fit_file(tmp_path, content)
    with pytest.raises(InvalidInputError) as err:
        load_fitted_parameters(path)
    assert str(path) in str(err.value) and words in str(err.value)


def test_a_good_fit_file_loads(tmp_path):
    assert load_fitted_parameters(_fit_file(tmp_path, GOOD))[KAPPA] == 0.1


def test_fit_file_paths(tmp_path):
    with pytest.raises(InvalidInputError, match="does not exist"):
        load_fitted_parameters(tmp_path / "missing.json")
    with pytest.raises(InvalidInputError, match="is a folder"):
        load_fitted_parameters(tmp_path)


@pytest.mark.parametrize("kind", ["missing", "folder", "corrupt", "unreadable csv"])
def test_cli_bad_data_is_one_line_and_exit_2(tmp_path, capsys, kind):
    path = {
        "missing": tmp_path / "nope.csv",
        "folder": tmp_path,
        "corrupt": tmp_path / "random.csv",
        "unreadable csv": tmp_path / "quote.csv",
    }[kind]
    if kind == "corrupt":
        path.write_bytes(np.random.default_rng(0).bytes(300))
    if kind == "unreadable csv":
        path.write_text(
            "DataPoint,Cycle Index,Step Index,Step Type,Cumulative Time,Current(A),"
            'Voltage(V)\n1,1,1,CC DChg,0,0.1,3.5\n2,1,1,CC DChg,"1,2,3\n'
        )
    code = cli.main(["fit", str(path), "--param", KAPPA, "--out", str(tmp_path / "o")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("assb fit: error: ")
    assert str(path) in err and "Traceback" not in err


def test_cli_refuses_an_existing_output_before_fitting(tmp_path, capsys, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "fit.json").write_text("{}")
    data = tmp_path / "cell.csv"
    data.write_text("x")
    monkeypatch.setattr(cli, "fit", lambda *a, **k: pytest.fail("fitted anyway"))
    code = cli.main(["fit", str(data), "--param", KAPPA, "--out", str(out)])
    assert code == 2 and "already exist" in capsys.readouterr().err
    assert (out / "fit.json").read_text() == "{}"


def test_replaying_far_more_charge_than_the_model_holds_is_named(discharge):
    big = dataclasses.replace(discharge, table=discharge.table.copy())
    big.table[CURRENT] *= 200
    with pytest.raises(InvalidInputError, match="Nominal cell capacity"):
        protocol.replay_parameters(KIM, big)


def test_interrupted_fit_keeps_the_best_point(discharge, monkeypatch):
    calls = {"n": 0}
    residuals = FitProblem.residuals

    def stop_after_four(self, x):
        calls["n"] += 1
        if calls["n"] == 5:  # Ctrl-C once, during the fifth evaluation
            raise KeyboardInterrupt
        return residuals(self, x)

    monkeypatch.setattr(FitProblem, "residuals", stop_after_four)
    with pytest.warns(FitInterruptedWarning, match="after 4 model evaluations"):
        result = fit(
            discharge,
            [FitParameter(KAPPA, initial=0.06)],
            "Kim2024",
            var_pts=VAR_PTS,
            progress=False,
        )
    assert (
        result.message.startswith("interrupted") and "INTERRUPTED" in result.summary()
    )
    assert result.values[0] != 0.06  # it kept a better point than the start
    assert result.rmse_V[0] < 1.0


def test_fit_ending_at_a_bound_warns(discharge, capsys):
    with pytest.warns(BoundWarning, match="ended at its upper bound 0.08"):
        result = fit(
            discharge,
            [FitParameter(KAPPA, initial=0.05, bounds=(0.02, 0.08))],
            "Kim2024",
            var_pts=VAR_PTS,
        )
    assert result.at_bounds == [KAPPA] and "AT A BOUND" in result.summary()
    progress = capsys.readouterr().err
    assert "fit: evaluation 1: RMS residual" in progress


@pytest.mark.parametrize(
    "script",
    sorted((pathlib.Path(__file__).parents[2] / "experiments").glob("*.py")),
    ids=lambda p: p.name,
)
def test_experiment_scripts_exit_0_when_they_ran(script):
    """Misses go to the JSON and printout; the exit status is 0, errors raise (1)."""
    tree = ast.parse(script.read_text())
    main = next(
        n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main"
    )
    returns = [n.value for n in ast.walk(main) if isinstance(n, ast.Return)]
    assert returns and all(
        isinstance(v, ast.Constant) and v.value == 0 for v in returns
    )
    assert "sys.exit(main())" in script.read_text()
