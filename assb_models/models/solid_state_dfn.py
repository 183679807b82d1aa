"""Full-cell DFN-type model of an all-solid-state battery."""

import pybamm

from ..options import ASSB_OPTIONS, split_options
from ..submodels import anode, electrode, interface, solid_electrolyte


class SolidStateDFN(pybamm.lithium_ion.DFN):
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
      metal (Li inventory tracked), Butler-Volmer at the interface.

    Parameters
    ----------
    options : dict, optional
        PyBaMM options plus the solid-state ones:

        * "anode": "Li-In" (default) or "lithium metal"
        * "interface film": "none" (default) or "resistive" (coating resistance
          "Positive electrode coating resistance [Ohm.m2]" in series with the
          charge transfer)

        "working electrode" is always "positive" (the anode is planar);
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
        self.assb_options, pybamm_options = split_options(options)
        super().__init__(pybamm_options, name=name, build=build)

    # ------------------------------------------------------------------ assembly
    def set_submodels(self, build):
        self.submodels["composite microstructure"] = (
            electrode.CompositeMicrostructure(self.param, self.options)
        )
        if self.assb_options["anode"] == "lithium metal":
            self.submodels["lithium inventory"] = anode.LithiumInventory(
                self.param, self.options
            )
        super().set_submodels(build)

    def set_transport_efficiency_submodels(self):
        if self.options["transport efficiency"] == "Bruggeman":
            se_law = pybamm.transport_efficiency.Bruggeman
        else:
            se_law = pybamm.transport_efficiency.TortuosityFactor
        self.submodels["electrolyte transport efficiency"] = se_law(
            self.param, "Electrolyte", self.options
        )
        self.submodels["electrode transport efficiency"] = (
            electrode.CompositeElectronicConduction(self.param, self.options)
        )

    def set_interface_utilisation_submodel(self):
        super().set_interface_utilisation_submodel()
        self.submodels["Positive interface utilisation"] = (
            interface.ActiveMaterialContact(self.param, self.options)
        )

    def set_open_circuit_potential_submodel(self):
        super().set_open_circuit_potential_submodel()
        self.submodels["negative primary open-circuit potential"] = (
            anode.CounterElectrodeOCP(self.param, self.options)
        )

    def set_li_metal_counter_electrode_submodels(self):
        super().set_li_metal_counter_electrode_submodels()
        if self.options["surface form"] != "false":
            self.submodels["negative electrode potential"] = anode.AnodeSurfaceForm(
                self.param, "negative", self.options
            )

    def set_intercalation_kinetics_submodel(self):
        super().set_intercalation_kinetics_submodel()
        if self.assb_options["interface film"] == "resistive":
            self.submodels["positive primary interface"] = interface.FilmButlerVolmer(
                self.param, "positive", "lithium-ion main", self.options, "primary"
            )

    def set_electrolyte_concentration_submodel(self):
        self.submodels["electrolyte diffusion"] = (
            pybamm.electrolyte_diffusion.ConstantConcentration(self.param, self.options)
        )

    def set_electrolyte_potential_submodel(self):
        if self.options["surface form"] == "false":
            self.submodels["electrolyte conductivity"] = (
                solid_electrolyte.SingleIonConductor(self.param, self.options)
            )
            surf = pybamm.electrolyte_conductivity.surface_potential_form.Explicit
            for domain in ["separator", "positive"]:
                self.submodels[f"{domain} surface potential difference"] = surf(
                    self.param, domain, self.options
                )
        else:
            # PyBaMM's surface-form conductivity; its concentration terms vanish
            # because c_e is constant and the transference number is 1.
            super().set_electrolyte_potential_submodel()

    # ------------------------------------------------------------------ outputs
    def set_voltage_variables(self):
        super().set_voltage_variables()
        V = self.variables["Voltage [V]"]
        U_n = pybamm.Parameter("Negative electrode OCP [V]")
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
        if self.assb_options["anode"] == "Li-In":
            self.variables["Voltage vs Li-In [V]"] = V

    @property
    def default_parameter_values(self):
        from ..parameters import get_parameter_values

        anode_name = {"Li-In": "Li-In", "lithium metal": "lithium metal"}
        return get_parameter_values("Kim2024", anode=anode_name[self.assb_options["anode"]])

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


__all__ = ["SolidStateDFN", "ASSB_OPTIONS"]
