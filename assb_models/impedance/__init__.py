"""Small-signal impedance of the models: full spectra with equivalent-circuit fits
(:mod:`.eis`) and DC resistances read off a small step (:mod:`.small_signal`)."""

from . import eis, small_signal

__all__ = ["eis", "small_signal"]
