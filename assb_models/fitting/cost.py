"""The cost a fit minimises: weighted, noise-scaled residuals of one or more problems.

For terms k (a voltage problem, an impedance spectrum, ...) with noise level
:math:`\\sigma_k` and weight :math:`w_k`,

.. math::
    S(x) = \\sum_k w_k \\sum_i \\left(\\frac{r_{k,i}(x)}{\\sigma_k}\\right)^2 ,

the negative log-likelihood of independent Gaussian noise (up to a constant and a
factor 1/2) when :math:`w_k = 1` and :math:`\\sigma_k` are the true noise levels.
:class:`LeastSquaresCost` gives the optimiser the stacked residual vector
:math:`\\sqrt{w_k}\\,r_k/\\sigma_k` and its Jacobian; each problem only has to offer
``residuals(x)``, ``jacobian(x)`` and ``names``.
"""

import dataclasses

import numpy as np

from assb_models.validation import InvalidInputError, require_positive


@dataclasses.dataclass
class Term:
    """One problem in the cost, its noise level [its residual's unit] and weight."""

    problem: object
    sigma: float = 1.0
    weight: float = 1.0

    def __post_init__(self):
        require_positive("sigma", self.sigma)
        require_positive("weight", self.weight)

    @property
    def scale(self):
        return np.sqrt(self.weight) / self.sigma


class LeastSquaresCost:
    """Stacked, scaled residuals of ``terms`` (see the module docstring)."""

    def __init__(self, terms):
        self.terms = [t if isinstance(t, Term) else Term(t) for t in terms]
        if not self.terms:
            raise InvalidInputError("a cost needs at least one problem")
        self.names = list(self.terms[0].problem.names)
        for term in self.terms[1:]:
            if list(term.problem.names) != self.names:
                raise InvalidInputError(
                    f"the problems of a joint fit fit different parameters: "
                    f"{self.names} and {list(term.problem.names)}"
                )

    def residuals(self, x):
        return np.concatenate([t.scale * t.problem.residuals(x) for t in self.terms])

    def jacobian(self, x):
        return np.vstack([t.scale * t.problem.jacobian(x) for t in self.terms])

    def __call__(self, x):
        """S(x), the sum of squared scaled residuals."""
        r = self.residuals(x)
        return float(r @ r)
