"""The polymer/sulfide junction: its interphase (SPEI) and its potential step."""

import pybamm


class ConstantPolymerSulfideInterphase(pybamm.BaseSubModel):
    """A constant polymer/sulfide interphase (SPEI) resistance.

    .. math:: R_{SPEI} = R_{SPEI,0}

    with :math:`R_{SPEI,0}` "Polymer/sulfide interphase initial resistance
    [Ohm.m2]", in series with the layers at every polymer/sulfide junction of
    the cell (the current density :math:`i` drops :math:`i R_{SPEI}` across it).
    A growth law replaces this submodel (model key "polymer/sulfide
    interphase") and sets the same variable.
    """

    def get_fundamental_variables(self):
        R_0 = self.param.assb.pe.R_spei_0
        return {"Polymer/sulfide interphase resistance [Ohm.m2]": R_0}


def junction_variables(param, c_junction, T, name):
    """Potential step at a polymer/sulfide junction where the polymer holds the
    salt concentration ``c_junction`` [mol.m-3].

    Li+ crosses the junction in equilibrium (its electrochemical potential is
    continuous; only the SPEI adds an ohmic drop), so the electric (Galvani)
    potential steps by

    .. math::
        \\Phi_{sulfide} - \\Phi_{polymer} = \\frac{\\mu_{Li^+}^{polymer}(c_J)
        - \\mu_{Li^+}^{sulfide}}{F} = \\text{const} + \\frac{RT}{F}\\ln a_+(c_J)

    which falls as the salt at the junction is depleted (the Li+ activity of
    the sulfide is fixed by its lattice). In the Li-referenced potentials of the
    models (PyBaMM's :math:`\\phi_e`, the potential of a Li reference electrode
    in the local electrolyte) the step is absorbed: :math:`\\phi_e` is
    continuous and the depletion enters through the diffusion potential of the
    polymer layer. Reported is the change of the step from assembly with the
    ideal-solution activity, :math:`(RT/F)\\ln(c_J/c_0)` [V], as "<name>
    potential step change [V]".
    """
    c0 = param.assb.pe.c_init
    c_reg = pybamm.maximum(c_junction, pybamm.settings.tolerances["chi__c_e"])
    return {
        f"{name} salt concentration [mol.m-3]": c_junction,
        f"{name} potential step change [V]": param.R
        * T
        / param.F
        * pybamm.log(c_reg / c0),
    }
