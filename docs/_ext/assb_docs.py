"""Sphinx extension: pages generated from the package itself.

- ``options.md``: every option of the solid-state models and its allowed values;
- ``parameter_sets/<name>.md``: each published set: its description and
  references, how to cite it, and every value with its source (a table whose text
  wraps);
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
import re
import shutil
import textwrap

import pybamm

import assb_models
from assb_models import parameter_sets
from assb_models.citations import BIBTEX
from assb_models.options import ASSB_OPTIONS
from assb_models.parameters import registry
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


#: an rst role in a docstring (``:class:`~a.B```) -> its target as code
_ROLE = re.compile(r":[a-z]+:`~?([^`]+)`")
#: a reference of a NumPy-style References section: ``.. [n] text``
_REFERENCE = re.compile(r"^\.\. \[(\w+)\]\s+(.*)$")


def _markdown(text):
    """A docstring's prose as Markdown: rst roles as code, section underlines as
    headings, ``.. [n]`` references as a list labelled [n]."""
    lines = textwrap.dedent(text).strip().splitlines()
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        underline = lines[i + 1] if i + 1 < len(lines) else ""
        if line.strip() and set(underline.strip()) == {"-"}:
            out += [f"## {line.strip()}", ""]
            i += 2
            continue
        match = _REFERENCE.match(line)
        if match:
            label, body = match.groups()
            i += 1
            while i < len(lines) and lines[i].startswith("   ") and lines[i].strip():
                body += " " + lines[i].strip()
                i += 1
            if out and out[-1].strip() and not out[-1].startswith("- "):
                out.append("")
            out.append(f"- **[{label}]** {body}")
            continue
        if line.strip() and out and out[-1].startswith("- "):
            out.append("")
        out.append(line)
        i += 1
    return _ROLE.sub(r"`\1`", "\n".join(out))


def _bibtex_fields(entry):
    """{field: value} of one BibTeX entry (braces and line breaks removed)."""
    fields = {}
    for key, value in re.findall(r"(\w+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}", entry):
        fields[key.lower()] = " ".join(value.replace("{", "").replace("}", "").split())
    return fields


def _citation(entry):
    """A BibTeX entry as a formatted reference: authors (year). Title. Journal
    volume, pages. DOI link."""
    f = _bibtex_fields(entry)
    authors = [a.strip() for a in f.get("author", "").split(" and ") if a.strip()]
    names = []
    for author in authors:
        last, _, first = author.partition(",")
        initials = " ".join(f"{part[0]}." for part in first.split() if part)
        names.append(f"{initials} {last.strip()}".strip())
    if len(names) > 6:
        names = names[:6] + ["et al."]
    text = ", ".join(names)
    text += f" ({f['year']})." if "year" in f else "."
    if "title" in f:
        text += f" {f['title']}."
    venue = f.get("journal") or f.get("publisher") or ""
    if venue:
        text += f" *{venue}*"
        if "volume" in f:
            text += f" {f['volume']}"
        if "pages" in f:
            text += f", {f['pages']}"
        text += "."
    if "doi" in f:
        text += f" [doi:{f['doi']}](https://doi.org/{f['doi']})"
    return text


def _table_cell(value):
    """A list-table cell: one line, functions by name, no Markdown emphasis."""
    return _cell(value).replace("*", "\\*")


def _set_page(name):
    record = registry.get(name)
    module = __import__(f"{parameter_sets.__name__}.{name}", fromlist=["x"])
    values = assb_models.get_parameter_values(name)
    sources = assb_models.get_sources(name)
    lines = [f"# {name}", "", _markdown(module.__doc__ or ""), ""]
    lines += [
        "## How to cite",
        "",
        _citation(BIBTEX[record.citation_key]),
        "",
        f"`pybamm.print_citations()` lists it (key `{record.citation_key}`) after a "
        "simulation with this set.",
        "",
        "## Values and sources",
        "",
        f'Load with `assb_models.get_parameter_values("{name}")` or '
        f'`pybamm.ParameterValues("{name}")`; model '
        f"`{record.model_name(**record.recipe)}`. Default recipe "
        "shown: " + ", ".join(f"`{k}={v!r}`" for k, v in record.recipe.items()) + ".",
        "",
        "```{list-table}",
        ":header-rows: 1",
        ":widths: 32 18 50",
        ":width: 100%",
        ":class: assb-sources",
        "",
        "* - parameter",
        "  - value",
        "  - source",
    ]
    for key in sorted(sources):
        value = values[key] if key in values.keys() else ""
        lines += [
            f"* - {_table_cell(key)}",
            f"  - {_table_cell(value)}",
            f"  - {_table_cell(sources[key])}",
        ]
    lines.append("```")
    return "\n".join(lines) + "\n"


def _sets_index():
    lines = [
        "# Parameter sets",
        "",
        "One module per publication in `parameter_sets/`; every value carries the "
        'paper and figure/table it comes from, or "estimate:" with its reasoning.',
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        *registry.names(),
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
    for name in registry.names():
        _write(DOCS / "parameter_sets" / f"{name}.md", _set_page(name))
    _write(DOCS / "validation.md", _validation_page(_report_dir(app)))


def setup(app):
    app.connect("builder-inited", generate)
    return {"parallel_read_safe": True, "version": "1"}
