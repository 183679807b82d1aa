"""Design-space sweeps on Dask: from a laptop to a cluster.

``run(spec, out)`` evaluates every design of a spec (TOML/YAML: parameter set,
model, model options, design grid or table, protocol, metrics) on a
``dask.distributed`` cluster and writes one Parquet file per finished batch to
``out/results/``; rerunning skips what is finished. From the shell:
``assb sweep SPEC --out DIR [--scheduler ADDRESS]``. Needs the ``sweep`` extra
(``pip install assb-models[sweep]``: dask, distributed, pyarrow).
"""

from .metrics import METRICS, compute_metrics
from .models import MODELS, register_model
from .runner import plan, read_results, run
from .spec import SweepSpec, load_spec
from .stack import STACK_DEFAULTS, Stack, cell_stack
from .worker import run_design

__all__ = [
    "METRICS",
    "MODELS",
    "STACK_DEFAULTS",
    "Stack",
    "SweepSpec",
    "cell_stack",
    "compute_metrics",
    "load_spec",
    "plan",
    "read_results",
    "register_model",
    "run",
    "run_design",
]
