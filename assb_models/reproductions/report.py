"""Run reproductions and write the validation report.

:func:`run` writes, per paper, ``DIR/<name>.json`` (its scored targets, figures,
the sources of its parameters, the package and PyBaMM versions and the run time) and
its figures ``DIR/<name>*.png``, then :func:`write_report` turns the JSON into
``DIR/index.html``: per paper a table of every target (id, what, model value, paper
value, tolerance, pass or miss) and the figures, the versions and run times at the
top. Plain HTML and CSS, no scripts.
"""

import datetime
import html
import json
import pathlib
import time

import pybamm

from assb_models import __version__
from assb_models.strict_json import dumps
from assb_models.validation import InvalidInputError

from .registry import REPRODUCTIONS, get

#: columns of a paper's target table: (heading, key of a target in the JSON)
COLUMNS = (
    ("target", "id"),
    ("what", "what"),
    ("model", "model"),
    ("paper", "paper"),
    ("tolerance", "tolerance"),
    ("result", "pass"),
)

STYLE = """
body { font-family: sans-serif; margin: 2em auto; max-width: 80em; color: #222; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; text-align: left;
         vertical-align: top; font-size: 0.9em; }
th { background: #eee; }
tr.pass td.result { background: #d9f2d9; }
tr.miss td.result { background: #f7d4d4; font-weight: bold; }
img { max-width: 100%; border: 1px solid #ddd; margin: 0.5em 0; }
.meta { color: #555; }
"""


def _names(names):
    """``names`` ("all", a name or a list of them) as registry names to run."""
    names = [names] if isinstance(names, str) else list(names)
    if names == ["all"]:
        return list(REPRODUCTIONS)
    for name in names:
        get(name)  # an unknown name fails here, before any run
    return names


def _check_out(out, names, overwrite):
    if out.exists() and not out.is_dir():
        raise InvalidInputError(f"--out {out}: is a file; --out names a folder")
    existing = [
        str(out / f)
        for f in ["index.html", *(f"{n}.json" for n in names)]
        if (out / f).exists()
    ]
    if existing and not overwrite:
        raise InvalidInputError(
            f"--out {out}: {', '.join(existing)} already exist(s); choose another "
            "--out or pass --overwrite"
        )


def run(names, out, ids=None, progress=print, overwrite=False):
    """Run the reproductions ``names`` ("all", one name or a list) and write the
    report in ``out``.

    Parameters
    ----------
    names : str or list of str
        Keys of :data:`~.registry.REPRODUCTIONS`, or ``"all"`` (every one).
    out : path
        Output folder (created).
    ids : list of str, optional
        Only these targets (and the figures that show them); one paper only.
    progress : callable or None
        Called with each progress line (default ``print``).
    overwrite : bool
        Replace a report already in ``out``.

    Returns
    -------
    dict
        ``{name: result}``, each result as written to ``out/<name>.json``.
    """
    out = pathlib.Path(out)
    everything = names == "all"
    names = _names(names)
    if ids is not None and (everything or len(names) != 1):
        raise InvalidInputError(
            "--targets selects targets of one reproduction, not of all"
        )
    if ids is not None:
        get(names[0]).check_ids(ids)
    _check_out(out, names, overwrite)
    say = progress or (lambda text: None)
    out.mkdir(parents=True, exist_ok=True)
    results = {}
    for k, name in enumerate(names, 1):
        repro = get(name, progress=lambda text, name=name: say(f"  {name}: {text}"))
        say(f"[{k}/{len(names)}] {name}: {repro.title}")
        result = write_result(repro, out, ids)
        results[name] = result
        passed = sum(t["pass"] for t in result["targets"])
        say(
            f"  {name}: {passed} of {len(result['targets'])} targets pass "
            f"({result['run time [s]']:.0f} s); wrote {out / f'{name}.json'}"
        )
    write_report(out, list(results.values()))
    say(f"wrote {out / 'index.html'}")
    return results


def write_result(repro, out, ids=None):
    """Score the targets ``ids`` (None: all) of the :class:`~.base.Reproduction`
    ``repro``, draw its figures in ``out`` and write ``out/<name>.json``; returns
    the result as written."""
    out = pathlib.Path(out)
    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    targets = repro.targets(ids)
    figures = repro.figures(out, ids)
    result = {
        "name": repro.name,
        "title": repro.title,
        "citation": repro.citation,
        "parameter set": repro.parameter_set,
        "targets": [t.as_dict() for t in targets],
        "figures": [pathlib.Path(f).name for f in figures],
        "versions": {"assb-models": __version__, "pybamm": pybamm.__version__},
        "run time [s]": time.perf_counter() - start,
        "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(
            timespec="seconds"
        ),
        "parameters": {"sources": repro.sources()},
    }
    text = dumps(result, indent=1)
    (out / f"{repro.name}.json").write_text(text)
    return json.loads(text)


def _cell(key, value):
    if key == "pass":
        return "pass" if value else "miss"
    return str(value)


def write_report(out, results):
    """``out/index.html`` from results as :func:`run` writes them to JSON."""
    e = html.escape
    first = (
        results[0]["versions"]
        if results
        else {"assb-models": __version__, "pybamm": pybamm.__version__}
    )
    total = sum(r["run time [s]"] for r in results)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>assb-models validation report</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<h1>assb-models validation report</h1>",
        f'<p class="meta">assb-models {e(first["assb-models"])}, PyBaMM '
        f"{e(first['pybamm'])}; run time {total:.0f} s; "
        f"{e(', '.join(r['finished'] for r in results))}</p>",
    ]
    for r in results:
        targets = r["targets"]
        passed = sum(t["pass"] for t in targets)
        parts += [
            f'<section id="{e(r["name"])}">',
            f"<h2>{e(r['title'])}</h2>",
            f'<p class="meta">{e(r["name"])}: citation {e(r["citation"])}, parameter '
            f"set {e(r['parameter set'])}; {passed} of {len(targets)} targets pass; "
            f"run time {r['run time [s]']:.0f} s; sources of every value in "
            f'<a href="{e(r["name"])}.json">{e(r["name"])}.json</a></p>',
            '<table class="targets">',
            "<tr>" + "".join(f"<th>{h}</th>" for h, _ in COLUMNS) + "</tr>",
        ]
        for t in targets:
            row = "".join(
                f'<td class="{"result" if key == "pass" else key}">'
                f"{e(_cell(key, t[key]))}</td>"
                for _, key in COLUMNS
            )
            parts.append(f'<tr class="{_cell("pass", t["pass"])}">{row}</tr>')
        parts.append("</table>")
        parts += [
            f'<p class="why"><b>{e(t["id"])} missed:</b> '
            f"{e(t['details']['why if missed'])}</p>"
            for t in targets
            if not t["pass"] and "why if missed" in t["details"]
        ]
        parts += [
            f'<p><img src="{e(f)}" alt="{e(r["name"])}: {e(f)}"></p>'
            for f in r["figures"]
        ]
        parts.append("</section>")
    parts += ["</body>", "</html>"]
    path = pathlib.Path(out) / "index.html"
    path.write_text("\n".join(parts) + "\n")
    return path
