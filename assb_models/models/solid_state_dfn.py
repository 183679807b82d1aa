"""Full-cell DFN-type model of an all-solid-state battery."""

import pybamm

from assb_models.options import ASSB_OPTIONS, SolidStateOptions
from assb_models.parameters.assb_parameters import (
    AssbParameters,
    PolymerFilledParameters,
)
from assb_models.parameters.parameter_values import get_parameter_values
from assb_models.solver import SolidStateSolver
from assb_models.submodels import (
    electrode,
    interface,
    interphase,
    polymer,
    pressure,
    side_reactions,
    solid_electrolyte,
)

from .anodes import chosen_interface_options, get_anode, needs_stack_pressure
from .finite_volume import ConservativeFiniteVolume
from .lithium_balance import total_lithium_variables

#: stretch of the particle mesh: the outermost of N volumes is about
#: 3 exp(-3) / N = 0.15 / N of the radius, the innermost about 20 times wider
PARTICLE_MESH_STRETCH = 3.0


def particle_submesh():
    """The AM particles' mesh: PyBaMM's :class:`pybamm.Exponential1DSubMesh`
    clustered at the surface (``side="right"``), edges

    .. math:: r_k = R\\,\\frac{e^{-\\alpha k/N} - 1}{e^{-\\alpha} - 1},
        \\quad k = 0, \\dots, N

    with :math:`\\alpha` = :data:`PARTICLE_MESH_STRETCH` and :math:`N` the
    particle points of :attr:`SolidStateCell.default_var_pts`."""
    return pybamm.MeshGenerator(
        pybamm.Exponential1DSubMesh,
        submesh_params={"side": "right", "stretch": PARTICLE_MESH_STRETCH},
    )


class SolidStateCell:
    """All-solid-state cell: planar anode | SE separator | composite cathode.

    A Doyle-Fuller-Newman-type model assembled from PyBaMM submodels and the
    solid-state ones of this package:

    - **solid electrolyte** as a single-ion conductor: constant Li+ concentration,
      no concentration states, only the ionic potential,
      :math:`\\nabla\\cdot(\\kappa_{SE}\\mathcal{B}\\nabla\\phi_e) = -\\sum a j`
      (:class:`~assb_models.submodels.solid_electrolyte.SingleIonConductor`);
    - **composite cathode**: Fickian diffusion in AM spheres, Butler-Volmer kinetics
      on the AM/SE contact (a contact fraction scales the reactive area), optional
      resistive film (coating) in series, electronic conduction through AM and
      carbon in parallel;
    - **planar anode** at x = 0: Li-In alloy (constant 0.62 V vs Li) or lithium
      metal (Li inventory tracked), Butler-Volmer at the interface; or anode-free,
      an Ag-C interlayer that fills with Li before Li plates beneath it
      (:class:`~assb_models.submodels.anode.AgCInterlayer`); or a dense Si film
      with Li diffusion across it (:class:`~assb_models.submodels.anode.SiliconFilm`).

    Parameters
    ----------
    options : dict, optional
        PyBaMM options plus the solid-state ones:

        * "anode": a name of the anode table
          :data:`~assb_models.models.anodes.ANODES` (default Li-In; lithium
          metal, anode-free, silicon; :func:`~assb_models.models.anodes.
          register_anode` adds one)
        * "interface film": "none" (default) or "resistive" (coating resistance
          "Positive electrode coating resistance [Ohm.m2]" in series with the
          charge transfer)

        "working electrode" is always "positive" (the anode is planar);
        "stack pressure": "none" (default), "laws" (porosity, AM/SE contact,
        real contact, tortuosity and connected AM from "Stack pressure [Pa]", see
        :mod:`assb_models.submodels.pressure`) or "fixed gap" (the same laws, with
        the model variable "Stack pressure [Pa]" set by the stack's thickness in a
        fixture clamped at a fixed gap, see
        :class:`~assb_models.submodels.pressure.FixedGapStackPressure`);
        "contact loss": "none" (default) or "chemo-mechanical" (needs the laws);
        "SE transport efficiency": "Bruggeman" (default) or "composite
        obstruction" (AM near its packing limit and carbon in the SE domain block
        Li+ paths, :class:`~assb_models.submodels.solid_electrolyte.
        CompositeObstruction`);
        "electrolyte": "single-ion" (default: a sulfide), "polymer" (a binary
        salt polymer electrolyte fills separator and cathode, solved by PyBaMM's
        concentrated-solution submodels with the "Polymer ..." parameters) or
        "polymer interlayer" (a polymer film, its own mesh domain "polymer
        interlayer", between the Li anode and the sulfide separator, with the
        polymer/sulfide interphase at the junction) or "polymer catholyte" (a
        polymer in the cathode behind the sulfide separator, the interphase at
        their junction, :class:`~assb_models.submodels.polymer.
        CatholyteConductivity`);
        "transport efficiency" can be "Bruggeman" (default; exponent
        "Positive electrode Bruggeman coefficient (electrolyte)") or "tortuosity
        factor"; "surface form" can be "false", "differential" or "algebraic".
    name : str, optional
        The name of the model.
    build : bool, optional
        Whether to build the model on instantiation (default True). Use False to
        replace submodels before building, as with PyBaMM models.

    Examples
    --------
    >>> import pybamm, assb_models
    >>> model = assb_models.SolidStateDFN()
    >>> sim = pybamm.Simulation(model, parameter_values=model.default_parameter_values)
    """

    def __init__(self, options=None, name="Solid-state DFN", build=True):
        super().__init__(self.options_class(options), name=name, build=build)

    #: the options class: every option of ours and the full cells' restrictions
    options_class = SolidStateOptions

    @property
    def options(self):
        return self._options

    @options.setter
    def options(self, extra_options):
        """Validated :class:`~assb_models.options.SolidStateOptions`, then PyBaMM's
        checks; the anode (:mod:`assb_models.models.anodes`) must accept the
        Li-metal interface options that are on."""
        options = self.options_class(extra_options)
        chosen_interface_options(options)
        pybamm.BaseBatteryModel.options.fset(self, options)

    def _rebuild_param(self):
        # a polymer filling the cell is PyBaMM's electrolyte, read under the
        # polymer's names
        if self.options["electrolyte"] == "polymer":
            self.param = PolymerFilledParameters(self.options)
        else:
            super()._rebuild_param()

    @property
    def polymer_interlayer(self):
        """Whether a polymer film sits between the Li anode and the separator."""
        return self.options["electrolyte"] == "polymer interlayer"

    @property
    def anode(self):
        """The :class:`~assb_models.models.anodes.Anode` of the option "anode"."""
        return get_anode(self.options)

    # ------------------------------------------------------------------ assembly
    def set_submodels(self, build):
        # the solid-state parameters beside PyBaMM's, read by the submodels as
        # self.param.assb (PyBaMM sets self.param before it calls this)
        self.param.assb = AssbParameters()
        self.submodels["composite microstructure"] = electrode.CompositeMicrostructure(
            self.param, self.options
        )
        self.set_se_oxidation_submodels()
        self.set_cei_submodel()
        inventory = self.anode.inventory
        if inventory is not None:
            self.submodels["lithium inventory"] = inventory(self.param, self.options)
        self.set_stack_pressure_submodel()
        super().set_submodels(build)

    def set_stack_pressure_submodel(self):
        """ "Stack pressure [Pa]" for the pressure laws and the Li-metal interface:
        held by the fixture, or set by the stack at a fixed gap (the anode swells
        by its "thickness change" variable, else by the Li plated or alloyed)."""
        law = self.options["stack pressure"]
        if law == "fixed gap":
            self.submodels["stack pressure"] = pressure.FixedGapStackPressure(
                self.param,
                pressure.FULL_CELL_ANODE,
                lithium_metal=self.anode.lithium_metal,
                options=self.options,
                anode_thickness_change=self.anode.thickness_change,
            )
        elif law == "laws" or needs_stack_pressure(self.options):
            self.submodels["stack pressure"] = pressure.ConstantStackPressure(
                self.param, self.options
            )

    def set_se_oxidation_submodels(self):
        """SE oxidation on carbon and on the AM, each with its off switch."""
        laws = {
            "carbon": ("SE oxidation on carbon", side_reactions.CarbonSEOxidation),
            "active material": (
                "SE oxidation on active material",
                side_reactions.ActiveMaterialSEOxidation,
            ),
        }
        for name, (option, law) in laws.items():
            if self.options[option] == "none":
                submodel = side_reactions.NoSEOxidation(self.param, name, self.options)
            elif name == "carbon":
                submodel = law(self.param, self.options[option], self.options)
            else:
                submodel = law(self.param, self.options)
            self.submodels[f"{name} SE oxidation"] = submodel
        if self.options["SE redox on carbon"] == "none":
            redox = side_reactions.NoCarbonSERedox(self.param, self.options)
        else:
            redox = side_reactions.CarbonSERedox(self.param, self.options)
        self.submodels["carbon SE redox"] = redox

    def set_cei_submodel(self):
        law = self.options["CEI growth"]
        if law == "none":
            self.submodels["CEI"] = interphase.NoCEI(self.param, self.options)
        else:
            self.submodels["CEI"] = interphase.CEIGrowth(self.param, law, self.options)

    @property
    def has_film(self):
        """Whether a film (coating or CEI) sits in series with the charge transfer."""
        return (
            self.options["interface film"] == "resistive"
            or self.options["CEI growth"] != "none"
        )

    @property
    def anode_domain(self):
        """The anode's own mesh domain (e.g. a dense Si film), or None."""
        return self.anode.domain

    @property
    def has_pressure_laws(self):
        """Whether contact, transport and connected AM follow the pressure laws."""
        return self.options["stack pressure"] != "none"

    @property
    def default_submesh_types(self):
        """PyBaMM's; under pressure, meshes that follow an input thickness.

        The compacted thicknesses (:mod:`assb_models.submodels.pressure.structure`)
        depend on "Stack pressure [Pa]", which may be an input parameter:
        :class:`~assb_models.submodels.pressure.structure.CompactedUniform1DSubMesh`
        is PyBaMM's uniform mesh for numeric thicknesses and its symbolic one for
        input-dependent ones, so a pressure sweep needs no rebuild.

        The AM particles are meshed by :func:`particle_submesh`: finite volumes
        that shrink towards the particle surface (:attr:`default_var_pts`).
        """
        submesh_types = super().default_submesh_types
        for domain in ("positive particle", "positive primary particle"):
            submesh_types[domain] = particle_submesh()
        if self.has_pressure_laws:
            for domain in ("separator", "positive electrode"):
                submesh_types[domain] = pressure.structure.CompactedUniform1DSubMesh
        if self.anode_domain is not None:
            submesh_types[self.anode_domain.name] = pybamm.Uniform1DSubMesh
        if self.polymer_interlayer:
            submesh_types[polymer.FULL_CELL_INTERLAYER.domain] = pybamm.Uniform1DSubMesh
        return submesh_types

    @property
    def default_geometry(self):
        """PyBaMM's; an anode with its own domain (a Si film) adds it, 0 <= X <= L
        (for a Si film, L the host thickness)."""
        geometry = super().default_geometry
        if self.anode_domain is not None:
            geometry[self.anode_domain.name] = {
                self.anode_domain.coordinate(): {
                    "min": pybamm.Scalar(0),
                    "max": self.anode_domain.thickness(self.param.assb),
                }
            }
        if self.polymer_interlayer:
            layer = polymer.FULL_CELL_INTERLAYER
            geometry[layer.domain] = {
                layer.coordinate(): {
                    "min": pybamm.Scalar(0),
                    "max": self.param.assb.pe.L_interlayer,
                }
            }
        return geometry

    @property
    def default_spatial_methods(self):
        """PyBaMM's; finite volumes across the anode's own domain (a Si film)."""
        methods = {
            domain: ConservativeFiniteVolume()
            if type(method) is pybamm.FiniteVolume
            else method
            for domain, method in super().default_spatial_methods.items()
        }
        if self.anode_domain is not None:
            methods[self.anode_domain.name] = ConservativeFiniteVolume()
        if self.polymer_interlayer:
            methods[polymer.FULL_CELL_INTERLAYER.domain] = ConservativeFiniteVolume()
        return methods

    def set_porosity_submodel(self):
        # under pressure the SE fractions are the set's compacted structure
        # (pressure.structure), so the porosity submodels are PyBaMM's or ours
        consumption = {
            "true": solid_electrolyte.SolidElectrolyteConsumption,
            "shell": solid_electrolyte.SolidElectrolyteShellConsumption,
        }.get(self.options["SE consumption"])
        if consumption is not None:
            self.submodels["porosity"] = consumption(self.param, self.options)
        else:
            super().set_porosity_submodel()

    def set_total_interface_submodel(self):
        self.submodels["total interface"] = side_reactions.TotalCurrentWithSEOxidation(
            self.param, self.options
        )

    def set_transport_efficiency_submodels(self):
        if self.options["transport efficiency"] == "Bruggeman":
            se_law = pybamm.transport_efficiency.Bruggeman
        else:
            se_law = pybamm.transport_efficiency.TortuosityFactor
        self.submodels["electrolyte transport efficiency"] = se_law(
            self.param, "Electrolyte", self.options
        )
        if self.has_pressure_laws:
            self.submodels["electrolyte transport efficiency"] = (
                pressure.PressureDependentTransportEfficiency(self.param, self.options)
            )
        elif self.options["SE transport efficiency"] == "composite obstruction":
            self.submodels["electrolyte transport efficiency"] = (
                solid_electrolyte.CompositeObstruction(self.param, self.options)
            )
        self.submodels["electrode transport efficiency"] = (
            electrode.CompositeElectronicConduction(self.param, self.options)
        )

    def set_interface_utilisation_submodel(self):
        super().set_interface_utilisation_submodel()
        contact = {
            "none": interface.ActiveMaterialContact,
            "laws": pressure.PressureDependentContact,
            "fixed gap": pressure.PressureDependentContact,
        }[self.options["stack pressure"]]
        if self.options["contact loss"] == "chemo-mechanical":
            contact = pressure.ChemoMechanicalContactLoss
        self.submodels["Positive interface utilisation"] = contact(
            self.param, self.options
        )

    def set_active_material_submodel(self):
        super().set_active_material_submodel()
        if self.options["active material isolation"] == "SE percolation":
            self.submodels["positive primary active material"] = (
                electrode.PercolationIsolation(self.param, self.options)
            )
            self.submodels["positive isolated lithium"] = electrode.IsolatedLithium(
                self.param, self.options
            )
        if self.has_pressure_laws:
            self.submodels["positive primary active material"] = (
                pressure.ConnectedActiveMaterial(
                    self.param, "positive", self.options, "primary"
                )
            )

    def set_open_circuit_potential_submodel(self):
        super().set_open_circuit_potential_submodel()
        self.submodels["negative primary open-circuit potential"] = (
            self.anode.open_circuit_potential(self.param, self.options)
        )

    def set_li_metal_counter_electrode_submodels(self):
        """PyBaMM's planar Li-metal anode, then the anode's own submodels
        (:attr:`~assb_models.models.anodes.Anode.set_submodels`)."""
        super().set_li_metal_counter_electrode_submodels()
        self.anode.set_submodels(self)
        if self.polymer_interlayer:
            self.set_polymer_interlayer_submodels()

    def set_polymer_interlayer_submodels(self):
        """The polymer film between the Li and the sulfide separator, the
        interphase at the junction, and the film in series with the anode's
        potential.

        The film is its own domain "polymer interlayer" with its own coordinate
        (0 at the Li, the film's thickness at the sulfide), beside PyBaMM's
        separator and cathode rather than concatenated with them: its current is
        the cell's (no reaction inside), so it couples to them only through its
        potential drop and its face concentrations. It is meshed uniformly
        (:attr:`default_var_pts`)."""
        self.submodels["polymer interlayer"] = polymer.PolymerLayer(
            self.param,
            polymer.FULL_CELL_INTERLAYER,
            self.param.assb.pe.L_interlayer,
            "Total current density [A.m-2]",
            potential_state=True,
            options=self.options,
        )
        law = polymer.SPEI_LAWS[self.options["polymer/sulfide interphase"]]
        self.submodels["polymer/sulfide interphase"] = law(
            self.param, options=self.options
        )
        self.submodels["negative electrode potential"] = (
            polymer.with_polymer_interlayer(
                self.submodels["negative electrode potential"]
            )
        )

    def set_intercalation_kinetics_submodel(self):
        super().set_intercalation_kinetics_submodel()
        if self.has_film:
            self.submodels["positive primary interface"] = interface.FilmButlerVolmer(
                self.param, "positive", "lithium-ion main", self.options, "primary"
            )

    def set_electrolyte_concentration_submodel(self):
        choice = self.options["electrolyte"]
        if choice == "polymer":
            # a binary salt: PyBaMM's concentrated-solution diffusion
            submodel = polymer.PolymerDiffusion(self.param, self.options)
        elif choice == "polymer interlayer":
            submodel = polymer.SulfideBehindPolymerInterlayer(self.param, self.options)
        elif choice == "polymer catholyte":
            submodel = polymer.CatholyteConcentration(self.param, self.options)
        else:
            submodel = solid_electrolyte.SingleIonConcentration(
                self.param, self.options
            )
        self.submodels["electrolyte diffusion"] = submodel

    def set_electrolyte_potential_submodel(self):
        if self.options["electrolyte"] == "polymer catholyte":
            # sulfide separator, polymer cathode, the interphase between them
            self.submodels["electrolyte conductivity"] = polymer.CatholyteConductivity(
                self.param, options=self.options
            )
            self.submodels["polymer/sulfide interphase"] = (
                polymer.ConstantPolymerSulfideInterphase(
                    self.param, options=self.options
                )
            )
            surf = pybamm.electrolyte_conductivity.surface_potential_form.Explicit
            for domain in ["separator", "positive"]:
                self.submodels[f"{domain} surface potential difference"] = surf(
                    self.param, domain, self.options
                )
            return
        if (
            self.options["surface form"] == "false"
            and self.options["electrolyte"] != "polymer"
        ):
            self.submodels["electrolyte conductivity"] = (
                solid_electrolyte.SingleIonConductor(self.param, self.options)
            )
            surf = pybamm.electrolyte_conductivity.surface_potential_form.Explicit
            for domain in ["separator", "positive"]:
                self.submodels[f"{domain} surface potential difference"] = surf(
                    self.param, domain, self.options
                )
        else:
            # PyBaMM's conductivity (a polymer: with its diffusion potential; a
            # sulfide in the surface form: its concentration terms vanish
            # because c_e is constant and the transference number is 1)
            super().set_electrolyte_potential_submodel()
            if self.options["surface form"] == "differential":
                self.submodels["positive surface potential difference"] = (
                    interface.CompositeDoubleLayer(self.param, self.options)
                )

    # ------------------------------------------------------------------ outputs
    def set_voltage_variables(self):
        super().set_voltage_variables()
        V = self.variables["Voltage [V]"]
        # the anode's rest potential: a variable where it moves with the anode's
        # lithiation (Si film, Ag-C layer), else the constant of Li metal / Li-In
        if self.anode.rest_potential is None:
            U_n = self.param.assb.n.U_ocp
        else:
            U_n = self.variables[self.anode.rest_potential]
        m_am = self.variables["Positive electrode active material mass [kg]"]
        Q = self.variables["Discharge capacity [A.h]"]
        self.variables.update(
            {
                # cell voltage plus the anode's rest potential
                "Voltage vs Li [V]": V + U_n,
                # A.h per kg is mA.h per g
                "Specific capacity [mA.h.g-1]": Q / m_am,
            }
        )
        if self.anode.reference_voltage is not None:
            self.variables[self.anode.reference_voltage] = V
        self.set_side_reaction_variables()

    @property
    def has_side_reactions(self):
        """Whether any SE oxidation (on carbon, on the AM, or as CEI growth) or the
        reversible SE redox on carbon runs."""
        return any(
            self.options[name] != "none"
            for name in (
                "SE oxidation on carbon",
                "SE redox on carbon",
                "SE oxidation on active material",
                "CEI growth",
            )
        )

    def set_side_reaction_variables(self):
        """Bookkeeping of SE oxidation: charge per gram of AM, SE and Li atoms.

        The reaction on carbon (charge :math:`Q_C` [A.h]) and the one on the active
        material (:math:`Q_{AM} + Q_{CEI}`) each have their own stoichiometry. The
        SE formula units consumed, the Li+ they release and the Li left in the
        solid products (e.g. LiCl from Li6PS5Cl) are

        .. math::
            N_{SE} = \\frac{3600\\,Q_C}{n_e F}
                   + \\frac{3600\\,(Q_{AM} + Q_{CEI})}{n_{e,AM} F}, \\quad
            n_{Li,released} = \\frac{3600\\,Q}{F}, \\quad
            n_{Li,products} = \\nu_{kept} N_{SE,C} + \\nu_{kept,AM} N_{SE,AM}
            \\; [mol]

        with :math:`n_e`, :math:`\\nu_{kept}` "Solid electrolyte oxidation electrons
        per formula unit" and "... lithium kept in products per formula unit" (on
        carbon), :math:`n_{e,AM}`, :math:`\\nu_{kept,AM}` "Positive electrode SE
        oxidation electrons per formula unit" and "... lithium kept in products per
        formula unit" (on the active material).
        """
        m_am = self.variables["Positive electrode active material mass [kg]"]
        Q_c = self.variables["Carbon SE oxidation capacity [A.h]"]
        Q_am = self.variables["Active material SE oxidation capacity [A.h]"]
        Q_cei = self.variables["CEI growth SE oxidation capacity [A.h]"]
        Q = Q_c + Q_am + Q_cei
        eps = self.variables["X-averaged positive electrode porosity"]
        eps_0 = pybamm.x_average(self.param.p.epsilon_init)
        self.variables.update(
            {
                "SE oxidation capacity [A.h]": Q,
                "SE oxidation capacity [mA.h.g-1]": Q / m_am,
                "Carbon SE oxidation capacity [mA.h.g-1]": Q_c / m_am,
                "Active material SE oxidation capacity [mA.h.g-1]": Q_am / m_am,
                "CEI growth SE oxidation capacity [mA.h.g-1]": Q_cei / m_am,
                "Positive electrode solid electrolyte volume fraction": self.variables[
                    "Positive electrode porosity"
                ],
                "Solid electrolyte fraction remaining": eps / eps_0,
            }
        )
        if not self.has_side_reactions:
            return
        F = self.param.F
        se, side = self.param.assb.se, self.param.assb.side
        n_se_c = Q_c * 3600 / (se.n_e_ox * F)
        n_se_am = (Q_am + Q_cei) * 3600 / (side.n_e_ox_am * F)
        self.variables.update(
            {
                "Solid electrolyte oxidised [mol]": n_se_c + n_se_am,
                "Solid electrolyte oxidised on carbon [mol]": n_se_c,
                "Solid electrolyte oxidised on active material [mol]": n_se_am,
                "Lithium released by SE oxidation [mol]": se.n_e_ox * n_se_c
                + side.n_e_ox_am * n_se_am,
                "Lithium in SE oxidation products [mol]": se.li_kept_ox * n_se_c
                + side.li_kept_ox_am * n_se_am,
            }
        )

    def set_degradation_variables(self):
        """PyBaMM's degradation variables, with every Li-bearing phase counted.

        .. math::
            n_{Li} = \\sum_k n_{Li,k} \\; [mol]

        over the variables named "Lithium in <phase> [mol]": the positive active
        material and the SE (PyBaMM's "Total lithium in positive electrode [mol]"
        and "Total lithium in electrolyte [mol]": the SE's Li+ concentration is all
        the Li it holds, times its volume, which falls as it is consumed; less the
        Li of the SE reduced at a Li-metal anode, whose few nm PyBaMM's separator
        volume does not see), the Li held by active material PyBaMM's "loss of
        active material" options have taken out of the electrode (its "Loss of
        lithium due to loss of active material in positive electrode [mol]",
        :math:`-\\int_0^t\\int \\bar c_s\\,\\partial_t\\varepsilon_{AM}\\,dV\\,dt`:
        the lost particles keep the Li they held), and each phase a submodel adds
        (the anode's metal or alloy, side-reaction products, interphases). "Total
        lithium [mol]" replaces PyBaMM's, which leaves the planar anode out; it is
        constant when every reaction conserves Li atoms.
        """
        super().set_degradation_variables()
        reduced = self.variables.get(
            "Solid electrolyte lithium reduced at the negative electrode [mol]", 0
        )
        self.variables.update(
            {
                "Lithium in positive active material [mol]": self.variables[
                    "Total lithium in positive electrode [mol]"
                ],
                "Lithium in solid electrolyte [mol]": self.variables[
                    "Total lithium in electrolyte [mol]"
                ]
                - reduced,
            }
        )
        if electrode.LOST_LITHIUM in self.variables:
            self.variables["Lithium in lost positive active material [mol]"] = (
                self.variables[electrode.LOST_LITHIUM]
            )
        if self.options["electrolyte"] == "polymer":
            # the polymer's salt is its Li+ (a 1:1 salt)
            self.variables["Polymer electrolyte salt [mol]"] = self.variables[
                "Total lithium in electrolyte [mol]"
            ]
        self.variables.update(total_lithium_variables(self.variables))

    def set_summary_variables(self):
        super().set_summary_variables()
        self.summary_variables = self.summary_variables + [
            "SE oxidation capacity [mA.h.g-1]",
            "Carbon SE oxidation capacity [mA.h.g-1]",
            "Active material SE oxidation capacity [mA.h.g-1]",
            "Solid electrolyte fraction remaining",
            "X-averaged positive electrode CEI resistance [Ohm.m2]",
        ]
        self.summary_variables = self.summary_variables + list(
            self.anode.summary_variables
        )

    @property
    def default_var_pts(self):
        """PyBaMM's points: 20 finite volumes in the AM particles, clustered towards
        the surface (:func:`particle_submesh`).

        The NCM diffusivity falls by decades near full lithiation
        (``parameter_sets/_ncm.py``), so at the end of discharge the concentration
        is steepest just under the particle surface, and 20 volumes clustered
        there are more accurate than 80 uniform ones. 1C discharge of the Kim2024
        90/3 wt% cell to 1.9 V, error of the specific capacity against its mesh
        limit (126.35 mAh/g, Richardson-extrapolated from both mesh sequences,
        which agree to 0.02 %): clustered 20 / 40 / 80 points +0.66 / +0.30 /
        +0.13 %, uniform 20 / 40 / 80 / 160 points +4.8 / +2.3 / +1.1 / +0.5 %;
        at C/10 clustered 20 points +0.13 %, uniform 40 points +0.58 %. Doubling
        the clustered mesh moves the 1C capacity by 0.37 %. A polymer
        interlayer is its own domain, a uniform mesh of 20 finite volumes across
        the film (key: its coordinate, ``polymer.FULL_CELL_INTERLAYER.
        coordinate()``): doubling it moves the voltage after 30 min at 1C by
        1e-5 V.
        """
        points = dict(super().default_var_pts)
        if self.anode_domain is not None:
            points[self.anode_domain.coordinate()] = self.anode_domain.points
        if self.polymer_interlayer:
            points[polymer.FULL_CELL_INTERLAYER.coordinate()] = 20
        return points

    @property
    def default_parameter_values(self):
        return get_parameter_values(
            self.anode.parameter_set, **self.anode.parameter_set_kwargs
        )

    @property
    def default_solver(self):
        """:class:`~assb_models.solver.SolidStateSolver`: PyBaMM's IDAKLU, which
        solves a step it cannot start again with IDA's full-system initialisation.

        Its tolerances are PyBaMM's (``rtol`` = 1e-4). "Total lithium [mol]" is
        constant to rounding at any tolerance: 2e-15 of itself over 20 Park 2021
        0.1 C cycles (700 h), as the finite volumes apply each divergence to its
        flux (:class:`~assb_models.models.finite_volume.ConservativeFiniteVolume`;
        with PyBaMM's folded stencil it drifts by 2e-16 of itself per second,
        5e-10 over the same cycles, whatever the tolerance).
        """
        return SolidStateSolver()

    @property
    def default_quick_plot_variables(self):
        return [
            "Positive particle surface concentration [mol.m-3]",
            "Current [A]",
            "Electrolyte potential [V]",
            "Positive electrode potential [V]",
            "Specific capacity [mA.h.g-1]",
            "Voltage [V]",
        ]


class SolidStateDFN(SolidStateCell, pybamm.lithium_ion.DFN):
    # the submodel choices live in the mixin SolidStateCell, shared with the reduced
    # SolidStateSPMe; PyBaMM's DFN gives the rest
    __doc__ = SolidStateCell.__doc__


__all__ = ["SolidStateCell", "SolidStateDFN", "ASSB_OPTIONS", "particle_submesh"]
