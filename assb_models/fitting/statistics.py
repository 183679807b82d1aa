"""Confidence intervals and identifiability from the Jacobian at the optimum.

Linearised least squares (Gauss-Newton) in the fitted variables x = ln(p):

.. math::
    s^2 = \\frac{\\lVert r \\rVert^2}{N - n}, \\qquad
    C_x = s^2 (J^T J)^{-1}, \\qquad
    p_{95} = \\exp\\left(x \\pm t_{0.975,\\,N-n} \\sqrt{C_{x,ii}}\\right)

with N residuals, n parameters and Student's t quantile. s is the noise level the
fit itself implies (no noise level has to be known). The interval is symmetric in
ln p, so asymmetric in p. The correlation matrix is
:math:`C_{ij}/\\sqrt{C_{ii}C_{jj}}`.

Not identifiable: a pair with :math:`|\\rho| >` ``threshold`` (default 0.95), or
:math:`J^T J` singular (smallest eigenvalue of its unit-diagonal scaling below
1e-10 of the largest: some combination of parameters does not change the voltage
at all, as the AM/SE contact fraction times the exchange-current rate constant).
Parameters in such a null direction get infinite intervals; the correlation is then
taken from :math:`(J^T J + \\lambda I)^{-1}` with a tiny :math:`\\lambda` so that its
sign shows how the pair trades off.
"""

import dataclasses
import warnings

import numpy as np
import scipy.stats

#: relative eigenvalue of the scaled J^T J under which it counts as singular
SINGULAR = 1e-10


class IdentifiabilityWarning(UserWarning):
    """Fitted parameters that the data cannot tell apart."""


@dataclasses.dataclass
class Uncertainty:
    """Standard errors of ln p, 95 % bounds of p, correlation and the flags."""

    std_log: np.ndarray
    lower95: np.ndarray
    upper95: np.ndarray
    correlation: np.ndarray
    singular: bool
    pairs: list
    noise_V: float


def uncertainty(x, residuals, jacobian, names, threshold=0.95):
    """:class:`Uncertainty` of the fit at ``x`` (log parameters); warns on pairs."""
    n_res, n_par = jacobian.shape
    dof = max(n_res - n_par, 1)
    s2 = float(residuals @ residuals) / dof
    jtj = jacobian.T @ jacobian
    scale = np.sqrt(np.clip(np.diag(jtj), 1e-300, None))
    scaled = jtj / np.outer(scale, scale)
    eigval, eigvec = np.linalg.eigh(scaled)
    singular = bool(eigval[0] < SINGULAR * eigval[-1]) or bool(
        np.any(np.diag(jtj) == 0)
    )
    regular = scaled + (SINGULAR * eigval[-1] * np.eye(n_par) if singular else 0)
    cov = s2 * np.linalg.inv(regular) / np.outer(scale, scale)
    std = np.sqrt(np.diag(cov))
    corr = cov / np.outer(std, std)
    if singular:
        null = eigvec[:, eigval < SINGULAR * eigval[-1]]
        std = np.where(np.any(np.abs(null) > 0.1, axis=1), np.inf, std)
    quantile = scipy.stats.t.ppf(0.975, dof)
    with np.errstate(over="ignore"):
        lower, upper = np.exp(x - quantile * std), np.exp(x + quantile * std)
    pairs = [
        (names[i], names[j], float(corr[i, j]))
        for i in range(n_par)
        for j in range(i + 1, n_par)
        if abs(corr[i, j]) > threshold
    ]
    for a, b, rho in pairs:
        warnings.warn(
            f"{a!r} and {b!r} are not identifiable from these data (correlation "
            f"{rho:+.3f}{', J^T J singular' if singular else ''}): fix one of them, or "
            "add data that separates them (other rates, temperatures, EIS)",
            IdentifiabilityWarning,
            stacklevel=3,
        )
    if singular and not pairs:
        warnings.warn(
            f"J^T J is singular: a combination of {names} does not change the voltage",
            IdentifiabilityWarning,
            stacklevel=3,
        )
    return Uncertainty(std, lower, upper, corr, singular, pairs, float(np.sqrt(s2)))
