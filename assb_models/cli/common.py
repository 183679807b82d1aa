"""Argument types shared by the subcommands."""

import argparse


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
