"""The package version, importable without PyBaMM (``assb --version`` reads it)."""

__version__ = "0.1.0"
