"""Progress of a fit: each model evaluation reported, the best point kept.

:class:`Progress` wraps the residual function the optimiser calls. It counts the
evaluations, prints one line per evaluation (RMS residual, best so far and the
trial values) and keeps the point with the lowest sum of squared residuals, so a
fit stopped with Ctrl-C (KeyboardInterrupt) still returns the best point it saw.
"""

import sys
import warnings

import numpy as np


class FitInterruptedWarning(UserWarning):
    """The fit was stopped (KeyboardInterrupt); its result is the best point so far."""


class BoundWarning(UserWarning):
    """A fitted parameter ended at one of its bounds."""


class Progress:
    """The residual function of a fit, counting calls and keeping the best point.

    Parameters
    ----------
    residuals : callable
        ``x -> residuals`` (x = ln(parameters)).
    names : list of str
        Names of the fitted parameters (for the printout).
    show : bool, optional
        Print a line per evaluation (default True).
    stream : file, optional
        Where to print (default ``sys.stderr``).
    volts : bool, optional
        The residuals are in V (printed in mV; default); False: noise-scaled
        residuals of a joint fit (printed in units of their sigma).
    """

    def __init__(self, residuals, names, show=True, stream=None, volts=True):
        self.volts = volts
        self.residuals = residuals
        self.names = names
        self.show = show
        self.stream = stream
        self.evaluations = 0
        self.best_x = None
        self.best_cost = np.inf

    def __call__(self, x):
        r = self.residuals(x)
        self.evaluations += 1
        cost = float(np.sum(r**2))
        if cost < self.best_cost:
            self.best_cost, self.best_x = cost, np.array(x, dtype=float)
        if self.show:
            factor, unit = (1e3, "mV") if self.volts else (1.0, "sigma")
            rms = factor * np.sqrt(cost / max(r.size, 1))
            best = factor * np.sqrt(self.best_cost / max(r.size, 1))
            values = ", ".join(f"{v:.4g}" for v in np.exp(x))
            print(
                f"fit: evaluation {self.evaluations}: RMS residual {rms:.3g} {unit} "
                f"(best {best:.3g} {unit}) at [{values}]",
                file=self.stream or sys.stderr,
                flush=True,
            )
        return r


def warn_at_bounds(names, x, bounds, rtol=1e-3):
    """Warn (:class:`BoundWarning`) for each parameter within ``rtol`` of a bound.

    ``x`` and ``bounds`` are in ln(parameter). Returns the names at a bound.
    """
    at_bounds = []
    for name, value, low, high in zip(names, x, *bounds, strict=False):
        for side, bound in (("lower", low), ("upper", high)):
            if abs(value - bound) <= rtol * max(1.0, abs(bound)):
                at_bounds.append(name)
                warnings.warn(
                    f"{name!r} ended at its {side} bound {np.exp(bound):.4g}: the best "
                    f"value may lie outside [{np.exp(low):.4g}, {np.exp(high):.4g}] "
                    "and its interval is not meaningful. Widen the bounds "
                    "(FitParameter(name, bounds=(low, high))) or check that the data "
                    "constrain it",
                    BoundWarning,
                    stacklevel=3,
                )
    return at_bounds
