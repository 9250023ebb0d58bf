"""The bundled program's entry point: the same ``cyberassess`` command, GUI when run without arguments.

Starting the desktop application (no arguments, one ``.cyberassess`` file as when it is double-clicked,
or ``open [FILE]``) goes straight to :func:`cyberassess.app.main.run`: importing the command line first
would load the whole core (SQLAlchemy, pydantic, the framework: about half a second) before the window
can appear; the application loads it in the background instead. Everything else is
:func:`cyberassess.cli.main`, unchanged.
"""

import sys


def gui_paths(argv: list[str]) -> list[str] | None:
    """The files to open if these arguments start the desktop application (as ``cyberassess.cli.main``
    decides), else None."""
    if not argv:
        return []
    if len(argv) == 1 and argv[0].endswith(".cyberassess"):
        return argv
    if argv[0] == "open" and len(argv) <= 2 and not any(arg.startswith("-") for arg in argv[1:]):
        return argv[1:]
    return None


def main() -> int:
    paths = gui_paths(sys.argv[1:])
    if paths is not None:
        from cyberassess.app.main import run

        return int(run(paths))
    from cyberassess.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
