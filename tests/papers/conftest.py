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


@pytest.fixture(scope="session")
def kim2024_run(papers_report_dir):
    return _run("kim2024", papers_report_dir)


@pytest.fixture(scope="session")
def park2021_run(papers_report_dir):
    return _run("park2021", papers_report_dir)


@pytest.fixture(scope="session")
def sakka2022_run(papers_report_dir):
    return _run("sakka2022", papers_report_dir)


@pytest.fixture(scope="session")
def fixture2023_run(papers_report_dir):
    return _run("fixture2023", papers_report_dir)


@pytest.fixture(scope="session")
def lee2020_run(papers_report_dir):
    return _run("lee2020", papers_report_dir)


@pytest.fixture(scope="session")
def tan2021_run(papers_report_dir):
    return _run("tan2021", papers_report_dir)


@pytest.fixture(scope="session")
def hybrid_electrolytes_run(papers_report_dir):
    return _run("hybrid_electrolytes", papers_report_dir)


@pytest.fixture(scope="session")
def every_paper(
    kim2024_run,
    park2021_run,
    sakka2022_run,
    fixture2023_run,
    lee2020_run,
    tan2021_run,
    hybrid_electrolytes_run,
):
    """Every paper's run (the report folder then holds all of them)."""
    runs = (
        kim2024_run,
        park2021_run,
        sakka2022_run,
        fixture2023_run,
        lee2020_run,
        tan2021_run,
        hybrid_electrolytes_run,
    )
    return {r.repro.name: r for r in runs}
