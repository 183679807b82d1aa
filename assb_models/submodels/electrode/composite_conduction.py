"""Electronic conduction through the active material and carbon of a composite."""

import pybamm


class CompositeElectronicConduction(pybamm.transport_efficiency.BaseModel):
    """Electronic transport efficiency of a composite of active material and carbon.

    Two parallel percolating solid paths carry electrons, each with a Bruggeman
    law in its own volume fraction:

    .. math::
        \\sigma_{eff} = \\sigma_{AM}\\,\\varepsilon_{AM}^{b_{AM}}
                      + \\sigma_{C}\\,\\varepsilon_{C}^{b_{C}}

    PyBaMM's ohmic submodel multiplies the "Positive electrode conductivity
    [S.m-1]" (the AM's own conductivity, :math:`\\sigma_{AM}`) by the transport
    efficiency, so this submodel returns

    .. math::
        \\mathcal{B}_s = \\varepsilon_{AM}^{b_{AM}}
            + \\frac{\\sigma_C}{\\sigma_{AM}}\\,\\varepsilon_C^{b_C}.

    Parameters: "Positive electrode active material volume fraction",
    "Positive electrode Bruggeman coefficient (electrode)" (:math:`b_{AM}`),
    "Positive electrode carbon volume fraction", "Positive electrode carbon
    conductivity [S.m-1]" (:math:`\\sigma_C`) and "Positive electrode Bruggeman
    coefficient (carbon)" (:math:`b_C`). With no carbon and a poorly conducting AM
    the electrode is electronically limited. The separator (pure SE) conducts no
    electrons.
    """

    def __init__(self, param, options=None):
        super().__init__(param, "Electrode", options=options)
        pybamm.citations.register("Bruggeman1935")

    def get_coupled_variables(self, variables):
        p = self.param.p
        eps_am = variables["Positive electrode active material volume fraction"]
        eps_c = self.param.assb.p.eps_c
        b_c = self.param.assb.p.b_c
        sigma_c = self.param.assb.p.sigma_c
        T = variables["Positive electrode temperature [K]"]
        sto = variables["Positive particle surface stoichiometry"]
        sigma_am = p.sigma(sto, T)

        tor_dict = {}
        for domain in self.options.whole_cell_domains:
            if domain == "separator":
                tor_dict[domain] = pybamm.FullBroadcast(
                    0, "separator", "current collector"
                )
            else:
                tor_dict[domain] = eps_am**p.b_s + sigma_c / sigma_am * eps_c**b_c
        variables.update(self._get_standard_transport_efficiency_variables(tor_dict))
        return variables
