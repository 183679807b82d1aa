"""Run a sweep on Dask and keep its results in a Parquet dataset that survives crashes.

``run(spec, out)`` evaluates every design of the spec on a ``dask.distributed``
cluster (a :class:`~distributed.LocalCluster` with one single-threaded worker
process per core by default; ``client=`` or ``scheduler=ADDRESS`` for an existing
cluster) and writes ``out/results/batch-*.parquet``, one file per finished batch of
designs. A file is written under a temporary name and renamed when complete, so a
crash never leaves a half-written file, and nothing finished is lost. Run again with
the same spec and folder, only the designs without a row run.

On an existing cluster, give the workers one thread each (``dask worker
--nthreads 1``): each thread keeps its own simulations, but PyBaMM and CasADi are
not documented as thread-safe. The workers need the package (and the same version)
installed.

Designs are grouped into batches (``batch_size``, fewer if there are fewer designs
than workers x batch_size) so that designs sharing a
simulation (same geometry and non-input values) run one after the other on one
worker; which parameters can be input parameters is found by probing a few designs
(see :func:`plan`).
"""

import contextlib
import logging
import math
import os
import pathlib
import sys
import uuid

import numpy as np
import pandas as pd

from assb_models.strict_json import dumps
from assb_models.validation import InvalidInputError

from .metrics import compute_metrics
from .spec import OPTION_PREFIX, SpecError, load_spec
from .worker import (
    NOT_PARAMETERS,
    _freeze,
    can_be_input,
    design_parameter_values,
    failed_batch,
    geometric_parameters,
    run_batch,
)

#: designs tried per variable when probing
PROBES = 3


def _probe(spec, design):
    """{name: value} of a design's parameters plus its model options (under
    their ``"option:"`` names), or None for an impossible design."""
    try:
        _, values, options = design_parameter_values(spec, design)
        return {
            **dict(values.items()),
            **{OPTION_PREFIX + k: v for k, v in options.items()},
        }
    except TypeError as error:
        raise SpecError(
            f"sweep spec: parameter set {spec.parameter_set!r} does not accept the "
            f"recipe keys of design {design}: {error}"
        ) from error
    except SpecError:
        raise
    except InvalidInputError:
        return None  # an impossible design: it will be recorded as failed


def plan(spec, designs):
    """(input parameter names, design variables that change the geometry).

    For each design variable, the first design that differs from the first valid
    design in that variable is evaluated; every parameter that changes between
    the two is an input parameter if it can be one
    (:func:`~assb_models.sweep.worker.can_be_input`), otherwise (or if a model
    option changes) the variable forces new simulations. Reuse never depends on
    this plan being complete: a worker reuses a simulation only when all non-input
    values are equal.
    """
    base_design = base = None
    for design in designs[: 10 * PROBES]:
        base = _probe(spec, design)
        if base is not None:
            base_design = design
            break
    if base is None:
        return [], []
    geometric = geometric_parameters(spec, spec.split(base_design)[2])
    inputs, rebuild = set(), []
    variables = list(dict.fromkeys(k for design in designs for k in design))
    for variable in variables:
        others = [d for d in designs if d.get(variable) != base_design.get(variable)]
        for design in others[:PROBES]:
            values = _probe(spec, design)
            if values is None:
                continue
            changed = [
                name
                for name in set(base) | set(values)
                if name not in NOT_PARAMETERS
                and _freeze(base.get(name)) != _freeze(values.get(name))
            ]
            for name in changed:
                if (
                    not name.startswith(OPTION_PREFIX)
                    and can_be_input(name, base.get(name), geometric)
                    and can_be_input(name, values.get(name), geometric)
                ):
                    inputs.add(name)
                elif variable not in rebuild:
                    rebuild.append(variable)
            break
    return sorted(inputs), rebuild


def batches(items, rebuild, batch_size):
    """``items`` ([(index, id, design)]) grouped by the values of the ``rebuild``
    variables (in order of first appearance), cut into batches."""
    rank = {v: {} for v in rebuild}
    for _, _, design in items:
        for v in rebuild:
            rank[v].setdefault(repr(design.get(v)), len(rank[v]))

    def key(item):
        return tuple(rank[v][repr(item[2].get(v))] for v in rebuild) + (item[0],)

    ordered = sorted(items, key=key)
    return [ordered[i : i + batch_size] for i in range(0, len(ordered), batch_size)]


# ---------------------------------------------------------------------- results
#: columns of every row besides the design variables and the metrics
_ROW_COLUMNS = (
    ("design_index", "int64"),
    ("design_id", "string"),
    ("status", "string"),
    ("error", "string"),
    ("run_time_s", "float64"),
    ("assb_models_version", "string"),
    ("pybamm_version", "string"),
)


def _column_type(name, values):
    """The Arrow type of a design variable from all its values in the spec: bool,
    int64 (all integers), float64 (numbers, one of them not an integer) or string;
    numbers and text mixed in one variable are refused (no value is converted)."""
    import pyarrow as pa

    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return pa.bool_()
    if all(isinstance(v, str) for v in present):
        return pa.string()
    numbers = [v for v in present if not isinstance(v, (bool, str))]
    if len(numbers) == len(present) and all(
        isinstance(v, (int, float, np.integer, np.floating)) for v in numbers
    ):
        if all(isinstance(v, (int, np.integer)) for v in numbers):
            return pa.int64()
        return pa.float64()
    kinds = sorted({type(v).__name__ for v in present})
    raise SpecError(
        f"sweep spec: design variable {name!r} has values of types {kinds}; one "
        "variable takes numbers, text or booleans, not a mix (its results column "
        "has one type)"
    )


def results_schema(spec, designs=None):
    """The :class:`pyarrow.Schema` of every results file of a sweep, from its spec:
    design variables (preset keys included) by :func:`_column_type`, metrics as
    float64, then design_index, design_id, status, error, run time and versions.

    Every batch is written with it, so the folder reads as one dataset
    (``pandas.read_parquet``, ``pyarrow.dataset``, ``dask.dataframe``)."""
    import pyarrow as pa

    designs = spec.designs() if designs is None else designs
    names = list(dict.fromkeys(k for design in designs for k in design))
    fields = [
        pa.field(name, _column_type(name, [d.get(name) for d in designs]))
        for name in names
    ]
    metrics = compute_metrics(spec, None, None, None, None)
    fields += [pa.field(name, pa.float64()) for name in metrics if name not in names]
    fields += [pa.field(name, pa.type_for_alias(kind)) for name, kind in _ROW_COLUMNS]
    return pa.schema(fields)


def write_batch(results, rows, schema=None):
    """Write rows as one new Parquet file, atomically (a hidden temporary name that
    dataset readers skip, then a rename), with ``schema`` (see
    :func:`results_schema`; inferred from the rows without one)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    first = min(row["design_index"] for row in rows)
    path = results / f"batch-{first:07d}-{uuid.uuid4().hex[:8]}.parquet"
    tmp = path.with_name(f".{path.name}.tmp")
    if schema is None:
        table = pa.Table.from_pandas(pd.DataFrame(rows), preserve_index=False)
    else:
        extra = sorted({k for row in rows for k in row} - set(schema.names))
        if extra:
            raise ValueError(f"results columns {extra} are not in the sweep's schema")
        table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, tmp)
    os.replace(tmp, path)
    return path


def read_results(results):
    """Every row in ``results`` (a folder of Parquet files), as one DataFrame."""
    files = sorted(pathlib.Path(results).glob("*.parquet"))
    if not files:
        return pd.DataFrame()
    table = pd.concat([pd.read_parquet(f) for f in files], ignore_index=True)
    table["error"] = table["error"].astype(object).where(table["error"].notna(), None)
    return table.drop_duplicates("design_id", keep="last")


def finished_ids(results):
    """Design ids that already have a row (ok or failed)."""
    ids = set()
    for f in pathlib.Path(results).glob("*.parquet"):
        ids.update(pd.read_parquet(f, columns=["design_id"])["design_id"])
    return ids


# ---------------------------------------------------------------------- running
def _require_extra():
    for module in ("distributed", "pyarrow"):
        try:
            __import__(module)
        except ImportError as error:
            raise ImportError(
                f"sweeps need {module!r}: pip install 'assb-models[sweep]' (dask, "
                "distributed, pyarrow)"
            ) from error


@contextlib.contextmanager
def _connect(client, scheduler, n_workers):
    if client is not None:
        yield client
        return
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as connected:
            yield connected
        return
    with (
        LocalCluster(
            n_workers=n_workers or os.cpu_count(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as local,
    ):
        yield local


class _Progress:
    """tqdm's bar where tqdm is installed, else a line per finished batch."""

    def __init__(self, total, enabled):
        self.total, self.done, self.bar = total, 0, None
        self.enabled = enabled
        if enabled:
            try:
                from tqdm import tqdm

                self.bar = tqdm(total=total, unit="design", desc="sweep")
            except ImportError:
                pass

    def update(self, n):
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.enabled:
            print(f"sweep: {self.done}/{self.total} designs", file=sys.stderr)

    def close(self):
        if self.bar is not None:
            self.bar.close()


def run(spec, out, client=None, scheduler=None, n_workers=None, progress=True):
    """Run a sweep and return its table (one row per design, spec order).

    Parameters
    ----------
    spec : str, pathlib.Path, dict or assb_models.sweep.spec.SweepSpec
        The spec (a TOML/YAML file, or its contents; see
        :mod:`assb_models.sweep.spec`).
    out : str or pathlib.Path
        Output folder; rows go to ``out/results/``. Designs that already have a row
        there are skipped (the count is printed).
    client : distributed.Client, optional
        Run on this client's cluster (it is not closed).
    scheduler : str, optional
        Address of a running scheduler (e.g. "tcp://10.0.0.1:8786") to connect to.
    n_workers : int, optional
        Workers of the local cluster (default: one per core); ignored with
        ``client`` or ``scheduler``.
    progress : bool
        Show a progress bar.

    Returns
    -------
    pandas.DataFrame
        Inputs, metrics, "status", "error", "run_time_s" and versions of every
        design of the spec, finished now or before.
    """
    _require_extra()
    spec = load_spec(spec)
    out = pathlib.Path(out)
    results = out / "results"
    results.mkdir(parents=True, exist_ok=True)
    for leftover in results.glob("*.tmp"):  # a write cut short by a crash
        leftover.unlink()
    (out / "spec.json").write_text(dumps(spec.data, indent=2))
    designs = spec.designs()
    schema = results_schema(spec, designs)
    items = [(i, spec.design_id(d), d) for i, d in enumerate(designs)]
    done = finished_ids(results)
    todo = [item for item in items if item[1] not in done]
    print(
        f"sweep: {len(items)} designs; skipped {len(items) - len(todo)} already "
        f"finished in {results}; {len(todo)} to run"
    )
    if todo:
        inputs, rebuild = plan(spec, designs)
        bar = _Progress(len(todo), progress)
        try:
            with _connect(client, scheduler, n_workers) as connected:
                from distributed import as_completed

                workers = max(1, len(connected.nthreads()))
                size = min(spec.batch_size, math.ceil(len(todo) / workers))
                futures = {
                    connected.submit(
                        run_batch, spec.data, batch, inputs, pure=False
                    ): batch
                    for batch in batches(todo, rebuild, size)
                }
                for future in as_completed(futures):
                    try:
                        rows = future.result()
                    except Exception as error:  # the worker died, e.g. KilledWorker
                        rows = failed_batch(spec, futures[future], error)
                    write_batch(results, rows, schema)
                    bar.update(len(rows))
        finally:
            bar.close()
    table = read_results(results)
    index = {design_id: i for i, design_id, _ in items}
    table = table[table["design_id"].isin(index)].copy()
    table["design_index"] = table["design_id"].map(index)
    return table.sort_values("design_index").reset_index(drop=True)
