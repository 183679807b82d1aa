"""Conservative finite volumes: the discrete divergence telescopes to rounding."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.models.finite_volume import ConservativeFiniteVolume


def _discretised(sigma):
    """Park 2021's LiCoO2 core cell (Li metal, no side reaction), discretised only."""
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode="bare Li")
    pv["Positive electrode conductivity [S.m-1]"] = sigma
    model = assb_models.SolidStateDFN({"anode": "lithium metal"})
    sim = pybamm.Simulation(model, parameter_values=pv)
    sim.build()
    return sim


def _process(sim, symbol):
    return sim._disc.process_symbol(sim._parameter_values.process_symbol(symbol))


def test_the_full_cells_use_the_conservative_method_in_every_finite_volume():
    methods = assb_models.SolidStateDFN({"anode": "lithium metal"})
    methods = methods.default_spatial_methods
    for domain in ("macroscale", "positive particle"):
        assert isinstance(methods[domain], ConservativeFiniteVolume)


@pytest.mark.parametrize("sigma", [1.0, 100.0])
def test_the_electronic_current_divergence_sums_to_the_collector_current(sigma):
    """Sum over the cathode's volumes of dx div(i_s) = i_cc, to 1e-13, for any
    potential profile: the electrode gives the AM exactly the charge the collector
    brings (PyBaMM's folded stencil misses by 8e-11 at 1 S/m, 3e-9 at 100 S/m)."""
    sim = _discretised(sigma)
    model = sim.model
    i_s = model.variables["Positive electrode current density [A.m-2]"]
    div = _process(sim, pybamm.div(i_s))
    i_cc = _process(sim, model.variables["Current collector current density [A.m-2]"])
    phi = model.variables["Positive electrode potential [V]"]
    y = sim.built_model.concatenated_initial_conditions.evaluate().ravel().copy()
    (phi_slice,) = [
        s[0] for v, s in sim.built_model.y_slices.items() if v.name == phi.name
    ]
    edges = sim.mesh["positive electrode"].edges
    x = 0.5 * (edges[1:] + edges[:-1])
    # a charging cell's profile: about 0.6 V above the reference, a 60 uV drop
    y[phi_slice] += np.pi / 5 + 6e-5 * np.sin((x - x[0]) / (x[-1] - x[0]))
    total = float(np.sum(div.evaluate(0, y).ravel() * np.diff(edges)))
    current = float(np.asarray(i_cc.evaluate(0, y)).ravel()[0])
    assert abs(total / current - 1) < 1e-13
