"""SE volume fraction consumed by oxidation: mean-field, or as shells first."""

import pybamm

from assb_models.submodels.averaged_states import of_state, positive_electrode_state

#: SE oxidation on carbon [A.m-3] (the carbon-side reaction)
CARBON = "Positive electrode carbon SE oxidation volumetric current density [A.m-3]"
#: SE oxidation on the active material [A.m-3] (the NCM-side reaction)
ACTIVE_MATERIAL = (
    "Positive electrode active material SE oxidation volumetric current density "
    "[A.m-3]",
    "Positive electrode CEI growth SE oxidation volumetric current density [A.m-3]",
)


def shell_split(eps, d_c, eps_0, shell_c, shell_am, chi):
    """Where consumed SE came from, and what it leaves for conduction.

    ``eps`` is the SE volume fraction left, ``d_c`` the part consumed on carbon,
    ``eps_0`` the initial SE fraction, ``shell_c`` and ``shell_am`` the shell
    capacities :math:`S_C`, :math:`S_{AM}` and ``chi`` the shell's backbone share
    (see :class:`SolidElectrolyteShellConsumption`). Numbers or PyBaMM symbols.

    Returns
    -------
    tuple
        SE consumed on AM, SE consumed from shells :math:`s`, conducting SE
        fraction :math:`\\varepsilon_{SE,0} - o` and shell conduction factor
        :math:`1 - \\chi s/\\varepsilon_{SE,0}`.
    """
    d_am = eps_0 - eps - d_c
    symbolic = any(
        isinstance(v, pybamm.Symbol) for v in (eps, d_c, eps_0, shell_c, shell_am)
    )
    smaller = pybamm.minimum if symbolic else min
    shell = smaller(d_c, shell_c) + smaller(d_am, shell_am)
    overflow = d_c + d_am - shell
    return d_am, shell, eps_0 - overflow, 1 - chi * shell / eps_0


def _volume_rate(param, a_j, n_e=None):
    """SE volume consumed per volume and time [s-1] by the current ``a_j``
    [A.m-3] of a reaction of ``n_e`` electrons per formula unit (default: the one
    on carbon)."""
    if n_e is None:
        n_e = param.assb.se.n_e_ox
    return param.assb.se.V_m * a_j / (n_e * param.F)


def se_fraction_change(param, variables):
    """Rate of change of the cathode's SE volume fraction [s-1] by its oxidation,
    on carbon and on the active material (the right-hand side of
    :class:`SolidElectrolyteConsumption`)."""
    a_j_am = sum(variables[name] for name in ACTIVE_MATERIAL)
    return -_volume_rate(param, variables[CARBON]) - _volume_rate(
        param, a_j_am, param.assb.side.n_e_ox_am
    )


class SolidElectrolyteConsumption(pybamm.porosity.BaseModel):
    """SE volume fraction in the cathode as a state that falls as the SE oxidises.

    .. math::
        \\frac{\\partial\\varepsilon_{SE}}{\\partial t} =
        -\\bar V_{SE}\\left(\\frac{a_C j_C}{n_e F}
        + \\frac{a f_c (j_{AM} + j_{CEI})}{n_{e,AM} F}\\right)

    with :math:`\\bar V_{SE}` "Solid electrolyte molar volume [m3.mol-1]",
    :math:`n_e` "Solid electrolyte oxidation electrons per formula unit" (the
    reaction on carbon, 5 for Li6PS5Cl -> LiCl + 1/2 P2S5 + 5/2 S + 5 Li+ + 5 e-)
    and :math:`n_{e,AM}` "Positive electrode SE oxidation electrons per formula
    unit" (the reaction on the active material, its own). In PyBaMM's naming
    :math:`\\varepsilon_{SE}` is "Positive electrode porosity". Mean-field: the SE
    consumed is taken evenly from all the SE, so the conducting SE fraction
    ("Positive electrode conducting SE volume fraction") is :math:`\\varepsilon_{SE}`
    itself and the SE transport efficiency falls with it. The separator's SE is not
    oxidised. The run stops with the event "Solid electrolyte consumed" if the SE
    fraction anywhere falls below 0.1 % of its initial value.
    """

    def __init__(self, param, options):
        super().__init__(param, options)

    def get_fundamental_variables(self):
        self._eps, eps_p = positive_electrode_state(
            "Positive electrode porosity", self.options, bounds=(0, 1)
        )
        eps_s = self.initial_se_fractions()[0]
        return self._get_standard_porosity_variables(
            {"separator": eps_s, "positive electrode": eps_p}
        )

    def initial_se_fractions(self):
        """SE volume fractions before oxidation: separator, composite cathode."""
        return self.param.s.epsilon_init, self.param.p.epsilon_init

    def get_coupled_variables(self, variables):
        eps = variables["Positive electrode porosity"]
        variables.update(
            {
                "Positive electrode conducting SE volume fraction": eps,
                "Positive electrode SE shell conduction factor": pybamm.ones_like(eps),
            }
        )
        return variables

    def set_rhs(self, variables):
        rate = se_fraction_change(self.param, variables)
        self.rhs = {self._eps: of_state(self._eps, rate)}

    def set_initial_conditions(self, variables):
        self.initial_conditions = {
            self._eps: of_state(self._eps, self.initial_se_fractions()[1])
        }

    def add_events_from(self, variables):
        eps = variables["Positive electrode porosity"]
        self.events.append(
            pybamm.Event(
                "Solid electrolyte consumed",
                pybamm.min(eps / self.initial_se_fractions()[1]) - 1e-3,
            )
        )


class SolidElectrolyteShellConsumption(SolidElectrolyteConsumption):
    """SE consumed first as shells on the surfaces it oxidises on, then mean-field.

    The SE is two populations: shells of thickness :math:`\\delta` ("Positive
    electrode SE shell thickness [m]") on the surfaces where it oxidises, the
    carbon/SE contact (:math:`a_C`) and the AM/SE contact (:math:`a f_c`), and the
    backbone that carries the ionic current between the NCM particles. The SE an
    oxidation consumes comes from the shell of its own surface,

    .. math::
        S_C = a_C\\,\\delta, \\qquad S_{AM} = a f_c\\,\\delta, \\qquad
        s = \\min(\\Delta_C, S_C) + \\min(\\Delta_{AM}, S_{AM})

    (:math:`\\Delta_C`, :math:`\\Delta_{AM}` the SE volume fractions consumed on
    carbon and on AM, both states), and what exceeds a shell comes from the backbone
    mean-field, :math:`o = \\Delta_C + \\Delta_{AM} - s`. A shell lines a surface, so
    its loss thins the conducting paths in parallel: it removes its share of the
    backbone cross-section, :math:`\\chi\\,s/\\varepsilon_{SE,0}` with
    :math:`\\chi \\le 1` "Positive electrode SE shell backbone share" (the part of
    the shell on current paths; 1 = the whole shell conducts in parallel with the
    backbone), and adds no tortuosity. Its products block the surface it covered
    (the product layer and CEI of the side reactions). For the transport law
    (:class:`~assb_models.submodels.solid_electrolyte.CompositeObstruction`):

    .. math::
        \\varepsilon_{SE,T} = \\varepsilon_{SE,0} - o, \\qquad
        f_{sh} = 1 - \\chi\\,\\frac{s}{\\varepsilon_{SE,0}}

    "Positive electrode conducting SE volume fraction" and "Positive electrode SE
    shell conduction factor". Mean-field consumption of the same volume lowers the
    Bruggeman factor :math:`(\\varepsilon_{SE}/(1-\\varepsilon_{AM}))^b` by
    :math:`b\\,s/\\varepsilon_{SE}` to first order (b = 1.5); the shell by at most
    its volume share :math:`s/\\varepsilon_{SE,0}`. "Positive electrode porosity"
    stays the total SE (every Li-bearing phase is counted from it).
    """

    def get_fundamental_variables(self):
        variables = super().get_fundamental_variables()
        self._d_c, d_c = positive_electrode_state(
            "Positive electrode SE consumed on carbon volume fraction",
            self.options,
            bounds=(0, 1),
        )
        variables["Positive electrode SE consumed on carbon volume fraction"] = d_c
        return variables

    def get_coupled_variables(self, variables):
        eps = variables["Positive electrode porosity"]
        d_c = variables["Positive electrode SE consumed on carbon volume fraction"]
        a_c = variables[
            "Positive electrode carbon-solid electrolyte contact area per unit "
            "volume [m-1]"
        ]
        a = variables["Positive electrode surface area to volume ratio [m-1]"]
        f_c = variables["Positive electrode interface utilisation"]
        eps_0 = self.initial_se_fractions()[1]
        delta = self.param.assb.p.delta_shell
        chi = self.param.assb.p.chi_shell
        d_am = eps_0 - eps - d_c
        shell = pybamm.minimum(d_c, a_c * delta) + pybamm.minimum(d_am, a * f_c * delta)
        overflow = d_c + d_am - shell
        variables.update(
            {
                "Positive electrode SE consumed on active material volume fraction": (
                    d_am
                ),
                "Positive electrode SE shell consumed volume fraction": shell,
                "Positive electrode conducting SE volume fraction": eps_0 - overflow,
                "Positive electrode SE shell conduction factor": 1
                - chi * shell / eps_0,
            }
        )
        return variables

    def set_rhs(self, variables):
        super().set_rhs(variables)
        rate = _volume_rate(self.param, variables[CARBON])
        self.rhs[self._d_c] = of_state(self._d_c, rate)

    def set_initial_conditions(self, variables):
        super().set_initial_conditions(variables)
        self.initial_conditions[self._d_c] = pybamm.Scalar(0)
