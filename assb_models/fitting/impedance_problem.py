"""Impedance residuals of a model against a measured spectrum, for joint fits.

:class:`SpectrumData` is a measured spectrum (frequencies [Hz], complex Z [Ohm])
with its noise level ``sigma_ohm`` (standard deviation of the real and of the
imaginary part), weight and, when it differs from the parameter set's, the cell
temperature during the measurement ``temperature_K`` (the model is isothermal at
"Ambient temperature [K]"). :class:`ImpedanceProblem` computes the model's
small-signal impedance :func:`assb_models.impedance.eis.impedance` with the fitted
parameters as PyBaMM inputs and returns the residuals

.. math:: r = \\left[\\operatorname{Re}(Z_{model} - Z_{data}),\\;
          \\operatorname{Im}(Z_{model} - Z_{data})\\right] \\quad [\\Omega]

and their Jacobian with respect to ln(parameters) by forward differences (step
:data:`LOG_STEP`; the linearised model has no solver sensitivities). The model
needs double layers ("surface form": "differential").
"""

import dataclasses

import numpy as np

from assb_models.data.spectrum import check_spectrum, read_spectrum
from assb_models.impedance import eis
from assb_models.validation import require_positive

#: forward-difference step in ln(parameter): 1e-4, a 0.01 % change
LOG_STEP = 1e-4
#: the temperatures [K] a spectrum's ``temperature_K`` sets (isothermal models)
TEMPERATURES = ("Ambient temperature [K]", "Initial temperature [K]")


@dataclasses.dataclass
class SpectrumData:
    """A measured impedance spectrum, its noise [Ohm] and weight in a joint fit."""

    frequencies: np.ndarray
    z: np.ndarray
    sigma_ohm: float
    weight: float = 1.0
    source: str = "impedance spectrum"
    temperature_K: float | None = None

    def __post_init__(self):
        self.frequencies, self.z = check_spectrum(self.frequencies, self.z, self.source)
        require_positive("sigma_ohm", self.sigma_ohm)
        require_positive("weight", self.weight)
        if self.temperature_K is not None:
            require_positive("temperature_K", self.temperature_K)

    @classmethod
    def from_file(cls, path, sigma_ohm, weight=1.0, spectrum=None, temperature_K=None):
        """Read ``path`` with :func:`assb_models.data.read_spectrum`."""
        f, z = read_spectrum(path, spectrum=spectrum)
        return cls(f, z, sigma_ohm, weight, str(path), temperature_K)


class ImpedanceProblem:
    """Impedance residuals of ``model`` at the fitted parameters (module docstring)."""

    def __init__(self, model, parameter_values, spectrum, parameters, var_pts=None):
        self.names = [p.name for p in parameters]
        self.spectrum = spectrum
        self.source = spectrum.source
        self.model = model
        self.var_pts = var_pts
        self.values = parameter_values.copy()
        if spectrum.temperature_K is not None:
            self.values.update({name: spectrum.temperature_K for name in TEMPERATURES})
        self.values.update({name: "[input]" for name in self.names})
        self._cache = (None, None)
        self._linear = None

    def impedance(self, x):
        """Model impedance [Ohm] at the spectrum's frequencies for ln p = ``x``
        (the model is built and linearised once, on the first call)."""
        if self._linear is None:
            self._linear = eis.LinearisedModel(
                self.model.new_copy(),
                self.values,
                var_pts=self.var_pts,
                input_names=self.names,
            )
        inputs = dict(zip(self.names, np.exp(np.asarray(x, float)), strict=True))
        return self._linear(self.spectrum.frequencies, inputs)

    def _residuals(self, x):
        dz = self.impedance(x) - self.spectrum.z
        return np.r_[dz.real, dz.imag]

    def _evaluate(self, x):
        x = np.asarray(x, dtype=float)
        if self._cache[0] is None or not np.array_equal(self._cache[0], x):
            r = self._residuals(x)
            columns = []
            for k in range(x.size):
                step = np.zeros_like(x)
                step[k] = LOG_STEP
                columns.append((self._residuals(x + step) - r) / LOG_STEP)
            self._cache = (x.copy(), (r, np.column_stack(columns)))
        return self._cache[1]

    def residuals(self, x):
        """Model - measured Z, real parts then imaginary parts [Ohm]."""
        return self._evaluate(x)[0]

    def jacobian(self, x):
        """d residuals / d ln(parameters), forward differences."""
        return self._evaluate(x)[1]
