import ast
import importlib.metadata
import pathlib

import numpy as np
import pybamm
import pytest
from pybamm.parameters.base_parameters import BaseParameters

import assb_models
from assb_models import InvalidInputError, validate_parameter_values
from assb_models.citations import BIBTEX
from assb_models.parameters import published_cells, registry
from assb_models.parameters.assb_parameters import AssbParameters


def test_kim2024_loads_through_pybamm_entry_point():
    pv = pybamm.ParameterValues("Kim2024")
    ours = assb_models.get_parameter_values("Kim2024")
    for name in ("Positive electrode thickness [m]", "Positive electrode porosity"):
        assert pv[name] == ours[name]


def test_every_value_has_a_source():
    values = assb_models.parameter_sets.Kim2024.get_parameter_values()
    sources = assb_models.get_sources("Kim2024")
    missing = set(values) - set(sources) - {"chemistry", "citations"}
    assert not missing
    assert all(isinstance(s, str) and len(s) > 5 for s in sources.values())


def test_unknown_set_is_named():
    with pytest.raises(InvalidInputError, match="Unknown parameter set 'Kim2042'"):
        assb_models.get_parameter_values("Kim2042")


def test_unknown_anode_is_named():
    with pytest.raises(InvalidInputError, match="'anode' = 'Na'"):
        assb_models.get_parameter_values("Kim2024", anode="Na")


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("Separator thickness [m]", -5e-4, "(0, inf)"),
        (
            "Positive electrode thickness [m]",
            0.0,
            "'Positive electrode thickness [m]' = 0.0",
        ),
        ("Positive electrode carbon density [kg.m-3]", -670.0, "(0, inf)"),
        ("Positive electrode porosity", 1.3, "[0, 1]"),
        ("Positive electrode active material volume fraction", 0.9, "at most 1"),
        ("Cation transference number", 0.4, "single-ion conductor"),
        ("Separator thickness [m]", np.float32(-5e-4), "(0, inf)"),
        ("Separator thickness [m]", np.array(-5e-4), "(0, inf)"),
        ("Ambient temperature [K]", -10.0, "[223.15, 473.15]"),
        ("Initial temperature [K]", 0, "[223.15, 473.15]"),
        ("Ambient temperature [K]", 1000.0, "[223.15, 473.15]"),
        ("Negative electrode conductivity [S.m-1]", -1.0, "(0, inf)"),
        ("CEI ionic conductivity [S.m-1]", -1e-6, "(0, inf)"),
        (
            "Solid electrolyte conductivity activation energy [J.mol-1]",
            -1e6,
            "[0, 500000]",
        ),
        ("Positive electrode Bruggeman coefficient (electrolyte)", -3, "[0, 10]"),
        ("Positive particle diffusivity [m2.s-1]", -1e-14, "(0, inf)"),
        ("Initial concentration in positive electrode [mol.m-3]", 6e4, "(0, 48828.1)"),
        (
            "Positive electrode active material-solid electrolyte contact fraction",
            0.0,
            "(0, 1]",
        ),
        ("Nominal cell capacity [A.h]", 0, "(0, inf)"),
        ("Lower voltage cut-off [V]", 4.0, "below 'Upper voltage cut-off [V]'"),
        ("Positive electrode thickness [m]", 4.33, "[0, 0.01]"),
    ],
)
def test_bad_values_are_rejected(name, value, words):
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({name: value})
    with pytest.raises(InvalidInputError) as err:
        validate_parameter_values(pv)
    assert words in str(err.value)
    assert name in str(err.value)


def test_recipe_kwargs_reach_the_set():
    thin = assb_models.get_parameter_values("Kim2024", am_loading_mg_cm2=6)
    thick = assb_models.get_parameter_values("Kim2024", am_loading_mg_cm2=12)
    ratio = (
        thick["Positive electrode thickness [m]"]
        / thin["Positive electrode thickness [m]"]
    )
    assert ratio == pytest.approx(2.0)


@pytest.mark.parametrize(
    "name, author", [("Kim2024", "Kim"), ("Park2021", "Park"), ("Sakka2022", "Sakka")]
)
def test_print_citations_after_each_set(name, author, tmp_path):
    """pybtex formats every entry (an @article without a journal made it crash)."""
    pytest.importorskip("pybtex", reason="pybamm[cite] not installed")
    pybamm.citations._reset()
    assb_models.get_parameter_values(name)
    out = tmp_path / "citations.txt"
    pybamm.print_citations(str(out))
    text = out.read_text()
    assert author in text and "PyBaMM" in text


@pytest.mark.parametrize("name", ["Kim2024", "Park2021", "Sakka2022"])
def test_numpy_scalars_are_accepted_like_floats(name):
    pv = assb_models.get_parameter_values(name)
    # a value that is a number in each set (Sakka2022's thicknesses are
    # expressions of the stack pressure)
    key = next(
        k
        for k in ("Positive particle radius [m]", "Separator thickness [m]")
        if k in pv.keys() and isinstance(pv[k], float)
    )
    pv.update({key: np.float32(pv[key])})
    validate_parameter_values(pv)


# ------------------------------------------------------------ one name, one registry
PACKAGE = pathlib.Path(assb_models.__file__).parent
ROOT = PACKAGE.parent


def _parameter_calls(path):
    """(line, call) of each ``pybamm.Parameter(`` / ``pybamm.FunctionParameter(``."""
    tree = ast.parse(path.read_text(), filename=str(path))
    return [
        (node.lineno, node.func.attr)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("Parameter", "FunctionParameter")
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "pybamm"
    ]


def test_parameters_are_named_only_in_the_parameter_package():
    """Submodels and models read AssbParameters; no inline parameter names."""
    allowed = (PACKAGE / "parameters", PACKAGE / "parameter_sets")
    found = [
        f"{path.relative_to(ROOT)}:{line}: pybamm.{call}("
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(folder in path.parents for folder in allowed)
        for line, call in _parameter_calls(path)
    ]
    assert not found, "name these in assb_models/parameters/:\n" + "\n".join(found)


def test_the_grep_finds_an_inline_parameter(tmp_path):
    path = tmp_path / "submodel.py"
    path.write_text('import pybamm\nk = pybamm.Parameter("Rate [s-1]")\n')
    assert _parameter_calls(path) == [(2, "Parameter")]


def test_every_parameter_attribute_is_named_once():
    """No two attributes of AssbParameters carry the same parameter name."""
    names = {}

    def walk(obj, path):
        for key, value in vars(obj).items():
            if isinstance(value, pybamm.Parameter):
                names.setdefault(value.name, []).append(f"{path}.{key}")
            elif isinstance(value, BaseParameters):
                walk(value, f"{path}.{key}")
            elif isinstance(value, dict):
                for k, v in value.items():
                    walk(v, f"{path}.{key}[{k!r}]")

    walk(AssbParameters(), "param")
    repeated = {name: where for name, where in names.items() if len(where) > 1}
    assert not repeated
    assert "Stack pressure at assembly [Pa]" in names
    assert "Stack pressure [Pa]" not in names


def test_registry_equals_the_pybamm_entry_points():
    points = {
        ep.name: ep
        for ep in importlib.metadata.entry_points(group="pybamm_parameter_sets")
        if ep.value.startswith("assb_models.")
    }
    assert set(points) == set(registry.names())
    for name, ep in points.items():
        assert ep.load() is registry.get(name).get_parameter_values


def test_each_set_module_exposes_its_record():
    for name, record in registry.records().items():
        module = getattr(assb_models.parameter_sets, name)
        assert module.SET is record
        assert record.name == name
        assert record.citation_key in BIBTEX
        assert record.description
        assert record.model_name(**record.recipe) in (
            *assb_models.models.MODELS,
            "SymmetricCell",
        )


def test_set_names_are_case_insensitive():
    lower = assb_models.get_parameter_values("kim2024")
    upper = assb_models.get_parameter_values("KIM2024")
    ours = assb_models.get_parameter_values("Kim2024")
    for name in ("Positive electrode thickness [m]", "Positive electrode porosity"):
        assert lower[name] == ours[name] == upper[name]
    assert assb_models.get_sources("sakka2022") == assb_models.get_sources("Sakka2022")


def test_an_unknown_set_lists_the_valid_ones():
    with pytest.raises(InvalidInputError) as err:
        assb_models.get_parameter_values("Kim2042")
    for name in registry.names():
        assert repr(name) in str(err.value)


def test_published_cells_read_the_record():
    assert published_cells.model_options("Kim2024", anode="lithium metal") == {
        **assb_models.parameter_sets.Kim2024.MODEL_OPTIONS,
        "anode": "lithium metal",
    }
    assert published_cells.is_full_cell("Park2021", cell="full")
    assert not published_cells.is_full_cell("park2021")
    assert published_cells.model_options("Park2021") == {}
    assert published_cells.model_options(
        "Park2021", cell="full", anode="Li-In"
    ) == assb_models.parameter_sets.Park2021.full_cell_options("Li-In")


def test_old_stack_pressure_name_names_the_new_one():
    values = dict(assb_models.parameter_sets.Sakka2022.get_parameter_values())
    values["Stack pressure [Pa]"] = values.pop("Stack pressure at assembly [Pa]")
    with pytest.raises(InvalidInputError) as err:
        validate_parameter_values(values)
    assert "'Stack pressure at assembly [Pa]'" in str(err.value)


def test_constant_stack_pressure_variable_equals_the_parameter():
    """With a constant-pressure fixture "Stack pressure [Pa]" is the parameter."""
    pv = assb_models.get_parameter_values("Sakka2022", stack_pressure_MPa=37)
    model = assb_models.SolidStateDFN(
        assb_models.parameter_sets.Sakka2022.MODEL_OPTIONS
    )
    value = pv.process_symbol(model.variables["Stack pressure [Pa]"]).evaluate()
    assert float(value) == pv["Stack pressure at assembly [Pa]"] == 37e6


def _first_party_imports(path):
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


def test_parameter_sets_import_no_model_code():
    sets = pathlib.Path(assb_models.parameter_sets.__file__).parent
    bad = [
        f"{path.name}: {module}"
        for path in sorted(sets.glob("*.py"))
        for module in _first_party_imports(path)
        if module.startswith(("assb_models.models", "assb_models.submodels"))
    ]
    assert not bad


def test_the_parameter_package_imports_no_model_code():
    """Laws, compaction and the parameter class come before the models."""
    bad = [
        f"{path.name}: {module}"
        for path in sorted((PACKAGE / "parameters").glob("*.py"))
        if path.name != "published_cells.py"  # builds models from the records
        for module in _first_party_imports(path)
        if module.startswith(("assb_models.models", "assb_models.submodels"))
    ]
    assert not bad


def test_pyproject_lists_every_package():
    tomllib = pytest.importorskip("tomllib")
    pyproject = ROOT / "pyproject.toml"
    if not pyproject.exists():
        pytest.skip("the package is installed from a wheel, not from its sources")
    config = tomllib.loads(pyproject.read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    # every folder holding Python files (zoo examples and tests are data folders
    # of their model, installed as namespace packages)
    found = {
        ".".join(path.parent.relative_to(ROOT).parts)
        for path in PACKAGE.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    assert listed == found | {"assb_models.parameter_sets"}
    assert config["tool"]["setuptools"]["package-dir"] == {
        "assb_models.parameter_sets": "parameter_sets"
    }
    assert config["project"]["license"] == "BSD-3-Clause"
