"""SE oxidation on the active material, accelerated by intermediates from carbon."""

import pybamm

from .base_se_oxidation import BaseSEOxidation


class ActiveMaterialSEOxidation(BaseSEOxidation):
    """Oxidation of the SE on the contacted AM (NCM) surface.

    Per unit contacted AM area, a Tafel rate above its own onset, shut down, as on
    carbon, by the CEI it builds, over a passivation length that the oxidised
    intermediates formed on carbon (lumped concentration :math:`c_I`, see
    :class:`CarbonSEOxidation`) stretch:

    .. math::
        j_{AM} = k_{AM} e^{\\alpha_{AM}F(\\Delta\\phi - U_{AM})/RT}
                 e^{\\frac{E_{AM}}{R}(\\frac{1}{T_{ref}} - \\frac{1}{T})}
                 \\exp\\left(-\\frac{L_{CEI}}{\\delta_{AM}(1 + c_I/c_{I,ref})}\\right)

    The intermediates (sulfur, polysulfide and P-S-O species reaching the NCM)
    keep the CEI that grows in their presence porous and electronically leaky, so
    it passivates only once it is thicker: since a self-limiting reaction's charge
    scales with its passivation length, the NCM-side oxidation grows with the
    carbon-side one, as Kim 2024 sees (XPS of sulfate/phosphate on NCM rising with
    carbon). With no carbon (:math:`c_I = 0`) the length is :math:`\\delta_{AM}`.
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
        return base * pybamm.exp(-L / (delta * (1 + c_I / c_ref)))
