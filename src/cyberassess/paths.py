"""Where things are: bundled resources, user folders and portable mode, all in one place.

Bundled files (frameworks, fonts, icons, translations, ``.ui`` forms) are found both when running
from a source checkout and from a PyInstaller bundle (``sys._MEIPASS``). User folders come from
platformdirs, unless a ``portable.txt`` marker next to the executable turns portable mode on, in
which case settings, recent files and keys live in ``CyberAssessData/`` beside it. The environment
variable ``CYBERASSESS_HOME`` overrides both (tests and unusual deployments).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_DIR = "CyberAssessData"


@cache
def install_root() -> Path:
    """The folder holding ``resources/`` and ``ui/``: the bundle root or the source checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    override = os.environ.get("CYBERASSESS_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here, *here.parents):
        if (candidate / "resources" / "frameworks").is_dir():
            return candidate
    raise RuntimeError("CyberAssess resources not found next to the package")  # a broken install


def resource(*parts: str) -> Path:
    """A bundled file or folder, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return install_root().joinpath("resources", *parts)


def executable_dir() -> Path:
    """The folder of the running program (the bundle's executable, or the script)."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def portable_mode() -> bool:
    """True when a ``portable.txt`` marker sits next to the executable."""
    return (executable_dir() / PORTABLE_MARKER).is_file()


def user_data_dir() -> Path:
    """Settings, recent files and keys: portable folder, ``CYBERASSESS_HOME`` or the user's folder."""
    override = os.environ.get("CYBERASSESS_HOME")
    if override:
        return Path(override)
    if portable_mode():
        return executable_dir() / PORTABLE_DATA_DIR
    import platformdirs

    return Path(platformdirs.user_data_dir("CyberAssess", appauthor=False, roaming=True))


def user_cache_dir() -> Path:
    """Rebuildable data (parsed frameworks): safe to delete at any time."""
    override = os.environ.get("CYBERASSESS_HOME")
    if override or portable_mode():
        return user_data_dir() / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("CyberAssess", appauthor=False))


def user_frameworks_dir() -> Path:
    """Frameworks an author added; scanned after the built-in ones."""
    return user_data_dir() / "frameworks"


def settings_file() -> Path:
    """The INI file the GUI's QSettings uses."""
    return user_data_dir() / "settings.ini"
