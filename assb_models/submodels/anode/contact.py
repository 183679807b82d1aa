"""Contact between lithium metal and the solid electrolyte: voids and Li creep."""

from math import pi

import pybamm


class BaseContact(pybamm.BaseSubModel):
    """Fraction :math:`f` of a planar lithium electrode's area in contact.

    Charge transfer happens only on the contacted area, so the local current
    density at the Li side is :math:`j/f` (:math:`j` [A.m-2] per electrode area,
    positive for stripping). With ``utilisation=True`` (full cell) the fraction is
    also PyBaMM's "Lithium metal interface utilisation", through which it enters
    PyBaMM's Butler-Volmer kinetics of the Li-metal interface.
    """

    def __init__(self, param, domain, options=None, utilisation=False):
        super().__init__(param, domain, options=options)
        self.utilisation = utilisation

    def _standard_variables(self, f):
        Domain = self.domain.capitalize()
        variables = {
            f"{Domain} electrode lithium metal contact fraction": f,
            f"{Domain} electrode constriction resistance [Ohm.m2]": (
                self._constriction(f)
            ),
        }
        if self.utilisation:
            variables["Lithium metal interface utilisation"] = f
        return variables

    def _constriction(self, f):
        """Constriction resistance of the contact spots in the SE [Ohm.m2], with
        the SE conductivity at the ambient temperature
        (:func:`constriction_resistance`)."""
        c_e = self.param.c_e_init
        kappa = self.param.kappa_e(c_e, self.param.assb.T_amb)
        return constriction_resistance(f, kappa, self.param.assb.n.spot_spacing)

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        j = variables[
            f"{Domain} electrode lithium metal interfacial current density [A.m-2]"
        ]
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        f_se = variables[f"{Domain} electrode solid electrolyte contact fraction"]
        variables.update(
            {
                f"{Domain} electrode lithium metal local current density [A.m-2]": j
                / f,
                f"{Domain} electrode local current density at the solid electrolyte "
                "[A.m-2]": j / f_se,
            }
        )
        return variables


class FullContact(BaseContact):
    """Full contact, f = 1 (the default Li-metal interface): no constriction."""

    def _constriction(self, f):
        return pybamm.Scalar(0)

    def get_fundamental_variables(self):
        return self._standard_variables(pybamm.Scalar(1))


class ConstantContact(BaseContact):
    """A constant contact fraction, "Initial lithium metal contact fraction"."""

    def get_fundamental_variables(self):
        return self._standard_variables(self.param.assb.n.f_contact_init)


class CreepContact(BaseContact):
    """Voids opened by stripping and closed by lithium creep under stack pressure.

    Stripping recedes the Li at the contacts with the local velocity
    :math:`v_s = \\bar V_{Li}\\max(j, 0)/(F f)`. The stack pressure :math:`P`
    (the model variable "Stack pressure [Pa]") is carried by the contacts only, so
    the Li there is loaded by :math:`P/f` and creeps towards the SE with

    .. math::
        v_c(f) = \\ell_c\\,\\dot\\varepsilon(P/f), \\qquad
        \\dot\\varepsilon(\\sigma) = \\dot\\varepsilon_{ref}
        \\left(\\frac{\\sigma}{\\sigma_{ref}}\\right)^{n}
        \\exp\\left(-\\frac{Q}{R}\\left(\\frac{1}{T}-\\frac{1}{T_{ref}}\\right)
        \\right)

    (power-law creep of Li, Masias et al. 2019; LePage et al. 2019), and Li
    self-diffusion adds a flux down the stress gradient over the spot spacing
    (:func:`creep_supply_velocity`). Where stripping outruns this supply
    :math:`v = v_c + v_d`, voids grow and the contact shrinks; otherwise (at rest
    and while plating, which deposits Li at the contacts) the supply closes them:

    .. math::
        \\frac{df}{dt} = -\\frac{f\\,\\max(v_s - v, 0)
        - (1 - f)\\max(v - v_s, 0)}{h_v}

    with :math:`h_v` "Lithium metal void closure length [m]" (the height of the
    interface roughness: the Li recession that opens, or advance that closes,
    the whole contact). Because the creep stress :math:`P/f` rises as the contact
    shrinks, stripping at a current density :math:`i` above the creep-limited one
    at full contact, :math:`i_{c} = F v(1)/\\bar V_{Li}` (critical stripping
    current, Kasemchainan et al. 2019), settles at the contact
    :math:`f^* \\approx (i_c/i)^{1/(n-1)}`; at rest the voids close at the rate
    set by the creep law. The run stops with "Lithium metal contact lost" if f
    falls to 1e-3.
    """

    def __init__(self, param, domain, options=None, utilisation=False):
        super().__init__(param, domain, options, utilisation)
        for citation in (_MASIAS2019, _KASEMCHAINAN2019):
            pybamm.citations.register(citation)

    def get_fundamental_variables(self):
        f = pybamm.Variable(
            f"{self.domain.capitalize()} electrode lithium metal contact fraction",
            bounds=(0, 1),
        )
        return self._standard_variables(f)

    def _void_free(self, variables):
        """The state: the fraction of the face the voids leave in contact."""
        Domain = self.domain.capitalize()
        return variables[f"{Domain} electrode lithium metal contact fraction"]

    def get_coupled_variables(self, variables):
        variables = super().get_coupled_variables(variables)
        Domain = self.domain.capitalize()
        f = self._void_free(variables)
        p = self.param.assb.n
        v_full = creep_supply_velocity(self.param.assb, variables, 1)
        v = creep_supply_velocity(self.param.assb, variables, f)
        variables.update(
            {
                f"{Domain} electrode lithium metal contact stress [Pa]": variables[
                    "Stack pressure [Pa]"
                ]
                / f,
                f"{Domain} electrode lithium metal supply velocity [m.s-1]": v,
                "Lithium metal creep velocity [m.s-1]": v_full,
                "Lithium metal creep-limited stripping current density [A.m-2]": (
                    self.param.F * v_full / p.V_li
                ),
            }
        )
        return variables

    def set_rhs(self, variables):
        Domain = self.domain.capitalize()
        f = self._void_free(variables)
        j = variables[
            f"{Domain} electrode lithium metal interfacial current density [A.m-2]"
        ]
        v = variables[f"{Domain} electrode lithium metal supply velocity [m.s-1]"]
        V_li = self.param.assb.n.V_li
        h_v = self.param.assb.n.h_void
        v_s = V_li * pybamm.maximum(j, 0) / (self.param.F * f)
        excess = v_s - v
        self.rhs = {
            f: -(f * pybamm.maximum(excess, 0) + (1 - f) * pybamm.minimum(excess, 0))
            / h_v
        }

    def set_initial_conditions(self, variables):
        f = self._void_free(variables)
        self.initial_conditions = {f: self.param.assb.n.f_contact_init}

    def add_events_from(self, variables):
        f = self._void_free(variables)
        self.events.append(
            pybamm.Event(
                f"Lithium metal contact lost at the {self.domain} electrode", f - 1e-3
            )
        )


class CreepCrustContact(CreepContact):
    """Creep contact whose wetted part shrinks under a crust of reduction products.

    The voids follow the creep law of :class:`CreepContact`, now for the void-free
    fraction :math:`f_v` (the state, "... lithium metal void-free fraction"). The
    SE reduced since assembly (:math:`L - L_0` of interphase,
    :class:`~assb_models.submodels.anode.interphase.BaseInterphase`) grows as
    crystallites of Li2S, Li3P and LiCl of height :math:`h_c` placed at random on
    the Li-facing side of the interphase (the assembly layer :math:`L_0` was
    pressed smooth at the cell's 50 MPa). Li does not wet them and cannot creep
    around crystallites of tens of nm at MPa stresses (its flow stress rises as
    the size falls, Xu et al. 2017), so where they sit no Li+ crosses; random
    (Poisson) cover leaves the fraction

    .. math::
        w = \\exp\\left(-\\frac{\\max(L - L_0, 0)}{h_c}\\right), \\qquad
        f = f_v\\,w

    free ("... lithium metal wetted fraction"), and :math:`f` is the contact
    fraction that carries the current (local current :math:`j/f`, charge
    transfer, interphase and constriction over it). Creep does not heal
    :math:`w`: rest closes the voids (:math:`f_v \\to 1`) but not the crust. The
    crust carries the stack pressure like the wetted contact (the creep stress
    is :math:`P/f_v`) and holds no Li of its own beyond the interphase's (its
    Li is counted in "Lithium in ... interphase [mol]"). :math:`h_c` "Lithium
    metal non-wetted crystallite height [m]".
    """

    def get_fundamental_variables(self):
        f_v = pybamm.Variable(
            f"{self.domain.capitalize()} electrode lithium metal void-free fraction",
            bounds=(0, 1),
        )
        return {f_v.name: f_v}

    def _void_free(self, variables):
        Domain = self.domain.capitalize()
        return variables[f"{Domain} electrode lithium metal void-free fraction"]

    def get_coupled_variables(self, variables):
        Domain = self.domain.capitalize()
        p = self.param.assb.n
        L = variables[f"{Domain} electrode interphase thickness [m]"]
        w = pybamm.exp(-pybamm.maximum(L - p.L_sei_0, 0) / p.h_crust)
        variables[f"{Domain} electrode lithium metal wetted fraction"] = w
        variables.update(self._standard_variables(self._void_free(variables) * w))
        return super().get_coupled_variables(variables)


def creep_strain_rate(param, variables, stress=None):
    """Power-law creep strain rate of Li [s-1] at ``stress`` [Pa].

    .. math::
        \\dot\\varepsilon = \\dot\\varepsilon_{ref}\\left(\\frac{\\sigma}
        {\\sigma_{ref}}\\right)^{n}\\exp\\left(-\\frac{Q}{R}\\left(\\frac{1}{T}
        -\\frac{1}{T_{ref}}\\right)\\right)

    with :math:`\\sigma` the model variable "Stack pressure [Pa]" unless given
    (held by the fixture, or set by the stack in a fixed gap), "Lithium metal
    creep strain rate at reference stress [s-1]", "... creep reference stress
    [Pa]", "... creep stress exponent" and "... creep activation energy
    [J.mol-1]" (Masias et al. 2019).
    """
    T = variables["X-averaged cell temperature [K]"]
    sigma = variables["Stack pressure [Pa]"] if stress is None else stress
    rate = param.n.creep_rate_ref
    sigma_ref = param.n.creep_sigma_ref
    n = param.n.creep_n
    Q = param.n.creep_Q
    T_ref = param.T_ref
    arrhenius = pybamm.exp(-Q / pybamm.constants.R * (1 / T - 1 / T_ref))
    return rate * (sigma / sigma_ref) ** n * arrhenius


def creep_supply_velocity(param, variables, f):
    """Velocity [m.s-1] at which creep and self-diffusion bring Li to the contacts.

    .. math::
        v(f) = \\ell_c\\,\\dot\\varepsilon(P/f)
        + \\frac{D_{Li}\\bar V_{Li}}{RT}\\frac{P/f}{\\lambda}

    "Lithium metal creep length [m]" :math:`\\ell_c`, contact stress :math:`P/f`;
    the second term is the Li flux of self-diffusion down the chemical-potential
    gradient :math:`\\bar V_{Li}(P/f)/\\lambda` the contact stress sets over the
    spot spacing :math:`\\lambda` "Lithium metal contact spot spacing [m]"
    (diffusional creep), with "Lithium metal self-diffusivity [m2.s-1]"
    :math:`D_{Li}`.
    """
    P = variables["Stack pressure [Pa]"]
    T = variables["X-averaged cell temperature [K]"]
    creep = param.n.l_creep * creep_strain_rate(param, variables, P / f)
    R = pybamm.constants.R
    diffusion = param.n.D_self * param.n.V_li * P / (f * R * T * param.n.spot_spacing)
    return creep + diffusion


def constriction_resistance(f, kappa, spacing):
    """Constriction (spreading) resistance of contact spots [Ohm.m2].

    .. math::
        R_{sp} = \\frac{\\lambda\\,(1 - \\sqrt f)^{3/2}}
        {4\\kappa\\sqrt{f/\\pi}}

    for a square array of circular contact spots of spacing :math:`\\lambda`
    covering the fraction :math:`f` of a face, on a conductor of conductivity
    :math:`\\kappa` (Holm's constriction :math:`1/(4\\kappa a)` per spot of radius
    :math:`a = \\lambda\\sqrt{f/\\pi}` with the Cooper-Mikic-Yovanovich
    crowding factor :math:`(1-\\sqrt f)^{3/2}`); zero at full contact. Per
    electrode area, in series with the interface: :math:`\\eta_{sp} = j R_{sp}`.
    """
    crowding = pybamm.maximum(1 - pybamm.sqrt(f), 0) ** 1.5
    return spacing * crowding / (4 * kappa * pybamm.sqrt(f / pi))


_MASIAS2019 = """@article{Masias2019,
  title={Elastic, plastic, and creep mechanical properties of lithium metal},
  author={Masias, Alvaro and Felten, Nando and Garcia-Mendez, Regina and
          Wolfenstine, Jeff and Sakamoto, Jeff},
  journal={Journal of Materials Science},
  volume={54},
  pages={2585--2600},
  year={2019},
  doi={10.1007/s10853-018-2971-3}
}"""

_KASEMCHAINAN2019 = """@article{Kasemchainan2019,
  title={Critical stripping current leads to dendrite formation on plating in
         lithium anode solid electrolyte cells},
  author={Kasemchainan, Jitti and Zekoll, Stefanie and Spencer Jolly, Dominic and
          Ning, Ziyang and Hartley, Gareth O. and Marrow, James and Bruce, Peter G.},
  journal={Nature Materials},
  volume={18},
  pages={1105--1111},
  year={2019},
  doi={10.1038/s41563-019-0438-9}
}"""
