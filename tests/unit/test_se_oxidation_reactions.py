"""Written SE oxidation reactions: balanced, and what they cost per formula unit."""

import pytest

import assb_models
from assb_models.parameter_sets import _argyrodite as argyrodite


@pytest.mark.parametrize("name", sorted(argyrodite.REACTIONS))
def test_every_written_reaction_is_balanced(name):
    net = argyrodite.reaction_balance(name)
    assert set(net) >= {"Li", "P", "S", "Cl"}
    assert all(abs(v) < 1e-12 for v in net.values()), net


def test_an_unbalanced_reaction_is_refused(monkeypatch):
    stoich, source = argyrodite.REACTIONS["sulfide products"]
    broken = dict(stoich, S=2.0)  # half a sulfur short
    monkeypatch.setitem(argyrodite.REACTIONS, "broken", (broken, source))
    with pytest.raises(ValueError, match="not balanced"):
        argyrodite.reaction_quantities("broken")


def test_sulfide_products_pass_five_electrons_and_keep_one_li():
    q = argyrodite.reaction_quantities("sulfide products")
    assert q["electrons"] == q["lithium released"] == 5
    assert q["lithium kept"] == 1
    assert q["NCM sites lost"] == 0 and q["lattice oxygen"] == 0
    # LiCl 20.5 + 1/2 P2S5 106.4 + 5/2 S 38.7 cm3
    assert q["product volume [m3.mol-1]"] == pytest.approx(165.6e-6, rel=1e-3)


def test_lattice_oxygen_products_are_a_chemical_reaction_costing_ncm_sites():
    """S(-II) -> S(VI) with lattice O: the electrons reduce the NCM, none leave."""
    q = argyrodite.reaction_quantities("oxygenated products, lattice oxygen")
    assert q["electrons"] == 0 and q["lithium released"] == 0
    assert q["lithium kept"] == 6  # LiCl + Li3PO4 + Li2SO4
    assert q["lattice oxygen"] == 8  # 4 in PO4 + 4 in SO4
    assert q["NCM sites lost"] == q["irreversible charge"] == 8
    # per unit of irreversible charge the layer is no thinner than the sulfide one
    sulfide = argyrodite.reaction_quantities("sulfide products")
    key = "layer volume per irreversible charge [m3.mol-1]"
    assert q[key] > sulfide[key]


def test_the_set_takes_the_ncm_side_stoichiometry_from_its_reaction():
    pv = assb_models.get_parameter_values("Kim2024")
    q = argyrodite.reaction_quantities(argyrodite.NCM_SIDE_REACTION)
    assert (
        pv["Positive electrode SE oxidation electrons per formula unit"]
        == (q["electrons"])
    )
    assert (
        pv["Positive electrode SE oxidation lithium kept in products per formula unit"]
        == (q["lithium kept"])
    )
    assert pv["CEI molar volume [m3.mol-1]"] == q["product volume [m3.mol-1]"]


def test_inconsistent_ncm_side_stoichiometry_is_refused():
    pv = assb_models.get_parameter_values("Kim2024")
    pv.update({"Positive electrode SE oxidation electrons per formula unit": 8.0})
    with pytest.raises(
        assb_models.InvalidInputError,
        match="Positive electrode SE oxidation electrons per formula unit",
    ):
        assb_models.validate_parameter_values(pv)


def _sides(s_carbon, s_ncm, carbon_at_bound=1.0, nm_per_mah=10.0):
    carbon = {
        "charge at the layer bound [mAh/g]": carbon_at_bound,
        "SE consumed per mAh/g [%]": s_carbon,
        "full contact [x model's]": 20.0,
    }
    ncm = {
        "nm per mAh/g": nm_per_mah,
        "free layer [nm]": 19.0,
        "SE consumed per mAh/g [%]": s_ncm,
        "full contact [x model's]": 2.0,
    }
    return carbon, ncm


def test_least_contact_areas_gives_carbon_what_the_se_bound_allows():
    """Carbon's 5 e- products cost more SE per charge than the NCM side's: the
    carbon side takes charge until the SE bound binds; the NCM side's area then
    holds the rest at the CEI bound (thickness = charge / area)."""
    from assb_models.reproductions.kim2024.cells import least_contact_areas

    carbon, ncm = _sides(s_carbon=2.7, s_ncm=1.7)
    out = least_contact_areas(16.9, carbon, ncm, se_max=30.0)
    q_c = (30.0 - 1.7 * 16.9) / (2.7 - 1.7)
    assert out["carbon-side charge [mAh/g]"] == pytest.approx(q_c)
    assert out["SE consumed [%]"] == pytest.approx(30.0)
    assert out["SE bound met"]
    area = (16.9 - q_c) * 10.0 / 19.0
    assert out["NCM contact area needed [x model's]"] == pytest.approx(area)
    assert out["carbon contact area needed [x model's]"] == pytest.approx(q_c)
    assert not out["fits at full contact"]  # 8.2x the model's area, ceiling 2x
    # twice the CEI per charge (half the area per charge) needs twice the area
    thick = least_contact_areas(16.9, carbon, _sides(2.7, 1.7, nm_per_mah=20.0)[1], 30)
    assert thick["NCM contact area needed [x model's]"] == pytest.approx(2 * area)


def test_least_contact_areas_fails_the_se_bound_at_any_area():
    """With the same SE per charge on both sides the split cannot lower the SE
    consumed: above the bound no area fits; a small charge fits at the model's."""
    from assb_models.reproductions.kim2024.cells import least_contact_areas

    carbon, ncm = _sides(s_carbon=2.7, s_ncm=2.7)
    out = least_contact_areas(16.9, carbon, ncm, se_max=30.0)
    assert out["SE consumed [%]"] == pytest.approx(2.7 * 16.9)
    assert not out["SE bound met"] and not out["fits at full contact"]
    small = least_contact_areas(1.0, carbon, ncm, se_max=30.0)
    assert small["fits at full contact"]
    assert small["NCM contact area needed [x model's]"] == 0.0
    # no carbon: all of it on the NCM
    none = least_contact_areas(1.0, *_sides(2.7, 2.7, carbon_at_bound=0.0), 30.0)
    assert none["NCM-side charge [mAh/g]"] == 1.0
    assert none["NCM contact area needed [x model's]"] == pytest.approx(10.0 / 19.0)
