"""Frameworks: the typed model and the loader."""

from .loader import BUILTIN_ID, builtin_framework, get_framework, load_framework, translation_coverage
from .model import LANGUAGES, Dimension, Framework, Indicator, Section, Stage, tr

__all__ = [
    "BUILTIN_ID",
    "LANGUAGES",
    "Dimension",
    "Framework",
    "Indicator",
    "Section",
    "Stage",
    "builtin_framework",
    "get_framework",
    "load_framework",
    "tr",
    "translation_coverage",
]
