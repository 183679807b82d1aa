"""Package discovery (all metadata is in pyproject.toml).

Every subpackage of ``assb_models`` is found automatically, so a new one is never
left out of a wheel; the parameter sets live in ``parameter_sets/`` and install as
``assb_models.parameter_sets`` (``package-dir`` in pyproject.toml). pyproject's
``packages.find`` cannot add a package from another folder, hence this file.
"""

from setuptools import find_packages, setup

setup(packages=find_packages(include=["assb_models*"]) + ["assb_models.parameter_sets"])
