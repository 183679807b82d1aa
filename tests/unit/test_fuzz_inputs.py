"""Property-based fuzzing of the inputs a user types: recipes, parameter values,
options and experiment steps. Whatever is given, either the package's own error
(InvalidInputError, or PyBaMM's OptionError for options) comes out, or a result
inside its physical range: never another exception, never an absurd result."""

import math

import numpy as np
import pybamm
import pytest

pytest.importorskip("hypothesis", reason="the test extra (hypothesis) is not installed")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import assb_models  # noqa: E402
import assb_models.fitting  # noqa: E402  (the fit-file reader, used as assb_models.fitting)
from assb_models import CompositeCathodeRecipe, InvalidInputError  # noqa: E402
from assb_models.options import ASSB_OPTIONS  # noqa: E402
from assb_models.parameters.parameter_values import allowed_range  # noqa: E402

FAST = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
SLOW = settings(
    max_examples=8,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

#: anything a user might type where a number is expected
anything = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(-1e3, 1e3),
    st.integers(-(10**6), 10**6),
    st.sampled_from([0, -0.0, 1e-300, 1e300, True, None, "80", "", [1.0]]),
    st.floats(-1e3, 1e3).map(np.float32),
    st.floats(-1e3, 1e3).map(np.float64),
)
percent = st.one_of(st.floats(0, 100), anything)

KIM_RECIPE = dict(
    am_wt_percent=80,
    se_wt_percent=17,
    carbon_wt_percent=3,
    am_density_g_cm3=4.75,
    se_density_g_cm3=1.64,
    carbon_density_g_cm3=0.67,
    am_loading_mg_cm2=12,
    void_fraction=0.12,
    carbon_specific_surface_area_m2_g=62,
    carbon_se_contact_fraction=0.8,
)


@FAST
@given(st.fixed_dictionaries({}, optional={k: anything for k in KIM_RECIPE}))
def test_recipe_fields(changes):
    try:
        recipe = CompositeCathodeRecipe(**{**KIM_RECIPE, **changes})
    except InvalidInputError:
        return
    fractions = recipe.volume_fractions()
    assert all(0 <= v <= 1 for v in fractions.values())
    np.testing.assert_allclose(sum(fractions.values()), 1.0)
    assert 0 < recipe.thickness_m <= 0.01
    assert math.isfinite(recipe.carbon_se_contact_area_per_volume)
    assert recipe.carbon_se_contact_area_per_volume >= 0


@FAST
@given(
    st.fixed_dictionaries(
        {},
        optional={
            "am_wt_percent": percent,
            "carbon_wt_percent": percent,
            "am_loading_mg_cm2": anything,
            "void_fraction": anything,
            "anode": st.sampled_from(["Li-In", "lithium metal", "Na", 3, None]),
            "pristine": st.sampled_from([True, False]),
        },
    )
)
def test_set_recipe_arguments(recipe):
    try:
        values = assb_models.get_parameter_values("Kim2024", **recipe)
    except InvalidInputError:
        return
    assert 0 < values["Positive electrode thickness [m]"] <= 0.01


KIM = assb_models.get_parameter_values("Kim2024")
NUMERIC = sorted(k for k, v in KIM.items() if isinstance(v, (int, float)))


@FAST
@given(st.sampled_from(NUMERIC), anything)
def test_any_value_of_any_parameter(name, value):
    pv = dict(KIM.items())  # PyBaMM's own update() rejects some values itself
    pv[name] = value
    try:
        assb_models.validate_parameter_values(pv)
    except InvalidInputError as error:
        assert (
            name in str(error)
            or "composite cathode" in str(error)
            or ("cut-off" in str(error))
        )
        return
    # accepted: a finite real inside its range, never clipped
    assert isinstance(value, (int, float, np.floating)) and math.isfinite(value)
    rule = allowed_range(name)
    if rule is not None:
        assert rule[1] <= value <= rule[2]


@FAST
@given(
    st.sampled_from(NUMERIC),
    st.lists(st.one_of(st.floats(-1e3, 1e3), st.integers(-10, 10)), max_size=4),
)
def test_a_list_through_parameter_values_update(name, value):
    pv = KIM.copy()
    pv.update({name: value})  # PyBaMM keeps the old value: the list must not vanish
    try:
        assb_models.validate_parameter_values(pv)
    except InvalidInputError as error:
        assert f"{name!r} = {value!r} is a list" in str(error)
        return
    assert not value  # only an empty list adds no entry at all: nothing was given


DFN = assb_models.SolidStateDFN()
COORDINATES = sorted(DFN.default_var_pts)


@FAST
@given(
    st.one_of(
        st.dictionaries(
            st.one_of(st.sampled_from(COORDINATES), st.sampled_from(["xp", "", "X_N"])),
            st.one_of(st.integers(-5, 2000), anything),
            max_size=4,
        ),
        anything,
    )
)
def test_var_pts(var_pts):
    try:
        assb_models.Simulation(DFN, parameter_values=KIM, var_pts=var_pts)
    except InvalidInputError as error:
        assert "var_pts" in str(error)
        return
    # accepted: nothing (the model's default mesh), or known coordinates with
    # integer points in [1, 1000], never rounded or clipped
    assert not var_pts or all(
        name in COORDINATES
        and isinstance(n, (int, np.integer))
        and not isinstance(n, bool)
        and 1 <= n <= 1000
        for name, n in var_pts.items()
    )


option_values = st.one_of(
    st.sampled_from(sorted({v for vals in ASSB_OPTIONS.values() for v in vals})),
    st.sampled_from(["true", "false", "none", "", "Tafel ", None, 1]),
)
option_names = st.sampled_from(
    list(ASSB_OPTIONS) + ["surface form", "transport efficiency", "thermal", "anodes"]
)


@FAST
@given(
    st.one_of(
        st.text(max_size=12),
        st.lists(st.sampled_from(sorted(ASSB_OPTIONS)), max_size=3),
        st.tuples(st.sampled_from(sorted(ASSB_OPTIONS)), option_values),
        anything.filter(lambda v: v is not None),
    )
)
def test_options_that_are_not_a_dict(options):
    with pytest.raises((pybamm.OptionError, InvalidInputError)) as err:
        assb_models.SolidStateDFN(options)
    assert "options must be a dict" in str(err.value)


@SLOW
@given(st.dictionaries(option_names, option_values, max_size=3))
def test_options(options):
    try:
        model = assb_models.SolidStateDFN(options)
    except (pybamm.OptionError, InvalidInputError):
        return
    for name, value in options.items():
        assert model.options[name] == value


verbs = st.sampled_from(["Discharge", "Charge", "Rest", "Hold", "Dance", ""])
numbers = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(lambda v: f"{v:g}"),
    st.sampled_from(["0", "-1", "1e3", "C/2", "1/0", "abc", ""]),
)
units = st.sampled_from(
    ["A", "C", "W", "mA/cm2", "uA.cm-2", "A/m2", "mW/cm2", "V", "K", ""]
)
ends = st.one_of(
    st.builds(lambda n: f" until {n} V", numbers),
    st.builds(
        lambda n, u: f" for {n} {u}",
        numbers,
        st.sampled_from(["hours", "minutes", "seconds", "days", "parsecs"]),
    ),
    st.just(""),
)


@FAST
@given(
    st.lists(
        st.builds(
            lambda v, n, u, e: f"{v} at {n} {u}{e}".strip(), verbs, numbers, units, ends
        ),
        min_size=1,
        max_size=3,
    )
)
def test_experiment_strings(steps):
    try:
        experiment = assb_models.areal_experiment(steps, KIM)
    except InvalidInputError:
        return
    low, high = KIM["Lower voltage cut-off [V]"], KIM["Upper voltage cut-off [V]"]
    for step in experiment.steps:
        assert not isinstance(step.value, float) or math.isfinite(step.value)
        assert step.duration > 0 and math.isfinite(step.duration)
        for end in step.termination:
            if isinstance(end, pybamm.step.VoltageTermination):
                assert low <= end.value <= high
        if step.direction in ("charge", "discharge"):
            assert step.description.lower().startswith(step.direction)


json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False),
    st.integers(-(10**6), 10**6),
    st.text(max_size=8),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(max_size=8), inner, max_size=3),
    ),
    max_leaves=6,
)


@settings(FAST, max_examples=20)
@given(
    base=st.one_of(st.just("Kim2024"), json_values),
    recipe=st.one_of(
        st.just({}),
        st.dictionaries(
            st.sampled_from(["am_wt_percent", "void_fraction", "anode", "colour"]),
            json_scalars,
            max_size=2,
        ),
        json_values,
    ),
    fitted=st.one_of(
        st.dictionaries(
            st.sampled_from(NUMERIC[:5] + ["No such [m]"]),
            st.fixed_dictionaries({"value": json_scalars}),
            max_size=2,
        ),
        json_values,
    ),
)
def test_fit_files(tmp_path_factory, base, recipe, fitted):
    import json

    path = tmp_path_factory.mktemp("fit") / "fit.json"
    path.write_text(
        json.dumps({"base set": base, "base recipe": recipe, "fitted": fitted})
    )
    try:
        values = assb_models.fitting.load_fitted_parameters(path)
    except InvalidInputError as error:
        assert str(path) in str(error)
        return
    for name, entry in fitted.items():
        assert values[name] == entry["value"]


@FAST
@given(
    current=st.one_of(anything, st.lists(anything, max_size=3)),
    cycles=st.one_of(anything, st.integers(-3, 5)),
    hours=st.one_of(st.none(), anything),
    capacity=st.one_of(st.none(), anything),
    area=anything,
)
def test_plating_stripping_protocols(current, cycles, hours, capacity, area):
    """Any protocol arguments: the package's error or steps of physical size."""
    try:
        steps = assb_models.plating_stripping_experiment(
            current,
            area,
            cycles=cycles,
            capacity_mAh_cm2=capacity,
            half_cycle_hours=hours,
        )
    except (InvalidInputError, pybamm.OptionError):
        return
    assert steps
    for cycle in steps:
        for step in cycle:
            assert 1 <= step.duration <= 1e4 * 3600


@FAST
@given(
    kind=st.sampled_from(["C", "A", "W", "hours"]),
    exponent=st.floats(-3, 15),
)
def test_step_sizes(kind, exponent):
    """A step is refused before solving exactly when it is above 100 C (through the
    set's capacity) or longer than 10 years."""
    value = 10**exponent
    text = (
        f"Rest for {value:.6g} hours"
        if kind == "hours"
        else f"Discharge at {value:.6g} {kind} until 1.9 V"
    )
    capacity = KIM["Nominal cell capacity [A.h]"]
    rate = {
        "C": value,
        "A": value / capacity,
        "W": value / (capacity * KIM["Upper voltage cut-off [V]"]),
        "hours": 0,
    }[kind]
    too_big = rate > 100 or (kind == "hours" and value > 87600)
    try:
        experiment = pybamm.Experiment([text])
    except (ValueError, TypeError):
        return
    from assb_models.simulation.experiment_checks import check_experiment

    try:
        check_experiment(experiment, KIM)
    except InvalidInputError as error:
        assert too_big or "voltage" in str(error) or "duration" in str(error)
        return
    assert not too_big


@FAST
@given(
    name=st.sampled_from(
        [
            "Positive electrode active material-solid electrolyte contact fraction",
            "Solid electrolyte conductivity at reference temperature [S.m-1]",
            "Ambient temperature [K]",
        ]
    ),
    value=anything,
)
def test_solve_inputs(name, value):
    """inputs= of a solve: the package's error, or a value validation accepts."""
    from assb_models.simulation.simulation import check_inputs

    values = KIM.copy()
    values.update({name: "[input]"})
    try:
        check_inputs({name: value}, values)
    except InvalidInputError:
        return
    accepted = KIM.copy()
    accepted.update({name: float(value)})
    assb_models.validate_parameter_values(accepted)


@settings(SLOW, max_examples=4)
@given(st.sampled_from(sorted(k for k in KIM.keys() if k not in ("citations",))))
def test_a_missing_parameter(name):
    """Any parameter left out: the model builds without it, or the error names it
    (never PyBaMM's bare KeyError)."""
    from assb_models.parameter_sets import Kim2024
    from assb_models.simulation.simulation import MissingParameterError

    values = pybamm.ParameterValues({k: v for k, v in KIM.items() if k != name})
    try:
        assb_models.Simulation(
            assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
            parameter_values=values,
            var_pts={"x_n": 5, "x_s": 5, "x_p": 8, "r_n": 5, "r_p": 8},
        ).build()
    except MissingParameterError as error:
        assert repr(name) in str(error) or "not in the parameter values" in str(error)
    except InvalidInputError:
        pass  # a cross-check that needs the parameter refuses the set


@SLOW
@given(
    st.lists(
        st.one_of(st.integers(70, 95), st.floats(70, 95).map(lambda x: round(x, 3))),
        min_size=1,
        max_size=3,
        unique=True,
    ),
    st.sampled_from([None, "ninety", True]),
)
def test_sweep_batches_read_as_one_dataset(tmp_path_factory, loadings, odd):
    """Any mix of integer and float design values, one batch per design, is one
    dataset for pandas and pyarrow; a value that is not a number among numbers is a
    spec error before any batch."""
    pytest.importorskip("pyarrow")
    import pandas as pd
    import pyarrow.dataset as pads

    from assb_models.sweep import load_spec
    from assb_models.sweep.runner import results_schema, write_batch
    from assb_models.sweep.spec import SpecError
    from assb_models.sweep.worker import failed_batch

    values = loadings + ([odd] if odd is not None else [])
    spec = {
        "parameter_set": "Kim2024",
        "design": {"grid": {"am_wt_percent": values}},
        "protocol": {"cycles": [{"label": "d", "steps": ["Rest for 1 minute"]}]},
    }
    try:
        spec = load_spec(spec)
        designs = spec.designs()
        schema = results_schema(spec, designs)
    except (SpecError, InvalidInputError) as error:
        assert odd is not None and "am_wt_percent" in str(error)
        return
    assert odd is None
    folder = tmp_path_factory.mktemp("sweep")
    for index, design in enumerate(designs):
        items = [(index, spec.design_id(design), design)]
        write_batch(folder, failed_batch(spec, items, RuntimeError("x")), schema)
    for table in (
        pd.read_parquet(folder),
        pads.dataset(folder, format="parquet").to_table().to_pandas(),
    ):
        assert sorted(table["am_wt_percent"]) == sorted(float(v) for v in loadings)


def test_heat_transfer_coefficient_is_not_a_charge_transfer_coefficient():
    """PyBaMM's thermal coefficient (W/m2/K, e.g. 10 in Chen2020) is not held to
    the (0, 1) range of a charge-transfer coefficient."""
    rule = allowed_range("Total heat transfer coefficient [W.m-2.K-1]")
    assert rule[0].startswith("heat transfer") and rule[2] == float("inf")
    assert allowed_range("Positive electrode charge transfer coefficient")[2] == 1
