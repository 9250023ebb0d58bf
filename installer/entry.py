"""The bundled program's entry point: the same ``cyberassess`` command, GUI when run without arguments."""

import sys

from cyberassess.cli import main

if __name__ == "__main__":
    sys.exit(main())
