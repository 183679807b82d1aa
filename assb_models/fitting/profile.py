"""Profile-likelihood intervals, beside the linearised (Hessian) ones.

For each fitted parameter :math:`p_i` the profile fixes :math:`x_i = \\ln p_i` on a
grid and re-optimises the others; with Gaussian noise of variance
:math:`s^2 = S_{min}/(N - n)` (estimated at the optimum, as :mod:`.statistics`
does) the drop of the log-likelihood is

.. math:: \\Delta\\ell(x_i) = \\frac{S(x_i) - S_{min}}{2 s^2} ,

with :math:`S` the cost of :mod:`.cost` minimised over the other parameters. The
95 % interval is where :math:`\\Delta\\ell \\le \\chi^2_{1,0.95}/2 = 1.92` (Wilks;
Raue et al. 2009, Bioinformatics 25, 1923), found where the profile crosses 1.92
between grid points (linear interpolation). Unlike the Hessian interval it follows
the curvature of the model, and it shows what the Hessian cannot:

- **flat** (not identifiable): the profile stays under 1.92 up to a bound of the
  parameter, so the data do not bound it (``Profile.flat``);
- **trade-off**: along the profile of :math:`p_i`, :math:`x_j` follows with slope
  :math:`b_{ij} = C_{ij}/C_{ii}`; the two profiles give the correlation
  :math:`\\rho_{ij}^2 = b_{ij} b_{ji}`, and a pair with
  :math:`|\\rho_{ij}|` above the threshold (0.95) is flagged.

The grid walks out from the optimum on both sides in steps of half the Hessian
standard error (or 0.05 in ln p when that is not finite), doubling the step after
six points, until the profile crosses 1.92 or reaches the bound. Where a grid point
finds a lower cost than the optimiser stopped at, the profiles are measured from
that lowest cost. The model's own numerical noise makes a profile ragged: at the
solver's default tolerances by ~1 in log-likelihood (enough to move a 95 % bound by
half a standard error), hence the fits' tighter
:data:`~.problem.SOLVER_TOLERANCES`, at which it is ~0.01.

:func:`profile_cost` profiles any cost (e.g. a spectrum alone, which
:func:`~.runner.fit` does not take without a voltage curve); :func:`plot_profiles`
overlays the profiles of several fits of the same parameters.
"""

import dataclasses
import pathlib
import textwrap

import numpy as np
import scipy.optimize

from assb_models.validation import InvalidInputError

#: chi-square quantile (1 dof, 95 %) / 2: the drop of log-likelihood at the bounds
THRESHOLD = 0.5 * 3.841458820694124
#: most grid points on each side of the optimum
MAX_POINTS = 12


@dataclasses.dataclass
class Profile:
    """The profile of one parameter: grid, drop of log-likelihood, interval."""

    name: str
    values: np.ndarray
    delta_loglik: np.ndarray
    path: np.ndarray
    lower95: float
    upper95: float
    at_lower_bound: bool
    at_upper_bound: bool

    @property
    def flat(self):
        """The 95 % interval reaches a bound: the data do not bound the parameter."""
        return self.at_lower_bound or self.at_upper_bound


@dataclasses.dataclass
class ProfileResult:
    """Profiles of every fitted parameter and the trade-offs between them."""

    profiles: list
    tradeoffs: list
    best: np.ndarray

    def __getitem__(self, name):
        return next(p for p in self.profiles if p.name == name)

    def summary(self):
        """One line per parameter: optimum, profile interval, flag; then pairs."""
        lines = ["profile-likelihood 95 % intervals (delta log-likelihood 1.92):"]
        for p, v in zip(self.profiles, self.best, strict=True):
            flag = ""
            if p.flat:
                sides = [
                    s
                    for s, hit in (
                        ("lower", p.at_lower_bound),
                        ("upper", p.at_upper_bound),
                    )
                    if hit
                ]
                flag = (
                    "  FLAT: not identifiable (reaches the "
                    f"{' and '.join(sides)} bound)"
                )
            lines.append(
                f"  {p.name} = {v:.4g}  [{p.lower95:.4g}, {p.upper95:.4g}]{flag}"
            )
        for a, b, rho in self.tradeoffs:
            lines.append(f"  TRADE-OFF: {a!r} and {b!r} (correlation {rho:+.3f})")
        return "\n".join(lines)

    def __repr__(self):
        return self.summary()

    def plot(self, path):
        """Delta log-likelihood against each parameter, with the 1.92 line; saved."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        n = len(self.profiles)
        fig, axes = plt.subplots(1, n, figsize=(4.2 * n, 3.4), squeeze=False)
        for ax, p, best in zip(axes[0], self.profiles, self.best, strict=True):
            order = np.argsort(p.values)
            ax.semilogx(p.values[order], p.delta_loglik[order], "C0o-", ms=3)
            ax.axhline(THRESHOLD, color="k", lw=0.8, ls="--", label="95 % (1.92)")
            for bound in (p.lower95, p.upper95):
                ax.axvline(bound, color="C1", lw=0.8)
            ax.axvline(best, color="C2", lw=0.8, label="optimum")
            title = p.name if len(p.name) < 45 else p.name[:42] + "..."
            ax.set(
                xlabel="value",
                ylabel="drop of log-likelihood",
                title=title + (" (flat)" if p.flat else ""),
            )
            ax.title.set_fontsize(8)
        axes[0, 0].legend(fontsize=7)
        fig.tight_layout()
        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=100)
        plt.close(fig)
        return path


def _reoptimise(cost, i, xi, start, bounds, max_nfev):
    """min over x_j (j != i) of the cost at x_i = xi, from ``start``."""
    free = [j for j in range(start.size) if j != i]

    def full(y):
        x = start.copy()
        x[i] = xi
        x[free] = y
        return x

    if not free:
        x = full(np.array([]))
        r = cost.residuals(x)
        return x, float(r @ r)
    low, high = bounds[0][free], bounds[1][free]
    y0 = np.clip(start[free], low, high)
    opt = scipy.optimize.least_squares(
        lambda y: cost.residuals(full(y)),
        y0,
        jac=lambda y: cost.jacobian(full(y))[:, free],
        bounds=(low, high),
        method="trf",
        x_scale="jac",
        max_nfev=max_nfev,
    )
    return full(opt.x), float(opt.fun @ opt.fun)


def _side(cost, i, x_hat, s_min, scale, bounds, step, sign, max_nfev):
    """Grid points of one side, from the optimum out: (x_i, cost S, full x)."""
    points, start, offset = [], x_hat.copy(), 0.0
    bound = bounds[1][i] if sign > 0 else bounds[0][i]
    for k in range(MAX_POINTS):
        offset += step * (1 if k < 6 else 2 ** (k - 5))
        xi = x_hat[i] + sign * offset
        last = sign * (xi - bound) >= 0
        xi = bound if last else xi
        x, s = _reoptimise(cost, i, xi, start, bounds, max_nfev)
        points.append((xi, s, x))
        start = x
        if (s - s_min) / (2 * scale) > THRESHOLD or last:
            break
    return points


def _crossing(x_hat, d_hat, xs, dl, bound):
    """Where the profile first crosses THRESHOLD going out from the optimum
    (linear interpolation), and whether it reaches ``bound`` without crossing."""
    previous = (x_hat, d_hat)
    for xi, d in zip(xs, dl, strict=True):
        if d > THRESHOLD:
            (x0, d0), (x1, d1) = previous, (xi, d)
            return x0 + (THRESHOLD - d0) * (x1 - x0) / (d1 - d0), False
        previous = (xi, d)
    reached = bool(len(xs)) and xs[-1] == bound
    return (xs[-1] if len(xs) else bound), reached


def _slope(xs, ys):
    if xs.size < 2 or np.ptp(xs) == 0:
        return 0.0
    return float(np.polyfit(xs, ys, 1)[0])


def profile_likelihood(
    result, correlation_threshold=0.95, max_nfev=30, known_noise=False
):
    """The :class:`ProfileResult` of a :class:`~.result.FitResult` (module docstring).

    Each grid point re-optimises the other parameters (at most ``max_nfev`` model
    evaluations, warm-started from the neighbouring point). With
    ``known_noise=True`` the residuals are taken as already divided by their true
    noise levels (a fit given ``sigma_V`` and each spectrum's ``sigma_ohm``), so
    :math:`s^2 = 1` instead of its estimate.
    """
    if result.objective is None:
        raise InvalidInputError(
            "this FitResult has no cost to profile (loaded from a file?)"
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        std = np.log(result.upper95 / result.values) / 1.96
    return profile_cost(
        result.objective,
        result.x,
        result.bounds,
        std,
        correlation_threshold,
        max_nfev,
        known_noise,
    )


def profile_cost(
    cost,
    x,
    bounds,
    std=None,
    correlation_threshold=0.95,
    max_nfev=30,
    known_noise=False,
):
    """The :class:`ProfileResult` of any cost with ``residuals``, ``jacobian`` and
    ``names`` (e.g. a :class:`~.cost.LeastSquaresCost` of a spectrum alone),
    minimised at ``x`` = ln(parameters) within ``bounds`` (ln lower, ln upper).

    ``std`` (standard errors in ln p) sets the first grid step; default from the
    Gauss-Newton Hessian at ``x``. Other arguments as :func:`profile_likelihood`.
    """
    x_hat = np.asarray(x, dtype=float)
    r = cost.residuals(x_hat)
    s_min = float(r @ r)
    n = x_hat.size
    scale = 1.0 if known_noise else max(s_min / max(r.size - n, 1), 1e-300)
    bounds = (np.asarray(bounds[0], float), np.asarray(bounds[1], float))
    if std is None:
        jac = cost.jacobian(x_hat)
        std = np.sqrt(np.abs(np.diag(np.linalg.pinv(jac.T @ jac / scale))))
    std = np.asarray(std, dtype=float)
    sides = []
    for i in range(n):
        width = bounds[1][i] - bounds[0][i]
        step = 0.5 * std[i] if np.isfinite(std[i]) and std[i] > 0 else 0.05
        step = float(np.clip(step, 1e-4, width / 8))
        sides.append(
            [
                _side(cost, i, x_hat, s_min, scale, bounds, step, sign, max_nfev)
                for sign in (-1, +1)
            ]
        )
    # a grid point may find a lower cost than the optimiser stopped at: the
    # profiles are measured from the lowest cost seen
    s_best = min([s_min] + [s for side in sides for pts in side for _, s, _ in pts])
    d_hat = (s_min - s_best) / (2 * scale)
    profiles, slopes = [], np.zeros((n, n))
    for i, name in enumerate(cost.names):
        ends = []
        for pts, bound in zip(sides[i], (bounds[0][i], bounds[1][i]), strict=True):
            xs = [xi for xi, _, _ in pts]
            dl = [(s - s_best) / (2 * scale) for _, s, _ in pts]
            ends.append(_crossing(x_hat[i], d_hat, xs, dl, bound))
        points = [*sides[i][0][::-1], (x_hat[i], s_min, x_hat), *sides[i][1]]
        xs = np.array([p[0] for p in points])
        dl = np.array([(p[1] - s_best) / (2 * scale) for p in points])
        path = np.array([p[2] for p in points])
        inside = dl <= THRESHOLD
        for j in range(n):
            if j != i:
                slopes[i, j] = _slope(xs[inside], path[inside, j])
        profiles.append(
            Profile(
                name=name,
                values=np.exp(xs),
                delta_loglik=dl,
                path=np.exp(path),
                lower95=float(np.exp(ends[0][0])),
                upper95=float(np.exp(ends[1][0])),
                at_lower_bound=ends[0][1],
                at_upper_bound=ends[1][1],
            )
        )
    tradeoffs = []
    for i in range(n):
        for j in range(i + 1, n):
            product = slopes[i, j] * slopes[j, i]
            rho = np.sign(slopes[i, j]) * np.sqrt(np.clip(product, 0.0, 1.0))
            if product > 0 and abs(rho) > correlation_threshold:
                tradeoffs.append((cost.names[i], cost.names[j], float(rho)))
    return ProfileResult(profiles, tradeoffs, np.exp(x_hat))


def plot_profiles(profiles, path=None, truth=None):
    """Profiles of the same parameters from several fits, one panel per parameter.

    ``profiles`` maps a label (e.g. "discharge alone") to a :class:`ProfileResult`;
    each panel shows the drop of log-likelihood of every fit against the parameter,
    the 1.92 line and, dotted, the value in ``truth`` (a mapping name -> value, e.g.
    the parameters synthetic data were made with) when given. Saved to ``path`` (and
    the path returned), or the figure returned when ``path`` is None.
    """
    # the current backend is kept: a notebook shows the returned figure inline
    import matplotlib.pyplot as plt

    results = list(profiles.items())
    names = [p.name for p in results[0][1].profiles]
    fig, axes = plt.subplots(
        1, len(names), figsize=(4.6 * len(names), 3.6), squeeze=False
    )
    for ax, name in zip(axes[0], names, strict=True):
        for k, (label, result) in enumerate(results):
            p = result[name]
            order = np.argsort(p.values)
            flag = " (flat)" if p.flat else ""
            ax.semilogx(
                p.values[order],
                np.minimum(p.delta_loglik[order], 5 * THRESHOLD),
                f"C{k}o-",
                ms=3,
                label=label + flag,
            )
        ax.axhline(THRESHOLD, color="k", lw=0.8, ls="--", label="95 % (1.92)")
        if truth is not None and name in truth:
            ax.axvline(truth[name], color="k", lw=0.8, ls=":", label="truth")
        ax.set(
            xlabel=textwrap.fill(name, 50),
            ylabel="drop of log-likelihood (capped)",
            ylim=(-0.3, 5.2 * THRESHOLD),
        )
        ax.xaxis.label.set_fontsize(8)
    axes[0, 0].legend(fontsize=7)
    fig.tight_layout()
    if path is None:
        return fig
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=100)
    plt.close(fig)
    return path
