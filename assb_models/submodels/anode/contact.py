"""Contact between lithium metal and the solid electrolyte: voids and Li creep."""

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
        variables = {
            f"{self.domain.capitalize()} electrode lithium metal contact fraction": f
        }
        if self.utilisation:
            variables["Lithium metal interface utilisation"] = f
        return variables

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

    def add_events_from(self, variables):
        """Short circuit when the local plating current density at the SE is critical.

        Lithium filaments grow into the SE where the local plating current density
        :math:`\\max(-j, 0)/f_{SE}` exceeds the critical current density
        :math:`i_{crit}(P)` "Critical local current density [A.m-2]" (Kasemchainan
        et al. 2019), a function of the model's "Stack pressure [Pa]"; the run then
        ends with the event named below instead of continuing with a physically
        meaningless voltage.
        """
        Domain = self.domain.capitalize()
        i_loc = variables[
            f"{Domain} electrode local current density at the solid electrolyte [A.m-2]"
        ]
        i_crit = critical_current_density(self.param.assb, variables)
        self.events.append(
            pybamm.Event(
                f"Short circuit: local plating current density at the {self.domain} "
                "electrode reached the critical current density",
                (i_crit + i_loc) / i_crit,
            )
        )


class FullContact(BaseContact):
    """Full contact, f = 1 (the default Li-metal interface)."""

    def get_fundamental_variables(self):
        return self._standard_variables(pybamm.Scalar(1))


class ConstantContact(BaseContact):
    """A constant contact fraction, "Initial lithium metal contact fraction"."""

    def get_fundamental_variables(self):
        return self._standard_variables(self.param.assb.n.f_contact_init)


class CreepContact(BaseContact):
    """Voids opened by stripping and closed by lithium creep under stack pressure.

    Stripping recedes the Li at the contacts with the local velocity
    :math:`v_s = \\bar V_{Li}\\max(j, 0)/(F f)`; creep under the stack pressure
    :math:`P` (the model variable "Stack pressure [Pa]") pushes Li back towards
    the SE with the velocity

    .. math::
        v_c = \\ell_c\\,\\dot\\varepsilon_{ref}
        \\left(\\frac{P}{\\sigma_{ref}}\\right)^{n}
        \\exp\\left(-\\frac{Q}{R}\\left(\\frac{1}{T}-\\frac{1}{T_{ref}}\\right)\\right)

    (power-law creep of Li, Masias et al. 2019; LePage et al. 2019). Where stripping
    outruns creep, voids grow and the contact shrinks; otherwise creep (also at rest
    and during plating, which deposits Li at the contacts and does not refill voids)
    closes them:

    .. math::
        \\frac{df}{dt} = -\\frac{f\\,\\max(v_s - v_c, 0)
        - (1 - f)\\max(v_c - v_s, 0)}{h_v}

    with :math:`h_v` "Lithium metal void closure length [m]" (Li thickness that
    opens or closes the whole contact). Over a cycle with equal stripping and
    plating times the contact changes by :math:`(v_c - \\bar V_{Li} i/F)t/h_v`: it
    falls cycle by cycle once the current exceeds the creep-limited stripping
    current :math:`F v_c/\\bar V_{Li}` (critical stripping current, Kasemchainan
    et al. 2019). The run stops with "Lithium metal contact lost" if f falls to
    1e-3.
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

    def get_coupled_variables(self, variables):
        variables = super().get_coupled_variables(variables)
        l_c = self.param.assb.n.l_creep
        v_c = l_c * creep_strain_rate(self.param.assb, variables)
        V_li = self.param.assb.n.V_li
        variables.update(
            {
                "Lithium metal creep velocity [m.s-1]": v_c,
                "Lithium metal creep-limited stripping current density [A.m-2]": (
                    self.param.F * v_c / V_li
                ),
            }
        )
        return variables

    def set_rhs(self, variables):
        Domain = self.domain.capitalize()
        f = variables[f"{Domain} electrode lithium metal contact fraction"]
        j = variables[
            f"{Domain} electrode lithium metal interfacial current density [A.m-2]"
        ]
        v_c = variables["Lithium metal creep velocity [m.s-1]"]
        V_li = self.param.assb.n.V_li
        h_v = self.param.assb.n.h_void
        v_s = V_li * pybamm.maximum(j, 0) / (self.param.F * f)
        excess = v_s - v_c
        self.rhs = {
            f: -(f * pybamm.maximum(excess, 0) + (1 - f) * pybamm.minimum(excess, 0))
            / h_v
        }

    def set_initial_conditions(self, variables):
        f = variables[
            f"{self.domain.capitalize()} electrode lithium metal contact fraction"
        ]
        self.initial_conditions = {f: self.param.assb.n.f_contact_init}

    def add_events_from(self, variables):
        super().add_events_from(variables)
        f = variables[
            f"{self.domain.capitalize()} electrode lithium metal contact fraction"
        ]
        self.events.append(
            pybamm.Event(
                f"Lithium metal contact lost at the {self.domain} electrode", f - 1e-3
            )
        )


def creep_strain_rate(param, variables):
    """Power-law creep strain rate of Li at the model's stack pressure [s-1].

    .. math::
        \\dot\\varepsilon = \\dot\\varepsilon_{ref}\\left(\\frac{P}{\\sigma_{ref}}
        \\right)^{n}\\exp\\left(-\\frac{Q}{R}\\left(\\frac{1}{T}
        -\\frac{1}{T_{ref}}\\right)\\right)

    with :math:`P` the model variable "Stack pressure [Pa]" (held by the fixture,
    or set by the stack in a fixed gap), "Lithium metal creep strain rate at
    reference stress [s-1]", "... creep reference stress [Pa]", "... creep stress
    exponent" and "... creep activation energy [J.mol-1]" (Masias et al. 2019).
    """
    T = variables["X-averaged cell temperature [K]"]
    P = variables["Stack pressure [Pa]"]
    rate = param.n.creep_rate_ref
    sigma_ref = param.n.creep_sigma_ref
    n = param.n.creep_n
    Q = param.n.creep_Q
    T_ref = param.T_ref
    arrhenius = pybamm.exp(-Q / pybamm.constants.R * (1 / T - 1 / T_ref))
    return rate * (P / sigma_ref) ** n * arrhenius


def critical_current_density(param, variables):
    """Critical local plating current density at the model's stack pressure [A.m-2].

    "Critical local current density [A.m-2]" as a function of "Stack pressure
    [Pa]" (a number gives a pressure-independent one).
    """
    return param.n.i_crit(variables["Stack pressure [Pa]"])


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
