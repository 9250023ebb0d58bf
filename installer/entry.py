"""The bundled program's entry point: the ``cyberassess`` command (the window without arguments).

:func:`cyberassess.cli.main` starts the desktop application without importing the command line's
modules, so the window appears before the core has loaded.
"""

import sys

from cyberassess.cli import main

if __name__ == "__main__":
    sys.exit(main())
