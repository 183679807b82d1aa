"""Cycler data made by a model, for round-trip tests of fits and tutorials."""

import numpy as np
import pandas as pd
import pybamm

from assb_models.data.table import CURRENT, CYCLE, STEP, TIME, VOLTAGE, finish
from assb_models.models import SolidStateDFN

from .problem import SOLVER_TOLERANCES


def simulate_discharge(
    parameter_values,
    c_rate,
    noise_V=0.0,
    seed=0,
    model=None,
    var_pts=None,
    period_s=None,
    label=None,
):
    """A constant-current discharge to the set's lower cut-off, as CyclerData.

    The model is solved at the fit's tolerances
    (:data:`~assb_models.fitting.problem.SOLVER_TOLERANCES`), so that data made and
    fitted with the same model differ by the noise only.

    Parameters
    ----------
    parameter_values : pybamm.ParameterValues
        The "true" parameters.
    c_rate : float
        Discharge rate, in multiples of "Nominal cell capacity [A.h]" per hour.
    noise_V : float, optional
        Standard deviation of Gaussian noise added to the voltage [V].
    seed : int, optional
        Seed of the noise (``numpy.random.default_rng``).
    model : pybamm.BaseModel, optional
        Default :class:`assb_models.SolidStateDFN` (Li-In).
    var_pts : dict, optional
        Mesh of the simulation.
    period_s : float, optional
        Sampling period [s]; default 1/100 of the nominal discharge time.
    label : str, optional
        Name used as the data's source (default "synthetic <c_rate>C discharge").

    """
    model = model or SolidStateDFN()
    period = period_s or 36.0 / c_rate
    current = c_rate * parameter_values["Nominal cell capacity [A.h]"]
    experiment = pybamm.Experiment(
        [
            f"Discharge at {current:.10g} A until "
            f"{parameter_values['Lower voltage cut-off [V]']} V"
        ],
        period=f"{period} seconds",
    )
    sim = pybamm.Simulation(
        model,
        parameter_values=parameter_values,
        experiment=experiment,
        var_pts=var_pts,
        solver=pybamm.IDAKLUSolver(**SOLVER_TOLERANCES),
    )
    sol = sim.solve()
    t = sol["Time [s]"].entries
    v = sol["Voltage [V]"].entries + np.random.default_rng(seed).normal(
        0, noise_V, t.size
    )
    table = pd.DataFrame(
        {TIME: t, CURRENT: sol["Current [A]"].entries, VOLTAGE: v, CYCLE: 1, STEP: 1}
    )
    source = label or f"synthetic {c_rate:g}C discharge"
    notes = [f"simulated, {1e3 * noise_V:g} mV Gaussian noise (seed {seed})"]
    return finish(table, source, "synthetic", None, None, None, notes)
