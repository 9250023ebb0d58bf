"""Check a built bundle's contents: what must be in it, and what must not.

Usage: ``.venv/bin/python installer/check_bundle.py [BUNDLE] [--pyz PYZ-00.toc]`` (defaults: ``dist/CyberAssess``
and ``build/pyinstaller/cyberassess/PYZ-00.toc``).
Prints one line per problem and exits 1 if there is any; ``installer/build`` runs it after every build.
"""

from __future__ import annotations

import argparse
import ast
import fnmatch
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Files (paths inside the bundle, glob patterns) that must not be there.
FORBIDDEN = [
    "*QtWebEngine*", "*Qt6WebEngine*", "*QtWebChannel*", "*Qt6Qml*", "*QtQml*", "*Qt6Quick*", "*QtQuick*",
    "*Qt6Network*", "*QtNetwork*", "*Qt6Multimedia*", "*Qt6Pdf*", "*/qml/*", "*/translations/qt_help_*",
    "*/translations/qtwebengine*", "*/translations/qt_??.qm", "*/translations/qtbase_de.qm",
    "*/plugins/sqldrivers/*", "*/plugins/tls/*", "*/plugins/platformthemes/*gtk*", "*/plugins/platforms/*vnc*",
    "*/pytest/*", "*/_pytest/*", "*/mypy/*", "*/hypothesis/*", "*/tests/*", "*/babel/locale-data/de.dat",
    "*libgtk*", "*libcairo*", "*libpango*", "*libgssapi*", "*libkrb5*", "*QtUiTools*", "*Qt6UiTools*",
]  # fmt: skip
# Python packages that must not be in the bundle's archive (PYZ).
FORBIDDEN_MODULES = {"pytest", "_pytest", "mypy", "hypothesis", "ruff", "tests", "setuptools", "pip", "tkinter"}
# Python modules that must be in the archive (the compiled Designer forms).
REQUIRED_MODULES = {
    "cyberassess.app.forms.ui_main_window",
    "cyberassess.app.forms.ui_indicator_page",
    "sqlcipher3.dbapi2",  # encrypted assessments (imported on first use)
    "cyberassess.seal.cms",
}
# What the app needs at run time (relative to the folder holding resources/, i.e. sys._MEIPASS).
REQUIRED = [
    "resources/frameworks/cybercrime-capacity", "resources/demo/meridia.yaml", "resources/fonts/DejaVuSans.ttf",
    "resources/fonts/NotoSansArabic-Regular.ttf", "resources/icons/app.svg", "resources/translations/app_fr.qm",
    "resources/translations/app_ar.qm", "resources/translations/core_es.json",
    "resources/library/cybercrime-capacity.index",  # the search index, built by scripts/build_index.py
    "babel/locale-data/en.dat", "babel/locale-data/fr.dat", "babel/locale-data/es.dat", "babel/locale-data/ar.dat",
    "babel/locale-data/root.dat", "babel/global.dat", "pyhanko/sign/validation/qualified/lotl-certs",
]  # fmt: skip
REQUIRED_GLOBS = [
    "*/translations/qtbase_fr.qm", "*/translations/qtbase_ar.qm", "*/plugins/platforms/*offscreen*",
    "*/plugins/iconengines/*svg*", "*/plugins/imageformats/*svg*",
    # app/qt.py imports these by name (importlib), which PyInstaller's analysis cannot follow
    "*/PySide6/QtCore.*", "*/PySide6/QtGui.*", "*/PySide6/QtWidgets.*",
    # SQLCipher (statically linked in the extension) for encrypted assessments
    "*/sqlcipher3/_sqlite3*",
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, nargs="?", default=ROOT / "dist" / "CyberAssess")
    parser.add_argument("--pyz", type=Path, default=ROOT / "build" / "pyinstaller" / "cyberassess" / "PYZ-00.toc")
    args = parser.parse_args()
    internal = args.bundle / "_internal"
    if (args.bundle / "Contents" / "Frameworks").is_dir():  # a macOS .app
        internal = args.bundle / "Contents" / "Frameworks"
    base = internal if internal.is_dir() else args.bundle
    files = ["/" + p.relative_to(args.bundle).as_posix() for p in args.bundle.rglob("*")]
    problems = [f"must not be in the bundle: {f}" for f in files if any(fnmatch.fnmatch(f, p) for p in FORBIDDEN)]
    problems += [f"missing from the bundle: {r}" for r in REQUIRED if not (base / r).exists()]
    problems += [f"missing from the bundle: {g}" for g in REQUIRED_GLOBS if not fnmatch.filter(files, g)]
    if sys.platform.startswith("linux"):  # it must copy to a FAT32/exFAT USB stick as it is
        problems += [f"a symbolic link: {p}" for p in args.bundle.rglob("*") if p.is_symlink()]
    if args.pyz.is_file():
        toc = ast.literal_eval(args.pyz.read_text(encoding="utf-8"))
        names = {e[0] for part in toc if isinstance(part, list) for e in part if isinstance(e, tuple) and len(e) == 3}
        tops = {name.split(".")[0] for name in names}
        problems += [f"must not be in the Python archive: {m}" for m in sorted(FORBIDDEN_MODULES & tops)]
        problems += [f"missing from the Python archive: {m}" for m in sorted(REQUIRED_MODULES - names)]
    for line in problems:
        print(f"check-bundle: {line}", file=sys.stderr)
    if not problems:
        print(f"check-bundle: {args.bundle}: contents as expected ({len(files)} files)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
