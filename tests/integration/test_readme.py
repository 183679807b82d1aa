"""The usage snippet of README.md runs and prints what a reader expects."""

import contextlib
import io
import pathlib
import re

README = pathlib.Path(__file__).parents[2] / "README.md"


def first_python_block(text):
    """The code of the first ```python block of a Markdown text."""
    match = re.search(r"^```python\n(.*?)^```", text, flags=re.S | re.M)
    assert match, "README.md has no ```python block"
    return match.group(1)


def test_readme_snippet_prints_the_first_discharge_capacity_and_a_source():
    code = first_python_block(README.read_text(encoding="utf-8"))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(README), "exec"), {"__name__": "readme"})
    printed = out.getvalue()
    capacity = re.search(r"discharge capacity (\d+(?:\.\d+)?) mAh/g", printed)
    assert capacity, printed
    assert 100 < float(capacity.group(1)) < 250, printed
    # the source line names a paper (or an estimate) for the value it prints
    assert re.search(r"\[S\.m-1\] = \S+: \S", printed), printed
