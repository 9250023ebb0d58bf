"""The start screen (demo, recent files) and the settings file, including portable mode."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cyberassess import paths
from cyberassess.app.qt import QApplication, Qt, QTest
from cyberassess.app.settings import RecentFile, Settings

from .conftest import activate_window


def test_demo_opens_from_the_start_screen(controller, qtbot, messages) -> None:
    controller.start([])
    start = controller.start_window
    activate_window(qtbot, start)
    QTest.keyClick(start, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Explore the &demo assessment"
    qtbot.waitUntil(lambda: bool(controller.windows) and controller.windows[0].session is not None, timeout=30000)
    window = controller.windows[0]
    assert window.session.doc.info.country == "Republic of Meridia"
    assert (
        window.ui.completion.value() == window.ui.completion.maximum() == len(window.session.order)
        and window.current_id == window.session.order[0]
    )
    assert (paths.user_data_dir() / "demo" / "Meridia demo.cyberassess").is_file()
    assert not messages


def test_recent_files_list_what_the_start_screen_shows(controller, tmp_path: Path) -> None:
    settings = controller.settings
    kept = tmp_path / "kept.cyberassess"
    kept.write_bytes(b"")
    settings.remember(RecentFile(str(tmp_path / "gone.cyberassess"), "Gone", "M1", 0.5, "2026-03-01T10:00:00+00:00"))
    settings.remember(RecentFile(str(kept), "Meridia", "Review", 0.25, "2026-03-02T10:00:00+00:00"))
    settings.remember(RecentFile(str(kept), "Meridia", "Review", 0.75, "2026-03-03T10:00:00+00:00"))  # moves up
    assert [r.completion for r in Settings().recent_files()] == [0.75, 0.5]  # kept in the INI file
    controller.start([])
    recent = controller.start_window.ui.recentList
    assert recent.topLevelItemCount() == 2
    assert recent.topLevelItem(0).text(0) == "Meridia\nReview" and recent.topLevelItem(0).text(1) == "75 %"
    missing = recent.topLevelItem(1)
    assert missing.isDisabled() and "(missing)" in missing.text(3)
    recent.setCurrentItem(missing)
    controller.start_window.ui.forgetButton.click()
    assert recent.topLevelItemCount() == 1


def test_settings_round_trip_and_portable_mode(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    settings = Settings()
    settings.language, settings.default_assessor, settings.signing_key = "fr", "  Léa Fontaine ", "/keys/lea.p12"
    again = Settings()
    assert (again.language, again.default_assessor, again.signing_key) == ("fr", "Léa Fontaine", "/keys/lea.p12")
    assert again.path == paths.settings_file()

    usb = tmp_path / "usb"
    usb.mkdir()
    (usb / "portable.txt").write_text("", encoding="utf-8")
    monkeypatch.delenv("CYBERASSESS_HOME")
    monkeypatch.setattr(sys, "argv", [str(usb / "cyberassess")])
    portable = Settings()
    portable.default_assessor = "On the stick"
    assert portable.path == usb / "CyberAssessData" / "settings.ini" and portable.path.is_file()


def test_start_screen_keyboard_and_shortcut_hints(controller) -> None:
    controller.start([])
    start = controller.start_window
    assert "Ctrl+N" in start.ui.newButton.toolTip() and "Ctrl+O" in start.ui.openButton.toolTip()
    assert start.ui.emptyHint.isVisible()
    assert QApplication.instance() is not None
