"""The lithium balance of a cell: every Li-bearing phase, from its own state."""

import pybamm

#: the prefix and suffix of the variables that hold the Li of one phase
PHASE_PREFIX, PHASE_SUFFIX = "Lithium in ", " [mol]"


def total_lithium_variables(variables):
    """ "Total lithium [mol]" and its charge, summed over the cell's Li phases.

    .. math::
        n_{Li} = \\sum_k n_{Li,k} \\; [mol]

    over every variable named "Lithium in <phase> [mol]" (active material, SE,
    metal or alloy, interphases, side-reaction products). It is constant when
    every reaction conserves Li atoms.
    """
    phases = sorted(
        name
        for name in variables
        if name.startswith(PHASE_PREFIX) and name.endswith(PHASE_SUFFIX)
    )
    n_li = sum(variables[name] for name in phases)
    return {
        "Total lithium [mol]": n_li,
        "Total lithium capacity [A.h]": n_li * pybamm.constants.F / 3600,
    }
