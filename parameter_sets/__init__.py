"""Published parameter sets, one module per publication.

Each module exposes ``SET``, its
:class:`~assb_models.parameters.set_record.ParameterSetRecord` (name, citation,
``get_parameter_values(**recipe)`` returning a dict for
:class:`pybamm.ParameterValues`, ``get_sources(**recipe)`` giving each value's paper
and figure/table or "estimate: <reasoning>", recipe defaults, model and options);
:mod:`assb_models.parameters.registry` collects them. The same sets are registered
with PyBaMM's ``pybamm_parameter_sets`` entry point, so
``pybamm.ParameterValues("Kim2024")`` works once the package is installed. Modules
whose name starts with an underscore hold shared values and are not sets.
"""
