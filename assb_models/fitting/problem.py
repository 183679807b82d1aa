"""What is fitted (parameters with bounds) and to what (measured voltage curves).

:class:`FitParameter` is one model parameter with bounds; the optimiser works on
``ln(value)`` so that parameters spanning decades (diffusivities, rate constants)
are scaled alike and stay positive. :class:`FitProblem` builds the model **once per
dataset** with the fitted parameters as PyBaMM input parameters ("[input]") and the
measured current replayed
(:func:`assb_models.simulation.protocol.replay_parameters`), then returns, for a
parameter vector, the voltage residuals and their Jacobian from the IDAKLU
solver's forward sensitivities (exact derivatives, no finite differences).
"""

import dataclasses
import difflib

import numpy as np
import pybamm

from assb_models.data.table import VOLTAGE
from assb_models.parameters.parameter_values import FRACTIONS
from assb_models.simulation import protocol
from assb_models.validation import InvalidInputError, require_positive

#: residual [V] given to every sample at a trial point where the solver fails; 1 V
#: is more than any fitted curve misses by, so such points are never accepted
FAILED_RESIDUAL_V = 1.0
#: IDAKLU tolerances of the fitted model: at its defaults (rtol 1e-4) the cost of a
#: C/2 discharge jumps by ~1 in log-likelihood between neighbouring parameter
#: values (adaptive steps at the knee), which makes profiles ragged and shifts their
#: 95 % bounds; at these the cost is smooth to ~0.01 (solves ~1.5x longer)
SOLVER_TOLERANCES = {"rtol": 1e-8, "atol": 1e-10}


def geometry_parameters(model):
    """Names of the parameters that set the model's geometry, hence its mesh."""
    names = set()
    for domain in model.default_geometry.values():
        for bounds in domain.values():
            for symbol in bounds.values():
                if isinstance(symbol, pybamm.Symbol):
                    names.update(
                        s.name
                        for s in symbol.pre_order()
                        if isinstance(s, pybamm.Parameter)
                    )
    return names


@dataclasses.dataclass
class FitParameter:
    """A model parameter to fit, with bounds [natural units].

    ``initial`` defaults to the value in the parameter set; ``bounds`` to
    (initial / 10, initial x 10), capped at 1 for fractions. All must be > 0
    (the fit runs on the logarithm).
    """

    name: str
    initial: float | None = None
    bounds: tuple | None = None

    def resolve(self, parameter_values, model):
        """Check the name against the set and the model; fill initial and bounds."""
        if self.name not in parameter_values.keys():
            close = difflib.get_close_matches(
                self.name, list(parameter_values.keys()), n=3
            )
            raise InvalidInputError(
                f"Parameter {self.name!r} is not in the parameter set; did you mean "
                f"{close}?"
            )
        if self.name in geometry_parameters(model):
            raise InvalidInputError(
                f"Parameter {self.name!r} sets the model geometry, so the mesh, and "
                "cannot "
                "be a PyBaMM input parameter (the model is built once per fit). Fit at "
                "fixed values of it (one fit per value) and compare the residuals, or "
                "fit a parameter that scales the same physics without moving the mesh"
            )
        value = parameter_values[self.name]
        if not isinstance(value, (int, float)):
            raise InvalidInputError(
                f"Parameter {self.name!r} is a function of the state in this set "
                f"({value!r}), not a number; fit the scalar parameter it is built from "
                "(e.g. 'Solid electrolyte conductivity at reference temperature "
                "[S.m-1]' for the Arrhenius conductivity)"
            )
        initial = float(value) if self.initial is None else float(self.initial)
        require_positive(f"initial value of {self.name!r}", initial)
        if self.bounds is None:
            upper = min(10 * initial, 1.0) if self.name in FRACTIONS else 10 * initial
            bounds = (initial / 10, upper)
        else:
            bounds = tuple(float(b) for b in self.bounds)
        for b in bounds:
            require_positive(f"bound of {self.name!r}", b)
        if not bounds[0] < bounds[1]:
            raise InvalidInputError(
                f"bounds of {self.name!r} = {bounds}: need lower < upper"
            )
        if not bounds[0] <= initial <= bounds[1]:
            raise InvalidInputError(
                f"initial value of {self.name!r} = {initial:g} is outside the allowed "
                f"range {list(bounds)} (its bounds)"
            )
        return dataclasses.replace(self, initial=initial, bounds=bounds)


class FitProblem:
    """Voltage residuals of one model against one or several measurements.

    Parameters
    ----------
    model : pybamm.BaseModel
        The model (not yet built; one copy is built per dataset).
    parameter_values : pybamm.ParameterValues
        Values of everything not fitted.
    datasets : list of assb_models.data.CyclerData
        Measurements fitted together (e.g. a 1C and a C/5 discharge).
    parameters : list of FitParameter
        Resolved parameters (see :meth:`FitParameter.resolve`).
    var_pts : dict, optional
        Mesh points (the model's default when None).
    areal : bool, optional
        Replay the current density (scaled to the model area) instead of the current.
    weights : list of float, optional
        Weight of each dataset's residuals (default 1: every sample counts alike).
    voltage_window : tuple of float, optional
        (lowest, highest) measured voltage [V] of the samples that enter the
        residuals (all samples when None). Use it to leave out the steep end of a
        discharge, where the knee's timing makes the residuals non-Gaussian and the
        linearised intervals too narrow; the model still runs through those samples.
    """

    def __init__(
        self,
        model,
        parameter_values,
        datasets,
        parameters,
        var_pts=None,
        areal=False,
        weights=None,
        voltage_window=None,
    ):
        self.parameters = parameters
        self.names = [p.name for p in parameters]
        self.datasets = list(datasets)
        self.weights = (
            np.ones(len(self.datasets)) if weights is None else np.asarray(weights)
        )
        if len(self.weights) != len(self.datasets):
            raise InvalidInputError(
                f"'weights' has {len(self.weights)} entries for {len(self.datasets)} "
                "datasets"
            )
        self._sims, self.times, self.voltages, self.masks = [], [], [], []
        low, high = voltage_window or (-np.inf, np.inf)
        for data in self.datasets:
            values = protocol.replay_parameters(parameter_values, data, areal)
            values.update({name: "[input]" for name in self.names})
            solver = pybamm.IDAKLUSolver(
                output_variables=["Voltage [V]"], **SOLVER_TOLERANCES
            )
            sim = pybamm.Simulation(
                model.new_copy(),
                parameter_values=values,
                var_pts=var_pts,
                solver=solver,
            )
            sim.build()
            t, keep = protocol.replay_times(data)
            self._sims.append(sim)
            self.times.append(t)
            self.voltages.append(data.table[VOLTAGE].to_numpy(dtype=float)[keep])
            self.masks.append((self.voltages[-1] >= low) & (self.voltages[-1] <= high))
            if self.masks[-1].sum() < len(parameters) + 1:
                raise InvalidInputError(
                    f"{data.source}: {int(self.masks[-1].sum())} samples inside "
                    f"'voltage_window' = {voltage_window}; need more than the "
                    f"{len(parameters)} fitted parameters"
                )
        self._cache = (None, None)
        self.failures = 0

    def inputs(self, x):
        """Natural parameter values from the log vector ``x``."""
        return dict(zip(self.names, np.exp(np.asarray(x, dtype=float)), strict=False))

    def simulate(self, x, sensitivities=False):
        """Model voltage on each dataset's sample times (and d V / d ln p).

        Where the model stops before the data ends (a cut-off event, or a voltage
        that is no longer finite because the particle surface left [0, c_max]),
        the last voltage is held and its sensitivity is zero.
        """
        inputs = self.inputs(x)
        out = []
        for sim, t in zip(self._sims, self.times, strict=False):
            try:
                sol = sim.solver.solve(
                    sim.built_model,
                    t_eval=[0, t[-1]],
                    t_interp=t,
                    inputs=inputs,
                    calculate_sensitivities=sensitivities,
                )
            except pybamm.SolverError as error:
                raise pybamm.SolverError(
                    f"the model could not be solved at {inputs}: {error}. Narrow the "
                    "bounds of the fitted parameters or start closer to a working value"
                ) from error
            voltage = sol["Voltage [V]"]
            entries = voltage.entries
            if sensitivities:
                sens = np.column_stack(
                    [np.ravel(voltage.sensitivities[n]) * inputs[n] for n in self.names]
                )
                entries = np.where(np.isfinite(sens).all(axis=1), entries, np.nan)
            # past a non-finite value (the surface concentration left [0, c_max]
            # before a cut-off stopped the model) the model has ended, as at an event
            bad = np.flatnonzero(~np.isfinite(entries))
            end = bad[0] if bad.size else entries.size
            if end < 2:
                raise pybamm.SolverError(
                    f"the model voltage is not finite from the start at {inputs}; "
                    "narrow the bounds of the fitted parameters"
                )
            v = np.interp(t, sol.t[:end], entries[:end])
            if not sensitivities:
                out.append((v, None))
                continue
            jac = np.column_stack(
                [np.interp(t, sol.t[:end], col[:end], right=0.0) for col in sens.T]
            )
            out.append((v, jac))
        return out

    def _evaluate(self, x):
        x = np.asarray(x, dtype=float)
        if self._cache[0] is None or not np.array_equal(self._cache[0], x):
            try:
                runs = self.simulate(x, sensitivities=True)
            except pybamm.SolverError:
                # a trial point the solver cannot handle: a flat penalty of
                # FAILED_RESIDUAL_V per sample, which the trust region steps back from
                self.failures += 1
                runs = [
                    (vd + FAILED_RESIDUAL_V, np.zeros((vd.size, len(self.names))))
                    for vd in self.voltages
                ]
            parts = zip(self.weights, runs, self.voltages, self.masks, strict=False)
            r = np.concatenate([w * (v - vd)[m] for w, (v, _), vd, m in parts])
            parts = zip(self.weights, runs, self.masks, strict=False)
            j = np.vstack([w * jac[m] for w, (_, jac), m in parts])
            self._cache = (x.copy(), (r, j))
        return self._cache[1]

    def residuals(self, x):
        """Weighted model - measured voltage [V], all datasets end to end."""
        return self._evaluate(x)[0]

    def jacobian(self, x):
        """d residuals / d ln(parameters), from the solver's sensitivities."""
        return self._evaluate(x)[1]
