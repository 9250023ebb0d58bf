"""Open the demo in the app in one language, in its own process, and report what a reader would see.

``python -m tests.gui.language_probe LANG DEMO.cyberassess OUT.png`` prints JSON: the layout
direction, the menu titles, the window title, every visible label or button whose text does not
fit its widget (clipped), the one-letter answer keys, and the confidence saved after pressing the
keys for "low" then "high". Used by test_languages.py (a process per language, because Qt installs
translators once per application).
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    lang, demo, png = sys.argv[1:4]
    from cyberassess.app.main import start_application
    from cyberassess.app.qt import QAbstractButton, QApplication, QLabel, Qt, QTest
    from cyberassess.app.settings import Settings
    from cyberassess.app.window_actions import answer_keys

    Settings().language = lang
    app, controller = start_application([demo])
    sys.excepthook = sys.__excepthook__  # a probe fails loudly instead of showing the app's error dialog
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not (controller.windows and controller.windows[-1].session is not None):
        app.processEvents()
        time.sleep(0.01)
    window = controller.windows[-1]
    window.resize(1366, 768)
    window.show()
    for _ in range(100):
        app.processEvents()
    clipped: list[str] = []

    def settle() -> None:
        for _ in range(60):
            app.processEvents()

    def check(widget: object, screen: str) -> None:
        for label in widget.findChildren(QLabel):  # type: ignore[attr-defined]
            text = label.text()
            if label.isVisible() and text and not label.wordWrap() and "<" not in text:
                needed = label.fontMetrics().horizontalAdvance(text.replace("&", ""))
                if needed > label.contentsRect().width() + 1 and label.width() > 0:
                    clipped.append(f"{screen}: {text}")
        for button in widget.findChildren(QAbstractButton):  # type: ignore[attr-defined]
            standard = type(button).__name__ in ("QPushButton", "QToolButton", "QCheckBox", "QRadioButton")
            if standard and button.isVisible() and button.text() and button.sizeHint().width() > button.width() + 1:
                clipped.append(f"{screen}: {button.text()}")

    window.grab().save(png)
    check(window, "indicator page")
    for page in ("review", "export", "mission", "findings", "plan", "treaty", "library"):
        window.show_page(page)
        settle()
        window.grab().save(png.replace(".png", f"-{page}.png"))
        check(window, f"{page} page")
    window.show_page("assess")
    window.activateWindow()
    settle()
    keys = answer_keys()
    confidence = []
    for key in (keys["low"], keys["high"]):  # edits: the first may wait for the background open
        QTest.keyClick(QApplication.focusWidget() or window, key)
        settle()
        confidence.append(window.session.answer(window.current_id).confidence)
    controller.show_start()
    settle()
    assert controller.start_window is not None
    controller.start_window.grab().save(png.replace(".png", "-start.png"))
    check(controller.start_window, "start screen")
    result = {
        "rtl": QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        "menus": [action.text() for action in window.menuBar().actions()],
        "title": window.windowTitle(),
        "clipped": clipped,
        "keys": keys,
        "confidence_after_keys": confidence,
    }
    print(json.dumps(result, ensure_ascii=False))
    controller._quitting = True
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
