"""Closed-form (x-averaged) closures of the composite cathode for SolidStateSPMe.

With a single-ion SE there is no electrolyte concentration state, so once the
particles are represented by one x-averaged particle the SE and electrode potentials
across the composite follow in closed form from the current distribution: the
uniform reaction at leading order plus the first correction for its non-uniformity
(:class:`ReactionDistribution`).
"""

from .electrode_potential import CompositeElectrodePotential
from .inverse_kinetics import IntercalationCurrent, InverseIntercalationKinetics
from .reaction_distribution import ReactionDistribution
from .se_potential import SingleIonCompositeConductor

__all__ = [
    "CompositeElectrodePotential",
    "IntercalationCurrent",
    "InverseIntercalationKinetics",
    "ReactionDistribution",
    "SingleIonCompositeConductor",
]
