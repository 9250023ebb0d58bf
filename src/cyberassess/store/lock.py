"""One writer per assessment file, across windows and processes, whatever name the file is opened by.

Two OS locks (``flock`` on POSIX, ``msvcrt.locking`` on Windows) are held for as long as a writer
has the file open. The OS drops them when the holder dies, so a crash never leaves a file locked
for ever; left-over lock files are simply re-used.

- **The sidecar** ``NAME.cyberassess.lock`` beside the file's *real* path (symbolic links
  resolved, so a link to the document finds the same sidecar). It names the writer (user,
  machine, process, since when) so the message to a second opener can say who holds it, and it
  is what other machines see on a shared folder.
- **The identity lock** ``<device>-<inode>.lock`` in a private per-user folder (``$XDG_RUNTIME_DIR``
  or the temporary folder, which is per user on Windows and macOS; created ``0700`` and refused
  unless it is ours and private). It is keyed on the file's identity, not on any of its names, so
  every other name of the same file on this machine (a bind mount, another mount point, a hard
  link made while it is open) meets the same lock.

The assessment itself refuses to be written through a file with more than one hard link (see
:meth:`.Assessment.open`): a second name elsewhere could be opened by a program that has no way
to see either lock.

Lock files are never followed through links: they are opened with ``O_NOFOLLOW`` (and
``O_NONBLOCK``, so a FIFO cannot block the open), and refused unless they are plain files with a
single link. Otherwise truncating the sidecar to write the owner would empty whatever file a
planted link points to.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from ..errors import DocumentError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def real_path(document: Path) -> Path:
    """The document's real path: symbolic links resolved (the file itself need not exist)."""
    try:
        return document.resolve()
    except (OSError, RuntimeError):  # a link loop: keep the name; opening it will fail clearly
        return document.absolute()


def lock_path(document: Path) -> Path:
    real = real_path(document)
    return real.with_name(real.name + ".lock")


def identity_dir() -> Path | None:
    """The private per-user folder of identity locks, or ``None`` when no safe one can be made."""
    base = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    uid = os.getuid() if hasattr(os, "getuid") else None
    folder = Path(base) / ("cyberassess-locks" if uid is None else f"cyberassess-locks-{uid}")
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode):
        return None
    if uid is not None and (info.st_uid != uid or info.st_mode & 0o077):
        return None  # another user's folder, or one others can write into: not a safe place for locks
    return folder


def identity_lock_path(document: Path) -> Path | None:
    """Where the lock keyed on ``document``'s identity lives (``None``: no such file or no safe folder)."""
    try:
        info = os.stat(document)
    except OSError:
        return None
    if not info.st_ino:
        return None  # a file system without file identities (some network shares): the sidecar alone
    folder = identity_dir()
    return None if folder is None else folder / f"{info.st_dev:x}-{info.st_ino:x}.lock"


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
        owner = json.loads(handle.read(4096) or "{}")
    except (ValueError, OSError):
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

    hint = "Close it in the other window or program, or open it read-only."

    def __init__(self, owner: dict[str, object]) -> None:
        super().__init__("locked")
        self.owner = owner

    def reason(self) -> str:
        """Why the document opens read-only (completes a sentence)."""
        return f"it is open for editing by {self.describe()}"

    def describe(self) -> str:
        from ..safetext import printable

        who = self.owner.get("user") or "another user"
        host = self.owner.get("host")
        since = self.owner.get("since")
        parts = [f"{who}"]
        if host:
            parts.append(f"on {host}")
        if since:
            parts.append(f"since {since}")
        return printable(" ".join(parts))[:200]


class LockRefused(DocumentError):
    """The lock file is not one CyberAssess made (a link, a FIFO, a folder…): it is not used.

    A :class:`DocumentError`, so that any caller that meets it (replacing a file, probing who
    holds it) says so clearly; :meth:`.Assessment.open` turns it into a read-only reason.
    """

    def __init__(self, path: Path, what: str) -> None:
        from ..safetext import printable

        self.path = path
        self.what = what
        name = printable(path.name)
        super().__init__(
            f"The lock file {name} is {what}.", f"Delete {name} (CyberAssess never makes it so), then try again."
        )

    def reason(self) -> str:
        from ..safetext import printable

        return f"its lock file {printable(self.path.name)} is {self.what}"


def _kind(info: os.stat_result) -> str | None:
    """What is wrong with a lock file of this kind (``None``: a plain file with one link)."""
    if stat.S_ISLNK(info.st_mode):
        return "a symbolic link to another file"
    if stat.S_ISDIR(info.st_mode):
        return "a folder"
    if not stat.S_ISREG(info.st_mode):
        return "not a plain file (a FIFO, socket or device)"
    if info.st_nlink > 1:
        return f"a hard link to another file ({info.st_nlink} names)"
    return None


def _open_lock_file(path: Path, *, create: bool) -> IO[str] | None:
    """Open a lock file without following links; ``None`` if it does not exist and ``create`` is false.

    Raises :class:`LockRefused` for anything but a plain file with a single link.
    """
    try:
        before = os.lstat(path)
    except FileNotFoundError:
        before = None
    except NotADirectoryError:
        raise LockRefused(path, "in a folder that is not one") from None
    if before is not None and (problem := _kind(before)):
        raise LockRefused(path, problem)
    if before is None and not create:
        return None
    flags = (os.O_RDWR | os.O_CREAT) if create else os.O_RDONLY
    try:
        fd = os.open(path, flags | _NOFOLLOW, 0o644)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.EMLINK):  # O_NOFOLLOW met a link (EMLINK on FreeBSD)
            raise LockRefused(path, "a symbolic link to another file") from None
        raise
    try:
        opened = os.fstat(fd)
        problem = _kind(opened)
        if problem is None:
            with contextlib.suppress(FileNotFoundError):  # removed meanwhile by its last holder: checked later
                if not os.path.samestat(opened, os.lstat(path)):
                    problem = "a symbolic link to another file"  # Windows has no O_NOFOLLOW: compare instead
        if problem:
            raise LockRefused(path, problem)
        if getattr(os, "O_NONBLOCK", 0):  # POSIX: opened non-blocking only so that a FIFO could not block
            os.set_blocking(fd, True)
        return os.fdopen(fd, "r+" if create else "r", encoding="utf-8")
    except BaseException:
        os.close(fd)
        raise


class _OneLock:
    """One exclusive lock file (the sidecar or the identity lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: IO[str] | None = None

    def acquire(self, owner: dict[str, object]) -> None:
        for _attempt in range(5):
            handle = _open_lock_file(self.path, create=True)
            assert handle is not None
            if not _try_lock(handle):
                held_by = _read_owner(handle)
                handle.close()
                raise LockHeld(held_by)
            if self._same_file(handle):
                break
            handle.close()  # we locked a lock file its last holder just removed: lock the new one
        else:
            raise LockHeld({})
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps(owner))
        handle.flush()
        self.handle = handle

    def holder(self) -> LockHeld | None:
        handle = _open_lock_file(self.path, create=False)
        if handle is None:
            return None
        with handle:  # closing it drops a probe lock
            return None if _try_lock(handle) else LockHeld(_read_owner(handle))

    def _same_file(self, handle: IO[str]) -> bool:
        try:
            return os.path.samestat(os.fstat(handle.fileno()), os.lstat(self.path))
        except OSError:
            return False

    def release(self) -> None:
        if self.handle is None:
            return
        with contextlib.suppress(OSError):
            self.handle.seek(0)
            self.handle.truncate()
        try:
            self.path.unlink()  # while still locked: nobody can be holding the name we remove
            removed = True
        except OSError:
            removed = False  # Windows removes no open file: after closing it
        self.handle.close()
        self.handle = None
        if not removed:
            with contextlib.suppress(OSError):
                self.path.unlink()


class WriterLock:
    """The exclusive writer lock of one document (see the module).

    ``acquire`` raises :class:`LockHeld` when another writer has it, :class:`LockRefused` when a
    lock file is not a plain file, and ``OSError`` when no lock file can be made (a read-only folder).
    """

    def __init__(self, document: Path) -> None:
        self.document = document
        self.path = lock_path(document)
        self._sidecar = _OneLock(self.path)
        self._identity: _OneLock | None = None

    def acquire(self) -> None:
        owner = _describe_owner()
        self._sidecar.acquire(owner)
        try:
            identity = identity_lock_path(self.document)
            if identity is not None:
                self._identity = _OneLock(identity)
                self._identity.acquire({**owner, "path": str(real_path(self.document))})
        except BaseException:
            self._identity = None
            self._sidecar.release()
            raise

    def holder(self) -> LockHeld | None:
        """Who holds the lock now, without taking it (nothing is written): ``None`` when nobody does."""
        held = self._sidecar.holder()
        if held is None:
            identity = identity_lock_path(self.document)
            if identity is not None:
                held = _OneLock(identity).holder()
        return held

    def release(self) -> None:
        if self._identity is not None:
            self._identity.release()
            self._identity = None
        self._sidecar.release()

    @property
    def held(self) -> bool:
        return self._sidecar.handle is not None
