"""SE oxidation on the carbon additive, self-limiting, producing intermediates."""

import pybamm

from assb_models.submodels.averaged_states import of_state, positive_electrode_state

from .base_se_oxidation import BaseSEOxidation

#: names of the states
THICKNESS = "Positive electrode carbon oxidation product thickness [m]"
INTERMEDIATE = "Positive electrode SE oxidation intermediate concentration [mol.m-3]"


class CarbonSEOxidation(BaseSEOxidation):
    """Oxidation of the SE where it touches carbon (Kim et al. 2024).

    Li6PS5Cl -> LiCl + 1/2 P2S5 + 5/2 S + 5 Li+ + 5 e- (the irreversible branch
    to S/P2Sx; Tan et al. 2019). Per unit carbon/SE contact area, a Tafel rate
    :math:`j_T` above an onset potential, slowed by its own product layer of
    thickness :math:`L_C` (which grows only where carbon touches SE):

    .. math::
        j_T = k_C e^{\\alpha_C F(\\Delta\\phi - U_C)/RT}
              e^{\\frac{E_C}{R}(\\frac{1}{T_{ref}} - \\frac{1}{T})},
        \\qquad
        \\frac{dL_C}{dt} = \\frac{\\bar V_C\\,j_C}{n_e F}

    - "self-limiting Tafel": electrons must tunnel through a dense insulating
      layer, so :math:`j_C = j_T e^{-L_C/\\delta_C}` and the reaction stops once
      :math:`L_C` is a few :math:`\\delta_C`;
    - "layer-limited Tafel": the products (S, P2S5, sulfates) sit inside the
      conducting carbon agglomerate and only slow the reaction as a resistance in
      series that grows with their thickness, :math:`j_C = j_T\\,\\delta_C /
      (\\delta_C + L_C)` (as diffusion-limited SEI growth, Pinson & Bazant, J.
      Electrochem. Soc. 160 (2013) A243): the layer grows as :math:`\\sqrt{t}`
      whenever the cathode is above the onset, so the SE keeps oxidising cycle
      after cycle, in proportion to the carbon/SE area.

    The oxidised intermediates it produces (sulfur/polysulfide-type species,
    lumped as a concentration :math:`c_I` per electrode volume) live for a time
    :math:`\\tau_I` and speed up the SE oxidation on the active material:

    .. math::
        \\frac{dc_I}{dt} = \\nu_I \\frac{a_C j_C}{n_e F} - \\frac{c_I}{\\tau_I}

    :math:`a_C` [m-1] is the carbon/SE contact area per volume
    (:class:`~assb_models.submodels.electrode.CompositeMicrostructure`: carbon
    amount x BET area x fraction touching SE, so carbon morphology enters here).
    Parameters: "Carbon SE oxidation rate constant [A.m-2]", "... onset potential
    [V]", "... transfer coefficient", "... activation energy [J.mol-1]",
    "Carbon oxidation product layer thickness scale [m]" (:math:`\\delta_C`),
    "Carbon oxidation product molar volume [m3.mol-1]" (:math:`\\bar V_C`, per
    formula unit of SE), "Solid electrolyte oxidation electrons per formula unit"
    (:math:`n_e`), "SE oxidation intermediate yield" (:math:`\\nu_I`, mol per mol
    SE), "SE oxidation intermediate lifetime [s]" (:math:`\\tau_I`).
    """

    interface = "carbon"

    def __init__(self, param, law="self-limiting Tafel", options=None):
        super().__init__(param, options=options)
        self.law = law

    def get_fundamental_variables(self):
        variables = super().get_fundamental_variables()
        delta = self.param.assb.side.delta_carbon
        self._L, L = positive_electrode_state(THICKNESS, self.options, scale=delta)
        self._c_I, c_I = positive_electrode_state(INTERMEDIATE, self.options)
        variables.update({THICKNESS: L, INTERMEDIATE: c_I})
        return variables

    def _area(self, variables):
        return variables[
            "Positive electrode carbon-solid electrolyte contact area per unit "
            "volume [m-1]"
        ]

    def _current_density(self, variables):
        L = variables[THICKNESS]
        delta = self.param.assb.side.delta_carbon
        j_t = self._tafel(variables, self.param.assb.side.ox_carbon)
        if self.law == "self-limiting Tafel":
            return j_t * pybamm.exp(-L / delta)
        return j_t * delta / (delta + L)

    def set_rhs(self, variables):
        super().set_rhs(variables)
        c_I = variables[INTERMEDIATE]
        j = variables["Positive electrode carbon SE oxidation current density [A.m-2]"]
        a_j = variables[
            "Positive electrode carbon SE oxidation volumetric current density [A.m-3]"
        ]
        n_e = self.param.assb.se.n_e_ox
        V_C = self.param.assb.side.V_carbon_product
        nu = self.param.assb.side.nu_intermediate
        tau = self.param.assb.side.tau_intermediate
        F = self.param.F
        # the layer grows only where there is a carbon/SE contact to grow on
        on_carbon = pybamm.sign(self._area(variables))
        self.rhs.update(
            {
                self._L: of_state(self._L, on_carbon * V_C * j / (n_e * F)),
                self._c_I: of_state(self._c_I, nu * a_j / (n_e * F) - c_I / tau),
            }
        )

    def set_initial_conditions(self, variables):
        super().set_initial_conditions(variables)
        self.initial_conditions.update(
            {self._L: pybamm.Scalar(0), self._c_I: pybamm.Scalar(0)}
        )
