"""Small-signal charge-transfer resistance and ionic conductivity of a modelled cell.

A tiny current step is applied to the model at rest, at the state its parameter
values describe. Without double layers ("surface form": "false") the model's
potentials answer the step at once, before any concentration changes, so the
fields at t = 0+ are the cell's DC small-signal (linear) response. From the model's
own fields at that instant:

- charge-transfer resistance of the composite electrode, the resistance of all the
  local interfaces in parallel,

  .. math::
      R_{ct} = \\left(A \\int_{cathode} \\frac{a\\,\\delta j}{\\delta\\eta_r}\\,dx
      \\right)^{-1} \\quad [\\Omega]

  with :math:`a\\,\\delta j` [A.m-3] the volumetric interfacial current and
  :math:`\\delta\\eta_r` [V] the reaction overpotential (what a transmission-line
  fit of an impedance spectrum calls :math:`R_{ct}`: the arc of the interfaces,
  whatever the distribution of the current);
- apparent ionic conductivity of the composite, the conductivity that dissipates
  the model's ionic power with the model's ionic current distribution,

  .. math::
      \\kappa_{app} = \\frac{\\int i_e^2\\,dx}{\\int i_e\\,(-\\partial_x\\phi_e)\\,dx}
      \\quad [S.m^{-1}]

  exact for a uniform effective conductivity, whatever the reaction distribution;
- the cell's DC small-signal resistance :math:`\\delta V/\\delta I` [Ohm].

Nothing is recomputed from parameters: contact fraction, real contact, tortuosity,
grain contacts, connected AM all act through the model that also cycles the cell.
(:mod:`assb_models.impedance.eis` computes full spectra; this helper is the DC limit,
cheap enough for pressure sweeps.)
"""

import numpy as np
import pybamm

from assb_models.validation import InvalidInputError


def small_signal_resistances(
    model, parameter_values, inputs=None, c_rate=1e-4, var_pts=None
):
    """DC small-signal response of ``model`` at the state of ``parameter_values``.

    Parameters
    ----------
    model : :class:`~assb_models.SolidStateDFN`
        Built with "surface form": "false" (the default).
    parameter_values : :class:`pybamm.ParameterValues`
        The cell at rest in the state to probe (its initial concentrations);
        "Current function [A]" is replaced by the step.
    inputs : dict, optional
        Input parameters, e.g. {"Stack pressure at assembly [Pa]": 6e6}.
    c_rate : float, optional
        Size of the current step as a C-rate of "Nominal cell capacity [A.h]"
        (default 1e-4: overpotentials of microvolts, the linear regime).
    var_pts : dict, optional
        Mesh points, as for :class:`pybamm.Simulation`.

    Returns
    -------
    dict
        "Charge-transfer resistance [Ohm]", "Area-specific charge-transfer
        resistance [Ohm.m2]", "Apparent ionic conductivity [S.m-1]" (composite
        cathode), "Small-signal resistance [Ohm]" (whole cell) and "Area-specific
        small-signal resistance [Ohm.m2]".
    """
    if model.options["surface form"] != "false":
        raise InvalidInputError(
            f"'surface form' = {model.options['surface form']!r} is outside the "
            "allowed values ['false']: the small-signal step reads the response "
            "before any double layer charges; use pybamm.EISSimulation for spectra"
        )
    if not 0 < c_rate <= 1e-2:
        raise InvalidInputError(
            f"'c_rate' = {c_rate!r} is outside the allowed range (0, 0.01]: the "
            "response must stay linear"
        )
    pv = parameter_values.copy()
    step = c_rate * pv["Nominal cell capacity [A.h]"]
    pv.update({"Current function [A]": "[input]"})
    sim = pybamm.Simulation(model, parameter_values=pv, var_pts=var_pts)
    inputs = dict(inputs or {})
    # charge direction (negative current); 1 ms: the t = 0+ fields are what count
    rest = sim.solve([0, 1e-3], inputs={**inputs, "Current function [A]": 0.0})
    sol = sim.solve([0, 1e-3], inputs={**inputs, "Current function [A]": -step})

    def first(name, solution=sol):
        return np.asarray(solution[name].entries)[..., 0]

    x = first("x_p [m]")
    submesh = sim.mesh["positive electrode"]
    widths = np.diff(submesh.edges)
    length = getattr(submesh, "length", None)
    if length is not None:
        # symbolic mesh (compacted thickness): edges on [0, 1], scaled when solved
        if isinstance(length, pybamm.Symbol):
            length = length.evaluate(inputs=inputs)
        widths = widths * float(length)
    area = pv["Electrode height [m]"] * pv["Electrode width [m]"]
    a_j = first("Positive electrode volumetric interfacial current density [A.m-3]")
    eta = first("Positive electrode reaction overpotential [V]")
    conductance = np.sum(a_j / eta * widths) * area  # S
    r_ct = 1 / conductance

    n_p = len(x)
    i_e = first("Electrolyte current density [A.m-2]")[-n_p:]
    phi_e = first("Electrolyte potential [V]")[-n_p:]
    # between neighbouring nodes: field from the potential difference; the current
    # is already on the edges between them (the last edge is the boundary)
    field = -np.diff(phi_e) / np.diff(x)
    i_mid = i_e[:-1]
    dx = np.diff(x)
    kappa = np.sum(i_mid**2 * dx) / np.sum(i_mid * field * dx)

    dv = first("Voltage [V]") - first("Voltage [V]", rest)
    r_cell = float(dv / step)
    return {
        "Charge-transfer resistance [Ohm]": float(r_ct),
        "Area-specific charge-transfer resistance [Ohm.m2]": float(r_ct * area),
        "Apparent ionic conductivity [S.m-1]": float(kappa),
        "Small-signal resistance [Ohm]": r_cell,
        "Area-specific small-signal resistance [Ohm.m2]": r_cell * area,
    }
