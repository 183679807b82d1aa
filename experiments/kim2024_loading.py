"""Kim 2024: the targets and formed-cell bounds against the NCM loading.

The paper gives no loading; the set takes 12 mg/cm2 (estimate). For each loading
of :data:`assb_models.reproductions.kim2024.loading.LOADINGS` this solves the six
formed cells (formation, 0.05 C, 0.5 C) and the series-C pulse tests, and scores
the formed-cell bounds, K4, K6, K7 and K8 as the Kim 2024 reproduction does
(:func:`~assb_models.reproductions.kim2024.loading.loading_scan`): where the
resistance bound and K7 hold together, if anywhere. The budget and 0.5 C
retention of 80/3 and 90/3 at the extreme loadings are solved again on the
doubled mesh (:func:`~assb_models.reproductions.kim2024.loading.mesh_change`).
Then K7's threshold loading for 90/3, the similarity that keeps its drop while
the SE's conductivity and the loading change together, and the conductivity at
which each formed cell's budget at that threshold meets the bound
(:func:`~assb_models.reproductions.kim2024.loading.k7_similarity`, under a minute).

Run ``python experiments/kim2024_loading.py`` (2.5 min on a 2-core machine;
``--no-pulses`` skips the pulse tests); writes
``experiments/output/kim2024_loading.json`` with the parameters and versions that
made it, and ``kim2024_loading.png``.
"""

import argparse
import pathlib
import sys

import pybamm

import assb_models
from assb_models.parameter_sets import Kim2024 as kim_set
from assb_models.reproductions.kim2024 import figures
from assb_models.reproductions.kim2024.loading import (
    LOADINGS,
    k7_similarity,
    loading_scan,
    mesh_change,
)
from assb_models.strict_json import dumps

OUTPUT = pathlib.Path(__file__).parent / "output"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--loadings",
        type=float,
        nargs="+",
        default=list(LOADINGS),
        help="NCM loadings [mg/cm2]",
    )
    parser.add_argument("--no-pulses", action="store_true", help="skip K8")
    args = parser.parse_args(argv)
    result = loading_scan(
        args.loadings,
        pulses=not args.no_pulses,
        progress=lambda line: print(line, flush=True),
    )
    print("mesh doubling at the extreme loadings ...", flush=True)
    result["mesh doubling, relative change"] = mesh_change(
        (min(args.loadings), max(args.loadings))
    )
    print("K7 and the resistance bound against the SE's conductivity ...", flush=True)
    result["K7 and the resistance bound against the SE conductivity"] = k7_similarity()
    result["model options"] = kim_set.MODEL_OPTIONS
    result["assb_models version"] = assb_models.__version__
    result["pybamm version"] = pybamm.__version__
    OUTPUT.mkdir(exist_ok=True)
    path = OUTPUT / "kim2024_loading.json"
    path.write_text(dumps(result, indent=1))
    figure = figures.loading(result, OUTPUT / "kim2024_loading.png")
    print(dumps(result["summary"], indent=1))
    print(f"written {path} and {figure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
