"""Published parameter sets, one module per publication.

Each module has ``get_parameter_values(**recipe)`` returning a dict for
:class:`pybamm.ParameterValues` and ``get_sources()`` returning, for each value, the
paper and figure/table it comes from or "estimate: <reasoning>". They are
registered with PyBaMM's ``pybamm_parameter_sets`` entry point, so
``pybamm.ParameterValues("Kim2024")`` works once the package is installed.
"""

AVAILABLE = ("Kim2024", "Park2021", "Sakka2022", "Lee2020", "Tan2021")
