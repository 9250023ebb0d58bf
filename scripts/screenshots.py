#!/usr/bin/env python3
"""Render the application's main screens to PNG (docs/screenshots/), for the README and for review.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR] [--size 1366x768] [--scale 1]

Uses a temporary user folder (your settings and recent files are not touched) and the demo
assessment of the fictional Republic of Meridia. Works offscreen (no display) or under Xvfb.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1366x768", help="window size in device-independent pixels")
    parser.add_argument("--scale", default="1", help="device pixel ratio (2 renders as on a 4K screen)")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    home = Path(tempfile.mkdtemp(prefix="cyberassess-screens-"))
    os.environ["CYBERASSESS_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    os.environ["QT_SCALE_FACTOR"] = args.scale
    os.environ.setdefault("LANG", "en_GB.UTF-8")

    from cyberassess.app.main import AppController, configure_application
    from cyberassess.app.qt import QApplication, QColor, QLocale, QPalette, QSize
    from cyberassess.app.settings import RecentFile
    from cyberassess.demo import write_demo
    from cyberassess.store import Assessment

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication([sys.argv[0]])
    configure_application(app)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)

    def settle(until: Callable[[], bool] = lambda: True, seconds: float = 20.0) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            if until():
                break
            time.sleep(0.01)
        for _ in range(20):  # let layouts and repaints finish
            app.processEvents()
            time.sleep(0.005)

    def shoot(widget, name: str, size=None) -> None:
        widget.resize(size or QSize(width, height))
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    # two assessments for the recent list: the finished demo and a follow-up mission just begun
    demo = write_demo(home / "Meridia - National Cyber Review 2026.cyberassess")
    follow_up = home / "Meridia - Follow-up mission 2027.cyberassess"
    with Assessment.create(
        follow_up, country="Republic of Meridia", mission="Follow-up mission 2027", assessors=["Amina Mensah"]
    ) as doc:
        for indicator_id in doc.framework.indicator_ids()[:14]:
            doc.set_answer(indicator_id, 3, justification="Unchanged since the 2026 review.", confidence="medium")
        info = doc.info
    controller = AppController()
    controller.settings.remember(RecentFile(str(follow_up), info.country, info.mission, 0.14, info.modified_at))
    with Assessment.open(demo, read_only=True) as doc:
        info = doc.info
    controller.settings.remember(RecentFile(str(demo), info.country, info.mission, 1.0, info.modified_at))

    controller.start([])
    shoot(controller.start_window, "start", controller.start_window.size())

    controller.open_path(demo)
    settle(lambda: bool(controller.windows) and controller.windows[0].session is not None)
    window = controller.windows[0]
    window.go_to("D3.1.1", focus=True)  # an indicator with an evidence file attached
    shoot(window, "indicator")
    window.show_page("review")
    shoot(window, "review")
    window.show_page("export")
    shoot(window, "export")
    for page in ("mission", "findings", "plan", "treaty"):
        window.show_page(page)
        if page == "findings":
            window.pages_made[page].choose_section("D5")
            window.pages_made[page].propose()
        shoot(window, page)
    window.show_page("library")
    library = window.pages_made["library"]
    library.set_query("preservation")
    settle(lambda: bool(library.hits))
    library.show_article("budapest:16")
    shoot(window, "library")

    dark = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1f2023"),
        (QPalette.ColorRole.AlternateBase, "#2b2d30"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#35373b"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d7fd6"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.Mid, "#5a5d63"),
        (QPalette.ColorRole.PlaceholderText, "#9a9ea6"),
        (QPalette.ColorRole.ToolTipBase, "#35373b"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
        (QPalette.ColorRole.Light, "#4a4d52"),
        (QPalette.ColorRole.Dark, "#1a1b1d"),
        (QPalette.ColorRole.Shadow, "#000000"),
    ):
        dark.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        dark.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f737a"))
    app.setPalette(dark)
    window.show_page("assess")
    shoot(window, "indicator-dark")

    controller.quit()
    shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
