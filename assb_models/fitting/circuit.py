"""Equivalent-circuit fits of impedance spectra.

Ohmic resistance, two R||CPE arcs (interphase/interlayer, charge transfer) and a
Warburg diffusion tail,

.. math::
    Z = R_0 + \\sum_{k=1,2}\\frac{R_k}{1 + (i\\omega)^{n_k} R_k Q_k}
        + \\frac{\\sigma_W}{\\sqrt{\\omega}}(1 - i),

fitted with SciPy's ``least_squares`` (relative residuals of real and imaginary
parts; 95 % intervals from the Jacobian, as :mod:`.statistics` gives them for model
fits). Spectra come from measurements (:mod:`assb_models.data.spectrum`) or from the
models (:func:`assb_models.impedance.eis.impedance`).
"""

import numpy as np
import pandas as pd
from scipy.optimize import least_squares

from assb_models.data.spectrum import check_spectrum

from .statistics import uncertainty

PARAMETERS = ("R0", "R1", "Q1", "n1", "R2", "Q2", "n2", "sigma_W")
UNITS = {
    "R0": "Ohm",
    "R1": "Ohm",
    "R2": "Ohm",
    "Q1": "F.s^(n-1)",
    "Q2": "F.s^(n-1)",
    "n1": "-",
    "n2": "-",
    "sigma_W": "Ohm.s-0.5",
}


def circuit_impedance(frequencies, R0, R1, Q1, n1, R2, Q2, n2, sigma_W):
    """Z of R0 + (R1||CPE1) + (R2||CPE2) + Warburg [Ohm]."""
    jw = 2j * np.pi * np.asarray(frequencies, dtype=float)
    arcs = sum(R / (1 + jw**n * R * Q) for R, Q, n in ((R1, Q1, n1), (R2, Q2, n2)))
    warburg = sigma_W * (1 - 1j) / np.sqrt(jw.imag)
    return R0 + arcs + warburg


class CircuitFit:
    """Result of :func:`fit_circuit`: values, 95 % intervals and the fitted curve.

    Arc 1 is the faster one (higher characteristic frequency
    :math:`(R_1 Q_1)^{-1/n_1}/2\\pi`): in an ASSB the interphase/interlayer arc;
    arc 2 the charge transfer.
    """

    def __init__(self, values, intervals, frequencies, z):
        self.values = values
        self.intervals = intervals
        self.frequencies = frequencies
        self.z = z

    def circuit(self, frequencies):
        return circuit_impedance(frequencies, **self.values)

    def apex_frequency(self, k):
        """Characteristic frequency of arc k [Hz]: (R_k Q_k)^(-1/n_k) / (2 pi)."""
        R, Q, n = (self.values[f"{p}{k}"] for p in ("R", "Q", "n"))
        return (R * Q) ** (-1 / n) / (2 * np.pi)

    def summary(self):
        """About ten lines: each value with its 95 % interval, cost, points."""
        r = (self.circuit(self.frequencies) - self.z) / np.abs(self.z)
        lines = [f"CircuitFit (R0 + R1||CPE1 + R2||CPE2 + W, {self.z.size} points)"]
        for name, value in self.values.items():
            lo, hi = self.intervals.get(name, (np.nan, np.nan))
            lines.append(
                f"  {name} = {value:.4g} {UNITS.get(name, '')}  "
                f"(95 %: [{lo:.4g}, {hi:.4g}])"
            )
        lines.append(f"  cost (relative residuals) {float(np.sum(np.abs(r) ** 2)):.4g}")
        return "\n".join(lines)

    def __repr__(self):
        return self.summary()

    def table(self):
        return pd.DataFrame(
            {
                "value": self.values,
                "95% low": {k: v[0] for k, v in self.intervals.items()},
                "95% high": {k: v[1] for k, v in self.intervals.items()},
                "unit": UNITS,
            }
        )


def fit_circuit(frequencies, z, warburg=True):
    """Fit R0 + (R1||CPE1) + (R2||CPE2) (+ Warburg) to a spectrum.

    Starts are read off the spectrum (high-frequency intercept, the real-axis span,
    the frequencies of the -Im Z maxima); the fit runs on log-parameters with
    several starts and keeps the best. Returns a :class:`CircuitFit`.
    """
    # 8 parameters need at least 8 distinct frequencies
    f, z = check_spectrum(frequencies, z, "fit_circuit", min_distinct=8)
    order = np.argsort(f)[::-1]
    f, z = f[order], z[order]
    r0 = max(z.real.min(), 1e-12)
    span = max(z.real.max() - r0, 1e-12)
    free = [p for p in PARAMETERS if warburg or p != "sigma_W"]

    def unpack(x):
        values = dict(zip(free, np.exp(np.clip(x, -60, 60)), strict=False))
        values.setdefault("sigma_W", 0.0)
        for n in ("n1", "n2"):
            values[n] = 0.5 + 0.5 / (1 + np.exp(-x[free.index(n)]))  # n in (0.5, 1)
        return values

    def residual(x):
        model = circuit_impedance(f, **unpack(x))
        r = (model - z) / np.abs(z)
        return np.r_[r.real, r.imag]

    best = None
    for split in (0.2, 0.5, 0.8):
        for f_peak in (np.sqrt(f[0] * f[-1]), f[len(f) // 4], f[3 * len(f) // 4]):
            r1, r2 = split * span, (1 - split) * span
            start = {
                "R0": r0,
                "R1": r1,
                "Q1": 1 / (2 * np.pi * f_peak * 10 * r1),
                "n1": 2.0,
                "R2": r2,
                "Q2": 10 / (2 * np.pi * f_peak * r2),
                "n2": 2.0,
                "sigma_W": 1e-3 * span,
            }
            x0 = np.array(
                [np.log(start[p]) if p not in ("n1", "n2") else start[p] for p in free]
            )
            result = least_squares(residual, x0, method="lm", max_nfev=4000)
            if best is None or result.cost < best.cost:
                best = result
    values = unpack(best.x)
    # 95 % intervals from the Jacobian (as for model fits); n's map through their
    # logistic transform; warn only on near-degenerate pairs (CPE Q and n correlate)
    u = uncertainty(best.x, best.fun, best.jac, free, threshold=0.999)
    intervals = {}
    for i, p in enumerate(free):
        lo, hi = np.log(u.lower95[i]), np.log(u.upper95[i])
        if p in ("n1", "n2"):
            intervals[p] = tuple(0.5 + 0.5 / (1 + np.exp(-v)) for v in (lo, hi))
        else:
            intervals[p] = (u.lower95[i], u.upper95[i])
    if not warburg:
        intervals["sigma_W"] = (0.0, 0.0)
    # order the arcs: arc 1 is the faster one
    fit = CircuitFit(values, intervals, f, z)
    if fit.apex_frequency(1) < fit.apex_frequency(2):
        swap = {"R1": "R2", "Q1": "Q2", "n1": "n2", "R2": "R1", "Q2": "Q1", "n2": "n1"}
        values = {swap.get(k, k): v for k, v in values.items()}
        intervals = {swap.get(k, k): v for k, v in intervals.items()}
        fit = CircuitFit(values, intervals, f, z)
    return fit
