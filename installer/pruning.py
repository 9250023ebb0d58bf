"""What goes into a bundle: the PyInstaller settings shared by ``installer/cyberassess.spec`` and the
minimal PySide6 bundle that ``installer/bench-bundle`` builds for comparison (same settings, so
the comparison is fair). Imported by spec files at build time only, never by the application.

* ``QT_EXCLUDES`` / ``PY_EXCLUDES``: modules never imported at run time (Qt modules the app does not
  use, test and build tools, optional compiled speed-ups of libraries the app only imports);
* ``STRIP``, ``NO_SYMLINKS``: strip the shared libraries, and make no symbolic links (Linux);
* :func:`prune`: after ``Analysis``, drop the Qt plugins and Qt translations the app never loads,
  the data babel would otherwise ship for all ~1,000 locales, and then every shared library that
  only the dropped plugins needed (for example the GTK theme plugin pulls in cairo, pango and gdk;
  the VNC platform plugin pulls in QtNetwork and Kerberos).
"""

from __future__ import annotations

import fnmatch
import functools
import posixpath
import sys
from collections.abc import Iterable
from pathlib import PurePath, PurePosixPath

# Qt's own strings (qtbase_<lang>.qm) for the app's languages; English needs none.
APP_LANGUAGES = ("fr", "es", "ar")

QT_EXCLUDES = [
    "PySide6.QtUiTools",  # forms are compiled (scripts/update_forms.py), not loaded at run time
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.QtWebSockets", "PySide6.QtWebView", "PySide6.QtNetwork", "PySide6.QtNetworkAuth", "PySide6.QtQml",
    "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2", "PySide6.QtQuick3D",
    "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
    "PySide6.QtCharts", "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtBluetooth", "PySide6.QtNfc", "PySide6.QtPositioning",
    "PySide6.QtLocation", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtSql",
    "PySide6.QtTest", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech", "PySide6.QtHttpServer", "PySide6.QtSpatialAudio", "PySide6.QtConcurrent",
    "PySide6.QtXml", "PySide6.QtPrintSupport", "PySide6.QtSvgWidgets", "PySide6.QtAxContainer",
]  # fmt: skip
PY_EXCLUDES = [
    # tests, type checkers, build and packaging tools
    "tkinter", "_tkinter", "unittest", "pydoc_data", "test", "tests", "pytest", "_pytest", "pytestqt", "hypothesis",
    "mypy", "ruff", "setuptools", "pkg_resources", "distutils", "_distutils_hack", "pip", "IPython", "matplotlib",
    "numpy", "PyQt5", "PyQt6", "PySide2",
    # Pillow (reportlab imports it; the app never reads images with it): no AVIF, WebP, colour management, Tk, Qt
    "PIL._avif", "PIL._webp", "PIL._imagingcms", "PIL._imagingtk", "PIL.ImageTk", "PIL.ImageQt",
    # lxml (pyHanko writes XMP metadata with lxml.etree): nothing else of it
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.html.clean",
    # aiohttp is imported by pyHanko but never used (the app never fetches anything): not its optional compiled
    # speed-ups (each has a pure-Python fallback), nor requests (pyHanko's other HTTP client, imported on use only)
    "aiohttp._http_parser", "aiohttp._http_writer", "aiohttp._websocket.reader_c", "aiohttp._websocket.mask",
    "propcache._helpers_c", "frozenlist._frozenlist", "yarl._quoting_c", "multidict._testcapi",
    "requests", "charset_normalizer", "urllib3",
    # SQLAlchemy dialects other than SQLite, the interactive prompt
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.postgresql", "sqlalchemy.dialects.oracle",
    "sqlalchemy.dialects.mssql", "readline",
]  # fmt: skip
# Strip symbols from shared libraries on Linux (about a fifth of the bundle); PyInstaller advises against it
# on Windows, and on macOS it would invalidate code signatures.
STRIP = sys.platform.startswith("linux")
# Linux: no symbolic links in the bundle, so that it can be copied to a FAT32/exFAT USB stick as it is.
# PyInstaller adds links in _internal/ to the Qt, PySide and Pillow libraries for compatibility; those
# libraries find each other through their own RPATH ($ORIGIN), and the smoke test runs the bundle without
# them. (macOS keeps its links: an .app's frameworks need them.)
NO_SYMLINKS = sys.platform.startswith("linux")

# Qt plugin folders an application with widgets needs; every other folder is dropped.
KEEP_PLUGIN_DIRS = {
    "platforms", "platformthemes", "platforminputcontexts", "imageformats", "iconengines", "styles",
    "xcbglintegrations", "wayland-decoration-client", "wayland-graphics-integration-client",
    "wayland-shell-integration",
}  # fmt: skip
# ... and within them, plugins for embedded devices, VNC, other compositors, GTK theming and image formats
# the app never reads. (GTK's theme plugin would bundle an old GTK stack that clashes with the system's.)
DROP_PLUGINS = [
    "*eglfs*", "*linuxfb*", "*minimalegl*", "*vkkhrdisplay*", "*vnc*", "*directfb*", "*direct2d*", "*bsdfb*",
    "*qgtk3*", "*-server.*", "*fullscreen-shell*", "*ivi-shell*", "*qt-shell*", "*wl-shell*",
]  # fmt: skip
KEEP_IMAGE_FORMATS = {"svg", "ico", "jpeg", "gif"} | ({"icns"} if sys.platform == "darwin" else set())


def _posix(dest: str) -> str:
    return posixpath.normpath(dest.replace("\\", "/"))


def _parts(dest: str) -> tuple[str, ...]:
    return PurePosixPath(_posix(dest)).parts


def _plugin_name(file_name: str) -> str:
    """``libqsvg.so`` / ``qsvg.dll`` / ``libqsvg.dylib`` -> ``svg``."""
    stem = file_name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem[1:] if stem.startswith("q") else stem


def wanted(dest: str, languages: Iterable[str] = APP_LANGUAGES) -> bool:
    """Whether a file of the bundle (its destination path) is kept."""
    parts = _parts(dest)
    name = parts[-1] if parts else dest
    if parts and parts[0] == "PySide6":
        if "plugins" in parts[:-1]:
            folder = parts[parts.index("plugins") + 1]
            if folder not in KEEP_PLUGIN_DIRS or any(fnmatch.fnmatch(name, p) for p in DROP_PLUGINS):
                return False
            return folder != "imageformats" or _plugin_name(name) in KEEP_IMAGE_FORMATS
        if "translations" in parts[:-1] and name.endswith(".qm"):
            return name in {f"qtbase_{lang}.qm" for lang in languages}
    if len(parts) >= 2 and parts[-2] == "locale-data" and parts[0] == "babel" and name.endswith(".dat"):
        return name in {f"{lang}.dat" for lang in ("en", "root", *languages)}  # the app formats in these only
    return True


@functools.cache
def _direct_imports(path: str) -> frozenset[str]:
    from PyInstaller.depend.bindepend import get_imports

    try:
        return frozenset(PurePath(name).name.lower() for name, _ in get_imports(path))
    except Exception:  # not a shared library we can read: it needs nothing we track
        return frozenset()


def _closure(roots: Iterable[tuple[str, str, str]], by_name: dict[str, tuple[str, str, str]]) -> set[str]:
    """Base names (lower case) of every library of the bundle that ``roots`` need, directly or not."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        _dest, src, _kind = todo.pop()
        for name in _direct_imports(src):
            if name in by_name and name not in seen:
                seen.add(name)
                todo.append(by_name[name])
    return seen


def prune(analysis, languages: Iterable[str] = APP_LANGUAGES) -> None:  # analysis: a PyInstaller Analysis
    """Drop unwanted files from ``analysis.binaries`` / ``analysis.datas``, and the libraries only they needed."""
    languages = tuple(languages)
    binaries = list(analysis.binaries)
    dropped = [e for e in binaries if not wanted(e[0], languages)]
    kept = [e for e in binaries if wanted(e[0], languages)]
    by_name = {PurePath(e[0]).name.lower(): e for e in binaries}
    # Roots: what Python or Qt loads by itself (extension modules, plugins, the Python library); every other
    # shared library is in the bundle because a root needs it.
    roots = [
        e for e in kept
        if e[2] == "EXTENSION" or "plugins" in _parts(e[0])[:-1] or PurePath(e[0]).name.lower().startswith(
            ("libpython", "python3", "python.")
        )
    ]  # fmt: skip
    needed = _closure(roots, by_name)
    only_dropped = _closure(dropped, by_name) - needed - {PurePath(e[0]).name.lower() for e in roots}
    orphans = {e[0] for e in kept if PurePath(e[0]).name.lower() in only_dropped and e[2] == "BINARY"}
    gone = {_posix(e[0]) for e in dropped} | {_posix(d) for d in orphans}
    frameworks = {d.split(".framework/")[0] + ".framework/" for d in gone if ".framework/" in d}  # macOS

    def keep(entry: tuple[str, str, str]) -> bool:
        dest = _posix(entry[0])
        if dest in gone or any(dest.startswith(f) for f in frameworks):
            return False
        if entry[2] == "SYMLINK":  # (link, target relative to the link's folder, "SYMLINK")
            if NO_SYMLINKS:
                return False
            target = _posix(str(PurePosixPath(dest).parent / _posix(entry[1])))
            return target not in gone and not any(target.startswith(f) for f in frameworks)
        return wanted(dest, languages)

    before = len(analysis.binaries) + len(analysis.datas)
    analysis.binaries = [e for e in analysis.binaries if keep(e)]
    analysis.datas = [e for e in analysis.datas if keep(e)]
    removed = before - len(analysis.binaries) - len(analysis.datas)
    print(
        f"pruning: dropped {len(dropped)} Qt plugins/libraries, {len(orphans)} libraries only they needed, "
        f"{removed} files in all",
        file=sys.stderr,
    )
