"""The ``cyberassess`` command line.

Each command group lives in its own module with a ``register(subparsers)`` function, imported only
when a command is run: starting the desktop application goes straight to the window and leaves
the core's heavy parts (SQLAlchemy, the exporters) to load after the window is painted. Errors a
person can act on are printed as one line (plus a hint) with a non-zero exit; never a traceback
(unless ``--debug``).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import CyberAssessError

COMMAND_MODULES = ("core_commands", "report_commands", "matrix_commands", "review_commands", "compare_commands")

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
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def gui_paths(argv: Sequence[str]) -> list[str] | None:
    """The files to open when these arguments start the desktop application, else None.

    No arguments, one ``.cyberassess`` file (a double-click) or ``open [FILE]`` start the window.
    """
    args = list(argv)
    if not args:
        return []
    if len(args) == 1 and args[0].endswith(".cyberassess"):
        return args
    if args[0] == "open" and len(args) <= 2 and not any(a.startswith("-") for a in args[1:]):
        return args[1:]
    return None


def _launch_gui(paths: list[str]) -> int:
    try:
        from ..app.main import run
    except ImportError as exc:
        print(f"cyberassess: error: the desktop application cannot start ({exc}).", file=sys.stderr)
        return EXIT_INTERNAL
    return int(run(paths))


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    paths = gui_paths(args_list)
    if paths is not None:
        return _launch_gui(paths)
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
