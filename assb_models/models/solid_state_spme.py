"""Reduced (single-particle) model of an all-solid-state cell with a single-ion SE."""

import pybamm

from assb_models.options import SolidStateOptions, as_options_dict
from assb_models.solver import SolidStateSolver
from assb_models.submodels import reduced

from .solid_state_dfn import SolidStateCell

#: relative tolerance of the reduced model's default solver (see
#: :attr:`SolidStateSPMe.default_solver`)
RTOL = 1e-5

#: PyBaMM options the reduced model cannot honour, with the values it takes, and why
UNSUPPORTED_OPTIONS = {
    "surface form": (
        ("false",),
        (
            "the closed-form potentials need the explicit (inverted) kinetics; "
            "double layers and impedance need SolidStateDFN"
        ),
    ),
    "intercalation kinetics": (
        ("symmetric Butler-Volmer",),
        "the x-averaged kinetics are inverted in closed form",
    ),
    "particle size": (("single",), "one representative particle per electrode"),
    "electrolyte": (
        ("single-ion",),
        "its closed-form electrolyte potential is that of a single-ion conductor "
        "(no salt concentration, no diffusion potential); a binary salt polymer "
        "electrolyte is not validated in the reduced model",
    ),
}


def check_reduced_options(options):
    """Raise :class:`pybamm.OptionError` for an option SolidStateSPMe cannot honour."""
    for name, (allowed, reason) in UNSUPPORTED_OPTIONS.items():
        value = (options or {}).get(name, allowed[0])
        if value not in allowed:
            raise pybamm.OptionError(
                f"Option {name!r} = {value!r} is not available in SolidStateSPMe "
                f"({reason}); allowed values are {list(allowed)}, or use SolidStateDFN"
            )


class SolidStateSPMeOptions(SolidStateOptions):
    """The full cells' options (:class:`~assb_models.options.SolidStateOptions`)
    less the PyBaMM option values the reduced model cannot honour
    (:data:`UNSUPPORTED_OPTIONS`)."""

    def __init__(self, extra_options):
        super().__init__(extra_options)
        check_reduced_options(self)


class SolidStateSPMe(SolidStateCell, pybamm.lithium_ion.SPMe):
    """Reduced all-solid-state cell: one x-averaged particle, closed-form potentials.

    PyBaMM's SPMe (Marquis et al. 2019) with the solid-state submodels of
    :class:`~assb_models.SolidStateDFN` (same options, parameter sets and variable
    names). The cathode's AM is one representative Fickian particle driven by the
    x-averaged intercalation current

    .. math:: a\\bar j = -I/L_p - z, \\qquad z = \\overline{a_C j_C + a f_c j_{AM}}

    (:math:`I` [A.m-2] the current density; :math:`z` [A.m-3], the SE oxidation,
    is a scalar algebraic state when the side reactions are on). A single-ion SE
    holds no concentration state, so the SE and electrode potentials are closed-form
    (:mod:`assb_models.submodels.reduced`): a uniform reaction at leading order plus
    the correction for the non-uniform reaction, and the voltage is

    .. math::
        V = U_p(\\bar c_{s,surf}) + \\eta_r(\\bar j) - I\\left(\\frac{L_s}{\\kappa_s}
            + \\frac{L_p}{3}(p + q)\\right) + (I - m) L_p (q D(1) - S\\bar D)
            - U_n - \\eta_n

    with :math:`p = 1/\\kappa_{eff}`, :math:`q = 1/\\sigma_{eff}` [Ohm.m] the
    composite's SE and electronic resistivities, :math:`S = p + q`, :math:`\\eta_r`
    the inverted Butler-Volmer overpotential (film in series), :math:`U_n`,
    :math:`\\eta_n` the planar anode's potential and overpotential, :math:`D` the
    integral of the linearised (transmission-line) current distribution, to first
    order in :math:`\\nu^2 = aL_p^2 S/R_d`: :math:`q D(1) - S\\bar D \\approx
    \\nu^2 (S^2/45 - pq/12)/S` (:class:`~assb_models.submodels.reduced.
    ReactionDistribution`; :math:`R_d` [Ohm.m2] the kinetics' differential
    resistance), and
    :math:`m` the part of the current whose non-uniformity the particles' states of
    charge have already evened out (one state, relaxing in
    :math:`C R_d(1 + \\nu^2/\\pi^2)`).

    **Validity.** The error against the DFN is predicted by the ohmic drop across
    the composite over the thermal voltage,

    .. math:: \\Pi = \\frac{|I| L_p}{RT/F}\\left(\\frac{1}{\\kappa_{eff}}
              + \\frac{1}{\\sigma_{eff}}\\right).

    On the Kim 2024 series A (C/20 to 2 C, 80/85/90 wt% NCM, 0.3-3x the SE
    conductivity; ``benchmarks/spme_validity.py``) the largest voltage error up to
    95 % of the DFN's capacity is about :math:`0.42\\,\\Pi^{1.63}` mV for
    :math:`1 \\le \\Pi \\le 20` (log-log fit, :math:`R^2` = 0.96, points within a
    factor 2.2 of it; below :math:`\\Pi` = 1 the error is a floor of 0.1-0.7 mV):
    2 mV at :math:`\\Pi \\approx 2.6`, 10 mV at :math:`\\Pi \\approx 7`. Use it for
    :math:`\\Pi` of a few at most; beyond, the reaction runs as a front from the
    separator and the particles' states of charge spread (second order in
    :math:`\\Pi`: the curvature of the OCP, the state-dependent diffusivity), which
    one particle cannot represent. For the Kim 80/3 cell :math:`\\Pi` is 0.28 at
    C/10, 1.4 at C/2 and 2.8 at 1 C; for 90/3, 0.70, 3.5 and 7.0. The model reports
    it (variable "Positive electrode ohmic number"); :class:`assb_models.Simulation`
    warns when a run goes beyond :math:`\\Pi` = 7, and when a step fails beyond it
    the solver's error says so and points to the DFN (for example a cathode whose SE
    oxidises with no passivating CEI: formation of the Kim 2024 80/0 cell with "CEI
    growth" "none" consumes SE until :math:`\\Pi` reaches 18 at the top of charge,
    and the SPMe cannot finish the discharge that the DFN runs).

    Side reactions, CEI, SE consumption, contact loss and pressure laws use the
    DFN's submodels, evaluated with the x-averaged particle and the closed-form
    potentials. By default the side reactions' states (product layers, the
    intermediate, the reversible couple's state of charge, the CEI, the SE
    consumed) are x-averaged, PyBaMM's option "x-average side reactions" = "true"
    (:mod:`assb_models.submodels.averaged_states`): each is one state driven by the
    x-average of its local rate in the closed-form fields, so every integrated
    quantity (side charge, SE consumed, lithium) is the resolved model's, and only
    the states' own variation through the electrode is lost. On the Kim 2024 80/0
    cell (lithium metal, formation + 20 cycles at 0.2 C with every degradation
    option) the x-averaged and the resolved states differ by 8e-5 in the 0.2 C
    capacity and 4e-4 in the CEI thickness and the SE oxidised on NCM, against the
    reduced model's own differences from the DFN of 1.4e-3, 1.1e-3 and 1.1e-3; the
    model has 33 states instead of 128. With carbon (90/3, where the carbon-side
    intermediates make the NCM-side rate depend more on position) the x-averaged
    states put the CEI thickness and the SE oxidised on NCM 1.3 % above the DFN's
    (resolved states: 0.3 % below), and the 0.2 C capacity within 1.6 % of the
    DFN's either way. "x-average side reactions" = "false" resolves the states in
    x as in the DFN.

    Parameters
    ----------
    options : dict, optional
        The options of :class:`~assb_models.SolidStateDFN`, except "surface form"
        (only "false"), "intercalation kinetics" (only "symmetric Butler-Volmer")
        and "particle size" (only "single"); other values raise
        :class:`pybamm.OptionError`.
    name : str, optional
        The name of the model.
    build : bool, optional
        Whether to build the model on instantiation (default True).

    Examples
    --------
    >>> import pybamm, assb_models
    >>> model = assb_models.SolidStateSPMe()
    >>> sim = pybamm.Simulation(model, parameter_values=model.default_parameter_values)
    """

    options_class = SolidStateSPMeOptions

    def __init__(self, options=None, name="Solid-state SPMe", build=True):
        options = as_options_dict(options)
        # the closed-form voltage is a long expression; as an algebraic state it is
        # converted once rather than in every cut-off event (build ~25 % faster).
        # "surface form" is explicit: PyBaMM's SPM would otherwise switch it to
        # "algebraic" whenever "intercalation kinetics" is given
        options = {
            "voltage as a state": "true",
            "surface form": "false",
            "x-average side reactions": "true",
            **options,
        }
        super().__init__(options, name=name, build=build)

    @property
    def default_solver(self):
        """:class:`~assb_models.solver.SolidStateSolver` with ``rtol`` = 1e-5.

        Tighter than PyBaMM's 1e-4 for the side reactions' slow states: over the
        Kim 2024 80/0 cell's formation and 100 cycles at 0.2 C (lithium metal,
        every degradation option) the largest relative differences from a
        solution at ``rtol`` = 1e-7 are, at 1e-4 / 3e-5 / 1e-5: 0.2 C capacity
        4.3e-4 / 2.1e-4 / 7.0e-5, final CEI thickness 5.6e-3 / 1.9e-3 / 4.6e-4.
        At 1e-4 the solver's error in the CEI would be of the size of the
        reduced model's own difference from the DFN (1e-3 to 1e-2). "Total
        lithium [mol]" stays at round-off (1e-15) at each of these tolerances,
        through the Lee 2020 cell's CV holds too.

        The same ``rtol`` buys less accuracy here than in the DFN: IDA's error
        test is a root-mean-square over the states, so an error in one of the
        side reactions' states weighs more among the SPMe's 33 states than
        among the DFN's ~600; the DFN at 1e-4 puts the CEI within 1e-4 of its
        reference, the SPMe needs 1e-5 for 5e-4. Measured with
        ``benchmarks/cycling_accuracy.py --model spme``: 1e-4 / 3e-5 / 1e-5 take
        28,211 / 37,174 / 45,409 IDA steps; the CPU time grows less (with the
        MX functions 2.23 / 2.51 / 2.61 s), as model building and solver set-up
        take a fixed share. Taking the
        algebraic states (voltage, side-reaction current, reaction distribution
        number) out of the error test (IDA's ``suppress_algebraic_error``) saves
        12 % of the steps and no CPU time, and makes the capacity error 15 times
        and the CEI error 9 times larger; it is not used.

        The residual and Jacobian are evaluated as CasADi SX functions
        (``expand=True``, see :class:`~assb_models.solver.SolidStateSolver`):
        for this small model that takes a quarter off the time of
        ``benchmarks/bench_cycling.py``'s 100 cycles.
        """
        return SolidStateSolver(rtol=RTOL, atol=1e-6, expand=True)

    def set_intercalation_kinetics_submodel(self):
        self.submodels["positive interface"] = reduced.InverseIntercalationKinetics(
            self.param, self.options, self.has_film, self.has_side_reactions
        )
        self.submodels["positive interface current"] = reduced.IntercalationCurrent(
            self.param, self.options, self.has_side_reactions
        )

    def set_solid_submodel(self):
        self.submodels["positive electrode potential"] = (
            reduced.CompositeElectrodePotential(self.param, self.options)
        )

    def set_electrolyte_potential_submodel(self):
        self.submodels["reaction distribution"] = reduced.ReactionDistribution(
            self.param, self.options, film=self.has_film
        )
        self.submodels["electrolyte conductivity"] = (
            reduced.SingleIonCompositeConductor(self.param, options=self.options)
        )
        for domain in ["separator", "positive"]:
            self.submodels[f"{domain} surface potential difference"] = (
                pybamm.electrolyte_conductivity.surface_potential_form.Explicit(
                    self.param, domain, self.options
                )
            )


__all__ = [
    "UNSUPPORTED_OPTIONS",
    "SolidStateSPMe",
    "SolidStateSPMeOptions",
    "check_reduced_options",
]
