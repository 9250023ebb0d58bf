"""Argument types for the command line: numbers are checked where they are parsed.

argparse then refuses a bad value like any other usage error (exit 2, the command's usage and one
line saying which option and why), before any file is opened.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable


def int_range(low: int, high: int | None = None) -> Callable[[str], int]:
    """An argparse ``type`` accepting whole numbers from ``low`` (to ``high``, when given)."""

    def parse(text: str) -> int:
        try:
            value = int(text.strip(), 10)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low or (high is not None and value > high):
            wanted = f"from {low} to {high}" if high is not None else f"{low} or more"
            raise argparse.ArgumentTypeError(f"{value} is out of range (give a whole number {wanted})")
        return value

    parse.__name__ = "number"  # argparse names the type in its messages
    return parse


positive_int = int_range(1)

__all__ = ["int_range", "positive_int"]
