"""Anode-free cell (Ag-C interlayer, plated Li): Li conserved, the layer fills
first, every coulomb lost is capacity lost, the loss has an off switch."""

import pybamm
import pytest

import assb_models
from assb_models.parameter_sets import Lee2020
from assb_models.validation import InvalidInputError


@pytest.mark.parametrize(
    "name, value",
    [
        ("Ag-C interlayer lithium capacity [mol.m-2]", -0.1),
        ("Ag-C interlayer lithium capacity [mol.m-2]", 0.0),
        ("Ag-C interlayer initial stoichiometry", 0.0),
        ("Ag-C interlayer initial stoichiometry", 1.2),
        ("Ag-C interlayer exchange-current density [A.m-2]", -5.0),
        ("Plated lithium stripping reference amount [mol.m-2]", 0.0),
    ],
)
def test_bad_interlayer_values_are_refused(name, value):
    pv = assb_models.get_parameter_values("Lee2020")
    pv[name] = value
    with pytest.raises(
        InvalidInputError,
        match=name.replace("[", r"\[").replace("]", r"\]").replace(".", r"\."),
    ):
        assb_models.Simulation(
            assb_models.SolidStateDFN(Lee2020.MODEL_OPTIONS), parameter_values=pv
        )


def test_bad_recipe_is_refused():
    with pytest.raises(InvalidInputError, match="layer_thickness_m"):
        assb_models.get_parameter_values("Lee2020", layer_thickness_m=-1e-6)


def test_li_metal_options_need_lithium_metal():
    with pytest.raises(pybamm.OptionError, match="anode interlayer"):
        assb_models.SolidStateDFN(
            {"anode": "anode-free", "anode interlayer": "resistive"}
        )


def test_initial_soc_and_a_first_discharge_are_refused():
    pv = assb_models.get_parameter_values("Lee2020")
    model = assb_models.SolidStateDFN(Lee2020.MODEL_OPTIONS)
    with pytest.raises(InvalidInputError, match="anode-free"):
        assb_models.Simulation(model, parameter_values=pv).solve(
            [0, 3600], initial_soc=0.5
        )
    sim = assb_models.Simulation(
        model,
        parameter_values=pv,
        experiment=pybamm.Experiment(["Discharge at 0.1C until 2.5 V"]),
    )
    with pytest.raises(InvalidInputError, match="nothing to discharge"):
        sim.solve()


def test_silver_migration_moves_a_tenth_of_the_silver_in_1000_cycles():
    """The set's migration coefficient is its stated estimate: with ds = -kappa s
    dn_plated, 1,000 cycles of 2 mol/m2 plated leave ~90 % of the Ag in the layer
    (a coefficient divided by the Ag content, m4/mol2, moved 95 % of it)."""
    import math

    kappa = Lee2020.get_parameter_values()["Silver migration coefficient [m2.mol-1]"]
    moved = 1 - math.exp(-kappa * 2.0 * 1000)
    assert 0.08 < moved < 0.12


def test_ni90_ocp_reaches_4v25_at_its_li_fraction():
    """The Ni90 curve is the NCM811 one on a stretched Li axis: 4.25 V at the
    fitted Li fraction, the NCM811 value at full lithiation, monotonic."""
    import numpy as np

    from assb_models.parameter_sets import Kim2024

    def u(f, x):
        return float(np.squeeze(f(pybamm.Scalar(x)).evaluate()))

    x = Lee2020.NI90_LI_AT_4V25
    assert abs(u(Lee2020.ni90_ocp, x) - 4.25) < 2e-3
    assert abs(u(Lee2020.ni90_ocp, 1.0) - u(Kim2024.nmc_ocp, 1.0)) < 1e-12
    xs = np.linspace(0.1, 1.0, 50)
    values = [u(Lee2020.ni90_ocp, v) for v in xs]
    assert np.all(np.diff(values) < 0)


def test_first_lithiation_of_the_layer_counts_its_silver_once():
    """The layer's reversible capacity and its traps add up to its first
    lithiation from the recipe: 2.25 Li per Ag (Li9Ag4, of which the 0.2 Li/Ag the
    Ag keeps is a part) and 200 + 50 mAh/g of carbon black."""
    ag, carbon = Lee2020.layer_contents()
    first = ag * 2.25 + carbon * 250 * 3600 / 96485.33212
    total = Lee2020.layer_capacity() + Lee2020.layer_irreversible_capacity()
    assert total == pytest.approx(first, rel=1e-6)
    assert Lee2020.layer_irreversible_capacity() == pytest.approx(
        0.2 * ag + carbon * 50 * 3600 / 96485.33212, rel=1e-6
    )


def test_each_se_conductivity_where_it_belongs():
    """The composite takes the SE powder's 1.8 mS/cm, the separator sheet its
    measured 1.31 mS/cm (powder value x the sheet's transport efficiency)."""
    pv = Lee2020.get_parameter_values()
    kappa = pv["Solid electrolyte conductivity at reference temperature [S.m-1]"]
    assert kappa == pytest.approx(0.18)
    sheet = (
        kappa
        * pv["Separator porosity"]
        ** pv["Separator Bruggeman coefficient (electrolyte)"]
    )
    assert sheet == pytest.approx(0.131, rel=1e-9)


def test_cathode_carbon_is_a_nanofibre_at_its_own_density():
    """The carbon nanofibre blocks its own volume (VGCF 2.0 g/cm3), not that of
    spherical-carbon aggregates (0.67 g/cm3): a 119 um composite at 12 % voids."""
    recipe = Lee2020.get_recipe()
    assert recipe.carbon_density_g_cm3 == 2.0
    assert recipe.am_density_g_cm3 == pytest.approx(4.78)
    pv = Lee2020.get_parameter_values()
    assert pv["Positive electrode carbon density [kg.m-3]"] == pytest.approx(2000.0)
    assert pv["Positive electrode thickness [m]"] == pytest.approx(119.0e-6, rel=5e-3)
