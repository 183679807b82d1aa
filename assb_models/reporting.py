"""Results of experiment scripts as JSON (model vs paper, with the parameters)."""

import numpy as np


def jsonable(obj):
    """``obj`` with NumPy scalars/arrays, tuples and functions made JSON-friendly.

    Dict keys become strings, arrays and tuples lists, NumPy numbers floats or
    bools, None and strings stay, and anything else (e.g. a parameter function)
    becomes its ``__name__`` or ``str``.
    """
    if isinstance(obj, dict):
        return {str(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, np.ndarray)):
        return [jsonable(v) for v in obj]
    if obj is None or isinstance(obj, str):
        return obj
    if isinstance(obj, (bool, np.bool_)):
        return bool(obj)
    if isinstance(obj, (int, float, np.floating, np.integer)):
        return float(obj)
    return getattr(obj, "__name__", str(obj))
