"""Sphinx extension: pages generated from the package itself.

- ``options.md``: every option of the solid-state models and its allowed values;
- ``parameter_sets/<name>.md``: every value of each published set with its source;
- ``validation.md``: per paper reproduction its scored targets and figures, from
  the report ``assb reproduce all --out DIR`` writes (``$ASSB_REPORT_DIR``; without
  it the fast reproductions run into the build folder); slow targets are listed
  as not run, with the command that runs them.

They are written at ``builder-inited``, before Sphinx reads the sources, and are
not kept in the repository (see ``.gitignore``).
"""

import json
import os
import pathlib
import shutil
import textwrap

import pybamm

import assb_models
from assb_models import parameter_sets
from assb_models.options import ASSB_OPTIONS
from assb_models.reproductions import REPRODUCTIONS, run

DOCS = pathlib.Path(__file__).resolve().parents[1]
#: the environment variable naming the report folder the Validation page shows
REPORT_DIR_ENV = "ASSB_REPORT_DIR"


def _cell(value):
    """Markdown table cell: no pipes or newlines, functions by name."""
    if callable(value):
        value = f"function `{getattr(value, '__name__', type(value).__name__)}`"
    elif isinstance(value, float):
        value = f"{value:.6g}"
    return str(value).replace("|", "\\|").replace("\n", " ")


def _options_page():
    descriptions = assb_models.options.ASSB_OPTION_DESCRIPTIONS
    lines = [
        "# Model options",
        "",
        "Options of {class}`assb_models.SolidStateDFN` (and, for the Li-metal ones, "
        "{class}`assb_models.SymmetricCell`) beside PyBaMM's. The first value is the "
        "default; every side reaction or extra resistance is off by default, so the "
        "defaults give the clean model. Unknown options or values raise "
        "`pybamm.OptionError` naming the allowed values.",
        "",
        "| option | values (first = default) | what it does |",
        "|---|---|---|",
    ]
    for name, allowed in ASSB_OPTIONS.items():
        values = ", ".join(f'`"{v}"`' for v in allowed)
        lines.append(f'| `"{name}"` | {values} | {_cell(descriptions.get(name, ""))} |')
    return "\n".join(lines) + "\n"


def _set_page(name):
    module = __import__(f"{parameter_sets.__name__}.{name}", fromlist=["x"])
    values = assb_models.get_parameter_values(name)
    sources = assb_models.get_sources(name)
    citations = values["citations"] if "citations" in values.keys() else []
    summary = textwrap.dedent(module.__doc__ or "").strip()
    lines = [f"# {name}", "", summary, ""]
    if citations:
        keys = ", ".join(f"`{c}`" for c in citations)
        lines += [f"Registered with `pybamm.citations`: {keys}.", ""]
    lines += [
        f'Load with `assb_models.get_parameter_values("{name}")` or '
        f'`pybamm.ParameterValues("{name}")`. Default recipe shown.',
        "",
        "| parameter | value | source |",
        "|---|---|---|",
    ]
    for key in sorted(sources):
        value = values[key] if key in values.keys() else ""
        lines.append(f"| {_cell(key)} | {_cell(value)} | {_cell(sources[key])} |")
    return "\n".join(lines) + "\n"


def _sets_index():
    lines = [
        "# Parameter sets",
        "",
        "One module per publication in `parameter_sets/`; every value carries the paper "
        'and figure/table it comes from, or "estimate:" with its reasoning.',
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        *parameter_sets.AVAILABLE,
        "```",
    ]
    return "\n".join(lines) + "\n"


def _report_dir(app):
    """The folder of the reproductions' report: ``$ASSB_REPORT_DIR`` (as written by
    ``assb reproduce all --out DIR``), else the report of the fast reproductions run
    into the build folder (run once, kept there)."""
    if os.environ.get(REPORT_DIR_ENV):
        return pathlib.Path(os.environ[REPORT_DIR_ENV])
    out = pathlib.Path(app.outdir).parent / "reproductions"
    if not all((out / f"{name}.json").exists() for name in REPRODUCTIONS):
        run("all", out, progress=None, overwrite=True)
    return out


def _text(value):
    """A table cell: escaped pipes, no newlines, nothing cut."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def _reason(target):
    details = target.get("details", {})
    reasons = [details[k] for k in ("why if missed", "why null") if details.get(k)]
    return "; ".join(map(str, reasons))


def _validation_page(report):
    """The Validation page: per paper its targets (scored in the report's JSON),
    the targets not run in this build with the command that runs them, and the
    figures (copied next to the page)."""
    lines = [
        "# Validation",
        "",
        "Each paper reproduction (`assb_models.reproductions`) scores the paper's "
        "targets (`../shared/targets/` in the development repository) and draws its "
        "figures. This page shows the report of this build: "
        "`assb reproduce all --out DIR` writes it (one JSON per paper and "
        f"`DIR/index.html`); set `{REPORT_DIR_ENV}=DIR` to build the page from it.",
        "",
    ]
    figures = DOCS / "validation_figures"
    figures.mkdir(exist_ok=True)
    for name, cls in REPRODUCTIONS.items():
        path = report / f"{name}.json"
        lines += [f"## {cls.title}", ""]
        if not path.exists():
            lines += [
                f"Not run in this build: `assb reproduce {name} --out DIR`.",
                "",
            ]
            continue
        result = json.loads(path.read_text())
        targets = result["targets"]
        passed = sum(t["pass"] for t in targets)
        lines += [
            f"`{name}`: parameter set {result['parameter set']}; {passed} of "
            f"{len(targets)} targets pass; run time {result['run time [s]']:.0f} s "
            f"(assb-models {result['versions']['assb-models']}, PyBaMM "
            f"{result['versions']['pybamm']}).",
            "",
            "| target | what | model | paper | tolerance | result | reason |",
            "|---|---|---|---|---|---|---|",
        ]
        for t in targets:
            cells = [
                t["id"],
                t["what"],
                t["model"],
                t["paper"],
                t["tolerance"],
                "pass" if t["pass"] else "**miss**",
                _reason(t),
            ]
            lines.append("| " + " | ".join(_text(c) for c in cells) + " |")
        for tid, (what, command) in cls.slow_targets.items():
            paper, tolerance = cls.paper[tid]
            cells = [tid, what, "not run in this build", paper, tolerance, "not run"]
            lines.append(
                "| " + " | ".join(_text(c) for c in cells) + f" | slow: `{command}` |"
            )
        lines.append("")
        for figure in result["figures"]:
            shutil.copyfile(report / figure, figures / figure)
            lines += [f"![{name}: {figure}](validation_figures/{figure})", ""]
    return "\n".join(lines) + "\n"


def _write(path, text):
    if not path.exists() or path.read_text() != text:
        path.write_text(text)


def generate(app):
    pybamm.set_logging_level("ERROR")
    _write(DOCS / "options.md", _options_page())
    (DOCS / "parameter_sets").mkdir(exist_ok=True)
    _write(DOCS / "parameter_sets" / "index.md", _sets_index())
    for name in parameter_sets.AVAILABLE:
        _write(DOCS / "parameter_sets" / f"{name}.md", _set_page(name))
    _write(DOCS / "validation.md", _validation_page(_report_dir(app)))


def setup(app):
    app.connect("builder-inited", generate)
    return {"parallel_read_safe": True, "version": "1"}
