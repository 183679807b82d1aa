"""Anode-free anode: an Ag-C interlayer that stores Li, then Li plated beneath it."""

import pybamm

from assb_models import citations

from .interface_potential import AnodeSurfaceForm, _FilmsInSeries

#: the anode's faradaic currents [A.m-2] (positive: anodic, Li leaving the anode)
LAYER_CURRENT = "Ag-C interlayer lithiation current density [A.m-2]"
PLATING_CURRENT = "Lithium plating current density [A.m-2]"
REDUCTION_CURRENT = "Negative electrode SE reduction current density [A.m-2]"
#: the anode's potential step (anode vs SE), PyBaMM's Li-metal state
DELTA_PHI = "Lithium metal interface surface potential difference [V]"


def interlayer_parameters(param):
    """The parameters of the Ag-C layer and of the plated Li, by short name."""
    return {
        "n_cap": param.n.n_agc,
        "x0": param.n.x_0_agc,
        "k": param.n.k_agc,
        "j0_li": param.n.j0_li,
        "alpha": param.n.alpha,
        "n_ref": param.n.n_strip_ref,
        "V_li": param.n.V_li,
        "phi_dead": param.n.phi_dead,
        "n_ag": param.n.n_ag,
        "n_trap": param.n.n_trap,
        "k_trap": param.n.k_trap,
        "kappa_ag": param.n.kappa_ag,
        "nu_keep": param.n.nu_keep,
    }


def standard_potential(param, x):
    """ "Ag-C interlayer standard potential [V]" U0(x) vs Li/Li+ (a function of x)."""
    return param.n.U_agc(x)


class AgCInterlayer(pybamm.BaseSubModel):
    """Ag-C interlayer and the Li plated beneath it: two reactions at one potential.

    The anode of an anode-free cell (Lee et al. 2020) holds no Li at assembly. Li+
    arriving from the SE either enters the Ag-C layer (Li-Ag alloying and
    intercalation into carbon, lumped as one host of capacity :math:`n_{cap}`
    [mol.m-2] and stoichiometry :math:`x`) or is reduced to Li metal, which
    deposits between the current collector and the layer (:math:`n_{pl}`
    [mol.m-2]). Both reactions see the same potential step :math:`\\Delta\\phi`
    (anode vs SE, :math:`\\Delta\\phi = 0` at Li/Li+):

    .. math::
        j_{AgC} = k\\left[x\\,e^{\\alpha f(\\Delta\\phi - U^0(x))}
              - (1 - x)\\,e^{-(1-\\alpha) f(\\Delta\\phi - U^0(x))}\\right]

    (mass-action Butler-Volmer: oxidation needs Li in the host, reduction a free
    site; its equilibrium is :math:`U_{AgC} = U^0(x) + \\frac{RT}{F}\\ln\\frac{1-x}{x}`
    and keeps :math:`0 < x < 1` without clipping), and

    .. math::
        j_{Li} = j_{0,Li}\\left[\\theta\\,\\max(s, 0) + \\min(s, 0)\\right], \\quad
        s = 2\\sinh(\\alpha f\\Delta\\phi), \\quad
        \\theta = \\frac{n_{pl}^+}{n_{pl}^+ + n_{ref}}, \\quad
        n_{pl}^+ = \\max(n_{pl}, 0)

    for the plated Li (OCP 0 V, a pure metal). It plates only where
    :math:`\\Delta\\phi < 0`, which the layer's potential reaches only when it is
    nearly full, and strips only the Li that is there (:math:`\\theta \\to 0`). On
    discharge the plated Li (at 0 V) strips before the layer (at :math:`U_{AgC} >
    0`) gives up its Li. The balances are

    .. math::
        n_{cap}\\frac{dx}{dt} = -\\frac{j_{AgC}}{F}, \\qquad
        \\frac{dn_{pl}}{dt} = -\\frac{j_{Li}}{F}, \\qquad
        i_{cc} = j_{AgC} + j_{Li} - j_{red}

    with :math:`f = F/RT`, :math:`i_{cc}` the current density (positive on
    discharge) and :math:`j_{red} \\ge 0` the SE reduction at the anode
    (:mod:`assb_models.submodels.anode.interphase`; zero without an "anode
    interphase"): the charge it takes never comes back.

    **Potential of the layer.** The layer reacts at :math:`\\Delta\\phi_{AgC} =
    \\max(\\Delta\\phi, 0)`: once Li metal plates (:math:`\\Delta\\phi < 0`, its
    overpotential), the layer touches the metal and is at most as lithiated as Li
    metal allows (0 V vs Li). A layer driven below 0 V would give its excess Li to
    the metal, so its potential :math:`U_{AgC}` approaches 0 V from above and
    never goes below it.

    **Losses where the Li never meets the SE** (each its own state, each off when
    its parameter is 0; written reactions, no charge passes in any of them):

    * isolated Li, Li(plated) -> Li(isolated): a fraction :math:`\\varphi` of the
      plated Li that strips loses contact with the collector,
      :math:`r_{dead} = \\varphi\\,\\max(j_{Li}, 0)/F` ("Isolated lithium
      fraction of stripped lithium");
    * Li kept by the Ag-C layer, Li(layer) -> Li(trapped): sites of the layer that
      do not give their Li back (Li left in the Ag as the Li-poor solid solution,
      Li at defects of the carbon black), filled while the layer holds Li,
      :math:`r_{trap} = k_{trap}\\,x\\,(n_{trap,max} - n_{trap})`;
    * silver moving to the collector: Ag dissolves in the Li that plates beneath
      the layer and stays at the collector when that Li strips,
      :math:`dn_{Ag,cc}/dt = \\kappa_{Ag}\\,s\\,n_{Ag}\\max(-j_{Li}, 0)/F`
      ("Silver migration coefficient [m2.mol-1]") with :math:`n_{Ag}` "Ag-C
      interlayer silver content [mol.m-2]" and :math:`s = 1 - n_{Ag,cc}/n_{Ag}`
      the share of it left in the layer; each migrated Ag
      keeps :math:`\\nu` Li from the plated Li, Li(plated) + Ag -> LiAg
      (:math:`r_{keep} = \\nu\\,dn_{Ag,cc}/dt`), and the plating sites the Ag
      seeded go with it: :math:`j_{0,Li} \\to s\\,j_{0,Li}` (higher plating
      overpotential).

    The balances become

    .. math::
        n_{cap}\\frac{dx}{dt} = -\\frac{j_{AgC}}{F} - r_{trap}, \\qquad
        \\frac{dn_{pl}}{dt} = -\\frac{j_{Li}}{F} - r_{dead} - r_{keep}

    and the Li of every phase is counted ("Lithium in ... [mol]"). Parameters: :math:`k`
    "Ag-C interlayer exchange-current density [A.m-2]", :math:`U^0` "Ag-C interlayer
    standard potential [V]", :math:`n_{cap}` "Ag-C interlayer lithium capacity
    [mol.m-2]", :math:`x_0` "Ag-C interlayer initial stoichiometry",
    :math:`j_{0,Li}` "Exchange-current density for lithium metal electrode
    [A.m-2]", :math:`\\alpha` "Negative electrode charge transfer coefficient",
    :math:`n_{ref}` "Plated lithium stripping reference amount [mol.m-2]".
    """

    def __init__(self, param, options=None):
        super().__init__(param, "negative", options=options)
        self.p = interlayer_parameters(self.param.assb)
        citations.register("Lee2020")

    def get_fundamental_variables(self):
        x = pybamm.Variable("Ag-C interlayer stoichiometry")
        n_pl = pybamm.Variable("Plated lithium [mol.m-2]", scale=self.p["n_cap"])
        n_dead = pybamm.Variable("Isolated lithium [mol.m-2]", scale=self.p["n_cap"])
        n_trap = pybamm.Variable(
            "Ag-C interlayer trapped lithium [mol.m-2]", scale=self.p["n_cap"]
        )
        n_ag_cc = pybamm.Variable(
            "Silver at the current collector [mol.m-2]", scale=self.p["n_cap"]
        )
        A = self.param.A_cc
        n_layer = self.p["n_cap"] * x
        n_keep = self.p["nu_keep"] * n_ag_cc
        return {
            "Isolated lithium [mol.m-2]": n_dead,
            "Lithium in isolated lithium [mol]": n_dead * A,
            "Ag-C interlayer trapped lithium [mol.m-2]": n_trap,
            "Lithium in Ag-C interlayer traps [mol]": n_trap * A,
            "Silver at the current collector [mol.m-2]": n_ag_cc,
            "Silver left in the Ag-C interlayer": 1 - n_ag_cc / self.p["n_ag"],
            "Lithium kept by migrated silver [mol.m-2]": n_keep,
            "Lithium in migrated silver [mol]": n_keep * A,
            "Ag-C interlayer stoichiometry": x,
            "Plated lithium [mol.m-2]": n_pl,
            "Plated lithium thickness [m]": n_pl * self.p["V_li"],
            "Lithium in Ag-C interlayer [mol.m-2]": n_layer,
            "Lithium in Ag-C interlayer [mol]": n_layer * A,
            "Lithium in plated lithium [mol]": n_pl * A,
            # the Li surface is the layer's: no voids, no interlayer film on it
            "Negative electrode lithium metal contact fraction": pybamm.Scalar(1),
        }

    def get_coupled_variables(self, variables):
        p = self.p
        x = variables["Ag-C interlayer stoichiometry"]
        n_pl = variables["Plated lithium [mol.m-2]"]
        delta_phi = variables[DELTA_PHI]
        T = variables["X-averaged cell temperature [K]"]
        f = self.param.F / (self.param.R * T)
        U0 = standard_potential(self.param.assb, x)
        # the layer is at most as lithiated as the Li metal it touches (0 V)
        eta = pybamm.maximum(delta_phi, 0) - U0
        j_layer = p["k"] * (
            x * pybamm.exp(p["alpha"] * f * eta)
            - (1 - x) * pybamm.exp(-(1 - p["alpha"]) * f * eta)
        )
        s = 2 * pybamm.sinh(p["alpha"] * f * delta_phi)
        # (solver round-off can take n_pl a hair below 0; no Li there to strip)
        n_pos = pybamm.maximum(n_pl, 0)
        theta = n_pos / (n_pos + p["n_ref"])
        s_ag = variables["Silver left in the Ag-C interlayer"]
        j_li = p["j0_li"] * s_ag * (theta * pybamm.maximum(s, 0) + pybamm.minimum(s, 0))
        U_layer = U0 + pybamm.log((1 - x) / x) / f
        F = self.param.F
        n_trap = variables["Ag-C interlayer trapped lithium [mol.m-2]"]
        n_ag_layer = p["n_ag"] * s_ag
        r_mig = p["kappa_ag"] * n_ag_layer * pybamm.maximum(-j_li, 0) / F
        variables.update(
            {
                "Isolated lithium formation rate [mol.m-2.s-1]": p["phi_dead"]
                * pybamm.maximum(j_li, 0)
                / F,
                "Ag-C interlayer lithium trapping rate [mol.m-2.s-1]": p["k_trap"]
                * x
                * (p["n_trap"] - n_trap),
                "Silver migration rate [mol.m-2.s-1]": r_mig,
                "Lithium kept by migrated silver rate [mol.m-2.s-1]": p["nu_keep"]
                * r_mig,
                LAYER_CURRENT: j_layer,
                PLATING_CURRENT: j_li,
                "Ag-C interlayer standard potential [V]": U0,
                "Ag-C interlayer open-circuit potential [V]": U_layer,
                # at rest the anode sits at the layer's potential (0 V once Li plates:
                # the layer is then full and in equilibrium with the metal)
                "Anode rest potential vs Li [V]": U_layer,
                "Anode potential vs Li [V]": delta_phi,
                # PyBaMM's split of the voltage: the anode's overpotential against
                # its reference (plated Li, 0 V); the interphase drop is reported as
                # "Negative electrode interphase overpotential [V]"
                "Lithium metal interface reaction overpotential [V]": delta_phi,
                "Negative electrode SEI film overpotential [V]": pybamm.Scalar(0),
                # the SE reduction is driven by the anode's potential vs Li/Li+
                "Negative electrode charge-transfer overpotential [V]": delta_phi,
            }
        )
        return variables

    def set_rhs(self, variables):
        F = self.param.F
        x = variables["Ag-C interlayer stoichiometry"]
        n_pl = variables["Plated lithium [mol.m-2]"]
        r_dead = variables["Isolated lithium formation rate [mol.m-2.s-1]"]
        r_trap = variables["Ag-C interlayer lithium trapping rate [mol.m-2.s-1]"]
        r_mig = variables["Silver migration rate [mol.m-2.s-1]"]
        r_keep = variables["Lithium kept by migrated silver rate [mol.m-2.s-1]"]
        self.rhs = {
            x: (-variables[LAYER_CURRENT] / F - r_trap) / self.p["n_cap"],
            n_pl: -variables[PLATING_CURRENT] / F - r_dead - r_keep,
            variables["Isolated lithium [mol.m-2]"]: r_dead,
            variables["Ag-C interlayer trapped lithium [mol.m-2]"]: r_trap,
            variables["Silver at the current collector [mol.m-2]"]: r_mig,
        }

    def set_initial_conditions(self, variables):
        x = variables["Ag-C interlayer stoichiometry"]
        n_pl = variables["Plated lithium [mol.m-2]"]
        # no Li plated at assembly; the layer holds only its trace x0
        zero = pybamm.Scalar(0)
        self.initial_conditions = {
            x: self.p["x0"],
            n_pl: zero,
            variables["Isolated lithium [mol.m-2]"]: zero,
            variables["Ag-C interlayer trapped lithium [mol.m-2]"]: zero,
            variables["Silver at the current collector [mol.m-2]"]: zero,
        }


class _AnodeFreeBalance:
    """The anode's potential step set by the sum of its faradaic currents.

    .. math::
        0 = i_{cc} - (j_{AgC} + j_{Li} - j_{red}) \\quad\\text{or}\\quad
        C_{dl}\\frac{d\\Delta\\phi}{dt} = i_{cc} - (j_{AgC} + j_{Li} - j_{red})

    (algebraic; differential with "surface form": "differential"), starting at the
    layer's equilibrium :math:`U_{AgC}(x_0)`. The interphase's resistance is in
    series, as on lithium metal (``interface_potential._FilmsInSeries``).
    """

    def _residual(self, variables):
        i_cc = variables["Current collector current density [A.m-2]"]
        j = (
            variables[LAYER_CURRENT]
            + variables[PLATING_CURRENT]
            - variables[REDUCTION_CURRENT]
        )
        return i_cc - j

    def _double_layer_capacity(self, variables):
        return self.param.assb.n.C_dl

    def set_rhs(self, variables):
        if self._differential():
            delta_phi = variables[DELTA_PHI]
            C_dl = self._double_layer_capacity(variables)
            self.rhs = {delta_phi: self._residual(variables) / C_dl}
            self._charge_double_layer(variables)

    def set_algebraic(self, variables):
        if not self._differential():
            delta_phi = variables[DELTA_PHI]
            self.algebraic = {delta_phi: self._residual(variables) / self.param.I_typ}

    def _rest_potential(self):
        """The layer's equilibrium :math:`U_{AgC}(x_0)` [V]."""
        p = interlayer_parameters(self.param.assb)
        T = self.param.T_init
        x0 = p["x0"]
        return standard_potential(
            self.param.assb, x0
        ) + self.param.R * T / self.param.F * pybamm.log((1 - x0) / x0)


class AnodeFreePotential(_AnodeFreeBalance, _FilmsInSeries, AnodeSurfaceForm):
    """The anode-free anode's potential step (see :class:`_AnodeFreeBalance`)."""
