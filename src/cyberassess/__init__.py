"""CyberAssess: offline assessment of national capacity to fight cybercrime.

The package is a headless core (framework, store, scoring, report, matrix) and a thin Qt layer
(:mod:`cyberassess.app`). Nothing outside ``cyberassess.app`` imports Qt.
"""

__version__ = "0.1.0"
APP_NAME = "CyberAssess"
