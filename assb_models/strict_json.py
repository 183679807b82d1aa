"""Results as strict JSON (RFC 8259): no NaN or Infinity.

:func:`jsonable` makes results JSON-friendly; :func:`dumps` writes them and fails on
any non-finite number left. A value that is not a finite number is written as
``null``; where it is a target's number, the target's row says why next to it.
"""

import json
import math

import numpy as np


def jsonable(obj):
    """``obj`` with NumPy scalars/arrays, tuples and functions made JSON-friendly.

    Dict keys become strings, arrays and tuples lists, NumPy numbers floats or
    bools, NaN and infinities None, None and strings stay, and anything else (e.g.
    a parameter function) becomes its ``__name__`` or ``str``.
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
        value = float(obj)
        return value if math.isfinite(value) else None
    return getattr(obj, "__name__", str(obj))


def dumps(obj, **kwargs):
    """``obj`` as strict JSON text (:func:`jsonable` first; ``kwargs`` as for
    :func:`json.dumps`)."""
    return json.dumps(jsonable(obj), allow_nan=False, **kwargs)
