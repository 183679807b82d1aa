"""Explicit (inverted) intercalation kinetics of the x-averaged particle."""

import pybamm

from ..side_reactions.total_current import SIDE_REACTIONS


class InverseFilmButlerVolmer(pybamm.kinetics.InverseButlerVolmer):
    """Inverted symmetric Butler-Volmer kinetics with a resistive film in series.

    The inverse of :class:`~assb_models.submodels.interface.FilmButlerVolmer`
    without double layers: the x-averaged current density :math:`\\bar j` [A.m-2]
    is known, so the reaction overpotential is explicit,

    .. math::
        \\eta_r = \\frac{2RT}{F}\\sinh^{-1}\\left(\\frac{\\bar j}{2 u j_0}\\right)
                 + E, \\qquad E = \\frac{R_f\\,\\bar j}{u}

    with :math:`u` the x-averaged AM/SE utilisation (contact fraction),
    :math:`R_f = R_{coat} + R_{CEI}` [Ohm.m2] ("Positive electrode coating
    resistance [Ohm.m2]" plus the x-averaged "Positive electrode CEI resistance
    [Ohm.m2]") and :math:`E` [V] the drop across the film.
    """

    def __init__(self, param, options):
        super().__init__(param, "positive", "lithium-ion main", options)

    def get_coupled_variables(self, variables):
        u = variables["X-averaged positive electrode interface utilisation"]
        R_coat = pybamm.Parameter("Positive electrode coating resistance [Ohm.m2]")
        self._R_f = R_coat + variables["X-averaged positive electrode CEI resistance [Ohm.m2]"]
        variables = super().get_coupled_variables(variables)
        j = variables["X-averaged positive electrode total interfacial current density [A.m-2]"]
        E = self._R_f * j / u
        variables.update(
            {
                "X-averaged positive electrode interfacial film resistance [Ohm.m2]": (
                    self._R_f
                ),
                "Positive electrode interfacial film resistance [Ohm.m2]": (
                    pybamm.PrimaryBroadcast(self._R_f, "positive electrode")
                ),
                "Positive electrode film overpotential [V]": pybamm.PrimaryBroadcast(
                    -E, "positive electrode"
                ),
                "X-averaged positive electrode film overpotential [V]": -E,
            }
        )
        return variables

    def _get_overpotential(self, j, j0, ne, T, u):
        return super()._get_overpotential(j, j0, ne, T, u) + self._R_f * j / u


class IntercalationCurrent(pybamm.kinetics.CurrentForInverseKinetics):
    """Intercalation current of the x-averaged particle: the total minus SE oxidation.

    .. math:: a\\,\\bar j = -\\frac{I}{L_p} - \\overline{a_C j_C + a f_c j_{AM}}

    The SE oxidation currents (see
    :class:`~assb_models.submodels.side_reactions.TotalCurrentWithSEOxidation`)
    carry part of the cell current without changing the AM's lithium content. As in
    PyBaMM's SPM, the overpotential is evaluated at the total current; the error is
    of the order of the side-reaction share of the current times the reaction
    resistance.
    """

    def __init__(self, param, options):
        super().__init__(param, "positive", "lithium-ion main", options)

    def get_coupled_variables(self, variables):
        j_tot = variables[
            "X-averaged positive electrode total interfacial current density [A.m-2]"
        ]
        a = variables["X-averaged positive electrode surface area to volume ratio [m-1]"]
        a_j_side = sum(
            variables[
                f"X-averaged positive electrode {name} SE oxidation volumetric current "
                "density [A.m-3]"
            ]
            for name in SIDE_REACTIONS
        )
        variables.update(self._get_standard_interfacial_current_variables(j_tot - a_j_side / a))
        variables.update(self._get_standard_volumetric_current_density_variables(variables))
        return variables
