"""Butler-Volmer intercalation through a resistive interfacial film."""

import pybamm


class FilmButlerVolmer(pybamm.kinetics.SymmetricButlerVolmer):
    """Symmetric Butler-Volmer kinetics with an ionic film resistance in series.

    A coating (e.g. LiNbO3) or a grown interphase between AM and SE carries the
    current of the contacted surface through a resistance :math:`R_f` [Ohm.m2]:

    .. math::
        j = 2 f_c j_0 \\sinh\\left(\\frac{F}{2RT}\\left(\\eta_r
            - \\frac{j}{f_c} R_f\\right)\\right)

    where :math:`f_c` is the AM/SE contact fraction, :math:`\\eta_r` [V] the reaction
    overpotential and :math:`j` [A.m-2] the interfacial current density per AM
    surface. The implicit equation is closed with PyBaMM's "total interfacial
    current density as a state" variable. :math:`R_f` is the variable
    "Positive electrode interfacial film resistance [Ohm.m2]", here "Positive
    electrode coating resistance [Ohm.m2]"; interphase-growth submodels add to it.
    """

    def get_coupled_variables(self, variables):
        j_tot = variables[
            "Total positive electrode interfacial current density variable [A.m-2]"
        ]
        f_c = variables["Positive electrode interface utilisation"]
        R_f = pybamm.Parameter("Positive electrode coating resistance [Ohm.m2]")
        # the film carries the current of the contacted surface, j / f_c
        self._eta_film = -j_tot / f_c * R_f
        variables = super().get_coupled_variables(variables)
        variables.update(
            {
                "Positive electrode interfacial film resistance [Ohm.m2]": R_f,
                "Positive electrode film overpotential [V]": self._eta_film,
                "X-averaged positive electrode film overpotential [V]": (
                    pybamm.x_average(self._eta_film)
                ),
            }
        )
        return variables

    def _get_kinetics(self, j0, ne, eta_r, T, u):
        return super()._get_kinetics(j0, ne, eta_r + self._eta_film, T, u)
