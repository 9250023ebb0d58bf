"""One writer per assessment file, across windows and processes.

A sidecar ``NAME.cyberassess.lock`` holds an OS lock (``flock`` on POSIX, ``msvcrt.locking`` on
Windows) for as long as a writer has the file open, and names that writer (user, machine, process)
so the message to a second opener can say who holds it. The OS drops the lock when the holder
dies, so a crash never leaves a file locked for ever; a left-over sidecar is simply re-used.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO


def lock_path(document: Path) -> Path:
    return document.with_name(document.name + ".lock")


def _try_lock(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _read_owner(handle: IO[str]) -> dict[str, object]:
    handle.seek(0)
    try:
        owner = json.loads(handle.read() or "{}")
    except ValueError:
        return {}
    return owner if isinstance(owner, dict) else {}


def _describe_owner() -> dict[str, object]:
    try:
        import getpass

        user = getpass.getuser()
    except Exception:  # no user name on some systems
        user = "unknown"
    import socket  # here, not at the top: a first look probes the lock but never takes it

    return {
        "user": user,
        "host": socket.gethostname(),  # local name only; no network access
        "pid": os.getpid(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }


class LockHeld(Exception):
    """Another writer holds the lock; ``owner`` describes it when known."""

    def __init__(self, owner: dict[str, object]) -> None:
        super().__init__("locked")
        self.owner = owner

    def reason(self) -> str:
        """Why the document opens read-only (completes a sentence)."""
        return f"it is open for editing by {self.describe()}"

    def describe(self) -> str:
        who = self.owner.get("user") or "another user"
        host = self.owner.get("host")
        since = self.owner.get("since")
        parts = [f"{who}"]
        if host:
            parts.append(f"on {host}")
        if since:
            parts.append(f"since {since}")
        return " ".join(parts)


class WriterLock:
    """The exclusive writer lock of one document. ``acquire`` raises :class:`LockHeld`."""

    def __init__(self, document: Path) -> None:
        self.path = lock_path(document)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        for _attempt in range(5):
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held open while locked
            if not _try_lock(handle):
                owner = _read_owner(handle)
                handle.close()
                raise LockHeld(owner)
            if self._same_file(handle):
                break
            handle.close()  # we locked a sidecar its last holder just removed: lock the new one
        else:
            raise LockHeld({})
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(_describe_owner()))
        handle.flush()
        self._handle = handle

    def holder(self) -> LockHeld | None:
        """Who holds the lock now, without taking it (nothing is written): ``None`` when nobody does."""
        try:
            handle = open(self.path, encoding="utf-8")  # noqa: SIM115 - closed below, which drops a probe lock
        except FileNotFoundError:
            return None
        with handle:
            return None if _try_lock(handle) else LockHeld(_read_owner(handle))

    def _same_file(self, handle: IO[str]) -> bool:
        try:
            return os.path.samestat(os.fstat(handle.fileno()), os.stat(self.path))
        except OSError:
            return False

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            self._handle.seek(0)
            self._handle.truncate()
        self._handle.close()
        self._handle = None
        with contextlib.suppress(OSError):
            self.path.unlink()

    @property
    def held(self) -> bool:
        return self._handle is not None
