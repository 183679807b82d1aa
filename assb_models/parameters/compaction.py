"""Mass-conserving compaction: layer thicknesses and volume fractions vs pressure.

Cold pressing moves the solids of a layer closer together; it does not create or
destroy them. Each layer's solid masses per area :math:`m_k` [kg.m-2] are fixed
by its recipe, each solid has its true density :math:`\\rho_k` [kg.m-3], and
pressure sets only the void fraction :math:`\\varepsilon_v(P_d)` (the layer's
"<layer> void fraction vs pressure" law, at the densification pressure
:math:`P_d`, see :mod:`.laws`). The thickness follows:

.. math::
    h_k = \\frac{m_k}{\\rho_k}, \\qquad
    L(P_d) = \\frac{\\sum_k h_k}{1 - \\varepsilon_v(P_d)}, \\qquad
    \\varepsilon_k(P_d) = \\frac{h_k}{\\sum_j h_j}
    \\bigl(1 - \\varepsilon_v(P_d)\\bigr)

so :math:`\\sum_k \\varepsilon_k + \\varepsilon_v = 1` and
:math:`\\varepsilon_k L \\rho_k = m_k` at every pressure. Composite cathode: k =
active material, solid electrolyte, carbon, binder; separator: solid electrolyte.

A parameter set that carries the compaction law gives PyBaMM's structure
parameters ("Positive electrode thickness [m]", "... active material volume
fraction", "... porosity" (the SE fraction), "... carbon volume fraction", "...
binder volume fraction", "... void volume fraction", "Separator thickness [m]",
"Separator porosity") as the expressions of :func:`compacted_structure`, so every
model option sees the compacted cell. With "Stack pressure at assembly [Pa]" an
input parameter the thicknesses are symbolic; the pressure options of
:class:`~assb_models.SolidStateDFN` then mesh the layers with
:class:`~assb_models.submodels.pressure.structure.CompactedUniform1DSubMesh`.
"""

import numpy as np
import pybamm

from .assb_parameters import AssbParameters
from .laws import law

_param = AssbParameters()

#: composite phase -> (mass per area, density) parameter names
COMPOSITE_SOLIDS = {
    "active material": (
        "Positive electrode active material mass per area [kg.m-2]",
        "Positive electrode active material density [kg.m-3]",
    ),
    "solid electrolyte": (
        "Positive electrode solid electrolyte mass per area [kg.m-2]",
        "Solid electrolyte density [kg.m-3]",
    ),
    "carbon": (
        "Positive electrode carbon mass per area [kg.m-2]",
        "Positive electrode carbon density [kg.m-3]",
    ),
    "binder": (
        "Positive electrode binder mass per area [kg.m-2]",
        "Positive electrode binder density [kg.m-3]",
    ),
}
SEPARATOR_SOLID = (
    "Separator solid electrolyte mass per area [kg.m-2]",
    "Solid electrolyte density [kg.m-3]",
)

#: PyBaMM name of each composite volume fraction
COMPOSITE_FRACTION_NAMES = {
    "active material": "Positive electrode active material volume fraction",
    "solid electrolyte": "Positive electrode porosity",
    "carbon": "Positive electrode carbon volume fraction",
    "binder": "Positive electrode binder volume fraction",
    "void": "Positive electrode void volume fraction",
}
SEPARATOR_FRACTION_NAMES = {"solid electrolyte": "Separator porosity"}
THICKNESS_NAMES = {
    "positive electrode": "Positive electrode thickness [m]",
    "separator": "Separator thickness [m]",
}


def _dense_thickness(mass_name, density_name):
    return pybamm.Parameter(mass_name) / pybamm.Parameter(density_name)


def compacted_structure():
    """PyBaMM's structure parameters as expressions of the densification pressure.

    Returns {parameter name: expression}; a set that carries the compaction law
    uses them as its values of these parameters.
    """
    dense = {k: _dense_thickness(*names) for k, names in COMPOSITE_SOLIDS.items()}
    solid = sum(dense.values())
    void = law("Positive electrode void fraction vs pressure")
    structure = {
        THICKNESS_NAMES["positive electrode"]: solid / (1 - void),
        COMPOSITE_FRACTION_NAMES["void"]: void,
    }
    for phase, h in dense.items():
        structure[COMPOSITE_FRACTION_NAMES[phase]] = h / solid * (1 - void)
    void_s = law("Separator void fraction vs pressure")
    structure[THICKNESS_NAMES["separator"]] = _dense_thickness(*SEPARATOR_SOLID) / (
        1 - void_s
    )
    structure[SEPARATOR_FRACTION_NAMES["solid electrolyte"]] = 1 - void_s
    return structure


def pressure_structure(parameter_values, pressure):
    """Thicknesses and volume fractions of the cell at a stack pressure.

    The numbers the model uses: PyBaMM's structure parameters of
    ``parameter_values`` evaluated with "Stack pressure at assembly [Pa]" =
    ``pressure``
    (with the set's "Highest previous stack pressure [Pa]", plastic memory).

    Parameters
    ----------
    parameter_values : :class:`pybamm.ParameterValues`
    pressure : float or array of float
        Stack pressure [Pa].

    Returns
    -------
    dict
        "positive electrode thickness [m]", "separator thickness [m]",
        "positive electrode <phase> volume fraction" for phase in active material,
        solid electrolyte, carbon, void (and binder when the set has any), and
        "separator <phase> volume fraction" for solid electrolyte, void; floats,
        or arrays for an array of pressures.
    """
    p = np.atleast_1d(np.asarray(pressure, dtype=float))
    pv = parameter_values.copy()
    pv.update({_param.stack.P_0.name: pybamm.Vector(p)})

    def value(name):
        out = np.broadcast_to(
            np.ravel(pv.evaluate(pybamm.Parameter(name))), p.shape
        ).astype(float)
        return out if np.ndim(pressure) else float(out[0])

    out = {
        f"{domain} thickness [m]": value(name)
        for domain, name in THICKNESS_NAMES.items()
    }
    for phase, name in COMPOSITE_FRACTION_NAMES.items():
        if phase == "binder" and not np.any(value(name)):
            continue
        out[f"positive electrode {phase} volume fraction"] = value(name)
    eps_se = value(SEPARATOR_FRACTION_NAMES["solid electrolyte"])
    out["separator solid electrolyte volume fraction"] = eps_se
    out["separator void volume fraction"] = 1 - eps_se
    return out


def carries_compaction(values):
    """Whether a parameter set gives its structure by mass-conserving compaction."""
    masses = (SEPARATOR_SOLID[0], COMPOSITE_SOLIDS["active material"][0])
    return all(name in values for name in masses)
