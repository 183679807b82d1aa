"""The tutorials in docs/ are executed, so they cannot rot."""

import pathlib
import runpy

import pytest

TUTORIALS = sorted((pathlib.Path(__file__).parents[1] / "docs" / "tutorials").glob("*.py"))


@pytest.mark.parametrize("path", TUTORIALS, ids=lambda p: p.name)
def test_tutorial_runs(path):
    runpy.run_path(str(path), run_name="__main__")
    assert (path.parent / "output" / f"{path.stem}.png").exists()
