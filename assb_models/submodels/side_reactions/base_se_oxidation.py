"""Shared pieces of the SE oxidation side reactions."""

import pybamm

from assb_models import citations


class BaseSideReaction(pybamm.BaseSubModel):
    """Base of the SE oxidation submodels at one interface of the cathode.

    ``interface`` ("carbon" or "active material") names the variables: the
    current density :math:`j_k` [A.m-2] per interface area, :math:`a_k j_k`
    [A.m-3] per electrode volume and its x-average, the current
    :math:`\\overline{a_k j_k}\\,L_p A` [A] and the charge passed [A.h].
    """

    interface = None

    def __init__(self, param, options=None):
        super().__init__(param, "positive", options=options)

    def _get_standard_reaction_variables(self, j, a_j, a_j_av=None, current=None):
        """Current density [A.m-2], volumetric current density [A.m-3] and its
        x-average, and the current [A] of the reaction."""
        if a_j_av is None:
            a_j_av = pybamm.x_average(a_j)
        if current is None:
            current = a_j_av * self.param.p.L * self.param.A_cc
        prefix = f"Positive electrode {self.interface} SE oxidation"
        return {
            f"{prefix} current density [A.m-2]": j,
            f"{prefix} volumetric current density [A.m-3]": a_j,
            f"X-averaged {prefix[0].lower() + prefix[1:]} volumetric current "
            "density [A.m-3]": a_j_av,
            f"{self.interface.capitalize()} SE oxidation current [A]": current,
        }

    def _get_standard_capacity_variables(self, Q):
        """The charge the reaction has passed [A.h]."""
        return {f"{self.interface.capitalize()} SE oxidation capacity [A.h]": Q}


class BaseSEOxidation(BaseSideReaction):
    """Irreversible anodic oxidation of the solid electrolyte at one interface.

    Subclasses give the current density per unit of their interface area
    (``_current_density``) and the interface area per electrode volume
    (``_area``). This base class turns them into the volumetric current that enters
    charge conservation, and integrates the charge the reaction consumed:

    .. math::
        a_k j_k \\; [A.m^{-3}], \\qquad
        Q_k = \\frac{A}{3600}\\int_0^t\\int_{L_p} a_k j_k\\,dx\\,dt \\; [A.h]

    with :math:`A` the electrode area. ``interface`` is the interface ("carbon" or
    "active material"); variables are named "Positive electrode {interface} SE oxidation
    ...".
    """

    def __init__(self, param, options=None):
        super().__init__(param, options=options)
        citations.register("Kim2024")

    def _tafel(self, variables, kinetics):
        """Tafel rate above an onset potential, with an Arrhenius factor [A.m-2].

        .. math::
            k \\exp\\left(\\frac{\\alpha F (\\Delta\\phi - U_{onset})}{RT}\\right)
            \\exp\\left(\\frac{E_a}{R}
            \\left(\\frac{1}{T_{ref}} - \\frac{1}{T}\\right)\\right)

        with :math:`\\Delta\\phi = \\phi_s - \\phi_e` [V] (the local electrode potential
        vs Li/Li+) and the parameters "{prefix} rate constant [A.m-2]", "{prefix}
        onset potential [V]", "{prefix} transfer coefficient", "{prefix} activation
        energy [J.mol-1]".
        """
        delta_phi = variables["Positive electrode surface potential difference [V]"]
        T = variables["Positive electrode temperature [K]"]
        k, U = kinetics.k, kinetics.U_onset
        alpha, E_a = kinetics.alpha, kinetics.E_a
        T_ref = self.param.assb.T_ref
        F_RT = self.param.F / (self.param.R * T)
        arrhenius = pybamm.exp(E_a / self.param.R * (1 / T_ref - 1 / T))
        return k * pybamm.exp(alpha * F_RT * (delta_phi - U)) * arrhenius

    def get_fundamental_variables(self):
        Q = pybamm.Variable(
            f"{self.interface.capitalize()} SE oxidation capacity [A.h]"
        )
        return self._get_standard_capacity_variables(Q)

    def get_coupled_variables(self, variables):
        j = self._current_density(variables)
        a = self._area(variables)
        variables.update(self._get_standard_reaction_variables(j, a * j))
        return variables

    def set_rhs(self, variables):
        Q = variables[f"{self.interface.capitalize()} SE oxidation capacity [A.h]"]
        I_ox = variables[f"{self.interface.capitalize()} SE oxidation current [A]"]
        self.rhs = {Q: I_ox / 3600}

    def set_initial_conditions(self, variables):
        Q = variables[f"{self.interface.capitalize()} SE oxidation capacity [A.h]"]
        self.initial_conditions = {Q: pybamm.Scalar(0)}
