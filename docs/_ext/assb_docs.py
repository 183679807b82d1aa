"""Sphinx extension: pages generated from the package itself.

- ``options.md``: every option of the solid-state models and its allowed values;
- ``parameter_sets/<name>.md``: every value of each published set with its source;
- ``validation.md``: the targets of each paper reproduction found in
  ``experiments/output/*.json`` (written by ``python experiments/<paper>.py``).

They are written at ``builder-inited``, before Sphinx reads the sources, and are
not kept in the repository (see ``.gitignore``).
"""

import json
import pathlib
import textwrap

import pybamm

import assb_models
from assb_models import parameter_sets
from assb_models.options import ASSB_OPTIONS

DOCS = pathlib.Path(__file__).resolve().parents[1]
OUTPUT = DOCS.parent / "experiments" / "output"


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


def _validation_page():
    lines = [
        "# Validation",
        "",
        "Each paper reproduction (`experiments/<paper>.py`) scores its targets "
        "(`../shared/targets/` in the development repository) and writes a JSON of "
        "model against paper to `experiments/output/`. This page shows the JSON files "
        "present when the documentation was built. The reproductions in the package "
        "(`assb_models.reproductions`) also write an HTML report: "
        "`assb reproduce NAME|all --out DIR` gives `DIR/index.html`.",
        "",
    ]
    found = sorted(OUTPUT.glob("*.json")) if OUTPUT.exists() else []
    if not found:
        lines.append(
            "No results were present at build time: run "
            "`python experiments/kim2024_carbon.py` (and the other scripts), then "
            "rebuild."
        )
    for path in found:
        data = json.loads(path.read_text())
        targets = data.get("targets") if isinstance(data, dict) else None
        if not isinstance(targets, dict):
            continue
        lines += [
            f"## {path.stem}",
            "",
            "| target | pass | model and paper |",
            "|---|---|---|",
        ]
        for tid, result in targets.items():
            passed = result.get("pass") if isinstance(result, dict) else None
            mark = {True: "pass", False: "**miss**"}.get(passed, "")
            detail = (
                {k: v for k, v in result.items() if k != "pass"}
                if isinstance(result, dict)
                else result
            )
            lines.append(f"| {tid} | {mark} | {_cell(json.dumps(detail)[:400])} |")
        lines.append("")
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
    _write(DOCS / "validation.md", _validation_page())


def setup(app):
    app.connect("builder-inited", generate)
    return {"parallel_read_safe": True, "version": "1"}
