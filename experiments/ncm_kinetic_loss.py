"""Fit where the NCM Li diffusivity starts to fall (x_k of parameter_sets/_ncm.py) to
the NCM's kinetic first-cycle loss, then freeze it in ``NCM_MATERIALS``.

The kinetic loss is the charge minus the discharge capacity of a first cycle at
0.05 C (1.9-3.7 V vs Li-In) with every side reaction off, on the Kim 2024 cell with
90 wt% NCM and 3 wt% spherical carbon: the carbon makes the composite a good
electron conductor, as in the carbon-containing liquid-cell electrodes of
Kasnatscheew et al. 2016 where the value was measured, so the loss is the NCM's own.
A 1-D root find (``scipy.optimize.brentq``) on x_k. The same cell without carbon
is printed beside it: there the NCM's low electronic conductivity near full
lithiation adds a loss of its own (a prediction, not fitted).

Run ``python experiments/ncm_kinetic_loss.py [material]`` (material: a key of
``NCM_MATERIALS``, default NCM811; about a minute).
"""

import dataclasses
import sys

from scipy.optimize import brentq

from assb_models.parameter_sets._ncm import NCM_MATERIALS, diffusivity
from assb_models.reproductions.kim2024 import cells

D = "Positive particle diffusivity [m2.s-1]"


def kinetic_loss(material, drop_start, carbon_wt_percent=3):
    """Charge - discharge [mAh/g] of the 0.05 C first cycle, no side reactions."""
    law = diffusivity(dataclasses.replace(material, drop_start=drop_start))
    result = cells.formation(
        90, carbon_wt_percent, overrides={D: law}, side_reactions=False
    )
    return float(result["irreversible [mAh/g]"])


def main(name="NCM811"):
    material = NCM_MATERIALS[name]
    target = material.kinetic_loss_mAh_g
    x_k = brentq(lambda x: kinetic_loss(material, x) - target, 0.6, 0.97, xtol=1e-3)
    print(
        f"{name}: x_k = {x_k:.3f} gives {kinetic_loss(material, x_k):.2f} mAh/g "
        f"(target {target:g}) at 90/3 wt%"
    )
    print(
        f"  same x_k, 90/0 wt% (no carbon): {kinetic_loss(material, x_k, 0):.2f} mAh/g"
    )
    print(
        f"  frozen value {material.drop_start:g}: "
        f"{kinetic_loss(material, material.drop_start):.2f} mAh/g"
    )


if __name__ == "__main__":
    main(*sys.argv[1:])
