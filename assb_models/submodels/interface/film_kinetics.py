"""Butler-Volmer intercalation through a resistive (and capacitive) interfacial film."""

import pybamm


class FilmButlerVolmer(pybamm.kinetics.SymmetricButlerVolmer):
    """Symmetric Butler-Volmer kinetics with an interfacial film in series.

    A coating (e.g. LiNbO3) and a grown interphase (CEI) between AM and SE carry
    the intercalation current of the contacted surface through a resistance
    :math:`R_f = R_{coat} + R_{CEI}` [Ohm.m2]. With :math:`E` [V] the potential drop
    across the film,

    .. math::
        j = 2 f_c j_0 \\sinh\\left(\\frac{F}{2RT}(\\eta_r - E)\\right)

    where :math:`f_c` is the AM/SE contact fraction, :math:`\\eta_r` [V] the reaction
    overpotential and :math:`j` [A.m-2] the intercalation current density per AM
    surface.

    - Without double layers ("surface form" "false" or "algebraic") the film is a
      resistor, :math:`E = R_f\\,j/f_c`, and :math:`j` is an algebraic state solving
      the implicit equation.
    - With "surface form" "differential" the film is a resistor in parallel with
      its capacitance :math:`C_f` ("Positive electrode film capacitance [F.m-2]",
      per contacted area), so a grown interphase shows in impedance as its own arc:

      .. math:: C_f\\frac{dE}{dt} = \\frac{j}{f_c} - \\frac{E}{R_f}

    :math:`R_{coat}` is "Positive electrode coating resistance [Ohm.m2]" and
    :math:`R_{CEI}` the variable "Positive electrode CEI resistance [Ohm.m2]" of the
    interphase submodel (zero without CEI growth). Side reactions do not pass
    through the film.
    """

    def __init__(self, param, domain, reaction, options, phase="primary"):
        super().__init__(param, domain, reaction, options, phase)
        self.capacitive = self.options["surface form"] == "differential"

    def get_fundamental_variables(self):
        if self.capacitive:
            name = "Positive electrode film overpotential variable [V]"
            scale = 1e-2
        else:
            name = "Positive electrode intercalation current density variable [A.m-2]"
            scale = self.param.I_typ / (self.param.p.L * 1e5)
        var = pybamm.Variable(
            name,
            domain="positive electrode",
            auxiliary_domains={"secondary": "current collector"},
            scale=scale,
        )
        return {name: var}

    def get_coupled_variables(self, variables):
        self._f_c = variables["Positive electrode interface utilisation"]
        R_coat = self.param.assb.p.R_coat
        self._R_f = R_coat + variables["Positive electrode CEI resistance [Ohm.m2]"]
        if self.capacitive:
            self._E = variables["Positive electrode film overpotential variable [V]"]
        else:
            self._j = variables[
                "Positive electrode intercalation current density variable [A.m-2]"
            ]
            # the film carries the current of the contacted surface, j / f_c
            self._E = self._j / self._f_c * self._R_f
        variables = super().get_coupled_variables(variables)
        variables.update(
            {
                "Positive electrode interfacial film resistance [Ohm.m2]": self._R_f,
                "Positive electrode film overpotential [V]": -self._E,
                "X-averaged positive electrode film overpotential [V]": (
                    -pybamm.x_average(self._E)
                ),
            }
        )
        return variables

    def _get_kinetics(self, j0, ne, eta_r, T, u):
        j_bv = super()._get_kinetics(j0, ne, eta_r - self._E, T, u)
        if self.capacitive:
            self._j_bv = j_bv
            return j_bv
        self._residual = self._j - j_bv
        return self._j

    def set_rhs(self, variables):
        if self.capacitive:
            C_f = self.param.assb.p.C_film
            self.rhs = {self._E: (self._j_bv / self._f_c - self._E / self._R_f) / C_f}

    def set_algebraic(self, variables):
        if not self.capacitive:
            self.algebraic = {self._j: self._residual / self.param.I_typ}

    def set_initial_conditions(self, variables):
        var = self._E if self.capacitive else self._j
        self.initial_conditions = {var: pybamm.Scalar(0)}
