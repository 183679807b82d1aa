"""assb-models: physics-based all-solid-state battery models on PyBaMM.

The public names load on first use (PEP 562 module ``__getattr__``), so that
``import assb_models.cli`` and ``assb --version`` do not import PyBaMM;
``assb_models.SolidStateDFN`` and ``from assb_models import SolidStateDFN`` work as
usual.
"""

import importlib
import importlib.util

from ._version import __version__ as __version__

#: public name -> (module, attribute in it; None for the module itself)
_LAZY = {
    "ASSB_OPTIONS": (".options", "ASSB_OPTIONS"),
    "CompositeCathodeRecipe": (".parameters", "CompositeCathodeRecipe"),
    "InvalidInputError": (".validation", "InvalidInputError"),
    "Simulation": (".simulation", "Simulation"),
    "SolidStateDFN": (".models", "SolidStateDFN"),
    "SolidStateSPMe": (".models", "SolidStateSPMe"),
    "SymmetricCell": (".models", "SymmetricCell"),
    "analysis": (".simulation", "analysis"),
    "areal_experiment": (".simulation", "areal_experiment"),
    "cyclic_voltammetry": (".simulation", "cyclic_voltammetry"),
    "get_parameter_values": (".parameters", "get_parameter_values"),
    "get_sources": (".parameters", "get_sources"),
    "impedance": (".impedance", None),
    "parameter_sets": (".parameter_sets", None),
    "plating_stripping_experiment": (".models", "plating_stripping_experiment"),
    "pressure_structure": (".submodels.pressure", "pressure_structure"),
    "run_cycles": (".simulation", "run_cycles"),
    "run_plating_stripping": (".models", "run_plating_stripping"),
    "submodels": (".submodels", None),
    "validate_parameter_values": (".parameters", "validate_parameter_values"),
}

__all__ = list(_LAZY)


def __getattr__(name):
    """Import a public name's module (or a subpackage such as ``fitting``, as an
    eager ``import assb_models`` would make available) on first access and keep
    the name."""
    if name not in _LAZY:
        if not name.startswith("_") and importlib.util.find_spec(f"{__name__}.{name}"):
            return importlib.import_module(f"{__name__}.{name}")
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module_name, attribute = _LAZY[name]
    module = importlib.import_module(module_name, __name__)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__():
    return sorted({*globals(), *_LAZY})
