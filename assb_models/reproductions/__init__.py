"""Paper reproductions as a library: per paper its cells, protocols, scored targets
and figures, in one registry.

- :class:`Target`: one scored target (id, what, paper value, tolerance, model value,
  pass, details); :class:`Reproduction`: a paper (``targets()``, ``figures(out)``).
- :data:`REPRODUCTIONS` and :func:`get`: the registry, by name (every subpackage
  is a paper, found by :mod:`.registry`).
- :func:`run`: runs one or all and writes ``DIR/<name>.json`` (strict JSON,
  :mod:`assb_models.strict_json`) and the validation report ``DIR/index.html``
  (``assb reproduce NAME|all --out DIR``).

One package per paper: :mod:`.kim2024`, :mod:`.park2021`, :mod:`.sakka2022`,
:mod:`.fixture2023` (the fixed-gap study), :mod:`.lee2020` (the anode-free cell) and
:mod:`.tan2021` (the dense silicon anode); each holds ``paper`` (the paper's numbers),
``cells`` (cells, protocols, simulations), ``targets`` (the scoring
:class:`Reproduction`) and ``figures``.
"""

from assb_models.strict_json import dumps, jsonable

from .base import Reproduction, Target
from .registry import REPRODUCTIONS, get
from .report import run, write_report

__all__ = [
    "REPRODUCTIONS",
    "Reproduction",
    "Target",
    "dumps",
    "get",
    "jsonable",
    "run",
    "write_report",
]
