"""Ionic conductivity of the solid electrolyte as a PyBaMM parameter function."""

import pybamm


def arrhenius_conductivity(c_e, T):
    """Arrhenius ionic conductivity of a single-ion solid electrolyte.

    .. math::
        \\kappa_{SE}(T) = \\kappa_{ref}
        \\exp\\left(\\frac{E_a}{R}\\left(\\frac{1}{T_{ref}} - \\frac{1}{T}\\right)\\right)

    with :math:`\\kappa_{ref}` "Solid electrolyte conductivity at reference
    temperature [S.m-1]", :math:`E_a` "Solid electrolyte conductivity activation
    energy [J.mol-1]" and :math:`T_{ref}` "Reference temperature [K]". The Li+
    concentration of a single-ion conductor is fixed by its crystal structure, so
    ``c_e`` [mol.m-3] does not enter. Use it as the value of PyBaMM's
    "Electrolyte conductivity [S.m-1]".

    Returns
    -------
    :class:`pybamm.Symbol`
        Conductivity [S.m-1].
    """
    kappa_ref = pybamm.Parameter(
        "Solid electrolyte conductivity at reference temperature [S.m-1]"
    )
    E_a = pybamm.Parameter("Solid electrolyte conductivity activation energy [J.mol-1]")
    T_ref = pybamm.Parameter("Reference temperature [K]")
    return kappa_ref * pybamm.exp(E_a / pybamm.constants.R * (1 / T_ref - 1 / T))
