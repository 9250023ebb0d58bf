"""Cold start of the desktop application with the demo open, against a bare QMainWindow start.

    .venv/bin/python benchmarks/bench_startup.py [--rounds 7]

Each measurement is a fresh Python process, timed by this script from spawn until the child says
its window is visible and interactive: the window has been painted and the event loop has run
again (so a click would be handled). Three figures per process kind:

* floor:  ``QApplication`` + an empty ``QMainWindow`` (the least any Qt application can do);
* app, window: CyberAssess's window painted and responsive; the app child runs
  ``cyberassess.app.main.start_application`` (all of ``run`` but the event loop), which usually
  shows the window with the assessment already in it (else "Opening …" first);
* app, demo open: the demo assessment is shown, the indicator page painted and the event loop
  running (the document is then opened for editing in the background: see ``app/session.py``).

A fourth process kind, the *Qt-types floor*, shows how much of the gap PySide6 itself sets: the bare
window again, plus a line of text, after creating the Python types (and their enums) of every Qt
name that the app's first screen uses, as recorded by one extra app run. Nothing of CyberAssess
runs in it; what the app spends beyond it is its own code (imports, the file, the window, painting).

The package's bytecode is compiled first, as it is in an installed copy or the bundle (an editable
checkout under ``PYTHONDONTWRITEBYTECODE`` would otherwise recompile every module in every run).

Peak RSS (``ru_maxrss``) is read by each child: at "demo open", and again after the review and
export pages have been shown. Runs alternate floor/app so that both see the same machine state;
the file cache is warm after the first round (that is the usual case: the app was started before).
Uses ``QT_QPA_PLATFORM`` as set (offscreen when there is no display). Prints figures; no assertions.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD_FLOOR = r"""
import resource, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

if sys.argv[1:]:  # the Qt-types floor: create these Python types (and their enums) as the app's first screen does
    from PySide6 import QtCore, QtGui, QtWidgets

    for name in sys.argv[1:]:
        next(getattr(m, name) for m in (QtCore, QtGui, QtWidgets) if hasattr(m, name))
app = QApplication([sys.argv[0]])
window = QMainWindow()
window.resize(1366, 768)
if sys.argv[1:]:  # and a line of text: the first text painted loads fonts
    from PySide6.QtWidgets import QLabel

    window.setCentralWidget(QLabel("Legal framework: substantive criminal law"))

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = True
            QTimer.singleShot(0, lambda: (print("WINDOW", flush=True), print("READY",
                resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True), app.quit()))
        return False

spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
"""

CHILD_APP = r"""
import resource, sys
from cyberassess.app import main
from cyberassess.app.qt import QEvent, QObject, QTimer

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

app, controller = main.start_application([sys.argv[1]])  # what `cyberassess FILE` runs before app.exec()
window = controller.windows[0]  # shown; painted at the first turn of the event loop
QTimer.singleShot(0, lambda: print("WINDOW", flush=True))  # the event loop runs: the window is responsive

class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and window.session is not None and not hasattr(self, "done"):
            self.done = True
            QTimer.singleShot(0, finish)
        return False

def finish():
    print("READY", rss(), flush=True)
    if window.session.is_open:
        editable()
    else:
        window.session.ready.connect(editable)

def editable():
    print("EDITABLE", flush=True)  # the background open has finished: edits save without waiting
    for page in ("review", "export", "assess"):
        window.show_page(page)
        app.processEvents()
    print("PAGES", rss(), flush=True)
    controller.quit()

probe = Probe()
window.page.installEventFilter(probe)
app.exec()
"""


CHILD_NAMES = r"""
import sys
from cyberassess.app import qt

touched = []
resolve = qt.__getattr__
qt.__getattr__ = lambda name: (touched.append(name), resolve(name))[1]
from cyberassess.app import main

app, controller = main.start_application([sys.argv[1]])
window = controller.windows[0]
qt.QTimer.singleShot(0, lambda: (print("NAMES", *touched, flush=True), controller.quit()))
app.exec()
"""


def touched_qt_names(demo: str, env: dict[str, str]) -> list[str]:
    """The names the app resolves through ``cyberassess.app.qt`` up to its first screen."""
    out = subprocess.run([sys.executable, "-c", CHILD_NAMES, demo], capture_output=True, text=True, env=env,
                         timeout=60).stdout  # fmt: skip
    line = next((x for x in out.splitlines() if x.startswith("NAMES")), None)
    if line is None:
        raise SystemExit("the app did not report the Qt names it uses")
    return [n for n in line.split()[1:] if not n.startswith("_") and n not in ("Signal", "Slot")]


def compile_bytecode() -> None:
    import compileall

    import cyberassess

    compileall.compile_dir(str(Path(cyberassess.__file__).parent), quiet=1)


def run_child(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env)  # fmt: skip
    marks: dict[str, float] = {}
    assert child.stdout is not None
    for line in child.stdout:
        parts = line.split()
        if not parts:
            continue
        marks.setdefault(parts[0].lower(), time.perf_counter() - start)
        if len(parts) > 1:
            marks[parts[0].lower() + "_rss_mb"] = int(parts[1]) / 1024  # ru_maxrss is in KiB on Linux
    child.wait(timeout=60)
    if "ready" not in marks:
        raise SystemExit(f"the child did not report READY (exit code {child.returncode})")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description="Cold start to an interactive window, app vs bare Qt.")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    home = Path(tempfile.mkdtemp(prefix="cyberassess-bench-start-"))
    env = dict(os.environ, CYBERASSESS_HOME=str(home))
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    from cyberassess.demo import write_demo

    demo = str(write_demo(home / "demo.cyberassess"))
    compile_bytecode()
    names = touched_qt_names(demo, env)
    floor, types, app = [], [], []
    run_child(CHILD_FLOOR, [], env)  # warm the file cache for all, not counted
    run_child(CHILD_FLOOR, names, env)
    run_child(CHILD_APP, [demo], env)
    for _ in range(args.rounds):
        floor.append(run_child(CHILD_FLOOR, [], env))
        types.append(run_child(CHILD_FLOOR, names, env))
        app.append(run_child(CHILD_APP, [demo], env))

    def med(rows: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in rows)

    base = med(floor, "ready")
    print(f"platform {env['QT_QPA_PLATFORM']}, {args.rounds} rounds, median (min) wall time from process spawn")
    rows = [
        ("floor: bare QMainWindow painted", floor, "ready"),
        (f"Qt-types floor: + {len(names)} app Qt types, text", types, "ready"),
        ("app: window painted, responsive", app, "window"),
        ("app: demo open, indicator page painted", app, "ready"),
        ("app: demo open for editing (background)", app, "editable"),
    ]
    for label, data, key in rows:
        value = med(data, key)
        print(f"  {label:<44} {value * 1000:7.0f} ms ({min(r[key] for r in data) * 1000:5.0f})  "
              f"ratio {value / base:4.2f}x")  # fmt: skip
    print(
        f"peak RSS: floor {med(floor, 'ready_rss_mb'):.0f} MB; app with the demo open "
        f"{med(app, 'ready_rss_mb'):.0f} MB, after showing review and export {med(app, 'pages_rss_mb'):.0f} MB"
    )
    print("targets: demo open <= 1.5x the floor; peak RSS < 250 MB")
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
