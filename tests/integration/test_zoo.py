"""The package's models in the PyBaMM model zoo: listed, and the contract holds.

``pybamm-model-zoo`` discovers ``assb_models.zoo`` through the ``pybamm_zoo_models``
entry point; each entry must pass the zoo's model-scope contract (manifest, layout,
import, citation, well-posedness, build, solve for the manifest's ``solve_time``), and
its example scripts run. Each entry's physical tests are in its own ``tests/`` folder
(``pytest assb_models/zoo``).
"""

import runpy

import pytest

import assb_models

zoo = pytest.importorskip("pybamm_model_zoo")
contract = pytest.importorskip("pybamm_model_zoo.testing.contract")

#: every zoo entry of this package, by its registry name
ENTRIES = [
    "AnodeFreeSolidStateDFN",
    "SiliconSolidStateDFN",
    "SolidStateDFN",
    "SolidStateSPMe",
    "SymmetricCell",
]
MODEL_CHECKS = [check.name for check in contract.checks_in_scope(contract.MODEL)]


def test_zoo_lists_the_package_models():
    external = {entry.name for entry in zoo.all_entries() if entry.external}
    assert external == set(ENTRIES)
    for name in ENTRIES:
        entry = zoo.info(name)
        assert entry.distribution == "assb-models"
        assert entry.module_path.startswith("assb_models.zoo.")
        assert entry.missing_dependencies() == []


@pytest.mark.parametrize("name", ENTRIES)
def test_title_fits_the_zoo_listing_table(name):
    """The zoo lists models in a markdown table, one row per title: a '|' in a title
    would split its row into extra columns."""
    assert "|" not in zoo.info(name).title


@pytest.mark.parametrize("check", MODEL_CHECKS)
@pytest.mark.parametrize("name", ENTRIES)
def test_contract(name, check):
    entry = zoo.info(name)
    assert check not in entry.tests.skip_contract
    contract.CHECKS[check].run(entry)


#: the package model each entry is
BASES = {
    "AnodeFreeSolidStateDFN": assb_models.SolidStateDFN,
    "SiliconSolidStateDFN": assb_models.SolidStateDFN,
    "SolidStateDFN": assb_models.SolidStateDFN,
    "SolidStateSPMe": assb_models.SolidStateSPMe,
    "SymmetricCell": assb_models.SymmetricCell,
}


@pytest.mark.parametrize("name", ENTRIES)
def test_zoo_loads_the_package_model(name):
    assert isinstance(zoo.load(name)(), BASES[name])


@pytest.mark.parametrize("name", ENTRIES)
def test_example_scripts_run(name, capsys):
    """Each entry's example scripts run (the zoo's own layer C)."""
    scripts = sorted((zoo.info(name).path / "examples").glob("*.py"))
    assert scripts
    for script in scripts:
        runpy.run_path(str(script), run_name="__main__")
    assert capsys.readouterr().out
