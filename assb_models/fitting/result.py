"""The outcome of a fit: values, intervals, plots, a parameter set with provenance."""

import dataclasses
import datetime
import difflib
import json
import os
import pathlib

import numpy as np
import pandas as pd
import pybamm

from assb_models.parameters.parameter_values import (
    get_parameter_values,
    get_sources,
    validate_parameter_values,
)
from assb_models.strict_json import dumps
from assb_models.validation import InvalidInputError, require_finite

from .progress import warn_at_bounds
from .statistics import uncertainty


class FittedParameterValues(pybamm.ParameterValues):
    """:class:`pybamm.ParameterValues` that carries the source of every value.

    ``sources`` maps each name to where its value comes from: the base set's sources
    (``assb_models.get_sources``) with the fitted ones replaced by
    "fitted to <file> ...". ``assb_models.get_sources(fitted)`` returns it.
    (:meth:`copy` returns plain ParameterValues, as PyBaMM's does.)
    """

    def __init__(self, values, sources):
        super().__init__(values)
        self.sources = dict(sources)


@dataclasses.dataclass
class FitResult:
    """Values, 95 % intervals, correlation and residuals of a fit.

    ``parameter_values`` is the fitted :class:`FittedParameterValues`; ``table()``
    the summary; ``plot_residuals(path)`` the figure; ``save(path)`` a JSON that
    :func:`load_fitted_parameters` turns back into the parameter set.
    """

    names: list
    initial: np.ndarray
    values: np.ndarray
    lower95: np.ndarray
    upper95: np.ndarray
    correlation: np.ndarray
    non_identifiable: list
    singular: bool
    noise_V: float
    rmse_V: list
    nfev: int
    message: str
    parameter_values: FittedParameterValues
    base_set: str | None
    base_recipe: dict
    sources: list
    problem: object = dataclasses.field(repr=False)
    x: np.ndarray = dataclasses.field(repr=False)
    x0: np.ndarray = dataclasses.field(repr=False)
    at_bounds: list = dataclasses.field(default_factory=list)
    cost: float = float("nan")
    n_points: int = 0
    converged: bool = True
    rmse_ohm: list = dataclasses.field(default_factory=list)
    objective: object = dataclasses.field(default=None, repr=False)
    bounds: tuple = dataclasses.field(default=None, repr=False)

    def __repr__(self):
        return self.short_summary()

    def __str__(self):
        return self.short_summary()

    def short_summary(self):
        """About ten lines: each parameter with its value and 95 % interval, the
        cost, the number of points and whether the optimiser converged."""
        lines = [f"FitResult ({len(self.names)} parameter(s), data {self.sources})"]
        for name, v, lo, hi in zip(
            self.names, self.values, self.lower95, self.upper95, strict=True
        ):
            lines.append(f"  {name} = {v:.4g}  (95 %: [{lo:.4g}, {hi:.4g}])")
        rmse = ", ".join(f"{1e3 * r:.3g}" for r in self.rmse_V)
        lines.append(
            f"  cost {self.cost:.4g}, {self.n_points} points, RMSE [mV] {rmse}, "
            f"{self.nfev} model evaluations"
        )
        flags = [f"at a bound: {n}" for n in self.at_bounds] + [
            f"not identifiable: {a} / {b} ({rho:+.2f})"
            for a, b, rho in self.non_identifiable
        ]
        if self.singular:
            flags.append("J^T J singular (infinite intervals)")
        lines.append(
            f"  converged: {'yes' if self.converged else 'no'} ({self.message})"
            + (f"; {'; '.join(flags)}" if flags else "")
        )
        return "\n".join(lines)

    def table(self):
        """One row per parameter: initial, fitted, 95 % interval, half-width [%]."""
        half = 0.5 * (self.upper95 - self.lower95) / self.values
        return pd.DataFrame(
            {
                "initial": self.initial,
                "fitted": self.values,
                "95% lower": self.lower95,
                "95% upper": self.upper95,
                "95% half-width [%]": 100 * half,
            },
            index=pd.Index(self.names, name="parameter"),
        )

    def correlation_frame(self):
        """Correlation matrix as a labelled DataFrame."""
        return pd.DataFrame(self.correlation, index=self.names, columns=self.names)

    def summary(self):
        """The table, correlations, flags and fit quality as text."""
        lines = [
            self.short_summary(),
            "",
            self.table().to_string(float_format=lambda v: f"{v:.4g}"),
            "",
            "correlation:",
            self.correlation_frame().to_string(float_format=lambda v: f"{v:+.3f}"),
            "",
            f"RMSE per dataset [mV]: {[round(1e3 * r, 2) for r in self.rmse_V]}; "
            f"noise estimate {1e3 * self.noise_V:.2f} mV; {self.nfev} model "
            "evaluations",
        ]
        for a, b, rho in self.non_identifiable:
            lines.append(f"NOT IDENTIFIABLE: {a!r} and {b!r} (correlation {rho:+.3f})")
        if self.singular:
            lines.append("J^T J is singular: some intervals are infinite")
        for name in self.at_bounds:
            lines.append(
                f"AT A BOUND: {name!r} (widen its bounds; interval not meaningful)"
            )
        if self.message.startswith("interrupted"):
            lines.append(f"INTERRUPTED: {self.message}")
        return "\n".join(lines)

    def plot_residuals(self, path):
        """Measured and fitted voltage, and the residual [mV], per dataset; saved."""
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt

        problem = self.problem
        fitted = problem.simulate(self.x)
        start = problem.simulate(self.x0)
        n = len(problem.datasets)
        fig, axes = plt.subplots(
            2,
            n,
            figsize=(4.5 * n, 5),
            sharex="col",
            squeeze=False,
            gridspec_kw={"height_ratios": [2, 1]},
        )
        for k, data in enumerate(problem.datasets):
            t_h = problem.times[k] / 3600
            top, bottom = axes[0, k], axes[1, k]
            mask = problem.masks[k]
            top.plot(t_h[mask], problem.voltages[k][mask], "k.", ms=2, label="measured")
            if not mask.all():
                top.plot(
                    t_h[~mask],
                    problem.voltages[k][~mask],
                    ".",
                    color="0.6",
                    ms=2,
                    label="not fitted (voltage window)",
                )
            top.plot(t_h, start[k][0], "C1--", lw=1, label="start")
            top.plot(t_h, fitted[k][0], "C0-", lw=1.5, label="fitted")
            top.set(ylabel="voltage [V]", title=data.name)
            bottom.plot(
                t_h[mask], 1e3 * (fitted[k][0] - problem.voltages[k])[mask], "C0.", ms=2
            )
            bottom.axhline(0, color="k", lw=0.5)
            bottom.set(xlabel="time [h]", ylabel="model - data [mV]")
        axes[0, 0].legend()
        fig.tight_layout()
        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fig.savefig(path, dpi=100)
        plt.close(fig)
        return path

    def to_dict(self):
        """Everything needed to rebuild the set and judge the fit, JSON-ready."""
        fitted = {
            name: {
                "value": float(v),
                "initial": float(v0),
                "95% interval": [float(lo), float(hi)],
                "source": self.parameter_values.sources[name],
            }
            for name, v, v0, lo, hi in zip(
                self.names,
                self.values,
                self.initial,
                self.lower95,
                self.upper95,
                strict=False,
            )
        }
        return {
            "base set": self.base_set,
            "base recipe": self.base_recipe,
            "data": self.sources,
            "fitted": fitted,
            "correlation": self.correlation.tolist(),
            "not identifiable": [list(p) for p in self.non_identifiable],
            "RMSE [V]": list(self.rmse_V),
            "noise estimate [V]": self.noise_V,
            "model evaluations": self.nfev,
            "cost": self.cost,
            "points": self.n_points,
            "converged": self.converged,
            "optimiser message": self.message,
            "at bounds": list(self.at_bounds),
            "pybamm version": pybamm.__version__,
        }

    def save(self, path):
        """Write :meth:`to_dict` as JSON (the fitted parameter file).

        Written to a temporary file next to ``path`` and then renamed, so an
        interrupted save never leaves a half-written file.
        """
        path = pathlib.Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(f".{path.name}.tmp")
        temporary.write_text(dumps(self.to_dict(), indent=2))
        os.replace(temporary, path)
        return path


def provenance(name, value, lower, upper, sources):
    """The source text of a fitted value."""
    date = datetime.date.today().isoformat()
    return (
        f"fitted to {', '.join(sources)}: {value:.6g} (95 % interval "
        f"[{lower:.4g}, {upper:.4g}]), assb_models.fitting, {date}"
    )


def _read_fit_file(path):
    """The JSON content of a fit file, as a dict with "base set" and "fitted"."""
    path = pathlib.Path(path)
    if not path.is_file():
        what = "is a folder" if path.is_dir() else "does not exist"
        raise InvalidInputError(f"{path}: {what}; expected a fit file (fit.json)")
    try:
        content = json.loads(path.read_text())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInputError(f"{path}: not a fit file, not JSON ({error})") from None
    if not isinstance(content, dict) or not isinstance(content.get("fitted"), dict):
        raise InvalidInputError(
            f"{path}: not a fit file: expected a JSON object with 'base set' and "
            "'fitted' (as written by FitResult.save)"
        )
    return content


def _recipe_of(path, content):
    recipe = content.get("base recipe", {})
    if recipe is None:
        return {}
    if not isinstance(recipe, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, (str, int, float)))
        for k, v in recipe.items()
    ):
        raise InvalidInputError(
            f"{path}: 'base recipe' = {recipe!r} must map argument names to numbers "
            "or strings"
        )
    return recipe


def load_fitted_parameters(path):
    """The :class:`FittedParameterValues` of a file written by :meth:`FitResult.save`.

    Raises :class:`~assb_models.validation.InvalidInputError` naming the file for a
    missing file, a folder, a file that is not a fit file, an unknown base set, a
    "base recipe" the set does not accept, a fitted name that is not a parameter of
    the set, a fitted value that is not a finite number, and values outside their
    allowed ranges (:func:`~assb_models.validate_parameter_values`).
    """
    content = _read_fit_file(path)
    base = content.get("base set")
    if base is None:
        raise InvalidInputError(
            f"{path}: the fit was made on a parameter set without a name, so the set "
            "cannot be rebuilt; fit with parameter_values='<set name>'"
        )
    if not isinstance(base, str):
        raise InvalidInputError(f"{path}: 'base set' = {base!r} must be a set name")
    recipe = _recipe_of(path, content)
    try:
        values = get_parameter_values(base, **recipe)
        sources = get_sources(base, **recipe)
    except TypeError as error:  # an argument the set does not take
        raise InvalidInputError(
            f"{path}: 'base recipe' = {recipe!r} is not accepted by {base!r}: {error}"
        ) from None
    except InvalidInputError as error:
        raise InvalidInputError(f"{path}: {error}") from None
    for name, entry in content["fitted"].items():
        if name not in values.keys():
            close = difflib.get_close_matches(name, list(values.keys()), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise InvalidInputError(
                f"{path}: fitted {name!r} is not a parameter of {base!r}{hint}"
            )
        value = entry.get("value") if isinstance(entry, dict) else None
        try:
            require_finite(f"{path}: fitted {name!r}", value)
        except InvalidInputError:
            raise InvalidInputError(
                f"{path}: fitted {name!r} has value {value!r}; expected a finite number"
            ) from None
        values[name] = float(value)
        sources[name] = str(entry.get("source", f"fitted ({path})"))
    try:
        validate_parameter_values(values)
    except InvalidInputError as error:
        raise InvalidInputError(f"{path}: {error}") from None
    return FittedParameterValues(dict(values.items()), sources)


def assemble(
    cost, optimum, x0, bounds, base, base_sources, set_name, recipe, threshold
):
    """The :class:`FitResult` of an optimum of ``cost``: intervals and correlation
    (:func:`~.statistics.uncertainty`), the fitted set with provenance, RMSE per
    dataset. The first term of ``cost`` is the voltage problem."""
    names, x = cost.names, optimum.x
    at_bounds = warn_at_bounds(names, x, bounds)
    residuals = cost.residuals(x)
    stats = uncertainty(x, residuals, cost.jacobian(x), names, threshold)
    voltage = cost.terms[0].problem
    values = np.exp(x)
    files = [d.name for d in voltage.datasets]
    files += [t.problem.source for t in cost.terms[1:]]
    fitted_values = dict(base.items())
    sources = dict(base_sources)
    for name, v, lo, hi in zip(
        names, values, stats.lower95, stats.upper95, strict=True
    ):
        fitted_values[name] = float(v)
        sources[name] = provenance(name, v, lo, hi, files)
    runs = voltage.simulate(x)
    parts = zip(runs, voltage.voltages, voltage.masks, strict=True)
    rmse = [float(np.sqrt(np.mean((v - vd)[m] ** 2))) for (v, _), vd, m in parts]
    rmse_ohm = [
        float(np.sqrt(np.mean(t.problem.residuals(x) ** 2))) for t in cost.terms[1:]
    ]
    return FitResult(
        names=names,
        initial=np.exp(x0),
        values=values,
        lower95=stats.lower95,
        upper95=stats.upper95,
        correlation=stats.correlation,
        non_identifiable=stats.pairs,
        singular=stats.singular,
        noise_V=stats.noise_V,
        rmse_V=rmse,
        nfev=int(optimum.nfev),
        message=optimum.message,
        parameter_values=FittedParameterValues(fitted_values, sources),
        base_set=set_name,
        base_recipe=recipe,
        sources=[d.source for d in voltage.datasets]
        + [t.problem.source for t in cost.terms[1:]],
        problem=voltage,
        x=x,
        x0=x0,
        at_bounds=at_bounds,
        cost=float(residuals @ residuals),
        n_points=int(residuals.size),
        converged=optimum.converged,
        rmse_ohm=rmse_ohm,
        objective=cost,
        bounds=bounds,
    )
