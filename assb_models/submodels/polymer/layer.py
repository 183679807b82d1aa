"""A polymer electrolyte layer (binary salt) that carries a uniform current."""

from dataclasses import dataclass

import pybamm

from assb_models import citations


@dataclass(frozen=True)
class PolymerLayerGeometry:
    """A polymer layer of its own: name, mesh domain and coordinate.

    ``name`` prefixes its variables ("Polymer interlayer salt concentration
    [mol.m-3]"); its domain is ``name.lower()`` and its coordinate ``coordinate``
    runs from 0 at the face towards x = 0 of the cell ("left", the Li electrode
    the positive current strips) to the layer's thickness ("right").
    """

    name: str
    coordinate_name: str

    @property
    def domain(self):
        return self.name.lower()

    def coordinate(self):
        return pybamm.SpatialVariable(
            self.coordinate_name, domain=[self.domain], coord_sys="cartesian"
        )


#: the layers of the models: the full cell's film between Li and the sulfide
#: separator, the symmetric cell's films on each Li, and its whole polymer layer
FULL_CELL_INTERLAYER = PolymerLayerGeometry("Polymer interlayer", "x_pi")
NEGATIVE_INTERLAYER = PolymerLayerGeometry("Negative polymer interlayer", "x_pin")
POSITIVE_INTERLAYER = PolymerLayerGeometry("Positive polymer interlayer", "x_pip")
SYMMETRIC_LAYER = PolymerLayerGeometry("Polymer electrolyte", "x_pe")


#: salt concentration [mol.m-3] at which a polymer counts as depleted (the value
#: of PyBaMM's "Zero electrolyte concentration cut-off")
ZERO_SALT_CUT_OFF = 0.002


def zero_salt_events(where, c, faces=None):
    """Termination events when the polymer's salt runs out in ``where``.

    .. math:: \\min_x c - c_{cut} = 0, \\qquad c_{face} - c_{cut} = 0

    over the finite volumes of ``c`` [mol.m-3] ("Zero salt concentration
    cut-off in the <where>") and at each face of ``faces`` (label: face value;
    "Zero salt concentration cut-off at the <label> of the <where>"), where the
    Li reacts or the sulfide takes over: under a current a face depletes first,
    at Sand's time for a semi-infinite layer. :math:`c_{cut}` is
    :data:`ZERO_SALT_CUT_OFF`, as PyBaMM's "Zero electrolyte concentration
    cut-off". Past it no current carried by the salt can continue: the
    concentration overpotential and the Li kinetics diverge. One event per
    face (not one minimum of all), which the IDAKLU solver handles.
    """
    events = [
        pybamm.Event(
            f"Zero salt concentration cut-off in the {where}",
            pybamm.min(c) - ZERO_SALT_CUT_OFF,
            pybamm.EventType.TERMINATION,
        )
    ]
    for label, face in (faces or {}).items():
        events.append(
            pybamm.Event(
                f"Zero salt concentration cut-off at the {label} of the {where}",
                face - ZERO_SALT_CUT_OFF,
                pybamm.EventType.TERMINATION,
            )
        )
    return events


class PolymerLayer(pybamm.BaseSubModel):
    """Binary salt transport and potential drop across a polymer layer.

    The layer holds no reaction, so the current density :math:`i` [A.m-2] is
    uniform across it (positive from its left face to its right face). With the
    salt concentration :math:`c` [mol.m-3] as the state (concentrated-solution
    theory, Newman; the Li+ concentration equals :math:`c`, the salt being 1:1):

    .. math::
        \\varepsilon\\frac{\\partial c}{\\partial t} = -\\frac{\\partial N_-}{\\partial
        x}, \\qquad N_- = -\\mathcal{B} D(c)\\frac{\\partial c}{\\partial x}
        - (1 - t_+(c))\\frac{i}{F}, \\qquad N_-\\big|_{faces} = 0

    (anion flux :math:`N_-`; the faces pass only Li+, to a Li electrode or a
    sulfide: the Li+ flux :math:`N_+ = N_- + i/F` equals :math:`i/F` there), and
    the Li-referenced electrolyte potential falls across the layer by

    .. math::
        \\phi_{left} - \\phi_{right} = \\underbrace{\\int_0^L \\frac{i}{\\mathcal{B}
        \\kappa(c)}dx}_{\\eta_{\\Omega}} \\;
        \\underbrace{- \\frac{2RT}{F}\\int_0^L (1 - t_+)\\left(1 + \\frac{d\\ln
        f_\\pm}{d\\ln c}\\right)\\frac{\\partial \\ln c}{\\partial x}dx}_{\\eta_c}

    with :math:`D` "Polymer salt diffusivity [m2.s-1]", :math:`t_+` "Polymer
    cation transference number", :math:`\\kappa` "Polymer electrolyte conductivity
    [S.m-1]", the thermodynamic factor "Polymer thermodynamic factor",
    :math:`\\varepsilon` the polymer volume fraction and :math:`\\mathcal{B}` its
    transport efficiency (1 for a dense film), :math:`c(0)` "Polymer initial salt
    concentration [mol.m-3]". The salt :math:`A\\int\\varepsilon c\\,dx` is
    conserved; its Li+ is "Lithium in <layer> [mol]". The zero anion flux at the
    faces is imposed on the gradient with the face values of :math:`D` and
    :math:`t_+` extrapolated as the finite-volume fluxes use them, so the salt
    is conserved to round-off.

    Parameters
    ----------
    param : :class:`pybamm.LithiumIonParameters`
        With ``param.assb`` (:class:`~assb_models.parameters.AssbParameters`).
    geometry : :class:`PolymerLayerGeometry`
    thickness : :class:`pybamm.Symbol`
        Layer thickness [m].
    current : str
        Variable of the current density [A.m-2], positive left to right (a
        symbol without domain: the layer is one-dimensional).
    volume_fraction, efficiency : :class:`pybamm.Symbol`
        Polymer volume fraction and transport efficiency (default 1).
    potential_state : bool
        Whether the potential difference is an algebraic state equal to the
        expression above (needed where it enters another variable's boundary
        condition: the full cell's separator potential).
    """

    def __init__(
        self,
        param,
        geometry,
        thickness,
        current,
        volume_fraction=1,
        efficiency=1,
        potential_state=False,
        options=None,
    ):
        super().__init__(param, options=options)
        # concentrated-solution transport of a binary salt
        citations.register("Doyle1993")
        self.layer = geometry
        self.thickness = thickness
        self.current = current
        self.eps = volume_fraction
        self.efficiency = efficiency
        self.potential_state = potential_state

    @property
    def pe(self):
        return self.param.assb.pe

    def get_fundamental_variables(self):
        name = self.layer.name
        c = pybamm.Variable(
            f"{name} salt concentration [mol.m-3]",
            domain=self.layer.domain,
            scale=self.pe.c_init,
        )
        x = self.layer.coordinate()
        salt = pybamm.Integral(self.eps * c, x) * self.param.A_cc
        c_left = pybamm.boundary_value(c, "left")
        c_right = pybamm.boundary_value(c, "right")
        variables = {}
        if self.potential_state:
            variables[f"{name} potential difference [V]"] = pybamm.Variable(
                f"{name} potential difference [V]", scale=1e-2
            )
        return variables | {
            f"{name} salt concentration [mol.m-3]": c,
            f"{name} left-face salt concentration [mol.m-3]": c_left,
            f"{name} right-face salt concentration [mol.m-3]": c_right,
            f"{name} salt [mol]": salt,
            # the salt is 1:1, so its Li+ is the salt
            f"Lithium in {name.lower()} [mol]": salt,
        }

    def _temperature(self, variables):
        """The cell's temperature; in a full cell (isothermal, its temperature on
        the current collector) the ambient temperature."""
        T = variables["X-averaged cell temperature [K]"]
        return self.param.assb.T_amb if T.domain else T

    def get_coupled_variables(self, variables):
        name = self.layer.name
        c = variables[f"{name} salt concentration [mol.m-3]"]
        i = variables[self.current]
        T = self._temperature(variables)
        pe = self.pe
        x = self.layer.coordinate()
        B = self.efficiency
        eta_ohm = i * pybamm.Integral(1 / (B * pe.kappa(c, T)), x)
        chi = 2 * (1 - pe.t_plus(c, T)) * pe.thermodynamic_factor(c, T)
        RT_F = self.param.R * T / self.param.F
        c_reg = pybamm.maximum(c, pybamm.settings.tolerances["chi__c_e"])
        diffusion = pybamm.IndefiniteIntegral(chi / c_reg * pybamm.grad(c), x)
        eta_c = -RT_F * (
            pybamm.boundary_value(diffusion, "right")
            - pybamm.boundary_value(diffusion, "left")
        )
        N_minus = (
            -B * pe.D(c, T) * pybamm.grad(c) - (1 - pe.t_plus(c, T)) * i / self.param.F
        )
        variables.update(
            {
                f"{name} resistance [Ohm.m2]": pybamm.Integral(
                    1 / (B * pe.kappa(c, T)), x
                ),
                f"{name} ohmic overpotential [V]": eta_ohm,
                f"{name} concentration overpotential [V]": eta_c,
                f"{name} potential difference expression [V]": eta_ohm + eta_c,
                f"{name} anion flux [mol.m-2.s-1]": N_minus,
            }
        )
        if not self.potential_state:
            variables[f"{name} potential difference [V]"] = eta_ohm + eta_c
        return variables

    def set_algebraic(self, variables):
        if not self.potential_state:
            return
        name = self.layer.name
        drop = variables[f"{name} potential difference [V]"]
        expression = variables[f"{name} potential difference expression [V]"]
        self.algebraic = {drop: drop - expression}

    def set_rhs(self, variables):
        name = self.layer.name
        c = variables[f"{name} salt concentration [mol.m-3]"]
        N_minus = variables[f"{name} anion flux [mol.m-2.s-1]"]
        self.rhs = {c: -pybamm.div(N_minus) / self.eps}

    def set_boundary_conditions(self, variables):
        name = self.layer.name
        c = variables[f"{name} salt concentration [mol.m-3]"]
        i = variables[self.current]
        T = self._temperature(variables)
        pe = self.pe
        one_minus_t = 1 - pe.t_plus(c, T)
        D_eff = self.efficiency * pe.D(c, T)

        def gradient(side):
            # N_- = 0: the face values as the finite-volume flux extrapolates them
            return (
                -pybamm.boundary_value(one_minus_t, side)
                * i
                / (self.param.F * pybamm.boundary_value(D_eff, side))
            )

        self.boundary_conditions = {
            c: {
                "left": (gradient("left"), "Neumann"),
                "right": (gradient("right"), "Neumann"),
            }
        }

    def add_events_from(self, variables):
        name = self.layer.name
        c = variables[f"{name} salt concentration [mol.m-3]"]
        faces = {
            f"{side} face": variables[
                f"{name} {side}-face salt concentration [mol.m-3]"
            ]
            for side in ("left", "right")
        }
        self.events.extend(zero_salt_events(self.layer.domain, c, faces))

    def set_initial_conditions(self, variables):
        name = self.layer.name
        c = variables[f"{name} salt concentration [mol.m-3]"]
        self.initial_conditions = {c: self.pe.c_init}
        if self.potential_state:
            drop = variables[f"{name} potential difference [V]"]
            i = variables[self.current]
            T = self._temperature(variables)
            R = self.layer_thickness_resistance(T)
            self.initial_conditions[drop] = i * R

    def layer_thickness_resistance(self, T):
        """Ohmic resistance [Ohm.m2] of the layer at its initial salt content."""
        return self.thickness / (self.efficiency * self.pe.kappa(self.pe.c_init, T))
