"""Laws that parameter sets give as functions: stack-pressure laws and the SE's
Arrhenius conductivity.

The sets import these forms from here (not from the submodels), and the
submodels evaluate the laws through :func:`law`.

Stack-pressure laws of a cold-pressed composite cathode and its SE separator.

Each structural quantity of the cell is a PyBaMM ``FunctionParameter`` of a pressure
[Pa], so a parameter set (or a user) gives its own law as a Python function of the
pressure. The model evaluates them at

- the **stack pressure** :math:`P` (the parameter "Stack pressure at assembly
  [Pa]", may be ``"[input]"``; in a model the variable "Stack pressure [Pa]")
  for elastic quantities: the real (atomic) AM/SE contact, which opens again when
  the pressure is released;
- the **densification pressure** :math:`P_d = \\max(P, P_{hist})` for plastic
  ones, with :math:`P_{hist}` "Highest previous stack pressure [Pa]": porosity
  (and with it thickness and volume fractions), AM/SE contact fraction, SE grain
  contacts, tortuosity and the connected AM fraction keep the state of the highest
  pressure the cell has seen (cold-pressed powders densify plastically; Sakka et
  al.).

The laws (``LAWS``) and the default forms below (used by the Sakka2022 set):

- void fraction, Heckel-type compaction with a residual (a rigid AM skeleton stops
  densification): :math:`\\varepsilon_v = \\varepsilon_\\infty +
  (\\varepsilon_0 - \\varepsilon_\\infty)e^{-P/P_c}` (Heckel 1961); the solids
  keep their masses, so the thickness and the volume fractions of the solids follow
  from it (:mod:`.compaction`);
- AM/SE contact fraction, a step between two plateaus:
  :math:`f_c = f_{lo} + (f_{hi} - f_{lo})/(1 + e^{-(P - P_m)/w})`;
- real contact fraction of two rough solids, Bowden-Tabor plastic asperity contact:
  :math:`\\phi_r = (P + P_0)/H` with :math:`H` the SE indentation hardness and
  :math:`P_0` a residual contact pressure; it scales the exchange current relative
  to the set's reference pressure, :math:`j_0 \\phi_r(P)/\\phi_r(P_{ref})`, so
  :math:`R_{ct} \\propto 1/P`;
- SE grain contacts: the same Bowden-Tabor fraction between SE grains, in series
  with the grain interior, gives the SE transport factor
  :math:`\\phi_{gb}/(\\phi_{gb} + \\phi_{1/2})`;
- SE-path tortuosity with a minimum: :math:`\\tau = \\tau_{min} + c\\,
  \\ln^2((P + P_a)/P^*)`;
- connected AM fraction, saturating: :math:`f_{conn} = f_\\infty - (f_\\infty -
  f_0)e^{-P/P_{conn}}`.
"""

import pybamm

from .assb_parameters import PRESSURE_ARGUMENT, AssbParameters

#: the parameters the default forms read
_param = AssbParameters()

#: law name -> (pressure it is evaluated at, "fraction" or "tortuosity")
LAWS = {
    "Positive electrode void fraction vs pressure": ("densification", "fraction"),
    "Separator void fraction vs pressure": ("densification", "fraction"),
    "Positive electrode active material-solid electrolyte contact fraction vs "
    "pressure": ("densification", "fraction"),
    "Positive electrode active material-solid electrolyte real contact fraction vs "
    "pressure": ("stack", "fraction"),
    "Solid electrolyte grain contact fraction vs pressure": (
        "densification",
        "fraction",
    ),
    "Positive electrode connected active material fraction vs pressure": (
        "densification",
        "fraction",
    ),
    "Positive electrode solid electrolyte tortuosity vs pressure": (
        "densification",
        "tortuosity",
    ),
}

__all__ = ["LAWS", "PRESSURE_ARGUMENT"]


def stack_pressure():
    """ "Stack pressure at assembly [Pa]" (an input parameter in pressure sweeps;
    at a fixed gap the clamping pressure, the model variable "Stack pressure [Pa]"
    then follows the stack, see :mod:`assb_models.submodels.pressure.stack`)."""
    return _param.stack.P_0


def densification_pressure():
    """Highest pressure reached, :math:`\\max(P, P_{hist})` [Pa] (plastic memory)."""
    return pybamm.maximum(stack_pressure(), _param.stack.P_hist)


def law(name, pressure=None):
    """The law ``name`` of ``LAWS`` at ``pressure`` (default: the one it takes)."""
    if pressure is None:
        kind = LAWS[name][0]
        pressure = stack_pressure() if kind == "stack" else densification_pressure()
    return _param.pressure_law(name, pressure)


def real_contact_factor(pressure=None):
    """Exchange-current factor :math:`\\phi_r(P)/\\phi_r(P_{ref})` [-] at the stack
    pressure ``pressure`` (default: the parameter; in a model, its variable)."""
    name = (
        "Positive electrode active material-solid electrolyte real contact fraction "
        "vs pressure"
    )
    p_ref = _param.stack.P_ref
    return law(name, pressure) / law(name, p_ref)


def grain_contact_factor():
    """SE transport factor of the grain contacts, :math:`\\phi/(\\phi+\\phi_{1/2})`."""
    phi = law("Solid electrolyte grain contact fraction vs pressure")
    half = _param.se.phi_gb_half
    return phi / (phi + half)


# ---------------------------------------------------------------- default forms
def heckel_void_fraction(prefix):
    """Void fraction vs pressure of the layer ``prefix`` ("Positive electrode",
    "Separator"): Heckel compaction with a residual void fraction.

    Parameters "<prefix> void fraction at zero pressure", "<prefix> void fraction
    at high pressure" and "<prefix> compaction pressure [Pa]".
    """

    def void_fraction(pressure):
        layer = _param.compaction[prefix]
        e0, e_inf = layer.eps_void_0, layer.eps_void_inf
        p_c = layer.p_compaction
        return e_inf + (e0 - e_inf) * pybamm.exp(-pressure / p_c)

    void_fraction.__name__ = f"heckel_void_fraction_{prefix.split()[0].lower()}"
    return void_fraction


def plateau_contact_fraction(pressure):
    """AM/SE contact fraction stepping from a low- to a high-pressure plateau.

    Parameters "Positive electrode active material-solid electrolyte contact
    fraction at low pressure", "... at high pressure", "Positive electrode contact
    transition pressure [Pa]" and "Positive electrode contact transition width
    [Pa]".
    """
    p = _param.p
    lo, hi, p_m, w = p.f_contact_lo, p.f_contact_hi, p.p_contact, p.w_contact
    return lo + (hi - lo) / (1 + pybamm.exp(-(pressure - p_m) / w))


def bowden_tabor_contact(residual_pressure_name):
    """Real contact fraction :math:`(P + P_0)/H` of two pressed rough solids.

    :math:`P_0` is the parameter ``residual_pressure_name`` and :math:`H` "Solid
    electrolyte indentation hardness [Pa]" (the softer solid yields).
    """

    def real_contact_fraction(pressure):
        p_0 = pybamm.Parameter(residual_pressure_name)
        hardness = _param.se.hardness
        return (pressure + p_0) / hardness

    real_contact_fraction.__name__ = "bowden_tabor_real_contact_fraction"
    return real_contact_fraction


def log_parabolic_tortuosity(pressure):
    """SE-path tortuosity with a minimum, :math:`\\tau_{min} + c\\ln^2((P+P_a)/P^*)`.

    Parameters "Positive electrode minimum solid electrolyte tortuosity",
    "Positive electrode tortuosity curvature", "Positive electrode pressure of
    minimum tortuosity [Pa]" (:math:`P^*`) and "Positive electrode tortuosity
    regularisation pressure [Pa]" (:math:`P_a`, keeps :math:`\\tau` finite at zero
    pressure).
    """
    p = _param.p
    tau_min, c, p_star, p_a = p.tau_min, p.tau_curvature, p.p_tau_min, p.p_tau_reg
    return tau_min + c * pybamm.log((pressure + p_a) / p_star) ** 2


def saturating_connected_fraction(pressure):
    """Connected AM fraction :math:`f_\\infty - (f_\\infty - f_0)e^{-P/P_{conn}}`.

    Parameters "Positive electrode connected active material fraction at zero
    pressure", "... at high pressure" and "Positive electrode connection pressure
    [Pa]".
    """
    f0, f_inf, p_conn = _param.p.f_conn_0, _param.p.f_conn_inf, _param.p.p_conn
    return f_inf - (f_inf - f0) * pybamm.exp(-pressure / p_conn)


def arrhenius_conductivity(c_e, T):
    """Arrhenius ionic conductivity of a single-ion solid electrolyte.

    .. math::
        \\kappa_{SE}(T) = \\kappa_{ref} \\exp\\left(\\frac{E_a}{R}
        \\left(\\frac{1}{T_{ref}} - \\frac{1}{T}\\right)\\right)

    with :math:`\\kappa_{ref}` "Solid electrolyte conductivity at reference
    temperature [S.m-1]", :math:`E_a` "Solid electrolyte conductivity activation
    energy [J.mol-1]" and :math:`T_{ref}` "Reference temperature [K]". The Li+
    concentration of a single-ion conductor is fixed by its crystal structure, so
    ``c_e`` [mol.m-3] does not enter. Use it as the value of PyBaMM's
    "Electrolyte conductivity [S.m-1]".

    Returns
    -------
    :class:`pybamm.Symbol`
        Conductivity [S.m-1].
    """
    kappa_ref, E_a = _param.se.kappa_ref, _param.se.E_a_kappa
    T_ref = _param.T_ref
    return kappa_ref * pybamm.exp(E_a / pybamm.constants.R * (1 / T_ref - 1 / T))


def vtf_conductivity(c_e, T):
    """Vogel-Tammann-Fulcher conductivity of a polymer electrolyte.

    .. math::
        \\kappa(T) = A \\exp\\left(-\\frac{B}{R\\,(T - T_0)}\\right)

    with :math:`A` "Polymer VTF pre-exponential conductivity [S.m-1]", :math:`B`
    "Polymer VTF pseudo-activation energy [J.mol-1]" and :math:`T_0` "Polymer VTF
    ideal glass transition temperature [K]" (segmental motion of the polymer
    carries the ions, so the conductivity vanishes towards :math:`T_0`). The set's
    salt concentration is folded into :math:`A`; ``c_e`` [mol.m-3] does not enter.
    Use it as the value of "Polymer electrolyte conductivity [S.m-1]".

    Returns
    -------
    :class:`pybamm.Symbol`
        Conductivity [S.m-1].
    """
    pe = _param.pe
    return pe.vtf_A * pybamm.exp(-pe.vtf_B / (pybamm.constants.R * (T - pe.vtf_T0)))
