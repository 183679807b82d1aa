"""States of the cathode's degradation fields, resolved in x or x-averaged.

PyBaMM's option "x-average side reactions" ("false" or "true") selects whether
the side-reaction states (SEI, plating) are resolved through the electrode or are
one x-averaged value each; its SPM forces "true". The solid-state submodels
honour the same option for the positive electrode's degradation states (product
layers, intermediates, the reversible couple's state of charge, the CEI, the SE
consumed). With "true" a field :math:`u(x, t)` of the positive electrode is one
state :math:`\\bar u(t)` (the field is its broadcast), driven by the x-average of
the local rate, evaluated with the local potentials and the uniform state:

.. math:: \\frac{d\\bar u}{dt} = \\frac{1}{L_p}\\int_0^{L_p}
          r\\big(\\bar u, \\phi_s(x), \\phi_e(x), \\ldots\\big)\\,dx

Every quantity that is the integral of a rate (a side reaction's charge, the SE
consumed, the lithium in each phase) is then the same integral as in the
resolved model; what is lost is the state's own non-uniformity (a layer thicker
near the separator than near the collector).
"""

import pybamm

#: PyBaMM's option that selects x-averaged side-reaction states
OPTION = "x-average side reactions"


def x_averaged(options):
    """Whether ``options`` ask for x-averaged side-reaction states."""
    return (options or {}).get(OPTION, "false") == "true"


def positive_electrode_state(name, options, **kwargs):
    """The state and the field of the positive-electrode variable ``name``.

    Resolved: one :class:`pybamm.Variable` in "positive electrode", which is both.
    X-averaged (:func:`x_averaged`): the state is the variable "X-averaged
    <name>" in "current collector" and the field its broadcast over the electrode.
    ``kwargs`` (``scale``, ``bounds``, ...) go to the variable.
    """
    if x_averaged(options):
        state = pybamm.Variable(
            f"X-averaged {name[0].lower()}{name[1:]}",
            domain="current collector",
            **kwargs,
        )
        return state, pybamm.PrimaryBroadcast(state, "positive electrode")
    state = pybamm.Variable(
        name,
        domain="positive electrode",
        auxiliary_domains={"secondary": "current collector"},
        **kwargs,
    )
    return state, state


def of_state(state, field_expression):
    """``field_expression`` (a rate or an initial value over the positive
    electrode) as the right-hand side of ``state``: itself for a resolved state,
    its x-average for an x-averaged one."""
    if state.domain == ["positive electrode"]:
        return field_expression
    if field_expression.domain == []:
        return field_expression
    return pybamm.x_average(field_expression)
