"""SE oxidation on the active material, accelerated by intermediates from carbon."""

import pybamm

from .base_se_oxidation import BaseSEOxidation


class ActiveMaterialSEOxidation(BaseSEOxidation):
    """Oxidation of the SE on the contacted AM (NCM) surface.

    Per unit contacted AM area, a Tafel rate above its own onset, raised by the
    oxidised intermediates formed on carbon (lumped concentration :math:`c_I`, see
    :class:`CarbonSEOxidation`) and shut down by the CEI it builds over its own
    passivation length :math:`\\delta_{AM}`:

    .. math::
        j_{AM} = k_{AM} e^{\\alpha_{AM}F(\\Delta\\phi - U_{AM})/RT}
                 e^{\\frac{E_{AM}}{R}(\\frac{1}{T_{ref}} - \\frac{1}{T})}
                 \\left(1 + \\frac{c_I}{c_{I,ref}}\\right)
                 \\exp\\left(-\\frac{L_{CEI}}{\\delta_{AM}}\\right)

    The intermediates (sulfur, polysulfide and P-S-O species reaching the NCM)
    act as a redox mediator: they raise the rate (Kim 2024 sees more
    sulfate/phosphate on NCM with more carbon), but the layer that shuts the
    reaction is the CEI's own, so the NCM-side charge grows with carbon only
    logarithmically (a faster reaction reaches the same few :math:`\\delta_{AM}`
    sooner). With no carbon (:math:`c_I = 0`) the rate is the NCM's alone.
    The reactive area is :math:`a f_c` with :math:`a = 3\\varepsilon_{AM}/R` and
    :math:`f_c` the AM/SE contact fraction. Parameters: "Positive electrode SE
    oxidation rate constant [A.m-2]", "... onset potential [V]", "... transfer
    coefficient", "... activation energy [J.mol-1]", "SE oxidation intermediate
    reference concentration [mol.m-3]" (:math:`c_{I,ref}`), "CEI passivation
    thickness scale [m]" (:math:`\\delta_{AM}`).
    """

    interface = "active material"

    def _area(self, variables):
        a = variables["Positive electrode surface area to volume ratio [m-1]"]
        f_c = variables["Positive electrode interface utilisation"]
        return a * f_c

    def _current_density(self, variables):
        c_I = variables[
            "Positive electrode SE oxidation intermediate concentration [mol.m-3]"
        ]
        L = variables["Positive electrode CEI thickness [m]"]
        c_ref = self.param.assb.side.c_intermediate_ref
        delta = self.param.assb.side.delta_cei
        base = self._tafel(variables, self.param.assb.side.ox_am)
        return base * (1 + c_I / c_ref) * pybamm.exp(-L / delta)
