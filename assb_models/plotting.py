"""Figures the package writes (reproductions, ``assb simulate``): one style, size
and resolution.

:func:`new_figure` makes a Matplotlib figure (no pyplot, so no display is needed);
:func:`finish` gives it its title, lays it out so nothing is clipped and saves it as
a PNG at :data:`DPI`, at least :data:`MIN_WIDTH_PX` pixels wide, with its axes named
in the PNG's Description.
"""

import pathlib
import textwrap

from matplotlib.figure import Figure

#: resolution of every saved figure [dots per inch]
DPI = 150
#: the narrowest figure saved [pixels]
MIN_WIDTH_PX = 1200
#: font size of the title [pt]
TITLE_SIZE = 10


def new_figure(figsize=(8, 4.5)):
    """A figure of ``figsize`` inches, widened to :data:`MIN_WIDTH_PX` at
    :data:`DPI`."""
    width, height = figsize
    return Figure(figsize=(max(width, MIN_WIDTH_PX / DPI), height))


def _wrapped(title, fig):
    """``title`` broken into lines that fit the figure's width."""
    chars = max(20, int(fig.get_figwidth() * 72 / (0.55 * TITLE_SIZE)))
    return "\n".join(
        textwrap.fill(line, chars) for line in str(title).splitlines() or [""]
    )


def finish(fig, path, title=None):
    """Title ``fig`` (wrapped to its width), lay it out and save it as a PNG at
    ``path`` (:data:`DPI`, at least :data:`MIN_WIDTH_PX` wide); returns ``path``."""
    width, height = fig.get_size_inches()
    if width * DPI < MIN_WIDTH_PX:
        fig.set_size_inches(MIN_WIDTH_PX / DPI, height * MIN_WIDTH_PX / (width * DPI))
    if title is not None:
        fig.suptitle(_wrapped(title, fig), fontsize=TITLE_SIZE)
    fig.tight_layout()
    path = pathlib.Path(path)
    fig.savefig(path, dpi=DPI, metadata={"Description": axes_description(fig)})
    return path


def axes_description(fig):
    """The axes of ``fig`` as text, "x label vs y label" per panel (stored in the
    PNG's Description, so a reader of the file can tell what it plots)."""
    return "; ".join(
        f"{ax.get_ylabel()} vs {ax.get_xlabel()}"
        for ax in fig.get_axes()
        if ax.get_xlabel() or ax.get_ylabel()
    )
