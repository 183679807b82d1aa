"""Active material cut off from the SE network as the SE is consumed."""

import pybamm

from assb_models.submodels.solid_electrolyte.consumption import se_fraction_change

#: 3D percolation: the strength of the infinite cluster grows as (p - p_c)^beta
#: with beta = 0.41 in three dimensions (Stauffer & Aharony, Introduction to
#: Percolation Theory, 2nd ed., Taylor & Francis 1994, Table 2)
PERCOLATION_BETA_3D = 0.41
#: the SE fraction above the percolation threshold, max(eps_SE - eps_c, 0) [-]
EXCESS = "Positive electrode SE fraction above the percolation threshold"
#: PyBaMM's name of the Li held by active material taken out of the electrode
LOST_LITHIUM = (
    "Loss of lithium due to loss of active material in positive electrode [mol]"
)


class PercolationIsolation(pybamm.active_material.BaseModel):
    """AM that loses its last ionic path when the SE it relies on is consumed.

    An AM particle takes part in the reaction only while the SE around it belongs
    to the SE cluster that spans the electrode. Near the SE's percolation threshold
    :math:`\\varepsilon_c` the fraction of the SE (and so of the AM it reaches)
    in that cluster grows as :math:`(\\varepsilon_{SE} - \\varepsilon_c)^\\beta`
    (percolation theory; :math:`\\beta` = 0.41 in three dimensions, Stauffer &
    Aharony 1994). Taking the recipe's cell as fully connected, the AM still
    connected as the SE fraction :math:`\\varepsilon_{SE}` ("Positive electrode
    porosity", which SE consumption lowers) falls from :math:`\\varepsilon_{SE,0}`:

    .. math::
        \\varepsilon_{AM} = \\varepsilon_{AM,0}\\left(\\frac{\\max(\\varepsilon_{SE}
        - \\varepsilon_c, 0)}{\\varepsilon_{SE,0} - \\varepsilon_c}\\right)^\\beta,
        \\qquad
        \\frac{\\partial\\varepsilon_{AM}}{\\partial t} = \\beta\\,
        \\frac{\\varepsilon_{AM}}{\\varepsilon_{SE} - \\varepsilon_c}
        \\frac{\\partial\\varepsilon_{SE}}{\\partial t}

    :math:`\\varepsilon_c` "Positive electrode SE percolation threshold",
    :math:`\\beta` "Positive electrode connected active material percolation
    exponent". SE consumption only lowers :math:`\\varepsilon_{SE}`, so the loss is
    irreversible. PyBaMM's "Positive electrode active material volume fraction"
    becomes the connected one (reactive surface, capacity, and, a simplification,
    the AM's electronic path); the cut-off particles still obstruct the SE domain
    (the composite transport law reads the recipe's AM fraction). The particles
    cut off keep the Li they held when they were cut off:

    .. math::
        \\frac{dn_{iso}}{dt} = -A\\int_0^{L_p}\\bar c_s
        \\frac{\\partial\\varepsilon_{AM}}{\\partial t}\\,dx

    (:math:`\\bar c_s` the particles' mean concentration; PyBaMM's "Loss of lithium
    due to loss of active material in positive electrode [mol]", the form of Sulzer
    et al. 2021, eq. 37), which "Total lithium [mol]" counts. Delithiated at the top
    of a charge, cut-off particles keep their vacancies: the capacity the discharge
    cannot put back is irreversible, and the Li stays at the anode.

    The composite transport law (option "SE transport efficiency") gives how well
    the connected SE conducts; it does not vanish at :math:`\\varepsilon_c`, so the
    threshold is a value of its own, to be read beside that law's. Read as one
    picture (``composite_efficiency(..., eps_c)``), a threshold close enough to a
    cell's SE fraction to cut much AM off in one formation also sets its pristine
    conductivity: ``experiments/kim2024_percolation.py`` weighs Kim 2024's K4
    against its K2 and K10 that way.
    """

    def __init__(self, param, options):
        super().__init__(param, "positive", options, "primary")

    def get_coupled_variables(self, variables):
        p = self.param.assb.p
        eps_se = variables["Positive electrode porosity"]
        eps_se_0 = self.param.p.epsilon_init
        excess = pybamm.maximum(eps_se - p.phi_perc, 0)
        eps_am = (
            self.phase_param.epsilon_s
            * (excess / (eps_se_0 - p.phi_perc)) ** p.beta_perc
        )
        variables.update(self._get_standard_active_material_variables(eps_am))
        variables.update(
            {
                "Positive electrode connected active material fraction": (
                    eps_am / self.phase_param.epsilon_s
                ),
                EXCESS: excess,
            }
        )
        return variables


class IsolatedLithium(pybamm.active_material.BaseModel):
    """The rate of :class:`PercolationIsolation` and the Li the cut-off AM keeps.

    A submodel of its own because the rate needs the SE consumption rate, which
    needs the oxidation currents, which need the AM surface that
    :class:`PercolationIsolation` gives.
    """

    def __init__(self, param, options):
        super().__init__(param, "positive", options, "primary")

    def get_fundamental_variables(self):
        n_iso = pybamm.Variable(
            LOST_LITHIUM,
            # the Li the electrode could hold, for the solver's tolerances
            scale=self.param.p.L * self.param.A_cc * self.phase_param.c_max,
        )
        return {LOST_LITHIUM: n_iso}

    def get_coupled_variables(self, variables):
        deps_se = se_fraction_change(self.param, variables)
        eps_am = variables["Positive electrode active material volume fraction"]
        excess = variables[EXCESS]
        # zero once the AM is cut off (excess -> 0)
        growth = self.param.assb.p.beta_perc * eps_am / pybamm.maximum(excess, 1e-12)
        deps_am = growth * deps_se * (excess > 0)
        variables.update(self._get_standard_active_material_change_variables(deps_am))
        return variables

    def set_rhs(self, variables):
        n_iso = variables[LOST_LITHIUM]
        c_s = variables["R-averaged positive particle concentration [mol.m-3]"]
        deps = variables[
            "Positive electrode active material volume fraction change [s-1]"
        ]
        volume = self.param.p.L * self.param.A_cc
        self.rhs = {n_iso: -volume * pybamm.x_average(c_s * deps)}

    def set_initial_conditions(self, variables):
        self.initial_conditions = {variables[LOST_LITHIUM]: pybamm.Scalar(0)}
