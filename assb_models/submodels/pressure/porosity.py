"""SE volume fraction (PyBaMM's porosity) of a cell densified by stack pressure."""

import pybamm

from ..solid_electrolyte import SolidElectrolyteConsumption
from .laws import se_volume_fractions


class PressureDependentPorosity(pybamm.porosity.BaseModel):
    """SE volume fractions of separator and composite from the pressure laws.

    .. math::
        \\varepsilon_{SE,s} = 1 - \\varepsilon_{v,s}(P_d), \\qquad
        \\varepsilon_{SE,p} = \\varepsilon_{SE,p}(P_d)

    with :math:`\\varepsilon_{v,s}` "Separator void fraction vs pressure",
    :math:`\\varepsilon_{SE,p}` "Positive electrode solid electrolyte volume fraction
    vs pressure" and :math:`P_d` the densification pressure (highest pressure
    reached, see :mod:`~assb_models.submodels.pressure.laws`). In PyBaMM's naming the
    SE fraction is the "porosity", so the SE transport efficiency follows it.
    Constant in time.
    """

    def get_fundamental_variables(self):
        eps = _broadcast_se_fractions()
        zero = {
            domain: pybamm.FullBroadcast(0, domain, "current collector") for domain in eps
        }
        variables = self._get_standard_porosity_variables(eps)
        variables.update(self._get_standard_porosity_change_variables(zero))
        return variables


class PressureDependentSEConsumption(SolidElectrolyteConsumption):
    """SE consumption by oxidation, starting from the pressure-law SE fractions.

    As :class:`~assb_models.submodels.solid_electrolyte.SolidElectrolyteConsumption`,
    with the separator SE fraction and the composite's initial SE fraction given by
    the pressure laws (:class:`PressureDependentPorosity`) instead of the set's
    "Separator porosity" and "Positive electrode porosity".
    """

    def initial_se_fractions(self):
        eps = _broadcast_se_fractions()
        return eps["separator"], eps["positive electrode"]


def _broadcast_se_fractions():
    return {
        domain: pybamm.FullBroadcast(value, domain, "current collector")
        for domain, value in se_volume_fractions().items()
    }
