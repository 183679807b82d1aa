"""Every submodel and parameter set registers the papers it rests on."""

import pybamm
import pytest

import assb_models
from assb_models.citations import BIBTEX
from assb_models.parameter_sets import Kim2024, Sakka2022
from assb_models.parameters import registry

pytest.importorskip("pybtex", reason="pybamm.print_citations needs pybtex (test extra)")


def registered_after(build, tmp_path):
    """The keys pybamm.print_citations lists after ``build()``."""
    pybamm.citations._reset()
    build()
    path = tmp_path / "citations.bib"
    pybamm.print_citations(str(path), output_format="bibtex")
    text = path.read_text()
    return {
        line.split("{", 1)[1].rstrip(",").strip()
        for line in text.splitlines()
        if line.startswith("@")
    }


@pytest.mark.parametrize(
    "build, keys",
    [
        (
            lambda: assb_models.SolidStateDFN(Kim2024.MODEL_OPTIONS),
            {"Kim2024", "Bruggeman1935", "Stauffer1994"},
        ),
        (lambda: assb_models.SolidStateDFN(Sakka2022.MODEL_OPTIONS), {"Sakka2022"}),
        (
            lambda: assb_models.SymmetricCell({"anode interlayer": "resistive"}),
            {"Park2021", "Wenzel2018"},
        ),
        (lambda: assb_models.SolidStateSPMe(Kim2024.MODEL_OPTIONS), {"Kim2024"}),
    ],
    ids=["Kim2024 degradation", "Sakka2022 pressure laws", "Li2Se interlayer", "SPMe"],
)
def test_submodels_register_their_papers(build, keys, tmp_path):
    assert keys <= registered_after(build, tmp_path)


def test_the_clean_model_cites_no_degradation_paper(tmp_path):
    assert not {"Kim2024", "Sakka2022", "Park2021"} & registered_after(
        assb_models.SolidStateDFN, tmp_path
    )


@pytest.mark.parametrize("name", registry.names())
def test_each_set_cites_its_paper(name, tmp_path):
    record = registry.get(name)
    module = getattr(assb_models.parameter_sets, name)
    assert module.CITATION == BIBTEX[record.citation_key]
    assert record.citation_key in registered_after(
        lambda: pybamm.ParameterValues(assb_models.get_parameter_values(name)), tmp_path
    )
