"""Stack pressure: held by the fixture, or set by the stack's thickness at a fixed gap.

Both give the model variable "Stack pressure [Pa]", which the contact and kinetic
laws (real AM/SE contact, chemo-mechanical contact loss), the Li creep and the
short-circuit criterion of a Li-metal anode read.
"""

import pybamm

from assb_models.submodels.anode.contact import creep_strain_rate

#: planar electrode -> sign of the charge plated on it per unit "Discharge capacity"
FULL_CELL_ANODE = {"negative": -1}
SYMMETRIC_CELL_ELECTRODES = {"negative": -1, "positive": 1}


class ConstantStackPressure(pybamm.BaseSubModel):
    """A fixture that holds the force: the variable "Stack pressure [Pa]" is the
    parameter "Stack pressure at assembly [Pa]"."""

    def __init__(self, param, options=None):
        super().__init__(param, options=options)

    def get_fundamental_variables(self):
        return {"Stack pressure [Pa]": self.param.assb.stack.P_0}


class FixedGapStackPressure(pybamm.BaseSubModel):
    """A fixture clamped at a fixed gap: the stack's thickness sets the pressure.

    .. math::
        P = \\max\\bigl(P_0 + K(\\Delta h_a + \\Delta h_c - \\delta_r),\\,0\\bigr)

    :math:`P_0` "Stack pressure at assembly [Pa]" is the clamping pressure and
    :math:`K` "Fixed-gap stack stiffness [Pa.m-1]" the stiffness of the fixture and
    the stack in series (pressure per metre of thickness change); the fixture
    cannot pull, so the pressure does not go below 0 (the layers separate).

    - Planar electrodes, Li plated or stripped: :math:`\\Delta h_a = \\bar V
      \\sum_k s_k\\,Q/(F A)`, :math:`Q` the "Discharge capacity [A.h]" in C,
      :math:`s_k` = -1 for the electrode plated on charge, +1 for the one plated
      on discharge (a symmetric cell: the two cancel at every instant), and
      :math:`\\bar V` "Lithium metal partial molar volume [m3.mol-1]" or, for a
      Li-In alloy, "Li-In alloy lithium partial molar volume [m3.mol-1]". Li lost
      to an anode interphase is counted as metal (the interphase's own volume is
      neglected). A Si film anode gives its own thickness change instead, and an
      anode-free anode the thickness of the Li plated beneath its Ag-C layer (the
      variable named by ``anode_thickness_change``).
    - Composite cathode breathing with its lithiation, with the lateral dimensions
      held by the die so the whole AM volume change goes into the thickness:
      :math:`\\Delta h_c = L_p\\,\\overline{\\varepsilon_{AM}(\\Omega(\\bar x)
      - \\Omega(x_0))}`, :math:`\\Omega` "Positive electrode volume change" at
      the particles' mean stoichiometry and at the initial one.
    - Li creep relaxation (Li-metal electrodes): the Li flows out of the clamped
      gap, :math:`d\\delta_r/dt = \\ell_r\\,\\dot\\varepsilon(P)` with the creep
      strain rate of :func:`~assb_models.submodels.anode.contact.creep_strain_rate`
      and :math:`\\ell_r` "Lithium metal creep relaxation length [m]" (the Li
      thickness times the squeeze-flow constraint of a thin confined disc).

    Compaction is frozen: the mesh is fixed when the model is built, so porosity,
    thickness, AM/SE contact fraction, tortuosity and connected AM stay at the
    highest pressure reached before cycling, :math:`\\max(P_0, P_{hist})`; only the
    elastic laws (real contact), the creep and the short criterion follow
    :math:`P(t)`.

    Parameters
    ----------
    electrodes : dict
        Planar electrode -> sign :math:`s_k` (``FULL_CELL_ANODE`` or
        ``SYMMETRIC_CELL_ELECTRODES``).
    lithium_metal : bool
        Li metal (True: its molar volume and creep) or Li-In alloy (False).
    cathode : bool
        Whether a composite cathode breathes in the stack (full cells).
    anode_thickness_change : str, optional
        A variable [m] that gives :math:`\\Delta h_a` (a Si film anode's
        "Negative electrode thickness change [m]"), in place of the plated Li.
    """

    def __init__(
        self,
        param,
        electrodes,
        lithium_metal=True,
        cathode=True,
        options=None,
        anode_thickness_change=None,
    ):
        super().__init__(param, options=options)
        self.anode_thickness_change = anode_thickness_change
        self.electrodes = electrodes
        self.lithium_metal = lithium_metal
        self.cathode = cathode

    def get_fundamental_variables(self):
        relaxation = pybamm.Variable("Stack creep relaxation [m]", scale=1e-6)
        return {"Stack creep relaxation [m]": relaxation}

    def _anode_thickness_change(self, variables):
        if self.anode_thickness_change is not None:
            return variables[self.anode_thickness_change]
        n = self.param.assb.n
        V = n.V_li if self.lithium_metal else n.V_li_in
        q = variables["Discharge capacity [A.h]"] * 3600 / self.param.A_cc
        plated = sum(sign for sign in self.electrodes.values()) * q / self.param.F
        return V * plated

    def get_coupled_variables(self, variables):
        dh_a = self._anode_thickness_change(variables)
        dh_c = pybamm.Scalar(0)
        if self.cathode:
            p = self.param.p.prim
            c_av = variables["R-averaged positive particle concentration [mol.m-3]"]
            sto = c_av / p.c_max
            eps_am = variables["Positive electrode active material volume fraction"]
            omega_0 = p.t_change(p.c_init_av / p.c_max)
            strain = eps_am * (p.t_change(sto) - omega_0)
            dh_c = self.param.p.L * pybamm.x_average(strain)
        relaxation = variables["Stack creep relaxation [m]"]
        P_0 = self.param.assb.stack.P_0
        K = self.param.assb.stack.K
        dh = dh_a + dh_c - relaxation
        variables.update(
            {
                "Stack pressure [Pa]": pybamm.maximum(P_0 + K * dh, 0),
                "Stack pressure [MPa]": pybamm.maximum(P_0 + K * dh, 0) / 1e6,
                "Anode thickness change [m]": dh_a,
                "Cathode thickness change [m]": dh_c,
                "Stack thickness change [m]": dh,
            }
        )
        return variables

    def set_rhs(self, variables):
        relaxation = variables["Stack creep relaxation [m]"]
        rate = pybamm.Scalar(0)
        if self.lithium_metal:
            ell = self.param.assb.stack.ell_relax
            rate = ell * creep_strain_rate(self.param.assb, variables)
        self.rhs = {relaxation: rate}

    def set_initial_conditions(self, variables):
        relaxation = variables["Stack creep relaxation [m]"]
        self.initial_conditions = {relaxation: pybamm.Scalar(0)}
