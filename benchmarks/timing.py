"""Wall-time measurement shared by the benchmarks.

Each timed call starts from a full garbage collection (``gc.collect()``, not
timed): a model build and solve leaves hundreds of MB of cyclic garbage
(expression trees, solutions), and without the collection the next timed call,
of whichever model, pays for its predecessor's at a random moment. On a 2-core
machine that spread single ASSB/DFN ratios of ``bench_cycling.py`` over
0.85-1.25; with it five pairs read 0.98-0.99.
"""

import gc
import time


def timed(function, *args):
    """Wall time of ``function(*args)`` [s], after a full garbage collection, and
    its result."""
    gc.collect()
    start = time.perf_counter()
    result = function(*args)
    return time.perf_counter() - start, result
