"""The ``cyberassess`` command line.

Each command group lives in its own module with a ``register(subparsers)`` function, imported only
when a command is run: starting the desktop application goes straight to the window and leaves
the core's heavy parts (SQLAlchemy, the exporters) to load after the window is painted. Errors a
person can act on are printed as one line (plus a hint) with a non-zero exit; never a traceback
(unless ``--debug``). Messages may quote file names and file contents: they are escaped
(:func:`~cyberassess.safetext.printable`) so nothing in them can add a line or drive the terminal.

Output piped into a reader that stops early (``cyberassess score X | head``) ends the command
quietly with exit status 141, as a Unix tool killed by SIGPIPE reports it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import CyberAssessError
from ..safetext import printable

COMMAND_MODULES = (
    "core_commands",
    "instrument_commands",
    "report_commands",
    "matrix_commands",
    "review_commands",
    "upgrade_commands",
    "compare_commands",
    "protect_commands",
    "library_commands",
)

EXIT_INTERNAL = 70
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a process ended by SIGPIPE


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
    from .protect_commands import add_document_passphrase_options

    add_document_passphrase_options(sub)  # every command that opens an assessment can be given its passphrase
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


def _reader_went_away() -> int:
    """The reader of our output closed it (``| head``): stop quietly, as Unix tools do.

    Standard output is pointed at the null device so that the interpreter's final flush of what
    is still buffered does not fail a second time with a message.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (an embedding); nothing to silence
        pass
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    paths = gui_paths(args_list)
    if paths is not None:
        return _launch_gui(paths)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        return _launch_gui([])
    from ..store.cipher import set_passphrase_source
    from .protect_commands import document_passphrase_source

    previous = set_passphrase_source(document_passphrase_source(args))
    try:
        code = int(args.handler(args) or 0)
        if sys.stdout is not None:  # None under pythonw
            sys.stdout.flush()  # a closed pipe shows here, inside the handler below, not at exit
        return code
    except BrokenPipeError:
        return _reader_went_away()
    except CyberAssessError as exc:
        print(f"cyberassess: error: {printable(exc.message)}", file=sys.stderr)
        if exc.hint:
            print(f"  {printable(exc.hint)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("cyberassess: interrupted; nothing unsaved was shown as saved.", file=sys.stderr)
        return 130
    except Exception as exc:
        if args.debug:
            raise
        print(f"cyberassess: internal error: {type(exc).__name__}: {printable(exc)}", file=sys.stderr)
        print("  Please report this, with the command you ran (add --debug for details).", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        set_passphrase_source(previous)


if __name__ == "__main__":
    sys.exit(main())
