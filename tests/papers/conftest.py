"""One session-scoped run per paper: each fixture runs that paper's reproduction
(:data:`assb_models.reproductions.REPRODUCTIONS`, as ``assb reproduce NAME``
runs it) once per pytest run, writes its JSON and figures to the session's report
folder (``papers_report_dir``) and rewrites ``index.html`` over every paper run so
far. The target and report tests of the paper reuse its results, so each cell,
protocol and option set is solved once per run."""

import dataclasses
import json

import pytest

from assb_models.reproductions import REPRODUCTIONS, Reproduction, write_report
from assb_models.reproductions.report import write_result


@dataclasses.dataclass
class PaperRun:
    """A paper's reproduction after its run: the instance (results cached), the
    result as written to JSON, the progress lines and the report folder."""

    repro: Reproduction
    result: dict
    progress: list
    out: object


def _run(name, out):
    progress = []
    repro = REPRODUCTIONS[name](progress=progress.append)
    result = write_result(repro, out)
    results = [
        json.loads((out / f"{n}.json").read_text())
        for n in REPRODUCTIONS
        if (out / f"{n}.json").exists()
    ]
    write_report(out, results)
    return PaperRun(repro, result, progress, out)


def _paper_fixture(name):
    """The session fixture ``<name>_run``: the paper's :func:`_run`."""

    def paper_run(papers_report_dir):
        return _run(name, papers_report_dir)

    paper_run.__doc__ = f"The {name} reproduction, run once per pytest run."
    return pytest.fixture(scope="session", name=f"{name}_run")(paper_run)


for _name in REPRODUCTIONS:
    globals()[f"{_name}_run"] = _paper_fixture(_name)


@pytest.fixture(scope="session")
def every_paper(request):
    """Every paper's run (the report folder then holds all of them)."""
    return {n: request.getfixturevalue(f"{n}_run") for n in REPRODUCTIONS}
