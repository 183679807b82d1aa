"""The LiCoO2 full cells of the Park2021 set: sources, cut-offs, OCP, bad input."""

import numpy as np
import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Park2021
from assb_models.validation import InvalidInputError

ANODES = tuple(Park2021.FULL_CELL_ANODES)


@pytest.mark.parametrize("anode", ANODES)
def test_every_full_cell_value_has_a_source(anode):
    values = assb_models.get_parameter_values("Park2021", cell="full", anode=anode)
    sources = assb_models.get_sources("Park2021", cell="full", anode=anode)
    assert set(sources) == set(values.keys()) - {"chemistry", "citations"}
    assert all(isinstance(s, str) and len(s) > 5 for s in sources.values())


@pytest.mark.parametrize("anode", ANODES)
def test_cut_offs_are_4p3_and_3p0_v_vs_li_whatever_the_anode(anode):
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode=anode)
    u_n = pv["Negative electrode OCP [V]"]
    assert pv["Upper voltage cut-off [V]"] + u_n == pytest.approx(4.3)
    assert pv["Lower voltage cut-off [V]"] + u_n == pytest.approx(3.0)


def test_values_shared_with_kim2024_are_read_from_it():
    park = assb_models.get_parameter_values("Park2021", cell="full", anode="Li-In")
    kim = assb_models.get_parameter_values("Kim2024", anode="Li-In")
    sources = assb_models.get_sources("Park2021", cell="full", anode="Li-In")
    for name in Park2021.FROM_KIM2024 + Park2021.FROM_KIM2024_LI_IN:
        assert park[name] == kim[name]
        assert sources[name].startswith("as Kim2024")


def test_the_lithium_metal_anodes_keep_the_symmetric_cell_values():
    full = assb_models.get_parameter_values("Park2021", cell="full", anode="Li2Se-NR")
    sym = assb_models.get_parameter_values("Park2021", interlayer="NR")
    for name in (
        "Interlayer thickness [m]",
        "Interlayer ionic conductivity [S.m-1]",
        "Exchange-current density for lithium metal electrode [A.m-2]",
        "Lithium metal creep length [m]",
    ):
        assert full[name] == sym[name]


def test_lco_ocp_is_rieger_inside_the_data_and_steep_past_it():
    x = np.array([0.45, 0.7, 0.95, 0.99, 0.998, 0.9995])
    ocp = np.array([Park2021.lco_ocp(pybamm.Scalar(v)).evaluate().item() for v in x])
    data = np.array(
        [Park2021.lico2_ocp_Ai2020(pybamm.Scalar(v)).evaluate().item() for v in x]
    )
    np.testing.assert_allclose(ocp[:4], data[:4], atol=7e-3)
    assert np.all(np.diff(ocp) < 0)
    assert ocp[-1] < 3.0


def test_full_cell_options_follow_the_anode():
    assert Park2021.full_cell_options("Li-In")["anode"] == "Li-In"
    assert "anode contact" not in Park2021.full_cell_options("Li-In")
    bare = Park2021.full_cell_options("bare Li")
    assert bare["anode interlayer"] == "none"
    assert bare["anode contact"] == "creep and crust"
    assert Park2021.full_cell_options("Li2Se-NR")["anode interlayer"] == "resistive"


def test_unknown_anode_or_cell_is_refused_with_the_allowed_values():
    with pytest.raises(InvalidInputError, match="'anode' = 'Li-Al'.*Li-In"):
        assert assb_models.get_parameter_values("Park2021", cell="full", anode="Li-Al")
    with pytest.raises(InvalidInputError, match="'cell' = 'pouch'.*full"):
        assert assb_models.get_parameter_values("Park2021", cell="pouch")
    with pytest.raises(InvalidInputError, match="am_loading_mg_cm2"):
        assb_models.get_parameter_values(
            "Park2021", cell="full", anode="Li-In", am_loading_mg_cm2=-1
        )


def test_n_p_ratio_sets_the_lithium_of_the_anode():
    pv = assb_models.get_parameter_values(
        "Park2021", cell="full", anode="bare Li", n_p_ratio=1.0
    )
    n_li = (
        pv["Negative electrode thickness [m]"]
        / pv["Lithium metal partial molar volume [m3.mol-1]"]
    )
    q = pv["Nominal cell capacity [A.h]"] * 3600 / (Park2021.F * 1e-4)
    np.testing.assert_allclose(n_li, q, rtol=1e-12)
    li_in = assb_models.get_parameter_values(
        "Park2021", cell="full", anode="Li-In", n_p_ratio=2.0
    )
    np.testing.assert_allclose(
        li_in["Negative electrode initial lithium content [mol.m-2]"], 2 * q
    )
    with pytest.raises(InvalidInputError, match="n_p_ratio"):
        assb_models.get_parameter_values(
            "Park2021", cell="full", anode="bare Li", n_p_ratio=0
        )


@pytest.mark.parametrize("anode", ANODES)
def test_the_spme_of_every_full_cell_builds_its_jacobian(anode):
    """The SPMe with Park's options (voids, intrusion) and its cubic-spline LiCoO2
    OCP discretises and sets up its solver, Jacobian included (nothing solved)."""
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode=anode)
    model = assb_models.SolidStateSPMe(Park2021.full_cell_options(anode))
    sim = pybamm.Simulation(model, parameter_values=pv)
    sim.build()
    solver = pybamm.IDAKLUSolver()
    solver.set_up(sim.built_model, inputs={})
    assert sim.built_model.jac_rhs_algebraic_eval is not None


def test_the_ageing_study_names_an_unknown_model():
    from assb_models.reproductions.park2021 import cells

    with pytest.raises(InvalidInputError, match="'model' = 'SPM'"):
        cells.full_cell_cycling(model="SPM")


def test_a_full_cell_run_with_no_step_is_refused_by_name():
    """A run whose first step could not start (PyBaMM returns an EmptySolution)
    gives a SolverError naming the cell, not an AttributeError."""
    from assb_models.reproductions.park2021.cells import first_cycle

    empty = pybamm.EmptySolution(termination="failure at t = 0")
    with pytest.raises(pybamm.SolverError, match="Li-In: no step of the full cell"):
        first_cycle("Li-In", empty)


@pytest.mark.parametrize("anode", ANODES)
def test_every_full_cell_takes_the_differential_surface_form(anode):
    """Double layers on the LiCoO2, its film and the carbon: every parameter the
    option needs is in the set (the build raises on a missing one)."""
    pv = assb_models.get_parameter_values("Park2021", cell="full", anode=anode)
    options = {**Park2021.full_cell_options(anode), "surface form": "differential"}
    sim = pybamm.Simulation(assb_models.SolidStateDFN(options), parameter_values=pv)
    sim.build()
    assert sim.built_model.rhs
