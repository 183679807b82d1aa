"""The documentation builds without warnings, every tutorial executes in it, and
the Validation page shows the reproductions' report (the paper tier's, when it ran
in this session)."""

import importlib.util
import json
import os
import pathlib
import subprocess
import sys

import pytest

from assb_models.reproductions import REPRODUCTIONS

DOCS = pathlib.Path(__file__).resolve().parents[1] / "docs"
TUTORIALS = sorted((DOCS / "tutorials").glob("*.py"))
HAVE_SPHINX = all(
    importlib.util.find_spec(m) for m in ("sphinx", "myst_nb", "jupytext", "ipykernel")
)


@pytest.mark.skipif(
    not (DOCS / "conf.py").exists(), reason="run from a source checkout (docs/ absent)"
)
@pytest.mark.skipif(
    not HAVE_SPHINX, reason='needs the docs extra: pip install -e ".[docs]"'
)
def test_docs_build_without_warnings_and_execute_every_tutorial(
    tmp_path, papers_report_dir
):
    out = tmp_path / "html"
    env = dict(os.environ)
    # the paper tier's report, when every paper ran in this session; else the one
    # ASSB_REPORT_DIR names, if set; else the build runs the reproductions into
    # its own folder
    if all((papers_report_dir / f"{n}.json").exists() for n in REPRODUCTIONS):
        env["ASSB_REPORT_DIR"] = str(papers_report_dir)
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-b",
            "html",
            "-d",
            str(tmp_path / "doctrees"),
            str(DOCS),
            str(out),
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert len(TUTORIALS) >= 8
    for path in TUTORIALS:
        page = (out / "tutorials" / f"{path.stem}.html").read_text()
        # executed: each tutorial draws at least one figure
        assert "<img" in page, f"{path.name} shows no figure"
    for name in ("options", "validation", "api", "physics"):
        assert (out / f"{name}.html").exists()
    assert "Li-In" in (out / "parameter_sets" / "Kim2024.html").read_text()
    validation = (out / "validation.html").read_text()
    report = pathlib.Path(env.get("ASSB_REPORT_DIR", tmp_path / "reproductions"))
    for name in REPRODUCTIONS:
        result = json.loads((report / f"{name}.json").read_text())
        for target in result["targets"]:
            assert f">{target['id']}<" in validation, (name, target["id"])
        for figure in result["figures"]:
            assert figure in validation and (out / "_images" / figure).exists()
    assert "not run in this build" in validation
    # the slow target's command, in a code span (one span per word)
    assert "experiments/lee2020_anode_free.py</span> <span" in validation
    assert ">--long<" in validation
