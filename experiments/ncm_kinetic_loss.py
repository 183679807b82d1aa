"""Fit where each NCM's Li diffusivity starts to fall (x_k of parameter_sets/_ncm.py)
to its kinetic first-cycle loss, then freeze it in ``NCM_MATERIALS``.

The kinetic loss is the charge minus the discharge capacity of a first cycle at
0.05 C and 25 C (1.9-3.7 V vs Li-In; at 25 C the law's Arrhenius factor is 1, so
x_k does not depend on the activation energy) with every side reaction off, on a
reference cell: the
Kim 2024 recipe with 90 wt% NCM and 3 wt% spherical carbon, whose carbon makes the
composite a good electron conductor, as in the carbon-containing liquid-cell
electrodes of Kasnatscheew et al. 2016 where the value was measured, so the loss is
the NCM's own. The material's own entries (``ncm_table``: sigma_e, D, D0, c_max)
and, where its set has one, its OCP replace the set's. A 1-D root find
(``scipy.optimize.brentq``) on x_k. The same cell without carbon is printed beside it
(a prediction, not fitted), or why it did not solve.

The Ni90 NCM of Lee 2020 is fitted instead to the one first-cycle measurement of that
material found (:func:`lee2020_first_cycle_efficiency`): the first-cycle efficiency of
Lee 2020's cell without the Ag-C layer, 93.1 % (Fig. S7, via
``../shared/targets/lee2020_anode_free.md``), at the paper's own conditions (60 C,
0.1C to 4.25 V with a CV hold to 0.05C, 0.2C to 2.5 V): the Lee2020 cell with a
0.1 um layer (no storage, no traps) and every loss on, the law at 60 C through its
Arrhenius factor. Its 25 C, 0.05 C kinetic loss on the reference cell is then a
prediction, printed beside it.

Run ``python experiments/ncm_kinetic_loss.py [material ...]`` (keys of
``NCM_MATERIALS``, default all; about 10 s each).
"""

import dataclasses
import sys

import pybamm
from scipy.optimize import brentq

from assb_models.models import MODELS
from assb_models.parameter_sets import Lee2020, Sakka2022
from assb_models.parameter_sets._ncm import NCM_MATERIALS, diffusivity, ncm_table
from assb_models.reproductions.kim2024 import cells
from assb_models.reproductions.lee2020 import cells as lee_cells
from assb_models.reproductions.lee2020.paper import PAPER_VALUES
from assb_models.simulation.simulation import Simulation

#: a material's own open-circuit potential where its set has one (else NCM811's)
OCP = {"NCM111": Sakka2022.ncm111_ocp, "Ni90": Lee2020.ni90_ocp}


def kinetic_loss(material, drop_start, carbon_wt_percent=3):
    """Charge - discharge [mAh/g] of the 0.05 C first cycle, no side reactions."""
    table = ncm_table(dataclasses.replace(material, drop_start=drop_start))
    overrides = {name: value for name, (value, _) in table.items()}
    if material.name in OCP:
        overrides["Positive electrode OCP [V]"] = OCP[material.name]
    result = cells.formation(
        90, carbon_wt_percent, overrides=overrides, side_reactions=False
    )
    return float(result["irreversible [mAh/g]"])


def lee2020_first_cycle_efficiency(drop_start):
    """First-cycle efficiency of the Lee 2020 cell without the Ag-C layer (its
    formation at 60 C, every loss on) with the Ni90 drop start ``drop_start``."""
    material = dataclasses.replace(NCM_MATERIALS["Ni90"], drop_start=drop_start)
    pv, options = lee_cells.without((), lee_cells.NO_LAYER)
    pv["Positive particle diffusivity [m2.s-1]"] = diffusivity(material)
    sol = Simulation(
        MODELS["SolidStateDFN"](options),
        parameter_values=pv,
        experiment=lee_cells.experiment(0),
    ).solve()
    return float(lee_cells.formation(sol, pv)["ICE"])


def fit_ni90():
    """x_k of the Ni90 from Lee 2020's first-cycle efficiency without the layer."""
    material = NCM_MATERIALS["Ni90"]
    target = PAPER_VALUES["ICE without the Ag-C layer"]
    x_k = brentq(
        lambda x: lee2020_first_cycle_efficiency(x) - target, 0.8, 0.99, xtol=1e-3
    )
    print(
        f"Ni90: x_k = {x_k:.3f} gives ICE "
        f"{100 * lee2020_first_cycle_efficiency(x_k):.2f} % (target "
        f"{100 * target:g} %, Lee 2020 Fig. S7, 60 C); frozen "
        f"{material.drop_start:g} gives "
        f"{100 * lee2020_first_cycle_efficiency(material.drop_start):.2f} %; its "
        f"kinetic loss at 0.05 C, 25 C on the reference cell (prediction): "
        f"{kinetic_loss(material, material.drop_start):.2f} mAh/g"
    )


def main():
    for name in sys.argv[1:] or list(NCM_MATERIALS):
        material = NCM_MATERIALS[name]
        if name == "Ni90":
            fit_ni90()
            continue
        target = material.kinetic_loss_mAh_g
        x_k = brentq(
            lambda x, m=material, q=target: kinetic_loss(m, x) - q,
            0.6,
            0.97,
            xtol=1e-3,
        )
        print(
            f"{name}: x_k = {x_k:.3f} gives {kinetic_loss(material, x_k):.2f} mAh/g "
            f"(target {target:g}) at 90/3 wt%; frozen {material.drop_start:g} gives "
            f"{kinetic_loss(material, material.drop_start):.2f} mAh/g",
            flush=True,
        )
        try:
            print(f"  without carbon: {kinetic_loss(material, x_k, 0):.2f} mAh/g")
        except pybamm.SolverError as error:
            print(f"  without carbon: not solved ({error})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
