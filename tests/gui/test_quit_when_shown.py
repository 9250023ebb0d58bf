"""``CYBERASSESS_QUIT_WHEN_SHOWN=1``: the hook the bundle's smoke test and start-up benchmark rely on.

The application is started as a recipient starts it (a fresh process, ``cyberassess open FILE``,
offscreen); it must quit by itself with exit code 0 once the window with the file (without a file:
the start screen) is shown, and with exit code 1 (one line on stderr, no dialog waiting for a
click) when the file cannot be opened.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from cyberassess.store import SCHEMA_VERSION

TIMEOUT = 60  # seconds; a hang (a dialog waiting for a click) fails the test instead of blocking the suite


def _start(path: Path | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, CYBERASSESS_QUIT_WHEN_SHOWN="1", QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "cyberassess", *(["open", str(path)] if path else [])],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def test_quits_with_0_once_the_document_window_is_shown(mini_file: Path, user_home: Path) -> None:
    done = _start(mini_file)
    assert done.returncode == 0, done.stderr
    settings = (user_home / "settings.ini").read_text(encoding="utf-8")
    assert "mini.cyberassess" in settings  # the file was opened and shown (it is now a recent file)


def test_quits_with_0_once_the_start_screen_is_shown() -> None:
    done = _start(None)
    assert done.returncode == 0, done.stderr


def test_quits_even_when_the_file_opens_read_only_with_a_message(mini_file: Path) -> None:
    """A file that opens read-only (here: from a newer version; also a read-only USB stick) shows a modal
    message while its window is shown; the hook must end that too instead of waiting for a click."""
    conn = sqlite3.connect(mini_file)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    done = _start(mini_file)
    assert done.returncode == 0, done.stderr


def test_quits_with_1_when_the_file_cannot_be_opened(tmp_path: Path) -> None:
    broken = tmp_path / "broken.cyberassess"
    broken.write_bytes(b"this is not an assessment")
    done = _start(broken)
    assert done.returncode == 1
    assert "broken.cyberassess" in done.stderr
    assert "Traceback" not in done.stderr


def test_painted_quits_once_the_document_is_painted_without_opening_it_for_editing(mini_file: Path) -> None:
    """``=painted`` (start-up benchmarks): quit at the first paint of the window with the file in it."""
    env = dict(os.environ, CYBERASSESS_QUIT_WHEN_SHOWN="painted", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "cyberassess", "open", str(mini_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "sqlalchemy" not in done.stderr.lower()
    assert not (mini_file.parent / (mini_file.name + ".lock")).exists()  # never taken: not opened for editing
