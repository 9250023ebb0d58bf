"""The ``cyberassess`` command line.

Each command group lives in its own module with a ``register(subparsers)`` function. Errors a
person can act on are printed as one line (plus a hint) with a non-zero exit; never a traceback
(unless ``--debug``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import CyberAssessError
from . import core_commands, matrix_commands, report_commands

COMMAND_MODULES = [core_commands, report_commands, matrix_commands]

EXIT_INTERNAL = 70


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cyberassess",
        description="Assess a country's capacity to fight cybercrime, offline. "
        "Without a command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"CyberAssess {__version__}")
    parser.add_argument("--debug", action="store_true", help="show full tracebacks (for developers)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def _launch_gui(paths: list[str]) -> int:
    try:
        from ..app.main import run
    except ImportError as exc:
        print(f"cyberassess: error: the desktop application cannot start ({exc}).", file=sys.stderr)
        return EXIT_INTERNAL
    return int(run(paths))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or (len(args_list) == 1 and args_list[0].endswith(".cyberassess")):
        return _launch_gui(args_list)  # no command, or a file double-clicked: the GUI
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        return _launch_gui([])
    try:
        return int(args.handler(args) or 0)
    except CyberAssessError as exc:
        print(f"cyberassess: error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"  {exc.hint}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("cyberassess: interrupted; nothing unsaved was shown as saved.", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(f"cyberassess: internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print("  Please report this, with the command you ran (add --debug for details).", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
