"""The documentation builds without warnings, and every tutorial executes in it."""

import importlib.util
import pathlib
import subprocess
import sys

import pytest

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
def test_docs_build_without_warnings_and_execute_every_tutorial(tmp_path):
    out = tmp_path / "html"
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
