"""``python -m cyberassess``."""

import sys

from .cli import main

sys.exit(main())
