import numpy as np
import pybamm

import assb_models


def test_arrhenius_se_conductivity():
    pv = assb_models.get_parameter_values("Kim2024")
    kappa = pybamm.FunctionParameter(
        "Electrolyte conductivity [S.m-1]",
        {"c": pybamm.Scalar(1.0), "T": pybamm.Scalar(0.0) + 318.15},
    )
    value = pv.evaluate(kappa)
    E_a = pv["Solid electrolyte conductivity activation energy [J.mol-1]"]
    expected = 0.13 * np.exp(E_a / 8.314462618 * (1 / 298.15 - 1 / 318.15))
    np.testing.assert_allclose(value, expected, rtol=1e-6)
    assert value > 0.13 * 2  # 20 K warmer more than doubles it at 0.35 eV
