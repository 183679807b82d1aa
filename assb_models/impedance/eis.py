"""Impedance spectra of the models, their plots, and equivalent-circuit fits.

Small-signal impedance of any PyBaMM model whose current is the parameter "Current
function [A]" (``SolidStateDFN`` with ``"surface form": "differential"`` so that its
interfaces have double layers, or ``SymmetricCell``). The discretised model

.. math:: M\\,\\dot y = f(y, I), \\qquad V = g(y, I)

is linearised about a rest state :math:`y^*` (:math:`f(y^*, 0) = 0`, the end of a
cycling history if one is given), and for each angular frequency :math:`\\omega`

.. math::
    (i\\omega M - \\partial_y f)\\,\\delta y = \\partial_I f\\,\\delta I, \\qquad
    Z(\\omega) = -\\frac{\\partial_y g\\,\\delta y + \\partial_I g\\,\\delta I}{\\delta I}
    \\quad [\\Omega]

(PyBaMM's current is positive on discharge, so :math:`-dV/dI` is the impedance).
This is the method of PyBaMM's :class:`pybamm.EISSimulation` (Hallemans et al.
2025), written against "Current function [A]" so it also runs on models without
PyBaMM's external-circuit submodels and at any state of a solution.

Equivalent circuit: ohmic resistance, two R||CPE arcs (interphase/interlayer, charge
transfer) and a Warburg diffusion tail,

.. math::
    Z = R_0 + \\sum_{k=1,2}\\frac{R_k}{1 + (i\\omega)^{n_k} R_k Q_k}
        + \\frac{\\sigma_W}{\\sqrt{\\omega}}(1 - i),

fitted by :func:`fit_circuit` with SciPy's ``least_squares`` (relative residuals of
real and imaginary parts; 95 % intervals from the Jacobian, as
:mod:`assb_models.fitting.statistics` gives them for model fits).
"""

import numpy as np
import pandas as pd
import pybamm
import scipy.sparse as sparse
from scipy.optimize import least_squares
from scipy.sparse.linalg import spsolve

from assb_models.data.spectrum import (
    check_spectrum,
    read_spectrum,  # noqa: F401  (public as eis.read_spectrum)
)
from assb_models.fitting.statistics import uncertainty
from assb_models.validation import InvalidInputError

CURRENT = "Current function [A]"


# ------------------------------------------------------------------ simulation
def _rest_state(built, inputs):
    """A consistent state at zero current (algebraic states solved)."""
    solver = pybamm.IDAKLUSolver()
    sol = solver.solve(built, [0, 1e-6], inputs=inputs)
    return sol.y[:, -1] if not hasattr(sol.y, "full") else sol.y.full()[:, -1]


def _final_states(model, solution):
    """The last state of ``solution`` for each state variable of ``model``.

    The solution may come from a model with fewer states (e.g. the resistive form
    used to cycle, while the capacitive form is linearised): a state it lacks whose
    initial condition is a plain number (the overpotential of a double layer or film,
    zero at rest) keeps that number.
    """
    states = {}
    for var in model.initial_conditions:
        try:
            states[var.name] = solution[var.name].entries
        except KeyError:
            try:
                states[var.name] = np.atleast_1d(
                    model.initial_conditions[var].evaluate()
                )
            except (NotImplementedError, KeyError, TypeError, ValueError):
                raise pybamm.ModelError(
                    f"the state {var.name!r} is not in the solution given as 'state' "
                    "and its initial condition needs parameters; solve the same model"
                ) from None
    return states


def conductivity_at_rest(parameter_values, stoichiometry):
    """A copy of the values with the AM electronic conductivity fixed at rest.

    At rest the electrode potential is uniform (:math:`\\nabla\\phi_s = 0`), so
    the small-signal term :math:`(d\\sigma/dc_s)\\,\\delta c_s\\,\\nabla\\phi_s`
    of a stoichiometry-dependent "Positive electrode conductivity [S.m-1]"
    vanishes: the impedance only needs :math:`\\sigma` at the operating point
    (here at ``stoichiometry``, the x-averaged one of a rested state). PyBaMM
    26.10's linearisation (its ``EISSimulation`` and the rest state found here) fails
    on the stoichiometry-dependent form, so it is replaced by its value.
    """
    pv = parameter_values.copy()
    sigma = pv["Positive electrode conductivity [S.m-1]"]
    if callable(sigma):
        T = pv["Initial temperature [K]"]
        value = sigma(pybamm.Scalar(stoichiometry), pybamm.Scalar(T))
        value = value.evaluate() if isinstance(value, pybamm.Symbol) else value
        pv.update({"Positive electrode conductivity [S.m-1]": float(value)})
    return pv


def impedance(
    model, parameter_values, frequencies, state=None, var_pts=None, inputs=None
):
    """Small-signal impedance of ``model`` [Ohm] at ``frequencies`` [Hz].

    Parameters
    ----------
    model : :class:`pybamm.BaseModel`
        An unbuilt model, e.g. ``SolidStateDFN({"surface form": "differential"})``.
    parameter_values : :class:`pybamm.ParameterValues`
        Its parameters; "Current function [A]" is replaced by an input.
    frequencies : array-like
        Frequencies [Hz], all > 0.
    state : :class:`pybamm.Solution`, optional
        Linearise about the last state of this solution (e.g. after 1 or 50 cycles;
        end it with a rest), of the same model or of its resistive form ("surface
        form" "false", faster to cycle). Default: the model's initial state.
    var_pts : dict, optional
        Mesh points, as for :class:`pybamm.Simulation`.
    inputs : dict, optional
        Other input parameters.

    Returns
    -------
    numpy.ndarray
        Complex impedance [Ohm], one value per frequency.
    """
    frequencies = np.asarray(frequencies, dtype=float)
    if (
        frequencies.size == 0
        or np.any(~np.isfinite(frequencies))
        or np.any(frequencies <= 0)
    ):
        raise InvalidInputError(
            f"'frequencies' must be finite and in the allowed range (0, inf) Hz; got "
            f"{frequencies}"
        )
    surface_form = getattr(model, "options", {}).get("surface form", "differential")
    if surface_form == "false":
        raise pybamm.OptionError(
            "impedance needs interfaces with double layers: build the model with "
            "'surface form': 'differential' (got 'false')"
        )
    if state is not None:
        model = model.set_initial_conditions_from(
            _final_states(model, state), inplace=False
        )
    pv = parameter_values.copy()
    if callable(pv.get("Positive electrode conductivity [S.m-1]")):
        if state is None:
            c_max = pv["Maximum concentration in positive electrode [mol.m-3]"]
            sto = pv["Initial concentration in positive electrode [mol.m-3]"] / c_max
        else:
            sto = state["X-averaged positive particle surface stoichiometry"].entries[
                -1
            ]
        pv = conductivity_at_rest(pv, sto)
    pv.update({CURRENT: "[input]"})
    sim = pybamm.Simulation(model, parameter_values=pv, var_pts=var_pts)
    sim.build()
    built = sim.built_model
    inputs = {**(inputs or {}), CURRENT: 0.0}
    names = [CURRENT] + [n for n in inputs if n != CURRENT]
    cas = built.export_casadi_objects(["Voltage [V]"], input_parameter_order=names)

    import casadi

    y = casadi.vertcat(cas["x"], cas["z"])
    p = cas["inputs"]
    f = casadi.vertcat(cas["rhs"], cas["algebraic"])
    v = cas["variables"]["Voltage [V]"]
    jacobians = casadi.Function(
        "linearised",
        [cas["t"], y, p],
        [
            casadi.jacobian(f, y),
            casadi.jacobian(f, p)[:, 0],
            casadi.jacobian(v, y),
            casadi.jacobian(v, p)[:, 0],
        ],
    )
    y0 = _rest_state(built, inputs)
    p0 = np.array([inputs[n] for n in names], dtype=float)
    J, B, C, D = (np.array(m) for m in jacobians(0.0, y0, p0))
    n_diff = cas["x"].shape[0]
    mass = sparse.diags(
        np.r_[np.ones(n_diff), np.zeros(y0.size - n_diff)], format="csc"
    )
    J = sparse.csc_matrix(J)
    z = np.empty(frequencies.size, dtype=complex)
    for k, freq in enumerate(frequencies):
        dy = spsolve((2j * np.pi * freq) * mass - J, B.ravel())
        z[k] = -((C @ dy).item() + D.item())
    return z


# ------------------------------------------------------------------ plots
def nyquist_plot(spectra, ax=None, area_cm2=None):
    """Nyquist plot of one or more spectra.

    ``spectra`` maps a label to ``(frequencies, Z)`` (or to a :class:`CircuitFit`,
    whose fitted curve is drawn as a line). With ``area_cm2`` the axes are in
    Ohm.cm2. Returns the axes.
    """
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots()[1]
    scale = area_cm2 or 1.0
    for label, item in spectra.items():
        if isinstance(item, CircuitFit):
            z = item.circuit(item.frequencies) * scale
            ax.plot(z.real, -z.imag, "-", label=label)
        else:
            z = np.asarray(item[1]) * scale
            ax.plot(z.real, -z.imag, "o", ms=3, label=label)
    unit = "Ohm.cm2" if area_cm2 else "Ohm"
    ax.set_xlabel(f"Re Z [{unit}]")
    ax.set_ylabel(f"-Im Z [{unit}]")
    ax.set_aspect("equal", adjustable="datalim")
    ax.legend(fontsize=8)
    return ax


def bode_plot(spectra, axes=None):
    """Bode plot (modulus and phase of Z vs frequency) of ``{label: (frequencies, Z)}``."""
    import matplotlib.pyplot as plt

    axes = axes if axes is not None else plt.subplots(2, 1, sharex=True)[1]
    for label, (freq, z) in spectra.items():
        z = np.asarray(z)
        axes[0].loglog(freq, np.abs(z), label=label)
        axes[1].semilogx(freq, -np.degrees(np.angle(z)), label=label)
    axes[0].set_ylabel("|Z| [Ohm]")
    axes[1].set_ylabel("-phase [deg]")
    axes[1].set_xlabel("frequency [Hz]")
    axes[0].legend(fontsize=8)
    return axes


# ------------------------------------------------------------------ circuit fit
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
