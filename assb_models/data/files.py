"""Data files are regular files: checked before anything opens them.

A named pipe (FIFO) blocks ``open`` until a writer appears, a character device
(``/dev/zero``, a serial port) never ends, and a folder cannot be read as data.
:func:`require_regular_file` looks at the path with :func:`os.stat` and
:func:`stat.S_ISREG` (which opens nothing) and refuses anything but a regular file
(a symbolic link counts as what it points to).
"""

import os
import stat

from .table import CyclerDataError

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def require_regular_file(path, source=None, error=CyclerDataError):
    """Raise ``error`` unless ``path`` is an existing regular file; never opens it."""
    source = str(path) if source is None else source
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise error(f"{source}: no such file") from None
    except OSError as exc:
        raise error(f"{source}: cannot be inspected ({exc.strerror})") from None
    if not stat.S_ISREG(mode):
        kind = next((name for test, name in _KINDS if test(mode)), "not a regular file")
        raise error(
            f"{source}: is {kind}, not a regular file; give the path of a data file"
        )
