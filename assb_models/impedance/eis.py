"""Impedance spectra of the models and their plots.

Small-signal impedance of any PyBaMM model whose current is the parameter "Current
function [A]" (``SolidStateDFN`` with ``"surface form": "differential"`` so that its
interfaces have double layers, or ``SymmetricCell``). The discretised model

.. math:: M\\,\\dot y = f(y, I), \\qquad V = g(y, I)

is linearised about a rest state :math:`y^*` (:math:`f(y^*, 0) = 0`, the end of a
cycling history if one is given), and for each angular frequency :math:`\\omega`

.. math::
    (i\\omega M - \\partial_y f)\\,\\delta y = \\partial_I f\\,\\delta I, \\qquad
    Z(\\omega) = -\\frac{\\partial_y g\\,\\delta y
        + \\partial_I g\\,\\delta I}{\\delta I}
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

is fitted to a spectrum by :func:`assb_models.fitting.circuit.fit_circuit`.
"""

import numpy as np
import pybamm
import scipy.sparse as sparse
from scipy.sparse.linalg import spsolve

from assb_models.data.spectrum import (
    read_spectrum,  # noqa: F401  (public as eis.read_spectrum)
)
from assb_models.validation import InvalidInputError

CURRENT = "Current function [A]"


# ------------------------------------------------------------------ simulation
def _rest_state(built, inputs, solver=None):
    """A consistent state at zero current (algebraic states solved)."""
    solver = solver or pybamm.IDAKLUSolver()
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


def _check_frequencies(frequencies):
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
    return frequencies


class LinearisedModel:
    """A model built once for :func:`impedance` at many values of its input
    parameters (e.g. the trial points of a fit).

    ``input_names`` are the parameters of ``parameter_values`` set to "[input]";
    calling the object with ``frequencies`` and ``inputs`` (a value for each) solves
    the rest state and the linear system of :func:`impedance`. Arguments as
    :func:`impedance`.
    """

    def __init__(
        self, model, parameter_values, state=None, var_pts=None, input_names=()
    ):
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
                sto = (
                    pv["Initial concentration in positive electrode [mol.m-3]"] / c_max
                )
            else:
                sto = state[
                    "X-averaged positive particle surface stoichiometry"
                ].entries[-1]
            pv = conductivity_at_rest(pv, sto)
        pv.update({CURRENT: "[input]"})
        sim = pybamm.Simulation(model, parameter_values=pv, var_pts=var_pts)
        sim.build()
        self.built = sim.built_model
        self.names = [CURRENT] + [n for n in input_names if n != CURRENT]
        cas = self.built.export_casadi_objects(
            ["Voltage [V]"], input_parameter_order=self.names
        )

        import casadi

        y = casadi.vertcat(cas["x"], cas["z"])
        p = cas["inputs"]
        f = casadi.vertcat(cas["rhs"], cas["algebraic"])
        v = cas["variables"]["Voltage [V]"]
        self.jacobians = casadi.Function(
            "linearised",
            [cas["t"], y, p],
            [
                casadi.jacobian(f, y),
                casadi.jacobian(f, p)[:, 0],
                casadi.jacobian(v, y),
                casadi.jacobian(v, p)[:, 0],
            ],
        )
        self.n_diff = cas["x"].shape[0]
        self.solver = pybamm.IDAKLUSolver()

    def __call__(self, frequencies, inputs=None):
        """Complex impedance [Ohm] at ``frequencies`` [Hz] for ``inputs``."""
        frequencies = _check_frequencies(frequencies)
        inputs = {**(inputs or {}), CURRENT: 0.0}
        missing = set(self.names) - set(inputs)
        if missing:
            raise InvalidInputError(
                f"'inputs' lacks a value for the input parameters {sorted(missing)}"
            )
        y0 = _rest_state(self.built, inputs, self.solver)
        p0 = np.array([inputs[n] for n in self.names], dtype=float)
        J, B, C, D = (np.array(m) for m in self.jacobians(0.0, y0, p0))
        mass = sparse.diags(
            np.r_[np.ones(self.n_diff), np.zeros(y0.size - self.n_diff)],
            format="csc",
        )
        J = sparse.csc_matrix(J)
        z = np.empty(frequencies.size, dtype=complex)
        for k, freq in enumerate(frequencies):
            dy = spsolve((2j * np.pi * freq) * mass - J, B.ravel())
            z[k] = -((C @ dy).item() + D.item())
        return z


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
    frequencies = _check_frequencies(frequencies)
    inputs = dict(inputs or {})
    linear = LinearisedModel(model, parameter_values, state, var_pts, list(inputs))
    return linear(frequencies, inputs)


# ------------------------------------------------------------------ plots
def nyquist_plot(spectra, ax=None, area_cm2=None):
    """Nyquist plot of one or more spectra.

    ``spectra`` maps a label to ``(frequencies, Z)`` (or to a fitted circuit,
    :class:`~assb_models.fitting.circuit.CircuitFit`, whose curve is drawn as a
    line). With ``area_cm2`` the axes are in
    Ohm.cm2. Returns the axes.
    """
    import matplotlib.pyplot as plt

    ax = ax or plt.subplots()[1]
    scale = area_cm2 or 1.0
    for label, item in spectra.items():
        if hasattr(item, "circuit"):
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
    """Bode plot (modulus and phase of Z vs frequency) of
    ``{label: (frequencies, Z)}``."""
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
