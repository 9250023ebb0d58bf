"""The desktop settings: an INI file at :func:`cyberassess.paths.settings_file` through QSettings.

The file lives in the user's data folder, or next to the executable in portable mode (USB use),
or under ``CYBERASSESS_HOME`` (tests). It holds the language, the default assessor name, the
signing key location, the certificates of handover recipients, window layouts and the recent
files with what the start screen shows for them (country, completion, last edit; for an encrypted
assessment only its name), so the start screen never has to open the files.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from ..paths import settings_file
from .qt import QByteArray, QSettings

MAX_RECENT = 12


@dataclass(frozen=True)
class RecentFile:
    path: str
    country: str = ""
    mission: str = ""
    completion: float | None = None  # 0–1, share of indicators answered when last closed
    modified_at: str = ""  # ISO 8601, UTC, from the document
    encrypted: bool = False  # then nothing of its content is kept here (no country, mission or completion)

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()


class Settings:
    """Typed access to the settings file. Writes are flushed at once (a USB stick may be pulled)."""

    def __init__(self) -> None:
        path = settings_file()
        with contextlib.suppress(OSError):  # a read-only medium: settings simply are not kept
            path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: str = "") -> str:
        value = self._q.value(key, default)
        return str(value) if value is not None else default

    def _set(self, key: str, value: object) -> None:
        self._q.setValue(key, value)
        self._q.sync()

    # ----------------------------------------------------------------- preferences
    @property
    def language(self) -> str:
        """``""`` for the system language, else a code such as ``fr``."""
        return self._get("general/language")

    @language.setter
    def language(self, code: str) -> None:
        self._set("general/language", code)

    @property
    def default_assessor(self) -> str:
        return self._get("general/assessor")

    @default_assessor.setter
    def default_assessor(self, name: str) -> None:
        self._set("general/assessor", name.strip())

    @property
    def signing_key(self) -> str:
        return self._get("signing/key_file")

    @signing_key.setter
    def signing_key(self, path: str) -> None:
        self._set("signing/key_file", path)

    @property
    def seal_recipients(self) -> list[str]:
        """The certificate files of the people last sealed a handover package to."""
        try:
            paths = json.loads(self._get("handover/recipients", "[]"))
        except ValueError:
            return []
        return [p for p in paths if isinstance(p, str)] if isinstance(paths, list) else []

    @seal_recipients.setter
    def seal_recipients(self, paths: list[str]) -> None:
        self._set("handover/recipients", json.dumps(list(dict.fromkeys(paths)), ensure_ascii=False))

    @property
    def last_folder(self) -> str:
        return self._get("general/last_folder")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._set("general/last_folder", folder)

    # ----------------------------------------------------------------- recent files
    def recent_files(self) -> list[RecentFile]:
        try:
            rows = json.loads(self._get("recent/files", "[]"))
        except ValueError:
            return []
        found = []
        for row in rows if isinstance(rows, list) else []:
            if isinstance(row, dict) and isinstance(row.get("path"), str):
                known = {k: row[k] for k in RecentFile.__dataclass_fields__ if k in row}
                with contextlib.suppress(TypeError):
                    found.append(RecentFile(**known))
        return found

    def _store_recent(self, entries: list[RecentFile]) -> None:
        self._set("recent/files", json.dumps([asdict(e) for e in entries[:MAX_RECENT]], ensure_ascii=False))

    def remember(self, entry: RecentFile) -> None:
        """Put ``entry`` at the top of the recent files (replacing an older entry for that file)."""
        key = _key(entry.path)
        self._store_recent([entry, *(e for e in self.recent_files() if _key(e.path) != key)])

    def forget(self, path: str) -> None:
        self._store_recent([e for e in self.recent_files() if _key(e.path) != _key(path)])

    def clear_recent(self) -> None:
        self._store_recent([])

    # ----------------------------------------------------------------- window layouts
    def layout(self, name: str) -> QByteArray | None:
        value = self._q.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_layout(self, name: str, data: QByteArray) -> None:
        self._set(f"layout/{name}", data)


def _key(path: str) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return path
