"""Paper reproductions as a library: per paper its cells, protocols, scored targets
and figures, in one registry.

- :class:`Target`: one scored target (id, what, paper value, tolerance, model value,
  pass, details); :class:`Reproduction`: a paper (``targets()``, ``figures(out)``).
- :data:`REPRODUCTIONS` and :func:`get`: the registry, by name.
- :func:`run`: runs one or all and writes ``DIR/<name>.json`` (strict JSON,
  :mod:`.strict_json`) and the validation report ``DIR/index.html``
  (``assb reproduce NAME|all --out DIR``).

One package per paper: :mod:`.kim2024`, :mod:`.park2021`, :mod:`.sakka2022`,
:mod:`.fixture2023` (the fixed-gap study), :mod:`.lee2020` (the anode-free cell) and
:mod:`.tan2021` (the dense silicon anode); each holds ``paper`` (the paper's numbers),
``cells`` (cells, protocols, simulations), ``targets`` (the scoring
:class:`Reproduction`) and ``figures``.
"""

from .base import Reproduction, Target
from .fixture2023 import Fixture2023
from .kim2024 import Kim2024
from .lee2020 import Lee2020
from .park2021 import Park2021
from .registry import REPRODUCTIONS, get
from .report import run, write_report
from .sakka2022 import Sakka2022
from .strict_json import dumps, jsonable
from .tan2021 import Tan2021

__all__ = [
    "REPRODUCTIONS",
    "Fixture2023",
    "Kim2024",
    "Lee2020",
    "Park2021",
    "Reproduction",
    "Sakka2022",
    "Tan2021",
    "Target",
    "dumps",
    "get",
    "jsonable",
    "run",
    "write_report",
]
