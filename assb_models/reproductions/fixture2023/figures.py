"""Fixture study figure: pressure and voltage against time of each ramp, drawn from
the runs handed in.
"""

from assb_models.plotting import finish, new_figure

from .paper import CLAMP, LOADING, MPA, RAMP


def figure(full, symmetric, path):
    """Pressure and voltage vs time of each ramp (model; the paper's figure has no
    numbers available here); returns ``path``."""
    fig = new_figure((12, 7))
    ax = fig.subplots(2, 2, sharex="col")
    for col, (runs, title) in enumerate(
        (
            (full, f"NCM811 {LOADING:g} mg/cm2 | LPSCl | Li"),
            (symmetric, "Li | LPSCl | Li"),
        )
    ):
        for name, run in runs.items():
            label = f"{name} (shorts at {run['shorts at [mA.cm-2]']} mA/cm2)"
            ax[0, col].plot(run["time [h]"], run["pressure [MPa]"], label=label)
            ax[1, col].plot(run["time [h]"], run["voltage [V]"], label=name, lw=0.8)
        ax[0, col].set(title=title, ylabel="stack pressure [MPa]")
        ax[1, col].set(xlabel="time [h]", ylabel="voltage [V]")
        ax[0, col].legend(fontsize=8)
    return finish(
        fig,
        path,
        title=f"current ramp {RAMP[0]:g}-{RAMP[-1]:g} mA/cm2, one cycle per step, "
        f"clamped at {CLAMP / MPA:g} MPa",
    )
