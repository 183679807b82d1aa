"""The electrolyte of a symmetric Li cell with a polymer: a polymer layer, or
polymer films on both Li foils with the SE pellet between them."""

import pybamm

from assb_models.submodels.polymer import (
    NEGATIVE_INTERLAYER,
    POSITIVE_INTERLAYER,
    SYMMETRIC_LAYER,
    junction_variables,
)


class PolymerElectrolyte(pybamm.BaseSubModel):
    """A polymer layer between the two Li foils (Li|polymer|Li).

    .. math:: \\eta_e = \\phi_e(0) - \\phi_e(L)

    the ohmic and diffusion-potential drop of the layer
    (:class:`~assb_models.submodels.polymer.PolymerLayer`, domain "polymer
    electrolyte"); each Li face sees the salt concentration of the polymer there.
    """

    def get_coupled_variables(self, variables):
        name = SYMMETRIC_LAYER.name
        variables.update(
            {
                "Electrolyte potential difference [V]": variables[
                    f"{name} potential difference [V]"
                ],
                "Negative electrode electrolyte concentration [mol.m-3]": variables[
                    f"{name} left-face salt concentration [mol.m-3]"
                ],
                "Positive electrode electrolyte concentration [mol.m-3]": variables[
                    f"{name} right-face salt concentration [mol.m-3]"
                ],
            }
        )
        return variables


class PolymerInterlayers(pybamm.BaseSubModel):
    """Polymer films on both Li foils with the SE pellet between them
    (Li|polymer|SE|polymer|Li).

    .. math::
        \\eta_e = \\Delta\\phi_{PI,-} + i R_{SPEI} + \\eta_{SE} + i R_{SPEI}
            + \\Delta\\phi_{PI,+}

    the drops of the two films (each anion-blocking at the Li and at the SE),
    the polymer/sulfide interphase at each junction ("Polymer/sulfide
    interphase resistance [Ohm.m2]") and the SE pellet ("Separator ohmic
    overpotential [V]"). The Li+ flux is continuous through every junction;
    each junction reports its potential step change
    (:func:`~assb_models.submodels.polymer.junction_variables`).
    """

    def get_coupled_variables(self, variables):
        i = variables["Current density [A.m-2]"]
        T = variables["X-averaged cell temperature [K]"]
        R_spei = variables["Polymer/sulfide interphase resistance [Ohm.m2]"]
        neg, pos = NEGATIVE_INTERLAYER.name, POSITIVE_INTERLAYER.name
        eta = (
            variables[f"{neg} potential difference [V]"]
            + variables["Separator ohmic overpotential [V]"]
            + variables[f"{pos} potential difference [V]"]
            + 2 * i * R_spei
        )
        variables.update(
            {
                "Electrolyte potential difference [V]": eta,
                "Polymer/sulfide interphase overpotential [V]": 2 * i * R_spei,
                "Negative electrode electrolyte concentration [mol.m-3]": variables[
                    f"{neg} left-face salt concentration [mol.m-3]"
                ],
                "Positive electrode electrolyte concentration [mol.m-3]": variables[
                    f"{pos} right-face salt concentration [mol.m-3]"
                ],
            }
        )
        variables.update(
            junction_variables(
                self.param,
                variables[f"{neg} right-face salt concentration [mol.m-3]"],
                T,
                "Negative polymer/sulfide junction",
            )
        )
        variables.update(
            junction_variables(
                self.param,
                variables[f"{pos} left-face salt concentration [mol.m-3]"],
                T,
                "Positive polymer/sulfide junction",
            )
        )
        return variables
