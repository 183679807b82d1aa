"""Argument types, messages and warning output shared by the subcommands."""

import argparse
import contextlib
import difflib
import logging
import sys
import warnings

#: PyBaMM's logger; its warnings (e.g. a skipped experiment step) print as ours
PYBAMM_LOGGER = "pybamm.logger"
#: NumPy's floating-point warnings where a division by zero is expected (ratios of
#: a quantity that is zero at t = 0, correlations of a constant column)
EXPECTED_NUMPY_WARNINGS = (
    "divide by zero encountered",
    "invalid value encountered in divide",
    "invalid value encountered in scalar divide",
)


def number_or_text(text):
    """A recipe value: true/false, a number where it reads as one, else the text."""
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        return float(text)
    except ValueError:
        return text


def key_value(text):
    """``KEY=VALUE`` -> ``(KEY, VALUE)`` (VALUE a number where it reads as one)."""
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError(f"{text!r} is not KEY=VALUE")
    return key.strip(), number_or_text(value.strip())


def suggest(word, allowed, what):
    """``unknown WHAT 'word'; did you mean 'a' or 'b'?``: the nearest of ``allowed``."""
    close = difflib.get_close_matches(word, list(allowed), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    return f"unknown {what} {word!r}{hint}"


class _Once:
    """Prints each warning message once as ``warning: <message>`` on stderr."""

    def __init__(self):
        self.seen = set()

    def print(self, message):
        message = " ".join(str(message).split())
        if message and message not in self.seen:
            self.seen.add(message)
            print(f"warning: {message}", file=sys.stderr, flush=True)

    def showwarning(self, message, category, filename, lineno, file=None, line=None):
        self.print(message)

    def filter(self, record):
        if record.levelno < logging.WARNING:
            return True
        self.print(record.getMessage())
        return False


@contextlib.contextmanager
def plain_warnings():
    """Within: warnings and PyBaMM's logged warnings as one plain line each.

    Python warnings print as ``warning: <message>`` (no source path, no category),
    each message once; NumPy's expected division warnings are silenced. Call inside
    :func:`warnings.catch_warnings` so the previous state returns afterwards.
    """
    once = _Once()
    warnings.showwarning = once.showwarning
    for text in EXPECTED_NUMPY_WARNINGS:
        warnings.filterwarnings("ignore", message=text, category=RuntimeWarning)
    logger = logging.getLogger(PYBAMM_LOGGER)
    logger.addFilter(once)
    try:
        yield once
    finally:
        logger.removeFilter(once)


def add_key_value_argument(parser, flag, help):
    """A repeatable ``--flag KEY=VALUE`` argument (a list of pairs, empty by
    default): the ``--recipe`` and ``--option`` of the subcommands."""
    parser.add_argument(
        flag,
        action="append",
        type=key_value,
        default=[],
        metavar="KEY=VALUE",
        help=help,
    )
