"""``python -m assb_models.cli``: the ``assb`` command."""

import sys

from . import main

if __name__ == "__main__":
    sys.exit(main())
