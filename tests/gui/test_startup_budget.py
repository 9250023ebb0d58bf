"""What the start-up with a file may and may not do before the window is painted.

Time itself is measured by ``benchmarks/bench_startup.py``, never asserted here. These tests guard
the choices that time rests on, each of which an innocent edit could undo without any test failing:
Qt types that only rare actions need are not created (PySide6 builds each Python type with all its
enums on first use: ``QStyle`` alone takes ~10 ms), and the style is the one asked for on the
command line (``setStyle()`` would hand a ``QStyle`` to Python).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Types that only a dialog, a banner or an error needs; creating them at start-up only costs time.
RARELY_NEEDED = {
    "QDesktopServices",
    "QFileDialog",
    "QLibraryInfo",
    "QMessageBox",
    "QProgressDialog",
    "QStyle",
    "QTranslator",
    "QUrl",
}

PROBE = r"""
import json, sys
from cyberassess.app import qt

touched = []
resolve = qt.__getattr__
qt.__getattr__ = lambda name: (touched.append(name), resolve(name))[1]
from cyberassess.app import main
from cyberassess.app.uikit import after_first_paint

app, controller = main.start_application([sys.argv[1]])
window = controller.windows[0]

def report():
    print(json.dumps({
        "touched": touched,
        "style": app.style().name(),
        "shown": window.isVisible() and window.session is not None,
    }), flush=True)
    controller.quit()

after_first_paint(window.page, report)
app.exec()
"""


def _start_and_report(path: Path) -> dict[str, object]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(path)], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_first_screen_needs_no_rarely_used_qt_type_and_names_its_style(demo_copy: Path) -> None:
    report = _start_and_report(demo_copy)
    assert report["shown"] is True
    touched = set(report["touched"])  # type: ignore[arg-type]
    assert {"QMainWindow", "QTreeView", "Qt"} <= touched  # the probe sees what the window uses
    assert touched & RARELY_NEEDED == set()
    assert report["style"] == "fusion"  # named on the command line, not set through setStyle()
