"""The dispersed-hybrid effective-medium law, the SPEI and dead-Li laws, and the
Chen2016/Zhao2016 sets that use them (no solves)."""

import numpy as np
import pytest

import assb_models
from assb_models.parameter_sets import _hybrid as hyb
from assb_models.parameters.hybrid_laws import (
    coated_sphere,
    dead_lithium_front,
    dispersed_hybrid,
    gem,
    shell_fraction,
    spei_resistance,
    volume_fraction,
)
from assb_models.validation import InvalidInputError

PURE = {
    "polymer_conductivity": 1e-3,
    "polymer_transference_number": 0.3,
    "polymer_salt_diffusivity": 1e-12,
    "sulfide_conductivity": 0.3,
    "shell_conductivity": 1e-3,
    "shell_volume_ratio": 0.03,
    "critical_fraction": 0.16,
    "exponent": 2.0,
}


def test_the_law_reduces_to_each_pure_phase_at_its_ends():
    polymer = dispersed_hybrid(0.0, **PURE)
    assert polymer["Conductivity [S.m-1]"] == pytest.approx(1e-3, rel=1e-12)
    assert polymer["Transference number"] == pytest.approx(0.3, rel=1e-12)
    assert polymer["Salt diffusivity [m2.s-1]"] == pytest.approx(1e-12, rel=1e-12)
    sulfide = dispersed_hybrid(1.0, **PURE)
    assert sulfide["Conductivity [S.m-1]"] == pytest.approx(0.3, rel=1e-12)
    assert sulfide["Transference number"] == 1.0
    assert sulfide["Salt diffusivity [m2.s-1]"] == 0.0


def test_the_law_is_monotonic_and_switches_at_percolation():
    phis = np.linspace(0, 1, 41)
    sigma = [dispersed_hybrid(p, **PURE)["Conductivity [S.m-1]"] for p in phis]
    t = [dispersed_hybrid(p, **PURE)["Transference number"] for p in phis]
    assert np.all(np.diff(sigma) > 0) and np.all(np.diff(t) >= 0)
    # ceramic-in-polymer: near the polymer below the threshold; polymer-in-
    # ceramic: orders of magnitude above it beyond
    below = dispersed_hybrid(0.1, **PURE)["Conductivity [S.m-1]"]
    above = dispersed_hybrid(0.5, **PURE)["Conductivity [S.m-1]"]
    assert below < 3e-3 < 1e-2 < above


def test_the_pieces_of_the_law():
    assert gem((0.5, 0.5), (2.0, 2.0), 0.16, 2) == 2.0
    assert gem((1.0, 0.0), (1.0, 5.0), 0.16, 2) == 1.0
    assert coated_sphere(3.0, 1.0, 1.0) == 3.0
    # a blocking core in a conducting shell: Maxwell's 2(1-psi)/(2+psi)
    assert coated_sphere(0.0, 1.0, 0.5) == pytest.approx(2 * 0.5 / 2.5)
    assert shell_fraction(0.0, 0.03) == 0.0 and shell_fraction(1.0, 0.03) == 0.0
    assert shell_fraction(0.01, 0.03) == pytest.approx(0.03 * 0.01, rel=0.02)
    assert volume_fraction(0.7, 2040, 1250) == pytest.approx(0.588, abs=1e-3)


def test_a_film_on_the_particles_blocks_their_cores():
    clean = dispersed_hybrid(0.6, **PURE)["Conductivity [S.m-1]"]
    coated = dispersed_hybrid(0.6, **PURE, core_film_resistance=1e-2)
    assert coated["Conductivity [S.m-1]"] < clean / 10


def test_one_weight_percent_lgps_changes_the_polymer_by_less_than_one_percent():
    """Why the Chen2016 and Zhao2016 full cells give the polymer's own values."""
    for T in (313.15, 333.15):
        inputs = hyb.dispersed_inputs(T, 0.01, plasticised=True)
        hybrid = dispersed_hybrid(**inputs)["Conductivity [S.m-1]"]
        assert abs(hybrid / inputs["polymer_conductivity"] - 1) < 0.01


@pytest.mark.parametrize(
    "name, value, words",
    [
        ("sulfide_fraction", 1.2, "sulfide volume fraction"),
        ("polymer_transference_number", 0.0, "polymer transference number"),
        ("critical_fraction", 1.0, "critical fraction"),
        ("sulfide_conductivity", -1.0, "sulfide conductivity"),
    ],
)
def test_bad_inputs_are_named(name, value, words):
    args = {"sulfide_fraction": 0.5, **PURE, name: value}
    with pytest.raises(InvalidInputError, match=words):
        dispersed_hybrid(**args)


def test_spei_and_dead_lithium_laws():
    week = 7 * 86400
    lsps = spei_resistance(week, *hyb.SPEI["Li10SnP2S12"][:2])
    lpscl = spei_resistance(week, *hyb.SPEI["Li6PS5Cl"][:2])
    assert lsps == pytest.approx(300e-4) and lsps > 100 * lpscl
    with pytest.raises(InvalidInputError, match="SPEI growth rate"):
        spei_resistance(1.0, 0.0, -1.0)
    # 1 C/m2 of Li at 100 % inefficiency, dense: V_Li / F metres
    h = dead_lithium_front(1.0, 1.0, 0.0, 1.3e-5)
    assert h == pytest.approx(1.3e-5 / 96485.33212)
    with pytest.raises(InvalidInputError, match="dead-Li porosity"):
        dead_lithium_front(1.0, 0.1, 1.0, 1.3e-5)


def test_the_lgps_reduction_is_balanced():
    """Li10GeP2S12 + 23.75 Li -> 12 Li2S + 2 Li3P + 1/4 Li15Ge4: Li, S, P, Ge and
    charge balance."""
    li_in = 10 + hyb.LGPS_REDUCTION_ELECTRONS
    li_out = 12 * 2 + 2 * 3 + 0.25 * 15
    assert li_in == li_out
    electrons = 2 * (5 - (-3)) + (4 - (-15 / 4))  # P 5+ -> 3-, Ge 4+ -> -15/4
    assert electrons == hyb.LGPS_REDUCTION_ELECTRONS


@pytest.mark.parametrize(
    "name, recipe",
    [
        ("Chen2016", {}),
        ("Chen2016", {"cell": "symmetric", "electrolyte": "PEO"}),
        ("Zhao2016", {}),
        ("Zhao2016", {"cell": "symmetric", "electrolyte": "LGPS"}),
        ("Zhao2016", {"cell": "symmetric", "electrolyte": "70 wt% LGPS-PEO"}),
    ],
)
def test_the_hybrid_sets_load_with_a_source_for_every_value(name, recipe):
    values = assb_models.get_parameter_values(name, **recipe)
    sources = assb_models.get_sources(name, **recipe)
    assert set(sources) == set(values.keys()) - {"chemistry", "citations"}
    assert all(isinstance(s, str) and s for s in sources.values())


def test_the_hybrid_sets_refuse_other_cells():
    with pytest.raises(InvalidInputError, match="'cell'"):
        assb_models.get_parameter_values("Chen2016", cell="pouch")
    with pytest.raises(InvalidInputError, match="allowed only with cell"):
        assb_models.get_parameter_values("Zhao2016", electrolyte="LGPS")


def test_the_lfp_recipe_fills_the_volume():
    fractions, thickness = hyb.lfp_recipe()
    assert sum(fractions.values()) + hyb.CATHODE_VOID == pytest.approx(1)
    capacity = (
        fractions["LFP"]
        * thickness
        * hyb.LFP_DENSITY
        * hyb.LFP_CAPACITY
        * 3.6
        / (hyb.LFP_LOADING * hyb.LFP_CAPACITY * 3.6)
    )
    assert capacity == pytest.approx(1)  # the LFP of the recipe is the loading


def test_the_lfp_polymer_exchange_current_follows_the_vtf_law():
    """0.1 A/m2 half lithiated at the polymer's salt and 60 C; in temperature the
    polymer's VTF ratio (0.24 at 40 C); zero at either end of lithiation."""
    import pybamm

    def j0(x, T, c_e=hyb.PEO_SALT):
        value = hyb.lfp_polymer_exchange_current_density(
            pybamm.Scalar(c_e), pybamm.Scalar(x), pybamm.Scalar(1.0), pybamm.Scalar(T)
        )
        return float(value.evaluate())

    assert j0(0.5, 333.15) == pytest.approx(hyb.J0_LFP_POLYMER_60C, rel=1e-12)
    vtf = hyb.amorphous_conductivity(313.15) / hyb.amorphous_conductivity(333.15)
    assert j0(0.5, 313.15) / j0(0.5, 333.15) == pytest.approx(vtf, rel=1e-12)
    assert 0.2 < vtf < 0.3
    assert j0(0.0, 333.15) == 0 and j0(1.0, 333.15) == 0
    assert j0(0.5, 333.15, 4 * hyb.PEO_SALT) == pytest.approx(2 * j0(0.5, 333.15))


def test_the_salt_sits_in_the_amorphous_phase():
    """Below the PEO melting point the crystallites hold no salt: the amorphous
    phase carries c0/eps, so the membrane holds c0 per volume (the salt the
    recipe weighed in), not eps c0."""
    pv = assb_models.get_parameter_values(
        "Chen2016", cell="symmetric", electrolyte="PEO"
    )
    eps = pv["Separator porosity"]
    assert eps == pytest.approx(0.5)
    c = pv["Polymer initial salt concentration [mol.m-3]"]
    assert eps * c == pytest.approx(hyb.PEO_SALT, rel=1e-12)
    hybrid = assb_models.get_parameter_values(
        "Chen2016", cell="symmetric", electrolyte="hybrid"
    )
    assert hybrid["Separator porosity"] == 1.0
    assert hybrid["Polymer initial salt concentration [mol.m-3]"] == pytest.approx(
        hyb.PEO_SALT
    )
