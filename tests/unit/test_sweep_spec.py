"""Sweep specs, designs and the stack (no solving, no Dask)."""

import numpy as np
import pytest

from assb_models import InvalidInputError
from assb_models.parameter_sets import Kim2024
from assb_models.sweep import STACK_DEFAULTS, cell_stack, load_spec
from assb_models.sweep.spec import read_spec_file

SPEC = {
    "parameter_set": "Kim2024",
    "design": {
        "grid": {
            "am_wt_percent": [80, 90],
            "carbon_morphology": ["spherical", "fibre"],
            "Separator thickness [m]": [5e-5],
        },
        "presets": {
            "carbon_morphology": {
                "spherical": {"carbon_se_contact_fraction": 0.8},
                "fibre": {"carbon_se_contact_fraction": 0.3},
            }
        },
    },
    "protocol": {
        "cycles": [
            {"label": "formation", "steps": ["Charge at 0.1C until 3.7 V"]},
            {"label": "C/2", "steps": ["Discharge at C/2 until 1.9 V"], "repeat": 3},
        ]
    },
}


def test_grid_expands_presets_and_splits_recipe_from_parameters():
    spec = load_spec(SPEC)
    designs = spec.designs()
    assert len(designs) == 4
    assert designs[1] == {
        "am_wt_percent": 80,
        "carbon_morphology": "fibre",
        "Separator thickness [m]": 5e-5,
        "carbon_se_contact_fraction": 0.3,
    }
    recipe, parameters, options = spec.split(designs[1])
    assert recipe == {"am_wt_percent": 80, "carbon_se_contact_fraction": 0.3}
    assert parameters == {"Separator thickness [m]": 5e-5}
    assert options == {"calculate discharge energy": "true"}


def test_anode_recipe_key_sets_the_model_option():
    spec = load_spec(
        {**SPEC, "design": {"grid": {"anode": ["Li-In", "lithium metal"]}}}
    )
    options = [spec.split(d)[2]["anode"] for d in spec.designs()]
    assert options == ["Li-In", "lithium metal"]
    explicit = load_spec(
        {
            **SPEC,
            "design": {"table": [{"anode": "lithium metal", "option:anode": "Li-In"}]},
        }
    )
    recipe, _, options = explicit.split(explicit.designs()[0])
    assert (recipe["anode"], options["anode"]) == ("lithium metal", "Li-In")
    labels, cycles = spec.cycles()
    assert labels == ["formation", "C/2", "C/2 #2", "C/2 #3"]
    assert len(cycles) == 4


def test_design_ids_are_stable_and_depend_on_the_protocol():
    spec = load_spec(SPEC)
    ids = [spec.design_id(d) for d in spec.designs()]
    assert len(set(ids)) == 4
    assert ids == [load_spec(SPEC).design_id(d) for d in load_spec(SPEC).designs()]
    other = dict(SPEC, protocol={"cycles": [{"steps": ["Rest for 1 hour"]}]})
    assert load_spec(other).design_id(spec.designs()[0]) != ids[0]


@pytest.mark.parametrize(
    "change, message",
    [
        ({"modle": "x"}, "unknown key"),
        ({"model": "NoSuchModel"}, "'model' = 'NoSuchModel'"),
        ({"batch_size": 0}, "'batch_size' = 0"),
        ({"metrics": {"names": ["speed"]}}, "metric 'speed'"),
        ({"metrics": {"retention_reference": 9}}, "retention_reference = 9"),
        ({"design": {"grid": {"a": []}}}, "design.grid.a"),
        (
            {"protocol": {"cycles": [{"steps": ["Rest for 1 s"], "repeat": 0}]}},
            "repeat",
        ),
        ({"parameter_set": "Nobody2099"}, "Unknown parameter set"),
    ],
)
def test_bad_specs_are_named(change, message):
    with pytest.raises(InvalidInputError, match=message):
        load_spec({**SPEC, **change})


def test_unknown_preset_label_is_named():
    spec = {
        **SPEC,
        "design": {**SPEC["design"], "grid": {"carbon_morphology": ["tube"]}},
    }
    with pytest.raises(InvalidInputError, match="'tube'"):
        load_spec(spec).designs()


def test_toml_yaml_and_csv_table(tmp_path):
    (tmp_path / "designs.csv").write_text(
        "am_wt_percent,carbon_wt_percent\n80,1\n85,2\n"
    )
    (tmp_path / "s.toml").write_text(
        'parameter_set = "Kim2024"\n[design]\ntable_file = "designs.csv"\n'
        '[[protocol.cycles]]\nsteps = ["Discharge at 1C until 1.9 V"]\n'
    )
    (tmp_path / "s.yaml").write_text(
        "parameter_set: Kim2024\ndesign:\n  table:\n    - {am_wt_percent: 80, "
        "carbon_wt_percent: 1}\n    - {am_wt_percent: 85, carbon_wt_percent: 2}\n"
        "protocol:\n  cycles:\n    - steps: ['Discharge at 1C until 1.9 V']\n"
    )
    toml, yaml = (load_spec(tmp_path / name) for name in ("s.toml", "s.yaml"))
    assert toml.designs() == yaml.designs()
    assert [toml.design_id(d) for d in toml.designs()] == [
        yaml.design_id(d) for d in yaml.designs()
    ]
    with pytest.raises(InvalidInputError, match="suffix"):
        read_spec_file(tmp_path / "designs.csv")


def test_stack_layers_and_overrides():
    values = Kim2024.get_parameter_values()
    recipe = Kim2024.get_recipe()
    stack = cell_stack(recipe, values, "lithium metal")
    L_an, m_an = stack.layers["anode"]
    np.testing.assert_allclose(m_an, L_an * 534.0, rtol=1e-12)
    thin = cell_stack(
        recipe, values, "Li-In", {"Positive current collector thickness [m]": 1e-5}
    )
    np.testing.assert_allclose(thin.layers["positive current collector"][0], 1e-5)
    with pytest.raises(InvalidInputError, match="unknown name"):
        cell_stack(recipe, values, "Li-In", {"Cu thickness": 1e-5})
    with pytest.raises(InvalidInputError, match="Negative current collector density"):
        cell_stack(
            recipe, values, "Li-In", {"Negative current collector density [kg.m-3]": 0}
        )
    assert all(source for _, source in STACK_DEFAULTS.values())


def test_misspelt_parameter_and_stack_names_are_spec_errors():
    from assb_models.sweep import plan
    from assb_models.sweep.spec import SpecError

    bad = load_spec({**SPEC, "design": {"grid": {"Seperator thickness [m]": [1e-4]}}})
    with pytest.raises(SpecError, match="'Seperator thickness"):
        plan(bad, bad.designs())
    with pytest.raises(SpecError, match="stack"):
        load_spec({**SPEC, "stack": {"Al foil [m]": 1e-5}})
    bad_key = load_spec({**SPEC, "design": {"grid": {"am_wt_pct": [80]}}})
    with pytest.raises(SpecError, match="am_wt_pct"):
        plan(bad_key, bad_key.designs())


def test_batches_keep_designs_that_share_a_simulation_together():
    from assb_models.sweep.runner import batches

    items = [
        (i, f"id{i}", {"am": am, "contact": c})
        for i, (am, c) in enumerate((am, c) for am in (80, 90) for c in (0.3, 0.5, 0.8))
    ]
    shuffled = items[::-1]
    work = batches(shuffled, ["am"], 3)
    assert [[item[0] for item in batch] for batch in work] == [[3, 4, 5], [0, 1, 2]]
    assert [len(b) for b in batches(items, [], 4)] == [4, 2]


def test_mixed_type_sweep_folder_reads_as_one_dataset(tmp_path):
    """Batches whose design values are integers in one and floats in the next are
    written with the spec's schema: pandas, pyarrow and dask read the folder."""
    pa = pytest.importorskip("pyarrow")
    dd = pytest.importorskip("dask.dataframe")
    import pandas as pd
    import pyarrow.dataset as pads

    from assb_models.sweep.runner import results_schema, write_batch
    from assb_models.sweep.worker import failed_batch

    spec = load_spec(
        {
            **SPEC,
            "design": {
                "grid": {"am_wt_percent": [80, 85.5], "anode": ["Li-In"]},
                "presets": {},
            },
        }
    )
    designs = spec.designs()
    schema = results_schema(spec, designs)
    assert schema.field("am_wt_percent").type == pa.float64()
    for index, design in enumerate(designs):  # one design per batch: 80, then 85.5
        items = [(index, spec.design_id(design), design)]
        write_batch(tmp_path, failed_batch(spec, items, RuntimeError("x")), schema)
    (tmp_path / ".batch-0000009-cut.parquet.tmp").write_bytes(b"half")  # a crash
    for table in (
        pd.read_parquet(tmp_path),
        pads.dataset(tmp_path, format="parquet").to_table().to_pandas(),
        dd.read_parquet(str(tmp_path)).compute(),
    ):
        assert sorted(table["am_wt_percent"]) == [80.0, 85.5]
        assert table["status"].eq("failed").all()


def test_design_variable_mixing_numbers_and_text_is_refused():
    from assb_models.sweep.runner import results_schema
    from assb_models.sweep.spec import SpecError

    spec = load_spec({**SPEC, "design": {"grid": {"am_wt_percent": [80, "ninety"]}}})
    with pytest.raises(SpecError, match="'am_wt_percent' has values of types"):
        results_schema(spec)


def test_design_map_presets_are_valid_at_the_grid_corners():
    """Each carbon morphology at NCM 92 wt% / carbon 3 wt% (least SE, most carbon:
    the tightest carbon/SE contact bound) and at 70/0 builds a valid set."""
    from experiment_scripts import load_experiment

    from assb_models.sweep.worker import design_parameter_values

    spec = load_experiment("design_map").spec(full=True)
    corners = [
        d
        for d in spec.designs()
        if (d["am_wt_percent"], d["carbon_wt_percent"]) in ((92, 3), (70, 0))
    ]
    assert len(corners) == 4
    for design in corners:
        design_parameter_values(spec, design)  # raises on an invalid value


def test_design_map_runs_the_options_kim2024_was_calibrated_with():
    """The side reactions' values hold only with the laws they were calibrated
    under: the design map's model options are Kim2024.MODEL_OPTIONS."""
    from experiment_scripts import load_experiment

    from assb_models.parameter_sets import Kim2024

    spec = load_experiment("design_map").spec()
    assert spec.data["model_options"] == Kim2024.MODEL_OPTIONS


def test_spec_and_metrics_modules_import_without_a_cycle():
    import ast
    import pathlib

    import assb_models.sweep.metrics as metrics

    tree = ast.parse(pathlib.Path(metrics.__file__).read_text())
    imported = {
        node.module
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert "spec" not in imported and "assb_models.sweep.spec" not in imported


def test_equal_parameter_laws_freeze_equal():
    """Two NCM-law instances built from the same material freeze alike (a sweep
    reuses the simulation); a different material or a closure does not."""
    from assb_models.parameter_sets._ncm import (
        NCM_MATERIALS,
        diffusivity,
        electronic_conductivity,
    )
    from assb_models.sweep.worker import _freeze

    ni90, ncm811 = NCM_MATERIALS["Ni90"], NCM_MATERIALS["NCM811"]
    assert _freeze(electronic_conductivity(ni90)) == _freeze(
        electronic_conductivity(ni90)
    )
    assert _freeze(diffusivity(ni90)) == _freeze(diffusivity(ni90))
    assert _freeze(electronic_conductivity(ni90)) != _freeze(
        electronic_conductivity(ncm811)
    )

    def closure(sto, T):
        return sto

    assert _freeze(closure).startswith("object")  # never reused
