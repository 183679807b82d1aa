"""``assb reproduce`` end to end: the validation report's table rows are the JSON's
targets, the figures it shows exist; bad names exit 2 with one line."""

import html.parser
import json
import subprocess
import sys

import pytest

from assb_models import cli, reproductions
from assb_models.reproductions import kim2024, park2021, sakka2022


class _Report(html.parser.HTMLParser):
    """The rows of each ``<table class="targets">`` (cell texts) and the img sources."""

    def __init__(self):
        super().__init__()
        self.tables, self.images, self._row, self._cell = [], [], None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and attrs.get("class") == "targets":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = ""
        elif tag == "img":
            self.images.append(attrs["src"])

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


def _report(path):
    parser = _Report()
    parser.feed(path.read_text())
    return parser


def _written(out, name, ids=None):
    """The JSON and the parsed report of ``name`` in ``out``; checks that the report's
    table rows are the JSON's targets (``ids``, default all) and that it shows every
    figure written."""
    result = json.loads((out / f"{name}.json").read_text())
    report = _report(out / "index.html")
    assert len(report.tables) == 1
    expected = [
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
    assert report.tables[0] == expected
    assert [t["id"] for t in result["targets"]] == list(
        ids or reproductions.REPRODUCTIONS[name].target_ids
    )
    assert sorted(report.images) == sorted(result["figures"])
    assert sorted(report.images) == sorted(p.name for p in out.glob("*.png"))
    assert all((out / f).stat().st_size > 10_000 for f in report.images)
    page = (out / "index.html").read_text()
    assert f"PyBaMM {result['versions']['pybamm']}" in page
    assert f"assb-models {result['versions']['assb-models']}" in page
    assert "<script" not in page
    assert result["run time [s]"] > 0 and result["parameters"]["sources"]
    return result, report


def test_reproduce_writes_a_report_whose_rows_equal_the_json_targets(tmp_path, capsys):
    out = tmp_path / "report"
    assert cli.main(["reproduce", "sakka2022", "--out", str(out)]) == 0
    result, report = _written(out, "sakka2022")
    # the scores are the library's: S1 passes, S3 is the known miss
    passed = {t["id"]: t["pass"] for t in result["targets"]}
    assert passed["S1"] is sakka2022.target_s1()["pass"] is True
    assert passed["S3"] is False
    assert len(report.images) == 4
    assert result["parameters"]["sources"]["Stack pressure at assembly [Pa]"]
    printed = capsys.readouterr().out
    assert "[1/1] sakka2022" in printed and "small-signal" in printed  # progress


def test_reproduce_kim2024_quick_targets(tmp_path, capsys):
    """A quick subset of Kim 2024 (recipe and pristine conductivities): its rows are
    the JSON's and the library's; no figure shows only these targets."""
    out = tmp_path / "report"
    assert (
        cli.main(
            ["reproduce", "kim2024", "--out", str(out), "--targets", "K1,K2,K3,K10"]
        )
        == 0
    )
    result = json.loads((out / "kim2024.json").read_text())
    report = _report(out / "index.html")
    expected = [
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
    assert report.tables == [expected]
    assert [row[0] for row in expected] == ["K1", "K2", "K3", "K10"]
    assert [row[5] for row in expected] == ["pass"] * 4
    assert (
        result["targets"][0]["details"]["cells"]["80/3"]["model"]
        == (kim2024.target_k1()["cells"]["80/3"]["model"])
    )
    assert report.images == result["figures"] == []
    assert result["parameters"]["sources"]
    printed = capsys.readouterr().out
    assert "[1/1] kim2024" in printed and "K10: pristine conductivities" in printed


def test_reproduce_the_fixture_study(tmp_path):
    out = tmp_path / "report"
    assert cli.main(["reproduce", "fixture2023", "--out", str(out)]) == 0
    result, report = _written(out, "fixture2023")
    assert [t["pass"] for t in result["targets"]] == [True, True]
    assert report.images == ["fixture2023.png"]


def test_reproduce_the_anode_free_cell(tmp_path):
    out = tmp_path / "report"
    assert cli.main(["reproduce", "lee2020", "--out", str(out)]) == 0
    result, report = _written(out, "lee2020")
    assert [t["id"] for t in result["targets"]] == ["L1", "L2"]
    assert report.images == ["lee2020.png"]


def test_reproduce_park2021_p1(tmp_path):
    """A quick subset of the Park 2021 reproduction: the report's row is the JSON's
    target, scored by the library's P1 row."""
    out = tmp_path / "report"
    assert (
        cli.main(["reproduce", "park2021", "--out", str(out), "--targets", "P1"]) == 0
    )
    result, report = _written(out, "park2021", ["P1"])
    (target,) = result["targets"]
    assert target["id"] == "P1" and target["pass"] is True
    cells = target["details"]["cells"]
    assert set(cells) == set(park2021.CELLS)
    assert report.tables[0][0][2] == target["model"]
    assert f"{cells['none']['model [mV]']:.1f} mV" in target["model"]


def test_a_target_subset_and_an_existing_report(tmp_path):
    out = tmp_path / "report"
    args = ["reproduce", "sakka2022", "--out", str(out), "--targets"]
    assert cli.main([*args, "S4,S1"]) == 0
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
            "unknown reproduction 'nope'; allowed: kim2024, park2021, sakka2022, "
            "fixture2023, lee2020, tan2021 or all",
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
    )
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    assert words in run.stderr and "Traceback" not in run.stderr
    assert not (tmp_path / "o").exists()


def test_registry():
    assert isinstance(reproductions.get("sakka2022"), reproductions.Reproduction)
    assert list(reproductions.REPRODUCTIONS) == [
        "kim2024",
        "park2021",
        "sakka2022",
        "fixture2023",
        "lee2020",
        "tan2021",
    ]


@pytest.mark.slow
def test_reproduce_all(tmp_path):
    out = tmp_path / "all"
    assert cli.main(["reproduce", "all", "--out", str(out)]) == 0
    report = _report(out / "index.html")
    assert len(report.tables) == 5
