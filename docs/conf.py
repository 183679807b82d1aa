"""Sphinx configuration of the assb-models documentation.

Build with ``sphinx-build -W -b html docs docs/_build/html`` (the ``docs`` extra
installs what it needs). The tutorials are jupytext percent scripts, executed by
myst-nb at every build; the options, parameter-set and validation pages are
generated from the package itself (``_ext/assb_docs.py``).
"""

import os
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(pathlib.Path(__file__).parent / "_ext"))

import assb_models  # noqa: E402

# figures inline in the executed tutorials, even where MPLBACKEND=Agg is set (CI)
os.environ["MPLBACKEND"] = "module://matplotlib_inline.backend_inline"
# the tutorials' kernels inherit this: tqdm's notice that ipywidgets is absent
# (tqdm.auto, imported with PyBaMM) would open every tutorial with a warning and a
# machine path
os.environ["PYTHONWARNINGS"] = ",".join(
    filter(None, [os.environ.get("PYTHONWARNINGS"), "ignore:IProgress not found"])
)
os.environ.setdefault("PYBAMM_DISABLE_TELEMETRY", "true")

project = "assb-models"
author = "assb-models developers"
copyright = "2026, assb-models developers"
release = assb_models.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.autosummary",
    "sphinx.ext.napoleon",
    "sphinx.ext.mathjax",
    "sphinx.ext.viewcode",
    "myst_nb",
    "assb_docs",
]

source_suffix = {".rst": "restructuredtext", ".md": "myst-nb", ".py": "myst-nb"}
nb_custom_formats = {".py": ["jupytext.reads", {"fmt": "py:percent"}]}
nb_execution_mode = "force"
nb_execution_timeout = 600
nb_execution_raise_on_error = True
nb_execution_show_tb = True
# one output block per cell for a cell's printout and its progress lines on stderr
nb_merge_streams = True
myst_enable_extensions = ["dollarmath", "amsmath"]

exclude_patterns = [
    "_build",
    "_ext",
    "conf.py",
    "jupyter_execute",
    "tutorials/output",
    "**/output",
    "Thumbs.db",
    ".DS_Store",
]
templates_path = []

autosummary_generate = True
autodoc_default_options = {"members": True, "show-inheritance": True}
autodoc_member_order = "bysource"
autodoc_inherit_docstrings = False
napoleon_numpy_docstring = True
napoleon_google_docstring = False
# PyBaMM's own classes are referenced by name in our docstrings, not documented here
nitpicky = False
suppress_warnings = ["myst.header", "autosummary.import_cycle"]

html_theme = "pydata_sphinx_theme"
html_title = f"assb-models {release}"
html_theme_options = {
    "navigation_with_keys": False,
    "show_toc_level": 2,
}
