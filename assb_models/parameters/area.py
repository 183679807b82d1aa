"""The cell's electrode area and areal quantities turned into cell ones."""

from assb_models.validation import require_positive


def model_area_m2(parameter_values):
    """ "Electrode height [m]" x "Electrode width [m]" [m2]."""
    return (
        parameter_values["Electrode height [m]"]
        * parameter_values["Electrode width [m]"]
    )


def electrode_area_cm2(parameter_values):
    """The model's electrode area [cm2]: "Electrode height [m]" x "Electrode width
    [m]" x "Number of electrodes connected in parallel to make a cell" (1 if unset),
    the area that turns a current density into the cell current."""
    parallel = parameter_values.get(
        "Number of electrodes connected in parallel to make a cell", 1
    )
    area = 1e4 * model_area_m2(parameter_values) * parallel
    require_positive(
        "electrode area [cm2] (height x width x parallel electrodes)", area
    )
    return area


def areal_to_cell(value, area_cm2):
    """An areal current [mA.cm-2] (or power [mW.cm-2]) as the cell's [A] (or [W])."""
    return value * 1e-3 * area_cm2
