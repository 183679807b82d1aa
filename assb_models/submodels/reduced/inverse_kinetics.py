"""Explicit (inverted) intercalation kinetics of the x-averaged particle."""

import pybamm

from assb_models.submodels.side_reactions.carbon_redox import X_AVERAGED as REDOX
from assb_models.submodels.side_reactions.total_current import SIDE_REACTIONS

SIDE_CURRENT = (
    "X-averaged positive electrode SE oxidation volumetric current density "
    "variable [A.m-3]"
)


def x_averaged_side_current(variables):
    """x-average of the SE oxidation currents (on carbon, on the AM, by CEI growth)
    and of the reversible SE redox on carbon,
    :math:`\\overline{a_C (j_C + j_r) + a f_c j_{AM} + a f_c j_{CEI}}` [A.m-3]."""
    irreversible = sum(
        variables["X-averaged " + name[0].lower() + name[1:]] for name in SIDE_REACTIONS
    )
    return irreversible + variables[REDOX]


class InverseIntercalationKinetics(pybamm.kinetics.InverseButlerVolmer):
    """Inverted symmetric Butler-Volmer kinetics, with film and side reactions.

    The inverse of :class:`~assb_models.submodels.interface.FilmButlerVolmer`
    without double layers. The x-averaged intercalation current density
    :math:`\\bar j` [A.m-2] is the total minus the SE oxidation,

    .. math::
        a\\bar j = -\\frac{I}{L_p} - z, \\qquad
        z = \\overline{a_C j_C + a f_c j_{AM}}\\;[A.m^{-3}],

    so the reaction overpotential is explicit in :math:`\\bar j`:

    .. math::
        \\eta_r = \\frac{2RT}{F}\\sinh^{-1}\\left(\\frac{\\bar j}{2 u j_0}\\right)
                 + E, \\qquad E = \\frac{R_f\\,\\bar j}{u}

    with :math:`u` the x-averaged AM/SE utilisation (contact fraction),
    :math:`R_f = R_{coat} + R_{CEI}` [Ohm.m2] ("Positive electrode coating
    resistance [Ohm.m2]" plus the x-averaged "Positive electrode CEI resistance
    [Ohm.m2]"; only with ``film``) and :math:`E` [V] the drop across the film. The
    SE oxidation currents depend on the potential this sets, so with
    ``side_reactions`` :math:`z` is a scalar algebraic state solved with them
    (PyBaMM's SPM instead evaluates the overpotential at the total current, which
    fails when the side reactions carry a large share of it, e.g. at the top of
    charge).
    """

    def __init__(self, param, options, film=False, side_reactions=False):
        super().__init__(param, "positive", "lithium-ion main", options)
        self.film = film
        self.side_reactions = side_reactions

    def get_fundamental_variables(self):
        if not self.side_reactions:
            return {}
        z = pybamm.Variable(
            SIDE_CURRENT,
            domain="current collector",
            scale=self.param.I_typ / self.param.p.L,
        )
        return {SIDE_CURRENT: z}

    def get_coupled_variables(self, variables):
        u = variables["X-averaged positive electrode interface utilisation"]
        a = variables[
            "X-averaged positive electrode surface area to volume ratio [m-1]"
        ]
        self._j_side = variables[SIDE_CURRENT] / a if self.side_reactions else 0
        self._R_f = 0
        if self.film:
            R_coat = self.param.assb.p.R_coat
            self._R_f = (
                R_coat
                + variables["X-averaged positive electrode CEI resistance [Ohm.m2]"]
            )
        variables = super().get_coupled_variables(variables)
        if self.film:
            j_tot = variables[
                "X-averaged positive electrode total interfacial current density "
                "[A.m-2]"
            ]
            E = self._R_f * (j_tot - self._j_side) / u
            variables.update(
                {
                    "X-averaged positive electrode interfacial film resistance "
                    "[Ohm.m2]": self._R_f,
                    "Positive electrode interfacial film resistance [Ohm.m2]": (
                        pybamm.PrimaryBroadcast(self._R_f, "positive electrode")
                    ),
                    "Positive electrode film overpotential [V]": (
                        pybamm.PrimaryBroadcast(-E, "positive electrode")
                    ),
                    "X-averaged positive electrode film overpotential [V]": -E,
                }
            )
        return variables

    def _get_overpotential(self, j, j0, ne, T, u):
        # j is the total current density; the reaction carries the rest
        j = j - self._j_side
        return super()._get_overpotential(j, j0, ne, T, u) + self._R_f * j / u

    def set_algebraic(self, variables):
        if self.side_reactions:
            z = variables[SIDE_CURRENT]
            self.algebraic = {
                z: (z - x_averaged_side_current(variables))
                * self.param.p.L
                / self.param.I_typ
            }

    def set_initial_conditions(self, variables):
        if self.side_reactions:
            self.initial_conditions = {variables[SIDE_CURRENT]: pybamm.Scalar(0)}


class IntercalationCurrent(pybamm.kinetics.CurrentForInverseKinetics):
    """Intercalation current of the x-averaged particle: the total minus SE oxidation.

    .. math:: a\\,\\bar j = -\\frac{I}{L_p} - z

    with :math:`z` the x-averaged SE oxidation current [A.m-3] (the algebraic state of
    :class:`InverseIntercalationKinetics` when the SE oxidises, else 0). The SE
    oxidation currents (see
    :class:`~assb_models.submodels.side_reactions.TotalCurrentWithSEOxidation`)
    carry part of the cell current without changing the AM's lithium content.
    """

    def __init__(self, param, options, side_reactions=False):
        super().__init__(param, "positive", "lithium-ion main", options)
        self.side_reactions = side_reactions

    def get_coupled_variables(self, variables):
        j_tot = variables[
            "X-averaged positive electrode total interfacial current density [A.m-2]"
        ]
        a = variables[
            "X-averaged positive electrode surface area to volume ratio [m-1]"
        ]
        z = variables[SIDE_CURRENT] if self.side_reactions else 0
        j = j_tot - z / a
        variables.update(self._get_standard_interfacial_current_variables(j))
        variables.update(
            self._get_standard_volumetric_current_density_variables(variables)
        )
        return variables
