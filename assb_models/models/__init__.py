"""Full cells assembled from submodels."""

from .solid_state_dfn import SolidStateDFN

__all__ = ["SolidStateDFN"]
