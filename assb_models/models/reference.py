"""PyBaMM's own liquid DFN set up to be physically identical to the ASSB core.

PyBaMM's DFN in its lithium-metal half-cell form, with cation transference number 1,
has a uniform electrolyte concentration and no diffusion potential: exactly the
single-ion conductor of :class:`~assb_models.SolidStateDFN`, solved with
concentration states that stay constant. It is the reference for the cross-check
tests and for the speed benchmarks.
"""

import pybamm


def equivalent_pybamm_dfn(parameter_values):
    """PyBaMM's half-cell DFN and parameters equal to a lithium-metal ASSB core.

    The two models differ only in how they write the same physics, so their
    voltages must agree:

    - AM/SE contact fraction -> PyBaMM's constant interface utilisation;
    - composite electronic conductivity
      :math:`\\sigma_{AM}\\varepsilon_{AM}^{b} + \\sigma_C\\varepsilon_C^{b_C}`
      -> PyBaMM's "Positive electrode conductivity [S.m-1]" divided by its
      Bruggeman factor :math:`(1-\\varepsilon)^{b}`, with
      :math:`\\varepsilon` = "Positive electrode porosity".

    Parameters
    ----------
    parameter_values : :class:`pybamm.ParameterValues`
        Values of a lithium-metal :class:`~assb_models.SolidStateDFN` (anode OCP 0 V,
        transference number 1, AM conductivity constant or a function of
        stoichiometry and temperature; SE transport efficiency "Bruggeman").

    Returns
    -------
    model, parameter_values
        ``pybamm.lithium_ion.DFN`` and a copy of the values adapted to it.
    """
    pv = parameter_values.copy()
    eps_am = pv["Positive electrode active material volume fraction"]
    eps_c = pv["Positive electrode carbon volume fraction"]
    eps_e = pv["Positive electrode porosity"]
    b_s = pv["Positive electrode Bruggeman coefficient (electrode)"]
    b_c = pv["Positive electrode Bruggeman coefficient (carbon)"]
    sigma_am = pv["Positive electrode conductivity [S.m-1]"]
    sigma_c = pv["Positive electrode carbon conductivity [S.m-1]"]
    bruggeman = (1 - eps_e) ** b_s

    def sigma_eff(sto, T):
        # the AM conductivity may be a function of stoichiometry and temperature
        s_am = sigma_am(sto, T) if callable(sigma_am) else sigma_am
        return (s_am * eps_am**b_s + sigma_c * eps_c**b_c) / bruggeman

    pv.update(
        {
            "Positive electrode conductivity [S.m-1]": sigma_eff,
            "Initial positive electrode interface utilisation": pv[
                "Positive electrode active material-solid electrolyte contact fraction"
            ],
        },
        check_already_exists=False,
    )
    model = pybamm.lithium_ion.DFN(
        {
            "working electrode": "positive",
            "interface utilisation": ("full", "constant"),
        }
    )
    return model, pv
