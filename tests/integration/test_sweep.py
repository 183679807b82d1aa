"""Design sweeps on a local Dask cluster: equal to single runs, failures recorded,
resume after a kill, stack energy density by hand."""

import contextlib
import os
import pathlib
import signal
import subprocess
import sys
import time

import numpy as np
import pandas as pd
import pybamm
import pytest

pytest.importorskip("distributed")

import assb_models  # noqa: E402
from assb_models import sweep  # noqa: E402
from assb_models.simulation.analysis import cycle_capacities  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parents[2]
DISCHARGE = "Discharge at C/2 until 1.9 V"
CONTACT = "Positive electrode active material-solid electrolyte contact fraction"


def spec(grid, **extra):
    """A spec of one C/2 discharge of charged Kim 2024 cells (clean core model)."""
    return {
        "parameter_set": "Kim2024",
        "batch_size": 2,
        "design": {"grid": grid},
        "protocol": {"cycles": [{"label": "C/2", "steps": [DISCHARGE]}]},
        "metrics": {"names": ["discharge capacity", "energy density"]},
        **extra,
    }


def alone(am_wt_percent, contact):
    """One design run on its own, with plain PyBaMM: (capacity [mAh/g], energy [Wh])."""
    values = assb_models.get_parameter_values("Kim2024", am_wt_percent=am_wt_percent)
    values.update({CONTACT: contact})
    model = assb_models.SolidStateDFN({"calculate discharge energy": "true"})
    sim = pybamm.Simulation(
        model, parameter_values=values, experiment=pybamm.Experiment([DISCHARGE])
    )
    solution = sim.solve()
    return (
        cycle_capacities(solution)["discharge"][0],
        solution["Discharge energy [W.h]"].entries[-1],
    )


def test_six_designs_equal_single_runs(client, tmp_path):
    grid = {"am_wt_percent": [80, 85, 90], CONTACT: [0.5, 0.3]}
    table = sweep.run(spec(grid), tmp_path, client=client, progress=False)
    assert len(table) == 6
    assert (table["status"] == "ok").all(), table["error"].tolist()
    # the contact fraction is an input parameter: three simulations for six designs
    inputs, rebuild = sweep.plan(
        sweep.load_spec(spec(grid)), sweep.load_spec(spec(grid)).designs()
    )
    assert CONTACT in inputs and rebuild == ["am_wt_percent"]
    for _, row in table.iterrows():
        capacity, energy = alone(row["am_wt_percent"], row[CONTACT])
        np.testing.assert_allclose(
            row["discharge capacity C/2 [mA.h.g-1]"], capacity, rtol=1e-4
        )
        np.testing.assert_allclose(row["discharge energy [W.h]"], energy, rtol=1e-4)
    assert table["pybamm_version"].eq(pybamm.__version__).all()
    assert table["run_time_s"].gt(0).all()


def test_failed_design_is_recorded_and_others_complete(client, tmp_path):
    grid = {"am_wt_percent": [80, 98], "carbon_wt_percent": [3]}
    table = sweep.run(spec(grid), tmp_path, client=client, progress=False)
    ok, failed = table.iloc[0], table.iloc[1]
    assert ok["status"] == "ok" and ok["error"] is None
    assert ok["discharge capacity C/2 [mA.h.g-1]"] > 100
    assert failed["status"] == "failed"
    assert failed["error"] == (
        "InvalidInputError: 'se_wt_percent' = -1 is outside the allowed range [0, 100]"
    )
    assert np.isnan(failed["discharge capacity C/2 [mA.h.g-1]"])


def _metric_and_input_columns(table):
    skip = {"run_time_s", "status", "error", "assb_models_version", "pybamm_version"}
    return [c for c in table.columns if c not in skip]


def test_killed_sweep_resumes_with_only_missing_designs(client, tmp_path, capsys):
    grid = {"am_wt_percent": [75, 80, 85, 90], "carbon_wt_percent": [0, 3]}
    path = tmp_path / "spec.toml"
    path.write_text(
        'parameter_set = "Kim2024"\nbatch_size = 1\n[design.grid]\n'
        f"am_wt_percent = {grid['am_wt_percent']}\n"
        f"carbon_wt_percent = {grid['carbon_wt_percent']}\n"
        f'[[protocol.cycles]]\nlabel = "C/2"\nsteps = ["{DISCHARGE}"]\n'
        '[metrics]\nnames = ["discharge capacity", "energy density"]\n'
    )
    out = tmp_path / "killed"
    results = out / "results"
    env = dict(os.environ, PYBAMM_DISABLE_TELEMETRY="true")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "assb_models.cli",
            "sweep",
            str(path),
            "--out",
            str(out),
            "--workers",
            "1",
            "--no-progress",
        ],
        cwd=tmp_path,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    try:
        while len(list(results.glob("*.parquet"))) < 2 and process.poll() is None:
            assert time.monotonic() < deadline, "the sweep wrote nothing in 120 s"
            time.sleep(0.02)
    finally:
        # the CLI, its cluster and workers (already gone if the CLI stopped)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    written = len(list(results.glob("*.parquet")))
    assert 2 <= written < 8, f"{written} designs finished before the kill"

    capsys.readouterr()
    resumed = sweep.run(path, out, client=client, progress=False)
    assert f"skipped {written} already finished" in capsys.readouterr().out
    assert len(list(results.glob("*.parquet"))) == 8
    assert resumed["status"].eq("ok").all()

    uninterrupted = sweep.run(path, tmp_path / "whole", client=client, progress=False)
    columns = _metric_and_input_columns(uninterrupted)
    assert columns == _metric_and_input_columns(resumed)
    numeric = [c for c in columns if pd.api.types.is_float_dtype(uninterrupted[c])]
    pd.testing.assert_frame_equal(
        resumed[columns].drop(columns=numeric),
        uninterrupted[columns].drop(columns=numeric),
    )
    np.testing.assert_allclose(
        resumed[numeric].to_numpy(float),
        uninterrupted[numeric].to_numpy(float),
        rtol=1e-6,
    )


def test_stack_energy_density_by_hand():
    """A 80/17/3 wt% Kim 2024 cell, masses and thicknesses added up by hand."""
    s = sweep.load_spec(spec({"am_wt_percent": [80]}))
    row = sweep.run_design(s, {"am_wt_percent": 80})
    assert row["status"] == "ok", row["error"]
    # energy: integrate I V over a finely sampled discharge (no sweep code)
    values = assb_models.get_parameter_values("Kim2024", am_wt_percent=80)
    sim = pybamm.Simulation(
        assb_models.SolidStateDFN(),
        parameter_values=values,
        experiment=pybamm.Experiment([DISCHARGE], period="2 seconds"),
    )
    solution = sim.solve()
    t, v, i = (solution[n].entries for n in ("Time [s]", "Voltage [V]", "Current [A]"))
    energy_wh = np.trapezoid(v * i, t) / 3600
    # layers per m2: NCM 12 mg/cm2 = 0.12 kg/m2 at 80 wt%; SE 1.86, NCM 4.75, carbon
    # 0.67 g/cm3; 12 % voids; separator 500 um at 85 % SE; Li-In 100 um at 5100 kg/m3;
    # Al 16 um, Cu 12 um
    solid = 80 / 4.75 + 17 / 1.86 + 3 / 0.67
    eps_am = 0.88 * (80 / 4.75) / solid
    L_cathode = 0.12 / (eps_am * 4750)
    masses = [
        0.12 / 0.8,
        500e-6 * 0.85 * 1860,
        100e-6 * 5100,
        16e-6 * 2700,
        12e-6 * 8960,
    ]
    thicknesses = [L_cathode, 500e-6, 100e-6, 16e-6, 12e-6]
    area = 1e-4
    np.testing.assert_allclose(
        row["energy density [W.h.kg-1]"], energy_wh / (area * sum(masses)), rtol=1e-3
    )
    np.testing.assert_allclose(
        row["energy density [W.h.L-1]"],
        energy_wh / (area * sum(thicknesses)) / 1000,
        rtol=1e-3,
    )


def test_design_map_spec_and_heat_maps(tmp_path):
    """The example's spec is valid (coarse and full grids) and its figure draws a
    table with a failed design (no solving)."""
    from experiment_scripts import load_experiment

    design_map = load_experiment("design_map")
    assert len(design_map.spec().designs()) == 18
    assert len(design_map.spec(full=True).designs()) == 12 * 7 * 2
    rows = [
        {
            "am_wt_percent": am,
            "carbon_wt_percent": c,
            "carbon_morphology": m,
            "energy density [W.h.kg-1]": 100.0 + am - c,
            "retention after 9 cycles [%]": 99.0,
            "status": "failed" if (am, c) == (92, 3) else "ok",
        }
        for am in (70, 92)
        for c in (0, 3)
        for m in ("spherical", "fibre")
    ]
    path = design_map.heat_maps(pd.DataFrame(rows), tmp_path / "map.png")
    assert path.stat().st_size > 10_000


def test_batch_whose_worker_dies_is_recorded_failed(client, tmp_path, monkeypatch):
    from assb_models.sweep import runner

    def dies(spec_data, batch, inputs):
        raise RuntimeError("worker lost")  # what a crashed worker gives its batch

    monkeypatch.setattr(runner, "run_batch", dies)
    table = sweep.run(
        spec({"am_wt_percent": [80, 85]}), tmp_path, client=client, progress=False
    )
    assert table["status"].eq("failed").all()
    assert (
        table["error"]
        .eq(
            "RuntimeError outside the design's own run (e.g. its worker died): "
            "worker lost"
        )
        .all()
    )
    assert np.isnan(table["energy density [W.h.kg-1]"]).all()


def test_design_map_morphology_acts_through_the_carbon_se_area(client, tmp_path):
    """The carbon's first-cycle loss follows its carbon/SE contact area. Without
    carbon the morphology changes nothing; at 80/3 wt% the two presets, held by the
    SE's own surface to about the same area (fibre 9 x 0.29 = 2.6, spherical
    62 x 0.04 = 2.5 m2 per g of carbon), add about the same (0.27 and 0.29 mAh/g),
    and a fibre touching SE over 0.015 of its surface (bundled) adds > 5x less."""
    from experiment_scripts import load_experiment

    data = load_experiment("design_map").spec().data
    bundled = "fibre, bundled"
    data["design"]["presets"]["carbon_morphology"][bundled] = {
        "carbon_specific_surface_area_m2_g": 9.0,
        "carbon_se_contact_fraction": 0.015,
    }
    data["design"]["grid"].update(
        {
            "am_wt_percent": [80],
            "carbon_wt_percent": [0, 3],
            "carbon_morphology": ["spherical", "fibre", bundled],
        }
    )
    data["protocol"]["cycles"] = data["protocol"]["cycles"][:1]
    data["metrics"] = {"names": ["first-cycle irreversible capacity"]}
    table = sweep.run(data, tmp_path, client=client, progress=False)
    loss = table.set_index(["carbon_wt_percent", "carbon_morphology"])[
        "first-cycle irreversible capacity [mA.h.g-1]"
    ]
    morphologies = ("spherical", "fibre", bundled)
    for m in morphologies[1:]:
        np.testing.assert_allclose(loss[0, m], loss[0, "spherical"], rtol=1e-4)
    extra = {m: loss[3, m] - loss[0, m] for m in morphologies}
    assert extra["spherical"] > 0.1 and extra["fibre"] > 0.1, extra
    np.testing.assert_allclose(extra["fibre"], extra["spherical"], rtol=0.2)
    assert extra[bundled] < extra["fibre"] / 5, extra
