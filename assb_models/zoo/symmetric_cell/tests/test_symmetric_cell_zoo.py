"""Physical results of the SymmetricCell zoo entry (Park2021, bare Li)."""

import numpy as np
import pybamm

from assb_models.zoo.symmetric_cell import SymmetricCell

FARADAY = 96485.33212  # C/mol
GAS_CONSTANT = 8.314462618  # J/(mol K)


def test_small_current_overpotential_is_asr_times_current():
    """At i << j0 the cell overpotential is i x ASR, with

    ASR = L_s / (kappa_SE eps_s^b) + 2 R T / (F j0)

    (SE pellet plus the linearised Butler-Volmer of the two Li contacts), computed
    here from the parameter values, not from the model."""
    model = SymmetricCell({"anode interphase": "none", "anode contact": "full"})
    values = model.default_parameter_values
    area = values["Electrode height [m]"] * values["Electrode width [m]"]
    i = 0.1  # A/m2 (0.01 mA/cm2)
    values["Current function [A]"] = i * area
    solution = pybamm.Simulation(model, parameter_values=values).solve([0, 60])

    param = pybamm.LithiumIonParameters()
    T = pybamm.Scalar(values["Initial temperature [K]"])
    c_e = pybamm.Scalar(values["Initial concentration in electrolyte [mol.m-3]"])
    kappa = values.evaluate(param.kappa_e(c_e, T))
    j0 = values.evaluate(param.j0_Li_metal(c_e, c_e, T))
    assert i / j0 < 0.02  # the linear regime of Butler-Volmer
    pellet = values["Separator thickness [m]"] / (
        kappa
        * values["Separator porosity"]
        ** values["Separator Bruggeman coefficient (electrolyte)"]
    )
    contacts = 2 * GAS_CONSTANT * T.value / (FARADAY * j0)
    np.testing.assert_allclose(
        solution["Cell overpotential [V]"].entries, i * (pellet + contacts), rtol=1e-4
    )
