"""Bad input at the package's edges: fit files, the CLI, replays, fits stopped."""

import ast
import json
import pathlib

import numpy as np
import pytest

import assb_models
from assb_models import InvalidInputError, cli
from assb_models.fitting import (
    load_fitted_parameters,
)
from assb_models.parameters.parameter_values import refuse_list_values

KAPPA = "Solid electrolyte conductivity at reference temperature [S.m-1]"
VAR_PTS = {"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8}


KIM = assb_models.get_parameter_values("Kim2024")


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


# ----------------------------------------------------- protocols, inputs, options
PLATING = {"current_mA_cm2": 0.5, "area_cm2": 1.0, "half_cycle_hours": 1.0}


@pytest.mark.parametrize(
    "changes, words",
    [
        ({"current_mA_cm2": []}, "'current_mA_cm2' = [] must be"),
        ({"current_mA_cm2": None}, "'current_mA_cm2' = None must be"),
        ({"current_mA_cm2": 1e-300}, "'current_mA_cm2' = 1e-300 is outside"),
        ({"current_mA_cm2": [0.5, -1]}, "'current_mA_cm2' = -1 is outside"),
        ({"cycles": True}, "'cycles' = True must be an integer"),
        ({"half_cycle_hours": 1e-12}, "'half_cycle_hours' = 1e-12 is outside"),
        (
            {"half_cycle_hours": None, "capacity_mAh_cm2": 1e-12},
            "'capacity_mAh_cm2' = 1e-12 at 'current_mA_cm2' = 0.5 gives",
        ),
        ({"area_cm2": 0}, "'area_cm2' = 0 is outside"),
        ({"rest_minutes": -5}, "'rest_minutes' = -5 is outside"),
    ],
)
def test_plating_stripping_protocols_are_checked(changes, words):
    with pytest.raises(InvalidInputError) as err:
        assb_models.plating_stripping_experiment(**{**PLATING, **changes})
    assert words in str(err.value)
    assert "allowed range" in str(err.value) or "must be" in str(err.value)


@pytest.mark.parametrize(
    "step, words",
    [
        ("Discharge at 1e6 C until 1.9 V", "C-rate = 1000000.0 is 1e+06 C"),
        ("Discharge at 1e3 W until 1.9 V", "power [W] = 1000.0 is"),
        ("Charge at 1e3 A until 3.7 V", "current [A] = 1000.0 is"),
        ("Rest for 1e12 hours", "duration = 1e+12 h is outside"),
    ],
)
def test_steps_of_absurd_size_are_named_before_solving(step, words):
    import pybamm

    with pytest.raises(InvalidInputError) as err:
        assb_models.Simulation(
            assb_models.SolidStateDFN(),
            parameter_values=KIM,
            experiment=pybamm.Experiment([step]),
        )
    assert words in str(err.value) and step in str(err.value)


CONTACT = "Positive electrode active material-solid electrolyte contact fraction"


@pytest.mark.parametrize(
    "value, words",
    [
        (-0.5, f"inputs: '{CONTACT}' = -0.5 is outside the allowed range [0, 1]"),
        ([0.1, 0.2], f"inputs['{CONTACT}'] = [0.1, 0.2] must be one real number"),
        (float("nan"), "finite"),
    ],
)
def test_solve_inputs_are_checked_like_parameter_values(value, words):
    from assb_models.simulation.simulation import check_inputs

    values = KIM.copy()
    values.update({CONTACT: "[input]"})
    with pytest.raises(InvalidInputError) as err:
        check_inputs({CONTACT: value}, values)
    assert words in str(err.value)
    check_inputs({CONTACT: 0.5}, values)  # a good value passes


def test_missing_parameter_is_named_with_the_options_that_need_it():
    import pybamm

    from assb_models.simulation.simulation import MissingParameterError

    values = pybamm.ParameterValues(
        {k: v for k, v in KIM.items() if not k.startswith("Carbon SE oxidation")}
    )
    model = assb_models.SolidStateDFN({"SE oxidation on carbon": "self-limiting Tafel"})
    with pytest.raises(MissingParameterError) as err:
        assb_models.Simulation(model, parameter_values=values).build()
    message = str(err.value)
    assert "'Carbon SE oxidation" in message and "SE oxidation on carbon" in message
    assert isinstance(err.value, KeyError)


def test_save_at_cycles_is_checked():
    from assb_models.simulation.runs import run_cycles

    model = assb_models.SolidStateDFN()
    for bad in (0, [0, 2], "all", 1.5):
        with pytest.raises(InvalidInputError, match="'save_at_cycles'"):
            run_cycles(model, KIM, ["Rest for 1 minute"], save_at_cycles=bad)


def test_a_list_where_a_scalar_is_expected_is_refused():
    values = dict(KIM.items())
    values["Separator thickness [m]"] = [1e-4, 2e-4]
    with pytest.raises(InvalidInputError, match=r"'Separator thickness \[m\]' = \[0"):
        assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=values)


def test_a_list_through_parameter_values_update_is_refused_before_solving():
    # PyBaMM's update() stores a list as "name (i) [unit]" entries and leaves the
    # parameter unchanged: without the check the list would be dropped silently
    values = KIM.copy()
    values.update({"Separator thickness [m]": [1e-5, 2e-5]})
    assert values["Separator thickness [m]"] == KIM["Separator thickness [m]"]
    message = (
        r"'Separator thickness \[m\]' = \[1e-05, 2e-05\] is a list.*"
        r"'Separator thickness \(0\) \[m\]'.*kept its previous value.*Allowed: one "
        "real number"
    )
    with pytest.raises(InvalidInputError, match=message):
        assb_models.validate_parameter_values(values)
    with pytest.raises(InvalidInputError, match=message):
        assb_models.Simulation(assb_models.SolidStateDFN(), parameter_values=values)


def test_a_list_for_a_parameter_the_values_lack_is_named_at_build():
    import pybamm

    from assb_models.simulation.simulation import MissingParameterError

    name = "Positive electrode Bruggeman coefficient (electrolyte)"
    values = {k: v for k, v in KIM.items() if k != name}
    values = pybamm.ParameterValues({**values, name: [1.5, 1.6]})
    simulation = assb_models.Simulation(
        assb_models.SolidStateDFN(), parameter_values=values
    )
    with pytest.raises(MissingParameterError) as err:
        simulation.build()
    assert f"{name!r} = [1.5, 1.6] is a list" in str(err.value)
    assert "Allowed: one real number" in str(err.value)


def test_pybamm_indexed_parameters_are_not_taken_for_lists():
    import pybamm

    msmr = pybamm.ParameterValues("MSMR_Example")
    assert any("(0)" in name for name in msmr.keys())
    assert refuse_list_values(dict(msmr.items())) is None


def test_missing_parameter_of_a_pybamm_option_is_named_with_it():
    import pybamm

    from assb_models.simulation.simulation import MissingParameterError

    values = pybamm.ParameterValues(
        {k: v for k, v in KIM.items() if "double-layer" not in k}
    )
    model = assb_models.SolidStateDFN({"surface form": "differential"})
    with pytest.raises(MissingParameterError) as err:
        assb_models.Simulation(model, parameter_values=values).build()
    assert "'Positive electrode double-layer capacity [F.m-2]'" in str(err.value)
    assert "'surface form': 'differential'" in str(err.value)
    assert "working electrode" not in str(err.value)


DFN = assb_models.SolidStateDFN()
COARSE = {"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8}


@pytest.mark.parametrize(
    "var_pts, words",
    [
        ([5, 5], "var_pts = [5, 5] must be a dict"),
        ({**COARSE, "x_p": 0}, "var_pts['x_p'] = 0 is outside the allowed range"),
        ({**COARSE, "r_p": 8.5}, "var_pts['r_p'] = 8.5 is outside the allowed range"),
        ({**COARSE, "r_p": 10**9}, "integer in [1, 1000]"),
        ({**COARSE, "x_p": True}, "var_pts['x_p'] = True is outside"),
        ({**COARSE, "xp": 8}, "var_pts: ['xp'] not among the coordinates"),
    ],
)
def test_var_pts_are_checked_before_building(var_pts, words):
    with pytest.raises(InvalidInputError) as err:
        assb_models.Simulation(DFN, parameter_values=KIM, var_pts=var_pts)
    assert words in str(err.value)


def test_a_coordinate_var_pts_lack_is_named_at_build():
    simulation = assb_models.Simulation(DFN, parameter_values=KIM, var_pts={"x_p": 8})
    with pytest.raises(InvalidInputError) as err:
        simulation.build()
    assert "var_pts = {'x_p': 8} lacks 'x_n'" in str(err.value)
    assert isinstance(err.value.__cause__, KeyError)  # PyBaMM's, kept as the cause


def test_solver_errors_get_advice_only_when_a_step_failed():
    import pybamm

    from assb_models.simulation.simulation import explain_solver_error

    argument = pybamm.SolverError(
        "'t_eval' ... has been provided as a list of length 1"
    )
    message = explain_solver_error(argument)
    assert message.startswith(str(argument)) and "before any step" in message
    assert "could not take a step" not in message
    failed = pybamm.SolverError(
        "input set 0: IDAGetDky: IDA_BAD_K: The k-th derivative is not available"
    )
    assert "could not take a step" in explain_solver_error(failed)


def test_kim2024_overrides_that_no_model_needs_are_named():
    """A misspelt parameter cannot slip into a study's cell unused."""
    from assb_models.reproductions.kim2024 import cells

    typo = "Positive electrode SE percolation threshhold"
    with pytest.raises(InvalidInputError, match=typo):
        cells.formation(
            90,
            3,
            overrides={typo: 0.1},
            options={"active material isolation": "SE percolation"},
        )
