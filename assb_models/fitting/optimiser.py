"""The optimiser: SciPy's trust-region least squares in two stages.

Stage 1 is robust: residuals beyond ``robust_scale`` (knee-timing mismatches far
from the optimum) count linearly (Huber loss), so they do not dictate the first
steps. Stage 2 is plain least squares from there: the maximum-likelihood estimate
for Gaussian noise, which the intervals of :mod:`.statistics` assume. Ctrl-C
(KeyboardInterrupt) stops it and returns the best point seen so far.
"""

import dataclasses
import warnings

import numpy as np
import scipy.optimize

from .progress import FitInterruptedWarning, Progress


@dataclasses.dataclass
class Optimum:
    """Where the optimiser stopped: ln(parameters), model evaluations, message."""

    x: np.ndarray
    nfev: int
    message: str
    converged: bool = False


def least_squares(
    cost, x0, bounds, max_nfev=100, robust_scale=0.02, progress=True, volts=True
):
    """Minimise ``cost`` (a :class:`~.cost.LeastSquaresCost`) from ``x0``.

    ``bounds`` is (lower, upper) in ln(parameter); ``robust_scale`` is in the units
    of the scaled residuals; ``volts`` says they are in V (for the progress
    lines). Raises RuntimeError when the optimiser does not move
    from the start (the parameters do not change the residuals).
    """
    settings = dict(
        jac=cost.jacobian,
        bounds=bounds,
        method="trf",
        x_scale="jac",
        max_nfev=max_nfev,
    )
    tracker = Progress(cost.residuals, cost.names, show=progress, volts=volts)
    try:
        robust = scipy.optimize.least_squares(
            tracker, x0, loss="huber", f_scale=robust_scale, **settings
        )
        opt = scipy.optimize.least_squares(
            tracker, robust.x, xtol=1e-10, ftol=1e-12, gtol=1e-10, **settings
        )
    except KeyboardInterrupt:
        if tracker.best_x is None:
            raise
        nfev = tracker.evaluations
        message = (
            f"interrupted (KeyboardInterrupt) after {nfev} model evaluations; the "
            "result is the best point so far"
        )
        warnings.warn(message, FitInterruptedWarning, stacklevel=3)
        return Optimum(tracker.best_x, nfev, message)
    if np.array_equal(opt.x, x0):
        inputs = dict(zip(cost.names, np.exp(x0), strict=True))
        raise RuntimeError(
            f"the optimiser did not move from the start {inputs} ({opt.message}); "
            "check that the parameters change the voltage and that the bounds leave "
            "room"
        )
    # SciPy's status > 0: a tolerance was met; 0: max_nfev reached first
    return Optimum(
        opt.x, int(opt.nfev + robust.nfev), str(opt.message), bool(opt.status > 0)
    )
