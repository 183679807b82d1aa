"""Every parameter of the solid-state models, each named once.

The solid-state submodels read their parameters from :class:`AssbParameters`, as
PyBaMM's submodels read theirs from :class:`pybamm.LithiumIonParameters`. The models
attach one instance to PyBaMM's parameter object as ``param.assb``, so a submodel
reads ``self.param.assb.se.kappa_ref`` beside PyBaMM's ``self.param.F``; a renamed
parameter is one edit here, and a misspelt attribute fails when the model is built.

Names follow PyBaMM's grammar ("Positive electrode carbon volume fraction",
"Solid electrolyte molar volume [m3.mol-1]"). Stack pressure: the fixture's clamping
pressure is the parameter "Stack pressure at assembly [Pa]"; the model variable
"Stack pressure [Pa]" equals it under a constant-pressure fixture and follows the
stack's thickness at a fixed gap (:mod:`assb_models.submodels.pressure.stack`).
"""

import pybamm
from pybamm.parameters.base_parameters import BaseParameters

#: the argument of every pressure law (a pressure [Pa])
PRESSURE_ARGUMENT = "Pressure [Pa]"

#: parameter names that were renamed: old name -> new name
RENAMED_PARAMETERS = {"Stack pressure [Pa]": "Stack pressure at assembly [Pa]"}


class SolidElectrolyteParameters(BaseParameters):
    """The solid electrolyte: conductivity, stoichiometry of its oxidation and
    reduction, molar volume, grain contacts."""

    def __init__(self):
        self.kappa_ref = pybamm.Parameter(
            "Solid electrolyte conductivity at reference temperature [S.m-1]"
        )
        self.E_a_kappa = pybamm.Parameter(
            "Solid electrolyte conductivity activation energy [J.mol-1]"
        )
        self.V_m = pybamm.Parameter("Solid electrolyte molar volume [m3.mol-1]")
        self.n_e_ox = pybamm.Parameter(
            "Solid electrolyte oxidation electrons per formula unit"
        )
        self.li_kept_ox = pybamm.Parameter(
            "Solid electrolyte oxidation lithium kept in products per formula unit"
        )
        self.n_e_red = pybamm.Parameter(
            "Solid electrolyte reduction electrons per formula unit"
        )
        self.hardness = pybamm.Parameter("Solid electrolyte indentation hardness [Pa]")
        self.phi_gb_half = pybamm.Parameter(
            "Solid electrolyte grain contact fraction at half conductance"
        )
        self.density = pybamm.Parameter("Solid electrolyte density [kg.m-3]")


class CompositeCathodeParameters(BaseParameters):
    """The composite cathode beyond PyBaMM's positive electrode: carbon, voids,
    AM/SE contact, film, obstruction, contact loss and the pressure-law
    coefficients."""

    def __init__(self):
        pref = "Positive electrode "
        self.pref = pref
        # carbon and voids
        self.eps_c = pybamm.Parameter(f"{pref}carbon volume fraction")
        self.eps_void = pybamm.Parameter(f"{pref}void volume fraction")
        self.rho_c = pybamm.Parameter(f"{pref}carbon density [kg.m-3]")
        self.rho_am = pybamm.Parameter(f"{pref}active material density [kg.m-3]")
        self.s_bet_c = pybamm.Parameter(f"{pref}carbon specific surface area [m2.kg-1]")
        self.f_c_se = pybamm.Parameter(
            f"{pref}carbon surface fraction in contact with solid electrolyte"
        )
        self.b_c = pybamm.Parameter(f"{pref}Bruggeman coefficient (carbon)")
        self.sigma_c = pybamm.Parameter(f"{pref}carbon conductivity [S.m-1]")
        self.C_dl_c = pybamm.Parameter(f"{pref}carbon double-layer capacity [F.m-2]")
        # AM/SE interface
        self.contact_fraction_name = (
            f"{pref}active material-solid electrolyte contact fraction"
        )
        self.f_contact = pybamm.Parameter(self.contact_fraction_name)
        self.R_coat = pybamm.Parameter(f"{pref}coating resistance [Ohm.m2]")
        self.C_film = pybamm.Parameter(f"{pref}film capacitance [F.m-2]")
        # SE paths obstructed by AM and carbon
        self.eps_am_max = pybamm.Parameter(f"{pref}active material packing limit")
        self.t_obstruction = pybamm.Parameter(f"{pref}obstruction exponent")
        self.m_size = pybamm.Parameter(f"{pref}packing limit size exponent")
        self.r_se = pybamm.Parameter(f"{pref}solid electrolyte particle radius [m]")
        # SE consumed as shells on carbon and AM ("SE consumption": "shell")
        self.delta_shell = pybamm.Parameter(f"{pref}SE shell thickness [m]")
        self.chi_shell = pybamm.Parameter(f"{pref}SE shell backbone share")
        # AM cut off from the SE network ("active material isolation")
        self.phi_perc = pybamm.Parameter(f"{pref}SE percolation threshold")
        self.beta_perc = pybamm.Parameter(
            f"{pref}connected active material percolation exponent"
        )
        # chemo-mechanical contact loss
        self.beta_loss = pybamm.Parameter(f"{pref}contact loss per volume strain")
        self.p_loss = pybamm.Parameter("Contact loss pressure scale [Pa]")
        self.loss_init = pybamm.Parameter("Initial positive electrode contact loss")
        # pressure-law coefficients (default forms of assb_models.parameters.laws)
        self.f_contact_lo = pybamm.Parameter(
            f"{self.contact_fraction_name} at low pressure"
        )
        self.f_contact_hi = pybamm.Parameter(
            f"{self.contact_fraction_name} at high pressure"
        )
        self.p_contact = pybamm.Parameter(f"{pref}contact transition pressure [Pa]")
        self.w_contact = pybamm.Parameter(f"{pref}contact transition width [Pa]")
        self.tau_min = pybamm.Parameter(f"{pref}minimum solid electrolyte tortuosity")
        self.tau_curvature = pybamm.Parameter(f"{pref}tortuosity curvature")
        self.p_tau_min = pybamm.Parameter(f"{pref}pressure of minimum tortuosity [Pa]")
        self.p_tau_reg = pybamm.Parameter(
            f"{pref}tortuosity regularisation pressure [Pa]"
        )
        connected = f"{pref}connected active material fraction"
        self.f_conn_0 = pybamm.Parameter(f"{connected} at zero pressure")
        self.f_conn_inf = pybamm.Parameter(f"{connected} at high pressure")
        self.p_conn = pybamm.Parameter(f"{pref}connection pressure [Pa]")


class LayerCompactionParameters(BaseParameters):
    """Heckel compaction of one layer ("Positive electrode" or "Separator")."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.eps_void_0 = pybamm.Parameter(f"{prefix} void fraction at zero pressure")
        self.eps_void_inf = pybamm.Parameter(f"{prefix} void fraction at high pressure")
        self.p_compaction = pybamm.Parameter(f"{prefix} compaction pressure [Pa]")


class SEOxidationParameters(BaseParameters):
    """Tafel kinetics of SE oxidation on one surface (``prefix``: "Carbon SE
    oxidation", "Active material SE oxidation", as the submodels name them)."""

    def __init__(self, prefix):
        self.prefix = prefix
        self.k = pybamm.Parameter(f"{prefix} rate constant [A.m-2]")
        self.U_onset = pybamm.Parameter(f"{prefix} onset potential [V]")
        self.alpha = pybamm.Parameter(f"{prefix} transfer coefficient")
        self.E_a = pybamm.Parameter(f"{prefix} activation energy [J.mol-1]")


class SERedoxParameters(BaseParameters):
    """The reversible SE redox couple on carbon (:class:`CarbonSERedox`)."""

    def __init__(self):
        self.E_eq = pybamm.Parameter("Carbon SE redox equilibrium potential [V]")
        self.width = pybamm.Parameter("Carbon SE redox potential width [V]")
        self.q = pybamm.Parameter("Carbon SE redox capacity [C.m-2]")
        self.k = pybamm.Parameter("Carbon SE redox rate constant [s-1]")


class SideReactionParameters(BaseParameters):
    """Products and intermediates of SE oxidation; the CEI."""

    def __init__(self):
        self.delta_carbon = pybamm.Parameter(
            "Carbon oxidation product layer thickness scale [m]"
        )
        self.V_carbon_product = pybamm.Parameter(
            "Carbon oxidation product molar volume [m3.mol-1]"
        )
        self.nu_intermediate = pybamm.Parameter("SE oxidation intermediate yield")
        self.tau_intermediate = pybamm.Parameter(
            "SE oxidation intermediate lifetime [s]"
        )
        self.c_intermediate_ref = pybamm.Parameter(
            "SE oxidation intermediate reference concentration [mol.m-3]"
        )
        self.delta_cei = pybamm.Parameter("CEI passivation thickness scale [m]")
        # stoichiometry of the SE oxidation on the active material (its own
        # reaction; the one on carbon is SolidElectrolyteParameters.n_e_ox)
        self.n_e_ox_am = pybamm.Parameter(
            "Positive electrode SE oxidation electrons per formula unit"
        )
        self.li_kept_ox_am = pybamm.Parameter(
            "Positive electrode SE oxidation lithium kept in products per formula unit"
        )
        self.ox_carbon = SEOxidationParameters("Carbon SE oxidation")
        self.ox_am = SEOxidationParameters("Positive electrode SE oxidation")
        self.redox = SERedoxParameters()
        # CEI
        self.L_cei_0 = pybamm.Parameter("Initial CEI thickness [m]")
        self.kappa_cei = pybamm.Parameter("CEI ionic conductivity [S.m-1]")
        self.V_cei = pybamm.Parameter("CEI molar volume [m3.mol-1]")
        self.k_cei_reaction = pybamm.Parameter(
            "CEI reaction-limited growth rate [m.s-1]"
        )
        self.k_cei_diffusion = pybamm.Parameter(
            "CEI diffusion-limited growth constant [m2.s-1]"
        )


class AnodeParameters(BaseParameters):
    """Planar anodes: Li metal (creep, voids, interphase), interlayers, Li-In, Si
    film, Ag-C interlayer."""

    def __init__(self):
        self.U_ocp = pybamm.Parameter("Negative electrode OCP [V]")
        self.L = pybamm.Parameter("Negative electrode thickness [m]")
        self.C_dl = pybamm.Parameter("Negative electrode double-layer capacity [F.m-2]")
        self.alpha = pybamm.Parameter("Negative electrode charge transfer coefficient")
        self.n_li_init = pybamm.Parameter(
            "Negative electrode initial lithium content [mol.m-2]"
        )
        self.j0_li = pybamm.Parameter(
            "Exchange-current density for lithium metal electrode [A.m-2]"
        )
        # lithium metal
        self.V_li = pybamm.Parameter("Lithium metal partial molar volume [m3.mol-1]")
        self.V_li_in = pybamm.Parameter(
            "Li-In alloy lithium partial molar volume [m3.mol-1]"
        )
        self.f_contact_init = pybamm.Parameter("Initial lithium metal contact fraction")
        self.l_creep = pybamm.Parameter("Lithium metal creep length [m]")
        self.h_void = pybamm.Parameter("Lithium metal void closure length [m]")
        self.h_crust = pybamm.Parameter(
            "Lithium metal non-wetted crystallite height [m]"
        )
        self.creep_rate_ref = pybamm.Parameter(
            "Lithium metal creep strain rate at reference stress [s-1]"
        )
        self.creep_sigma_ref = pybamm.Parameter(
            "Lithium metal creep reference stress [Pa]"
        )
        self.creep_n = pybamm.Parameter("Lithium metal creep stress exponent")
        self.creep_Q = pybamm.Parameter(
            "Lithium metal creep activation energy [J.mol-1]"
        )
        self.D_self = pybamm.Parameter("Lithium metal self-diffusivity [m2.s-1]")
        self.spot_spacing = pybamm.Parameter("Lithium metal contact spot spacing [m]")
        # Li intrusion into the SE separator (pores, cracks)
        self.eps_pore = pybamm.Parameter("Separator void fraction")
        self.r_pore = pybamm.Parameter("Separator pore radius [m]")
        self.sigma_y_1um = pybamm.Parameter("Lithium metal yield strength at 1 um [Pa]")
        self.m_y = pybamm.Parameter("Lithium metal yield strength size exponent")
        self.theta_fil = pybamm.Parameter("Lithium filament area fraction")
        # SE-reduction interphase on the anode
        self.L_sei_0 = pybamm.Parameter(
            "Lithium metal interphase initial thickness [m]"
        )
        self.kappa_sei = pybamm.Parameter(
            "Lithium metal interphase ionic conductivity [S.m-1]"
        )
        self.V_sei = pybamm.Parameter(
            "Lithium metal interphase molar volume [m3.mol-1]"
        )
        self.alpha_sei = pybamm.Parameter(
            "Lithium metal SE reduction transfer coefficient"
        )
        self.k_sei_reaction = pybamm.Parameter(
            "Lithium metal interphase reaction-limited growth rate [m.s-1]"
        )
        self.k_sei_diffusion = pybamm.Parameter(
            "Lithium metal interphase diffusion-limited growth constant [m2.s-1]"
        )
        self.permittivity_sei = pybamm.Parameter(
            "Lithium metal interphase relative permittivity"
        )
        # interlayer (e.g. Li2Se)
        self.L_il = pybamm.Parameter("Interlayer thickness [m]")
        self.kappa_il = pybamm.Parameter("Interlayer ionic conductivity [S.m-1]")
        self.eps_il = pybamm.Parameter("Interlayer porosity")
        self.b_il = pybamm.Parameter("Interlayer Bruggeman coefficient")
        self.coverage_il = pybamm.Parameter("Interlayer coverage")
        self.permittivity_il = pybamm.Parameter("Interlayer relative permittivity")
        # silicon film
        self.c_max_si = pybamm.Parameter(
            "Silicon maximum lithium concentration [mol.m-3]"
        )
        self.Omega_si = pybamm.Parameter(
            "Silicon lithium partial molar volume [m3.mol-1]"
        )
        self.x_0_si = pybamm.Parameter("Silicon initial stoichiometry")
        self.D_si = pybamm.Parameter("Silicon lithium diffusivity [m2.s-1]")
        self.j0_si = pybamm.Parameter("Silicon exchange-current density [A.m-2]")
        # Ag-C interlayer of an anode-free cell
        self.n_agc = pybamm.Parameter("Ag-C interlayer lithium capacity [mol.m-2]")
        self.x_0_agc = pybamm.Parameter("Ag-C interlayer initial stoichiometry")
        self.k_agc = pybamm.Parameter(
            "Ag-C interlayer exchange-current density [A.m-2]"
        )
        self.n_strip_ref = pybamm.Parameter(
            "Plated lithium stripping reference amount [mol.m-2]"
        )
        # Li the anode-free anode loses where it never meets the SE
        self.phi_dead = pybamm.Parameter(
            "Isolated lithium fraction of stripped lithium"
        )
        self.n_ag = pybamm.Parameter("Ag-C interlayer silver content [mol.m-2]")
        self.n_trap = pybamm.Parameter(
            "Ag-C interlayer irreversible lithium capacity [mol.m-2]"
        )
        self.k_trap = pybamm.Parameter(
            "Ag-C interlayer lithium trapping rate constant [s-1]"
        )
        self.kappa_ag = pybamm.Parameter("Silver migration coefficient [m2.mol-1]")
        self.nu_keep = pybamm.Parameter("Lithium kept per migrated silver")

    def U_si(self, sto):
        """ "Silicon OCP [V]" vs Li/Li+ at the Si stoichiometry ``sto``."""
        return pybamm.FunctionParameter(
            "Silicon OCP [V]", {"Silicon stoichiometry": sto}
        )

    def U_agc(self, x):
        """ "Ag-C interlayer standard potential [V]" at the layer's stoichiometry."""
        return pybamm.FunctionParameter(
            "Ag-C interlayer standard potential [V]", {"Stoichiometry": x}
        )

    def i_crit(self, pressure):
        """ "Critical local current density [A.m-2]" at a stack pressure [Pa]."""
        return pybamm.FunctionParameter(
            "Critical local current density [A.m-2]",
            {"Stack pressure [Pa]": pressure},
        )


class PolymerElectrolyteParameters(BaseParameters):
    """A polymer electrolyte (e.g. PEO-LiTFSI): a binary salt electrolyte.

    Concentrated-solution transport of its salt (Newman): a Li+ transference
    number :math:`t_+ < 1`, a salt diffusivity :math:`D`, a thermodynamic factor
    :math:`1 + d\\ln f_\\pm/d\\ln c` and a conductivity :math:`\\kappa(c, T)`
    (a Vogel-Tammann-Fulcher law in :math:`T`, :func:`~assb_models.parameters.
    laws.vtf_conductivity`). The functions take PyBaMM's arguments
    ("Electrolyte concentration [mol.m-3]", "Temperature [K]"), so PyBaMM's
    electrolyte functions serve as values. A layered hybrid adds a polymer film
    between the Li and a sulfide separator and the polymer/sulfide interphase
    (SPEI) in series at their junction. Effective values of a dispersed hybrid
    (sulfide particles in the polymer) are given through the same names.
    """

    def __init__(self):
        self.c_init = pybamm.Parameter("Polymer initial salt concentration [mol.m-3]")
        self.L_interlayer = pybamm.Parameter("Polymer interlayer thickness [m]")
        self.R_spei_0 = pybamm.Parameter(
            "Polymer/sulfide interphase initial resistance [Ohm.m2]"
        )
        self.k_spei = pybamm.Parameter(
            "Polymer/sulfide interphase growth rate [Ohm.m2.s-1]"
        )
        self.vtf_A = pybamm.Parameter(
            "Polymer VTF pre-exponential conductivity [S.m-1]"
        )
        self.vtf_B = pybamm.Parameter("Polymer VTF pseudo-activation energy [J.mol-1]")
        self.vtf_T0 = pybamm.Parameter(
            "Polymer VTF ideal glass transition temperature [K]"
        )

    @staticmethod
    def _inputs(c, T):
        return {"Electrolyte concentration [mol.m-3]": c, "Temperature [K]": T}

    def kappa(self, c, T):
        """ "Polymer electrolyte conductivity [S.m-1]" at salt concentration ``c``
        [mol.m-3] and temperature ``T`` [K] (bulk polymer, before any transport
        efficiency)."""
        c = pybamm.maximum(c, pybamm.settings.tolerances["kappa_e__c_e"])
        return pybamm.FunctionParameter(
            "Polymer electrolyte conductivity [S.m-1]", self._inputs(c, T)
        )

    def D(self, c, T):
        """ "Polymer salt diffusivity [m2.s-1]": the salt's (ambipolar) diffusion
        coefficient in the polymer."""
        c = pybamm.maximum(c, pybamm.settings.tolerances["D_e__c_e"])
        return pybamm.FunctionParameter(
            "Polymer salt diffusivity [m2.s-1]", self._inputs(c, T)
        )

    def t_plus(self, c, T):
        """ "Polymer cation transference number" (Li+, against the polymer)."""
        return pybamm.FunctionParameter(
            "Polymer cation transference number", self._inputs(c, T)
        )

    def thermodynamic_factor(self, c, T):
        """ "Polymer thermodynamic factor", :math:`1 + d\\ln f_\\pm/d\\ln c`."""
        return pybamm.FunctionParameter(
            "Polymer thermodynamic factor", self._inputs(c, T)
        )


class StackParameters(BaseParameters):
    """The fixture and its pressures."""

    def __init__(self):
        self.P_0 = pybamm.Parameter("Stack pressure at assembly [Pa]")
        self.P_hist = pybamm.Parameter("Highest previous stack pressure [Pa]")
        self.P_ref = pybamm.Parameter("Reference stack pressure [Pa]")
        self.K = pybamm.Parameter("Fixed-gap stack stiffness [Pa.m-1]")
        self.ell_relax = pybamm.Parameter("Lithium metal creep relaxation length [m]")


class AssbParameters(BaseParameters):
    """Every parameter of the solid-state models, by physics.

    Attributes
    ----------
    se : :class:`SolidElectrolyteParameters`
    p : :class:`CompositeCathodeParameters`
    n : :class:`AnodeParameters`
    side : :class:`SideReactionParameters`
    stack : :class:`StackParameters`
    pe : :class:`PolymerElectrolyteParameters`
    compaction : dict
        "Positive electrode" and "Separator" -> :class:`LayerCompactionParameters`.
    """

    def __init__(self):
        self.T_ref = pybamm.Parameter("Reference temperature [K]")
        self.T_amb = pybamm.Parameter("Ambient temperature [K]")
        self.s_eps = pybamm.Parameter("Separator porosity")
        self.s_b_e = pybamm.Parameter("Separator Bruggeman coefficient (electrolyte)")
        self.se = SolidElectrolyteParameters()
        self.p = CompositeCathodeParameters()
        self.n = AnodeParameters()
        self.side = SideReactionParameters()
        self.stack = StackParameters()
        self.pe = PolymerElectrolyteParameters()
        self.compaction = {
            prefix: LayerCompactionParameters(prefix)
            for prefix in ("Positive electrode", "Separator")
        }

    def pressure_law(self, name, pressure):
        """The pressure law ``name`` (a function of a pressure) at ``pressure``."""
        return pybamm.FunctionParameter(name, {PRESSURE_ARGUMENT: pressure})


class PolymerFilledParameters(pybamm.LithiumIonParameters):
    """PyBaMM's lithium-ion parameters with a polymer electrolyte in the pores.

    Where a polymer electrolyte fills the separator and the cathode, PyBaMM's
    concentrated-solution submodels (its DFN's electrolyte diffusion and
    conductivity) solve it; they read their electrolyte here, so the polymer's
    names (:class:`PolymerElectrolyteParameters`) replace PyBaMM's
    "Electrolyte conductivity [S.m-1]", "Electrolyte diffusivity [m2.s-1]",
    "Cation transference number", "Thermodynamic factor" and "Initial
    concentration in electrolyte [mol.m-3]" (PyBaMM's domain parameters keep the
    last only as the scale that regularises the exchange-current densities).
    """

    @property
    def c_e_init(self):
        """ "Polymer initial salt concentration [mol.m-3]"."""
        return PolymerElectrolyteParameters().c_init

    @c_e_init.setter
    def c_e_init(self, value):
        # PyBaMM's constructor sets its own name; the polymer's is read instead
        pass

    def t_plus(self, c_e, T):
        return PolymerElectrolyteParameters().t_plus(c_e, T)

    def thermodynamic_factor(self, c_e, T):
        return PolymerElectrolyteParameters().thermodynamic_factor(c_e, T)

    def D_e(self, c_e, T):
        return PolymerElectrolyteParameters().D(c_e, T)

    def kappa_e(self, c_e, T):
        return PolymerElectrolyteParameters().kappa(c_e, T)
