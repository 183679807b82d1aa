"""Wall time of one 24-design sweep on a local Dask cluster with 1 and 2 workers.

Designs: Kim 2024 cells, NCM 75/80/85/90 wt% x carbon 0/1.5/3 wt% x spherical or
fibre carbon (the presets of ``experiments/design_map.toml``), every side reaction
on; protocol: formation of the pristine cell at 0.2 C (3.7-1.9 V vs Li-In); metrics:
capacity, first-cycle loss, energy density. Each worker is a single-threaded
process. The timed part is ``assb_models.sweep.run`` into an empty folder, from the
spec to the table read back from Parquet; starting the cluster and importing the
package on its workers is excluded. ``--repeats`` sweeps per worker count (median).

It also prints the workers' CPU time per sweep: on a machine shared with other
jobs, CPU time / wall time (busy cores) shows how much of the cores the sweep got.
The last line is ``speedup 2 workers vs 1: X.XX`` (goal >= 1.7 on 2 idle cores).
Writes ``benchmarks/output/bench_sweep.json``.

Run with ``python benchmarks/bench_sweep.py [--repeats N]``.
"""

import argparse
import json
import resource
import statistics
import tempfile
import time
from pathlib import Path

import pybamm
from distributed import Client, LocalCluster

import assb_models
from assb_models import sweep
from assb_models.parameter_sets import Kim2024
from assb_models.sweep.spec import read_spec_file

OUTPUT = Path(__file__).parent / "output" / "bench_sweep.json"
PRESETS = read_spec_file(Path(__file__).parents[1] / "experiments" / "design_map.toml")[
    "design"
]["presets"]
SPEC = {
    "parameter_set": "Kim2024",
    "model_options": dict(Kim2024.MODEL_OPTIONS),
    "recipe": {"pristine": True},
    "batch_size": 2,
    "design": {
        "grid": {
            "am_wt_percent": [75, 80, 85, 90],
            "carbon_wt_percent": [0, 1.5, 3],
            "carbon_morphology": ["spherical", "fibre"],
        },
        "presets": PRESETS,
    },
    "protocol": {
        "cycles": [
            {
                "label": "formation 0.2C",
                "steps": [
                    "Charge at 0.2C until 3.7 V",
                    "Discharge at 0.2C until 1.9 V",
                ],
            }
        ]
    },
    "metrics": {
        "names": [
            "discharge capacity",
            "first-cycle irreversible capacity",
            "energy density",
        ]
    },
}


def _import_package():
    import assb_models.sweep  # noqa: F401


def _cpu_seconds():
    """CPU time (user + system) of this worker process so far [s]."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def sweep_time(n_workers, repeats):
    """Wall times [s] of the sweep on a fresh local cluster of ``n_workers``, the
    workers' CPU time [s] per sweep, and the number of failed designs."""
    with (
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(n_workers)
        client.run(_import_package)
        times, cpu = [], []
        for _ in range(repeats):
            cpu_before = sum(client.run(_cpu_seconds).values())
            with tempfile.TemporaryDirectory() as out:
                start = time.perf_counter()
                table = sweep.run(SPEC, out, client=client, progress=False)
                times.append(time.perf_counter() - start)
            cpu.append(sum(client.run(_cpu_seconds).values()) - cpu_before)
            assert len(table) == 24, len(table)
            failed = int((table["status"] != "ok").sum())
    return times, cpu, failed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    results = {}
    for n in (1, 2):
        times, cpu, failed = sweep_time(n, args.repeats)
        results[n] = {
            "times_s": times,
            "median_s": statistics.median(times),
            "worker_cpu_s": cpu,
            "failed_designs": failed,
        }
        print(
            f"{n} worker(s): {statistics.median(times):.2f} s for 24 designs "
            f"(runs {', '.join(f'{t:.2f}' for t in times)}; workers' CPU time "
            f"{statistics.median(cpu):.2f} s, i.e. "
            f"{statistics.median(cpu) / statistics.median(times):.2f} "
            f"busy cores; {failed} failed)"
        )
    speedup = results[1]["median_s"] / results[2]["median_s"]
    OUTPUT.parent.mkdir(exist_ok=True)
    OUTPUT.write_text(
        json.dumps(
            {
                "results": results,
                "speedup": speedup,
                "spec": SPEC,
                "pybamm": pybamm.__version__,
                "assb_models": assb_models.__version__,
            },
            indent=2,
        )
    )
    print(f"speedup 2 workers vs 1: {speedup:.2f}")


if __name__ == "__main__":
    main()
