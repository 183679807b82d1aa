"""The validation report of each paper's session run (``tests/papers/conftest.py``,
written as ``assb reproduce NAME --out DIR`` writes it): its table rows are the
JSON's targets, the figures it shows exist, every JSON is strict; ``assb
reproduce`` with a target subset, an existing report and bad names (exit 2 with one
line)."""

import html.parser
import json
import subprocess
import sys

import numpy as np
import pytest

from assb_models import cli, reproductions
from assb_models.reproductions import kim2024, park2021, sakka2022


class _Report(html.parser.HTMLParser):
    """The rows of each ``<table class="targets">`` (cell texts) and the img sources,
    per ``<section id=NAME>`` of the report."""

    def __init__(self):
        super().__init__()
        self.tables, self.images, self._row, self._cell = [], [], None, None
        self.sections, self._section = {}, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "section":
            self._section = self.sections.setdefault(
                attrs.get("id"), {"tables": [], "images": []}
            )
        if tag == "table" and attrs.get("class") == "targets":
            self.tables.append([])
            if self._section is not None:
                self._section["tables"].append(self.tables[-1])
        elif tag == "tr" and self.tables:
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = ""
        elif tag == "img":
            self.images.append(attrs["src"])
            if self._section is not None:
                self._section["images"].append(attrs["src"])

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._row.append(self._cell)
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:  # the heading row has th cells only
                self.tables[-1].append(self._row)
            self._row = None
        elif tag == "section":
            self._section = None


def _report(path):
    parser = _Report()
    parser.feed(path.read_text())
    return parser


def _rows(result):
    """The table rows the report shows for a result's targets."""
    return [
        [
            t["id"],
            t["what"],
            t["model"],
            t["paper"],
            t["tolerance"],
            "pass" if t["pass"] else "miss",
        ]
        for t in result["targets"]
    ]


def _written(out, name, ids=None):
    """The JSON and the parsed report section of ``name`` in ``out``; checks that
    the section's table rows are the JSON's targets (``ids``, default all) and that
    it shows every figure written."""
    result = json.loads((out / f"{name}.json").read_text(), parse_constant=_reject)
    section = _report(out / "index.html").sections[name]
    assert len(section["tables"]) == 1
    assert section["tables"][0] == _rows(result)
    assert [t["id"] for t in result["targets"]] == list(
        ids or reproductions.REPRODUCTIONS[name].target_ids
    )
    assert sorted(section["images"]) == sorted(result["figures"])
    assert set(section["images"]) <= {p.name for p in out.glob("*.png")}
    assert all((out / f).stat().st_size > 10_000 for f in section["images"])
    page = (out / "index.html").read_text()
    assert f"PyBaMM {result['versions']['pybamm']}" in page
    assert f"assb-models {result['versions']['assb-models']}" in page
    assert "<script" not in page
    assert result["run time [s]"] > 0 and result["parameters"]["sources"]
    return result, section


def _reject(constant):
    raise ValueError(f"not strict JSON: {constant}")


def test_the_report_rows_equal_the_json_targets(sakka2022_run):
    result, section = _written(sakka2022_run.out, "sakka2022")
    # the scores are the library's: S1 passes, S3 is the known miss
    passed = {t["id"]: t["pass"] for t in result["targets"]}
    assert passed["S1"] is sakka2022.target_s1()["pass"] is True
    assert passed["S3"] is False
    assert len(section["images"]) == 4
    assert result["parameters"]["sources"]["Stack pressure at assembly [Pa]"]
    assert "small-signal" in " ".join(sakka2022_run.progress)  # progress


def test_kim2024_quick_targets(kim2024_run, tmp_path):
    """The quick Kim 2024 targets (recipe and pristine conductivities): their rows
    are the JSON's and the library's; no figure shows only these targets."""
    result, section = _written(kim2024_run.out, "kim2024")
    quick = [t for t in result["targets"] if t["id"] in ("K1", "K2", "K3", "K10")]
    rows = [r for r in section["tables"][0] if r[0] in ("K1", "K2", "K3", "K10")]
    assert rows == _rows({"targets": quick})
    assert [row[0] for row in rows] == ["K1", "K2", "K3", "K10"]
    assert [row[5] for row in rows] == ["pass"] * 4
    assert (
        quick[0]["details"]["cells"]["80/3"]["model"]
        == (kim2024.target_k1()["cells"]["80/3"]["model"])
    )
    assert kim2024_run.repro.figures(tmp_path, ["K1", "K2", "K3", "K10"]) == []
    assert "K10: pristine conductivities ..." in kim2024_run.progress


def test_the_fixture_study(fixture2023_run):
    result, section = _written(fixture2023_run.out, "fixture2023")
    # F2 misses with the default compliant frame (both fixtures short at
    # 0.75 mA/cm2): a strict xfail in tests/papers/test_fixture2023.py
    assert [t["pass"] for t in result["targets"]] == [True, False]
    assert section["images"] == ["fixture2023.png"]


def test_the_anode_free_cell(lee2020_run):
    result, section = _written(lee2020_run.out, "lee2020")
    assert [t["id"] for t in result["targets"]] == ["L1", "L2", "L3", "L4", "L6", "L7"]
    assert section["images"] == ["lee2020.png"]


def test_park2021_p1(park2021_run):
    """The Park 2021 report's P1 row is the JSON's target, scored by the library's
    P1 row."""
    result, section = _written(park2021_run.out, "park2021")
    target = result["targets"][0]
    assert target["id"] == "P1" and target["pass"] is True
    cells = target["details"]["cells"]
    assert set(cells) == set(park2021.CELLS)
    assert section["tables"][0][0][2] == target["model"]
    assert f"{cells['none']['model [mV]']:.1f} mV" in target["model"]


def test_the_tan2021_report(tan2021_run):
    result, section = _written(tan2021_run.out, "tan2021")
    assert sorted(section["images"]) == ["tan2021_cycling.png", "tan2021_formation.png"]


def test_the_hybrid_electrolytes_report(hybrid_electrolytes_run):
    result, section = _written(hybrid_electrolytes_run.out, "hybrid_electrolytes")
    assert sorted(section["images"]) == [
        "hybrid_electrolytes_conductivity.png",
        "hybrid_electrolytes_rates.png",
        "hybrid_electrolytes_symmetric.png",
    ]


def test_every_json_written_is_strict(every_paper, papers_report_dir):
    """Every JSON the reproductions wrote parses as strict JSON (no NaN or
    Infinity); a null target number has its reason beside it."""
    written = sorted(papers_report_dir.glob("*.json"))
    assert [p.stem for p in written] == sorted(reproductions.REPRODUCTIONS)
    for path in written:
        json.loads(path.read_text(), parse_constant=_reject)
    k8 = every_paper["kim2024"].result["targets"][7]
    assert k8["id"] == "K8"
    high = k8["details"]["model"]["3.4-3.7 V"]
    if None in high.values():
        assert "no pulse" in k8["details"]["why null"]
    report = _report(papers_report_dir / "index.html")
    assert list(report.sections) == list(reproductions.REPRODUCTIONS)


def test_strict_json_writes_null_for_non_finite_numbers():
    assert reproductions.jsonable(
        {"a": float("nan"), "b": [np.inf, 1], "c": np.float64(-np.inf)}
    ) == {"a": None, "b": [None, 1.0], "c": None}
    text = reproductions.dumps({"x": np.nan, "y": (np.int64(2), True)})
    assert json.loads(text, parse_constant=_reject) == {"x": None, "y": [2.0, True]}


def test_a_target_subset_and_an_existing_report(tmp_path, capsys):
    out = tmp_path / "report"
    args = ["reproduce", "sakka2022", "--out", str(out), "--targets"]
    assert cli.main([*args, "S4,S1"]) == 0
    assert "[1/1] sakka2022" in capsys.readouterr().out  # progress
    report = _report(out / "index.html")
    assert [row[0] for row in report.tables[0]] == ["S1", "S4"]
    assert report.images == ["sakka2022_structure.png"]
    # a report in --out is kept unless --overwrite
    assert cli.main([*args, "S1"]) == 2
    assert cli.main([*args, "S1", "--overwrite"]) == 0
    assert [row[0] for row in _report(out / "index.html").tables[0]] == ["S1"]


@pytest.mark.parametrize(
    "args, words",
    [
        (
            ["nope"],
            "unknown reproduction 'nope'; allowed: "
            + ", ".join(sorted(reproductions.REPRODUCTIONS))
            + " or all",
        ),
        (["kim2024", "--targets", "K11"], "unknown target(s) ['K11']"),
        (["sakka2022", "--targets", "S9"], "unknown target(s) ['S9']"),
        (["all", "--targets", "S1"], "one reproduction"),
    ],
)
def test_bad_names_exit_2_with_one_line(args, words, tmp_path):
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "assb_models.cli",
            "reproduce",
            *args,
            "--out",
            str(tmp_path / "o"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert words in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "o").exists()


def test_registry():
    assert isinstance(reproductions.get("sakka2022"), reproductions.Reproduction)
    assert list(reproductions.REPRODUCTIONS) == [
        "fixture2023",
        "hybrid_electrolytes",
        "kim2024",
        "lee2020",
        "park2021",
        "sakka2022",
        "tan2021",
    ]


@pytest.mark.slow
def test_reproduce_all(tmp_path):
    out = tmp_path / "all"
    assert cli.main(["reproduce", "all", "--out", str(out)]) == 0
    report = _report(out / "index.html")
    # one target table per paper of the registry
    assert len(report.tables) == len(reproductions.REPRODUCTIONS)
