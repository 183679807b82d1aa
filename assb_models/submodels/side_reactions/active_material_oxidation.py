"""SE oxidation on the active material, accelerated by intermediates from carbon."""

import pybamm

from .base_se_oxidation import BaseSEOxidation


class ActiveMaterialSEOxidation(BaseSEOxidation):
    """Oxidation of the SE on the contacted AM (NCM) surface.

    Per unit contacted AM area, a Tafel rate above its own onset, accelerated by
    the oxidised intermediates formed on carbon (lumped concentration :math:`c_I`,
    see :class:`CarbonSEOxidation`) and shut down, as on carbon, by the CEI it
    builds:

    .. math::
        j_{AM} = k_{AM} e^{\\alpha_{AM}F(\\Delta\\phi - U_{AM})/RT}
                 e^{\\frac{E_{AM}}{R}(\\frac{1}{T_{ref}} - \\frac{1}{T})}
                 (1 + c_I/c_{I,ref})\\,e^{-L_{CEI}/\\delta_{AM}}

    With no carbon (:math:`c_I = 0`) it runs at its base rate. The reactive area is
    :math:`a f_c` with :math:`a = 3\\varepsilon_{AM}/R` and :math:`f_c` the AM/SE
    contact fraction. Parameters: "Positive electrode SE oxidation rate constant
    [A.m-2]", "... onset potential [V]", "... transfer coefficient", "...
    activation energy [J.mol-1]", "SE oxidation intermediate reference
    concentration [mol.m-3]" (:math:`c_{I,ref}`), "CEI passivation thickness scale
    [m]" (:math:`\\delta_{AM}`).
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
        c_ref = pybamm.Parameter("SE oxidation intermediate reference concentration [mol.m-3]")
        delta = pybamm.Parameter("CEI passivation thickness scale [m]")
        base = self._tafel(variables, "Positive electrode SE oxidation")
        return base * (1 + c_I / c_ref) * pybamm.exp(-L / delta)
