"""Butler-Volmer intercalation through a resistive interfacial film."""

import pybamm


class FilmButlerVolmer(pybamm.kinetics.SymmetricButlerVolmer):
    """Symmetric Butler-Volmer kinetics with an ionic film resistance in series.

    A coating (e.g. LiNbO3) and a grown interphase (CEI) between AM and SE carry
    the intercalation current of the contacted surface through a resistance
    :math:`R_f` [Ohm.m2]:

    .. math::
        j = 2 f_c j_0 \\sinh\\left(\\frac{F}{2RT}\\left(\\eta_r
            - \\frac{j}{f_c} R_f\\right)\\right), \\qquad
        R_f = R_{coat} + R_{CEI}

    where :math:`f_c` is the AM/SE contact fraction, :math:`\\eta_r` [V] the reaction
    overpotential and :math:`j` [A.m-2] the intercalation current density per AM
    surface. :math:`j` is an algebraic state solving this implicit equation (side
    reactions do not pass through the film, so PyBaMM's total-current state is not
    used). :math:`R_{coat}` is "Positive electrode coating resistance [Ohm.m2]" and
    :math:`R_{CEI}` the variable "Positive electrode CEI resistance [Ohm.m2]" of the
    interphase submodel (zero without CEI growth).
    """

    def get_fundamental_variables(self):
        j = pybamm.Variable(
            "Positive electrode intercalation current density variable [A.m-2]",
            domain="positive electrode",
            auxiliary_domains={"secondary": "current collector"},
            scale=self.param.I_typ / (self.param.p.L * 1e5),
        )
        return {"Positive electrode intercalation current density variable [A.m-2]": j}

    def get_coupled_variables(self, variables):
        self._j = variables[
            "Positive electrode intercalation current density variable [A.m-2]"
        ]
        f_c = variables["Positive electrode interface utilisation"]
        R_coat = pybamm.Parameter("Positive electrode coating resistance [Ohm.m2]")
        R_f = R_coat + variables["Positive electrode CEI resistance [Ohm.m2]"]
        # the film carries the current of the contacted surface, j / f_c
        self._eta_film = -self._j / f_c * R_f
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
        j_bv = super()._get_kinetics(j0, ne, eta_r + self._eta_film, T, u)
        self._residual = self._j - j_bv
        return self._j

    def set_algebraic(self, variables):
        self.algebraic = {self._j: self._residual / self.param.I_typ}

    def set_initial_conditions(self, variables):
        self.initial_conditions = {self._j: pybamm.Scalar(0)}
