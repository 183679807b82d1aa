"""Dense silicon film anode: Li diffusion across the film, planar SE/Si interface.

A 99.9 wt% micro-Si electrode holds no SE (Tan et al. 2021): the Li enters and
leaves through the planar SE/Si contact, the lithiated Si carries it across the
film, the film swells with its Li content and the SE is reduced only on the planar
contact. The submodels here replace the Li-metal inventory, OCP and kinetics of
PyBaMM's planar counter electrode; the SE/Si interphase is the SE reduction of
:mod:`~assb_models.submodels.anode.interphase` with the silicon's potential.
"""

import pybamm

from .contact import FullContact
from .interface_potential import AnodeSurfaceFormWithFilms
from .interphase import INTERPHASE_LAWS

#: the mesh domain of the film and its Lagrangian (Si host) coordinate
FILM_DOMAIN = "negative silicon film"
FILM_COORDINATE = "x_Si"


def film_coordinate():
    """The Si-host coordinate :math:`X` [m], 0 at the current collector."""
    return pybamm.SpatialVariable(
        FILM_COORDINATE, domain=[FILM_DOMAIN], coord_sys="cartesian"
    )


def silicon_parameters(param):
    """The film's parameters: host thickness, Li capacity, molar volume, start."""
    return {
        "L": param.n.L,
        "c_max": param.n.c_max_si,
        "Omega": param.n.Omega_si,
        "x_0": param.n.x_0_si,
    }


class SiliconFilm(pybamm.BaseSubModel):
    """Li in a dense Si film: Fick's law across its thickness, host coordinates.

    The film is a slab between the current collector (:math:`X = 0`) and the SE
    (:math:`X = L`), :math:`X` the coordinate of the Si host and :math:`L`
    "Negative electrode thickness [m]" the thickness of the Li-free Si. The Li
    concentration :math:`c` [mol.m-3] is per host volume, so the mesh is fixed
    while the film swells. The laterally clamped film swells in its thickness
    only, by the partial molar volume :math:`\\Omega` of Li in Si, so a host slab
    :math:`dX` is :math:`\\lambda\\,dX` thick with :math:`\\lambda = 1 + \\Omega c`.
    Fick's law in the swollen film, :math:`N = -D\\,\\partial\\hat c/\\partial x`
    with :math:`\\hat c = c/\\lambda` and :math:`dx = \\lambda\\,dX`, reads in host
    coordinates

    .. math::
        \\frac{\\partial c}{\\partial t} = -\\frac{\\partial N}{\\partial X},
        \\qquad N = -\\frac{D}{\\lambda^3}\\frac{\\partial c}{\\partial X}
        = -D\\frac{\\partial g}{\\partial X},
        \\qquad N(0) = 0, \\qquad N(L) = -\\frac{i + j_{red}}{F}

    with :math:`D` "Silicon lithium diffusivity [m2.s-1]" (a constant),
    :math:`g = \\int_0^c dc'/\\lambda^3 = (1 - \\lambda^{-2})/(2\\Omega)` the
    Kirchhoff transform (the flux is linear in :math:`g`, so the finite volumes
    pass exactly the boundary flux and the Li balance closes to round-off),
    :math:`i` the current density (positive on discharge, when Li leaves the Si;
    with "surface form" "differential" its faradaic part, PyBaMM's plating plus
    interphase currents, since the rest charges the double layer) and
    :math:`j_{red}` the SE reduction current density of the interphase: each
    electron of the reduction comes with one Li from the Si (as in
    :class:`~assb_models.submodels.anode.interphase.BaseInterphase`). The Li held
    and the thickness are

    .. math::
        n_{Li} = A\\int_0^L c\\,dX, \\qquad
        L_{Si} = \\int_0^L \\lambda\\,dX = L + \\Omega\\frac{n_{Li}}{A}, \\qquad
        \\Delta L_{Si} = \\Omega\\frac{n_{Li} - n_{Li,0}}{A}

    ("Lithium in silicon [mol]", "Negative electrode thickness change [m]" from
    the start, with :math:`c_{max}` "Silicon maximum lithium concentration
    [mol.m-3]", :math:`\\Omega` "Silicon lithium partial molar volume
    [m3.mol-1]", :math:`x_0` "Silicon initial stoichiometry", uniform). The run
    stops when the surface stoichiometry reaches 0 or 1.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "negative", options=options)
        self.p = silicon_parameters(self.param.assb)

    def get_fundamental_variables(self):
        c = pybamm.Variable(
            "Silicon lithium concentration [mol.m-3]",
            domain=FILM_DOMAIN,
            auxiliary_domains={"secondary": "current collector"},
            scale=self.p["c_max"],
        )
        return self._standard_variables(c)

    def _standard_variables(self, c):
        p = self.p
        A = self.param.A_cc
        n_li = pybamm.Integral(c, film_coordinate())
        n_li_0 = p["x_0"] * p["c_max"] * p["L"]
        c_surf = pybamm.boundary_value(c, "right")
        return {
            "Silicon lithium concentration [mol.m-3]": c,
            "Silicon stoichiometry": c / p["c_max"],
            "Silicon surface lithium concentration [mol.m-3]": c_surf,
            "Silicon surface stoichiometry": c_surf / p["c_max"],
            "Silicon average stoichiometry": n_li / (p["c_max"] * p["L"]),
            "Silicon lithium content [mol.m-2]": n_li,
            "Lithium in silicon [mol]": n_li * A,
            "Silicon film thickness [m]": p["L"] + p["Omega"] * n_li,
            "Negative electrode thickness change [m]": p["Omega"] * (n_li - n_li_0),
        }

    def _kirchhoff(self, c):
        """:math:`g(c) = \\int_0^c dc'/\\lambda^3 = (1 - \\lambda^{-2})/(2\\Omega)`."""
        omega = self.p["Omega"]
        return (1 - (1 + omega * c) ** -2) / (2 * omega)

    def get_coupled_variables(self, variables):
        c = variables["Silicon lithium concentration [mol.m-3]"]
        D = self.param.assb.n.D_si
        g = self._kirchhoff(c)
        variables.update(
            {
                "Silicon Kirchhoff concentration [mol.m-3]": g,
                "Silicon lithium flux [mol.m-2.s-1]": -D * pybamm.grad(g),
            }
        )
        return variables

    def set_rhs(self, variables):
        c = variables["Silicon lithium concentration [mol.m-3]"]
        N = variables["Silicon lithium flux [mol.m-2.s-1]"]
        self.rhs = {c: -pybamm.div(N)}

    def set_boundary_conditions(self, variables):
        g = variables["Silicon Kirchhoff concentration [mol.m-3]"]
        D = self.param.assb.n.D_si
        i = variables["Current collector current density [A.m-2]"]
        if self.options["surface form"] == "differential":
            # the faradaic part only: the rest charges the double layer
            i = (
                variables["Lithium metal plating current density [A.m-2]"]
                + variables[
                    "Negative electrode SEI interfacial current density [A.m-2]"
                ]
            )
        j_red = variables["Negative electrode SE reduction current density [A.m-2]"]
        N_out = (i + j_red) / self.param.F
        self.boundary_conditions = {
            g: {
                "left": (pybamm.Scalar(0), "Neumann"),
                "right": (-N_out / D, "Neumann"),
            }
        }

    def set_initial_conditions(self, variables):
        c = variables["Silicon lithium concentration [mol.m-3]"]
        self.initial_conditions = {c: self.p["x_0"] * self.p["c_max"]}

    def add_events_from(self, variables):
        x = variables["Silicon surface stoichiometry"]
        self.events += [
            pybamm.Event("Silicon surface fully delithiated", x - 1e-4),
            pybamm.Event("Silicon surface fully lithiated", 1 - 1e-4 - x),
        ]


def silicon_ocp(param, sto):
    """OCP of Li-Si vs Li/Li+ [V]: "Silicon OCP [V]" at the stoichiometry."""
    return param.n.U_si(sto)


class SiliconOCP(pybamm.open_circuit_potential.BaseOpenCircuitPotential):
    """OCP of the planar Si electrode at its surface stoichiometry, vs Li/Li+.

    .. math:: U_{n} = U_{Si}(x_{surf}), \\qquad x_{surf} = c(L)/c_{max}

    with :math:`U_{Si}` "Silicon OCP [V]" (one curve: the lithiation/delithiation
    hysteresis of Si is left out).
    """

    def __init__(self, param, options):
        super().__init__(param, "negative", "lithium metal plating", options)

    def get_coupled_variables(self, variables):
        T = variables["Negative electrode temperature [K]"]
        U = silicon_ocp(self.param.assb, variables["Silicon surface stoichiometry"])
        variables.update(self._get_standard_ocp_variables(U + 0 * T, U, 0 * T))
        variables["Anode rest potential vs Li [V]"] = U
        return variables


class _SiliconExchangeCurrent:
    """Exchange-current density of the SE/Si interface, in place of Li metal's.

    .. math:: j_0 = 2\\,j_{0,ref}\\sqrt{x_{surf}(1 - x_{surf})}

    :math:`j_{0,ref}` "Silicon exchange-current density [A.m-2]" at half
    lithiation (the SE's Li+ concentration is constant).
    """

    def _get_exchange_current_density(self, variables):
        x = variables["Silicon surface stoichiometry"]
        j0_ref = self.param.assb.n.j0_si
        return 2 * j0_ref * pybamm.sqrt(x * (1 - x))


class SiliconInverseButlerVolmer(
    _SiliconExchangeCurrent, pybamm.kinetics.InverseButlerVolmer
):
    """PyBaMM's inverse Butler-Volmer at the planar SE/Si interface."""


class SiliconButlerVolmer(
    _SiliconExchangeCurrent, pybamm.kinetics.SymmetricButlerVolmer
):
    """PyBaMM's symmetric Butler-Volmer at the planar SE/Si interface."""


class SiliconSurfaceForm(AnodeSurfaceFormWithFilms):
    """The surface-form planar interface, starting at the silicon's OCP.

    .. math:: \\Delta\\phi(0) = U_{Si}(x_0)
    """

    def _rest_potential(self):
        return silicon_ocp(self.param.assb, self.param.assb.n.x_0_si)


class SiliconContact(FullContact):
    """Full SE/Si contact, without the Li-metal short-circuit event (no Li
    filaments grow from an alloy)."""

    def add_events_from(self, variables):
        pass


def _silicon_interphase(law):
    """The SE reduction law ``law`` at the SE/Si contact (class factory)."""
    base = INTERPHASE_LAWS[law]

    class SiliconInterphase(base):
        __doc__ = f"""{base.__name__} on the planar SE/Si contact.

        The Li-metal law with its parameters ("Lithium metal interphase ...") read
        as the SE's reduction at 0 V vs Li, slowed at the silicon's potential:

        .. math::
            \\frac{{dL}}{{dt}} = \\exp\\left(-\\frac{{\\alpha F (U_{{Si}} +
            \\eta_{{ct}})}}{{RT}}\\right) g(L)

        so the SE is reduced mostly near full lithiation (Li-Si near 0 V).
        """

        def _rate(self, variables):
            U = silicon_ocp(self.param.assb, variables["Silicon surface stoichiometry"])
            T = variables["X-averaged cell temperature [K]"]
            shift = pybamm.exp(-self.p["alpha"] * self.param.F * U / (self.param.R * T))
            return shift * super()._rate(variables)

    SiliconInterphase.__name__ = f"Silicon{base.__name__}"
    return SiliconInterphase
