"""Total interfacial current including the SE oxidation side reactions."""

import pybamm

from .carbon_redox import VOLUMETRIC as REDOX

#: SE oxidation volumetric currents [A.m-3] that pass charge in the cathode
SIDE_REACTIONS = (
    "Positive electrode carbon SE oxidation volumetric current density [A.m-3]",
    (
        "Positive electrode active material SE oxidation volumetric current density "
        "[A.m-3]"
    ),
    "Positive electrode CEI growth SE oxidation volumetric current density [A.m-3]",
)


class TotalCurrentWithSEOxidation(pybamm.interface.TotalInterfacialCurrent):
    """PyBaMM's sum of interfacial currents, plus SE oxidation in the cathode.

    .. math::
        \\sum_k a_k j_k = a\\,j_{int} + a_C (j_C + j_r) + a f_c (j_{AM} + j_{CEI})

    (:math:`j_{CEI}`: the SE oxidised by the "reaction-limited" or
    "diffusion-limited" CEI growth laws; :math:`j_r`: the reversible SE redox on
    carbon, which passes charge but consumes no SE). The SE oxidation currents
    are anodic (positive): they supply electrons to the solid phase and Li+ to the
    SE exactly as delithiation does, so they enter both charge-conservation
    equations through this sum.
    """

    def __init__(self, param, options):
        super().__init__(param, "lithium-ion", options)

    def _get_coupled_variables_by_phase_and_domain(self, variables, domain, phase_name):
        variables = super()._get_coupled_variables_by_phase_and_domain(
            variables, domain, phase_name
        )
        if domain != "positive" or phase_name != "":
            return variables
        a_j = sum(variables[name] for name in SIDE_REACTIONS)
        # the reversible redox passes charge but consumes no SE
        a_j_all = a_j + variables[REDOX]
        for template in (
            "Sum of {}positive electrode electrolyte reaction source terms [A.m-3]",
            (
                "Sum of {}positive electrode volumetric interfacial current densities "
                "[A.m-3]"
            ),
        ):
            variables[template.format("")] = variables[template.format("")] + a_j_all
            x_av = template.format("x-averaged ")
            variables[x_av] = variables[x_av] + pybamm.x_average(a_j_all)
        variables[
            "Positive electrode SE oxidation volumetric current density [A.m-3]"
        ] = a_j
        return variables
