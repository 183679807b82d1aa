"""Polymer electrolytes: options, refusals, parameters and variables (no solves)."""

import pybamm
import pytest

import assb_models
from assb_models.options import OPTIONS
from assb_models.parameters.assb_parameters import (
    AssbParameters,
    PolymerFilledParameters,
)
from assb_models.submodels import polymer

POLYMER_NAMES = {
    "Polymer electrolyte conductivity [S.m-1]",
    "Polymer salt diffusivity [m2.s-1]",
    "Polymer cation transference number",
    "Polymer thermodynamic factor",
    "Polymer initial salt concentration [mol.m-3]",
    "Polymer interlayer thickness [m]",
    "Polymer/sulfide interphase initial resistance [Ohm.m2]",
    "Polymer VTF pre-exponential conductivity [S.m-1]",
    "Polymer VTF pseudo-activation energy [J.mol-1]",
    "Polymer VTF ideal glass transition temperature [K]",
}


def test_electrolyte_option_defaults_to_the_single_ion_sulfide():
    assert OPTIONS["electrolyte"].default == "single-ion"
    assert assb_models.SolidStateDFN().options["electrolyte"] == "single-ion"


def test_every_polymer_name_is_declared():
    pe = AssbParameters().pe
    c, T = pybamm.Scalar(1000.0), pybamm.Scalar(333.15)
    symbols = [
        pe.kappa(c, T),
        pe.D(c, T),
        pe.t_plus(c, T),
        pe.thermodynamic_factor(c, T),
        *(v for v in vars(pe).values() if isinstance(v, pybamm.Symbol)),
    ]
    names = {
        s.name
        for symbol in symbols
        for s in symbol.pre_order()
        if isinstance(s, (pybamm.Parameter, pybamm.FunctionParameter))
    }
    assert POLYMER_NAMES <= names


def test_filled_cell_reads_pybamms_electrolyte_under_the_polymer_names():
    model = assb_models.SolidStateDFN(
        {"anode": "lithium metal", "electrolyte": "polymer"}
    )
    assert isinstance(model.param, PolymerFilledParameters)
    assert model.param.c_e_init.name == "Polymer initial salt concentration [mol.m-3]"
    c, T = pybamm.Scalar(1.0), pybamm.Scalar(300.0)
    assert model.param.t_plus(c, T).name == "Polymer cation transference number"
    diffusion = model.submodels["electrolyte diffusion"]
    assert isinstance(diffusion, polymer.PolymerDiffusion)
    assert "Polymer electrolyte salt [mol]" in model.variables


def test_interlayer_has_its_own_domain_and_counts_its_lithium():
    model = assb_models.SolidStateDFN(
        {"anode": "lithium metal", "electrolyte": "polymer interlayer"}
    )
    domain = polymer.FULL_CELL_INTERLAYER.domain
    assert domain in model.default_geometry
    assert domain in model.default_submesh_types
    assert domain in model.default_spatial_methods
    assert "Lithium in polymer interlayer [mol]" in model.variables
    assert "Polymer/sulfide junction potential step change [V]" in model.variables
    # the film and the SPEI sit in series with the Li anode
    potential = model.submodels["negative electrode potential"]
    assert isinstance(potential, polymer.PolymerInterlayerInSeries)


@pytest.mark.parametrize(
    "options, match",
    [
        ({"electrolyte": "polymer interlayer"}, "needs 'anode'"),
        ({"anode": "anode-free", "electrolyte": "polymer"}, "needs 'anode'"),
        (
            {
                "anode": "lithium metal",
                "electrolyte": "polymer",
                "anode interphase": "constant",
            },
            "'anode interphase' = 'constant'",
        ),
        (
            {
                "anode": "lithium metal",
                "electrolyte": "polymer",
                "SE oxidation on carbon": "self-limiting Tafel",
            },
            "'SE oxidation on carbon'",
        ),
        (
            {
                "anode": "lithium metal",
                "electrolyte": "polymer",
                "stack pressure": "laws",
            },
            "'stack pressure'",
        ),
        ({"electrolyte": "gel"}, "allowed values"),
        (
            {"electrolyte": "polymer catholyte", "surface form": "differential"},
            "needs 'surface form'",
        ),
        (
            {"electrolyte": "polymer catholyte", "CEI growth": "reaction-limited"},
            "'CEI growth'",
        ),
    ],
)
def test_full_cells_refuse_what_a_polymer_cannot_take(options, match):
    with pytest.raises(pybamm.OptionError, match=match):
        assb_models.SolidStateDFN(options)


@pytest.mark.parametrize(
    "electrolyte", ["polymer", "polymer interlayer", "polymer catholyte"]
)
def test_spme_refuses_a_binary_electrolyte(electrolyte):
    with pytest.raises(pybamm.OptionError, match="not validated"):
        assb_models.SolidStateSPMe(
            {"anode": "lithium metal", "electrolyte": electrolyte}
        )


def test_symmetric_cell_with_a_polymer_does_not_reduce_a_sulfide():
    model = assb_models.SymmetricCell({"electrolyte": "polymer"})
    assert model.options["anode interphase"] == "none"
    assert "Lithium in polymer electrolyte [mol]" in model.variables
    assert polymer.SYMMETRIC_LAYER.domain in model.default_geometry
    with pytest.raises(pybamm.OptionError, match="does not touch"):
        assb_models.SymmetricCell(
            {"electrolyte": "polymer interlayer", "anode interphase": "constant"}
        )


def test_layered_symmetric_cell_has_two_films_and_two_junctions():
    model = assb_models.SymmetricCell({"electrolyte": "polymer interlayer"})
    for layer in (polymer.NEGATIVE_INTERLAYER, polymer.POSITIVE_INTERLAYER):
        assert layer.domain in model.default_geometry
        assert f"Lithium in {layer.domain} [mol]" in model.variables
    assert "Lithium in solid electrolyte [mol]" in model.variables
    for side in ("Negative", "Positive"):
        name = f"{side} polymer/sulfide junction potential step change [V]"
        assert name in model.variables


def test_vtf_conductivity_law():
    """kappa = A exp(-B / (R (T - T0))) with the VTF parameters."""
    import numpy as np

    from assb_models.parameters.laws import vtf_conductivity

    values = pybamm.ParameterValues(
        {
            "Polymer VTF pre-exponential conductivity [S.m-1]": 50.0,
            "Polymer VTF pseudo-activation energy [J.mol-1]": 8000.0,
            "Polymer VTF ideal glass transition temperature [K]": 200.0,
        }
    )
    kappa = values.evaluate(vtf_conductivity(pybamm.Scalar(1000.0), 333.15))
    expected = 50.0 * np.exp(-8000.0 / (8.314462618 * 133.15))
    assert kappa == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    "extra",
    [{}, {"surface form": "differential"}, {"anode interlayer": "resistive"}],
)
def test_interlayer_models_pickle(extra):
    """The film joins each anode potential as a class of its module (sweeps ship
    models to workers)."""
    import pickle

    model = assb_models.SolidStateDFN(
        {"anode": "lithium metal", "electrolyte": "polymer interlayer", **extra}
    )
    again = pickle.loads(pickle.dumps(model))
    assert type(again.submodels["negative electrode potential"]) is type(
        model.submodels["negative electrode potential"]
    )


@pytest.mark.parametrize(
    "name, bad",
    [
        ("Polymer cation transference number", 1.2),
        ("Polymer thermodynamic factor", 0.0),
        ("Polymer initial salt concentration [mol.m-3]", 0.0),
        ("Polymer salt diffusivity [m2.s-1]", -1e-12),
        ("Polymer interlayer thickness [m]", -1e-6),
        ("Polymer/sulfide interphase initial resistance [Ohm.m2]", -1e-3),
    ],
)
def test_bad_polymer_values_are_refused_by_name(name, bad):
    from assb_models.parameters.parameter_values import validate_parameter_values
    from assb_models.validation import InvalidInputError

    with pytest.raises(InvalidInputError, match=name.replace("[", r"\[")):
        validate_parameter_values({name: bad})


def test_polymer_values_of_real_polymers_pass():
    from assb_models.parameters.parameter_values import validate_parameter_values

    validate_parameter_values(
        {
            # a Vogel temperature far below the cell's, and a negative t+
            "Polymer VTF ideal glass transition temperature [K]": 170.0,
            "Polymer cation transference number": -0.3,
            "Polymer VTF pseudo-activation energy [J.mol-1]": 9000.0,
        }
    )


def test_catholyte_sits_behind_the_sulfide_separator():
    model = assb_models.SolidStateDFN(
        {
            "anode": "lithium metal",
            "electrolyte": "polymer catholyte",
            # the Li touches the sulfide separator: it may reduce it
            "anode interphase": "constant",
        }
    )
    assert isinstance(
        model.submodels["electrolyte conductivity"], polymer.CatholyteConductivity
    )
    for name in (
        "Polymer catholyte salt [mol]",
        "Polymer/sulfide interphase overpotential [V]",
        "Polymer/sulfide junction potential step change [V]",
        "Lithium in solid electrolyte [mol]",
    ):
        assert name in model.variables
    with pytest.raises(pybamm.OptionError, match="no cathode"):
        assb_models.SymmetricCell({"electrolyte": "polymer catholyte"})
