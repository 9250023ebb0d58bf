"""Encrypt an assessment file in place, or write a plain copy of an encrypted one.

Both go through a complete copy (:meth:`.Assessment.save_as`), checked by opening it, before
anything is replaced: an interruption leaves the original as it was. Encrypting in place replaces
the file by an encrypted copy under the writer lock; copies made earlier stay readable, and the
medium may still hold the old bytes (flash memory cannot be overwritten reliably), which the CLI
and the README say. For full protection, create the assessment encrypted (``new --encrypt``).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..atomicfile import fsync_dir, temp_path
from ..errors import DocumentError, FileLockedError, InputError
from . import cipher
from .document import Assessment
from .lock import LockHeld, WriterLock


def _stamp(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return st.st_ino, st.st_size, st.st_mtime_ns


def encrypt_file(path: Path | str, passphrase: bytes | str) -> Path:
    """Replace the plain assessment ``path`` by an encrypted copy (same content, history and evidence)."""
    path = Path(path)
    key = cipher.check_new_passphrase(passphrase)
    if cipher.is_encrypted(path):
        raise InputError(f"{path.name} is already encrypted.", "Nothing to do.")
    tmp = temp_path(path)
    try:
        with Assessment.open(path, allow_read_only=False) as doc:
            if doc.encrypted:
                raise InputError(f"{path.name} is already encrypted.", "Nothing to do.")
            doc.save_as(tmp, passphrase=key)
        stamp = _stamp(path)  # after closing: the journal is checkpointed into the file
        with Assessment.open(tmp, passphrase=key, read_only=True):
            pass  # the copy opens with the passphrase and passes the integrity check
        lock = WriterLock(path)
        try:
            lock.acquire()
        except LockHeld as held:
            raise FileLockedError(
                f"{path.name} was opened by {held.describe()} while it was being encrypted; it was not changed.",
                "Close it there and run the command again.",
            ) from None
        try:
            wal = path.with_name(path.name + "-wal")
            if _stamp(path) != stamp or (wal.exists() and wal.stat().st_size):
                raise DocumentError(
                    f"{path.name} changed while it was being encrypted; it was not replaced.",
                    "Run the command again.",
                )
            with contextlib.suppress(FileNotFoundError):
                path.with_name(path.name + "-shm").unlink()
            os.replace(tmp, path)
            fsync_dir(path.parent)
        finally:
            lock.release()
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    return path


def decrypt_file(path: Path | str, output: Path | str, *, passphrase: bytes | str | None = None) -> Path:
    """Write a plain copy of the encrypted assessment ``path`` at ``output`` (the original is unchanged)."""
    path, output = Path(path), Path(output)
    if not cipher.is_encrypted(path):
        Assessment.open(path, read_only=True).close()  # a clear error if it is not an assessment at all
        raise InputError(f"{path.name} is not encrypted.", "Copy it as it is; it is already readable.")
    if output.exists():
        raise InputError(f"{output.name} already exists.", "Choose another name for the plain copy.")
    with Assessment.open(path, read_only=True, passphrase=passphrase) as doc:
        doc.save_as(output, passphrase=None)
    return output
