"""Evidence files: safe names, MIME types, size limits and extraction that never escapes a folder."""

from __future__ import annotations

import contextlib
import hashlib
import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from typing import Any

from ..atomicfile import fsync_dir, temp_path
from ..errors import CorruptDocumentError, EvidenceError
from ..safetext import printable, safe_name

DEFAULT_LIMIT_BYTES = 50 * 1024 * 1024
MAX_NAME_CHARS = 120
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')


def safe_file_name(name: str) -> str:
    """A file name that is safe to create in any folder on Windows, macOS and Linux.

    Directory parts (``../``, absolute paths, drive letters) are dropped, control, bidirectional
    (a right-to-left override that shows ``report.pdf<U+202E>gpj.exe`` as ``report.pdfexe.jpg``)
    and reserved characters replaced, reserved device names (``CON``, ``LPT1``…) prefixed, and the
    name shortened to :data:`MAX_NAME_CHARS` characters keeping its extension.
    """
    name = unicodedata.normalize("NFC", name.replace("\\", "/")).split("/")[-1]
    name = _UNSAFE.sub("_", safe_name(name)).strip(" .")
    if not name:
        name = "evidence"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    if stem.split(".")[0].upper() in _WINDOWS_RESERVED or name.upper() in _WINDOWS_RESERVED:
        stem = "_" + stem
    ext = ext[:16]
    stem = stem[: MAX_NAME_CHARS - len(ext) - 1].rstrip(" .") or "evidence"
    return f"{stem}.{ext}" if ext else stem


def guess_mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


def check_size(name: str, size: int, limit: int) -> None:
    if size > limit:
        raise EvidenceError(
            f"{name} is {human_size(size)}; evidence files may be at most {human_size(limit)}.",
            "Attach an excerpt or a compressed copy, or raise the limit in Settings.",
        )


def read_evidence_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path``, refusing folders, unreadable files and files over ``limit``."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise EvidenceError(f"{path.name} is a folder.", "Attach files, not folders (zip the folder first).")
        check_size(path.name, size, limit)
        data = path.read_bytes()
    except FileNotFoundError:
        raise EvidenceError(f"{path.name}: no such file.") from None
    except PermissionError:
        raise EvidenceError(f"{path.name} cannot be read (permission denied).") from None
    except OSError as exc:
        raise EvidenceError(f"{path.name} cannot be read ({exc.strerror}).") from None
    check_size(path.name, len(data), limit)  # it may have grown meanwhile
    return data


def target_in_folder(folder: Path, name: str) -> Path:
    """Where to write evidence ``name`` inside ``folder``: never outside it, never over a file."""
    folder = folder.resolve()
    candidate = (folder / safe_file_name(name)).resolve()
    if candidate.parent != folder:
        raise EvidenceError(f"Refusing to write '{name}' outside {folder}.")
    stem, suffix, n = candidate.stem, candidate.suffix, 1
    while candidate.exists() or candidate.is_symlink():
        n += 1
        candidate = folder / f"{stem} ({n}){suffix}"
    return candidate


def verified_content(file_name: str, evidence_id: int, row: Any) -> bytes:
    """The stored content of evidence ``evidence_id``, refused unless it is a blob of the recorded size and SHA-256."""
    content = row["content"]
    shown = printable(row["file_name"])[:MAX_NAME_CHARS]
    if not isinstance(content, bytes):
        raise CorruptDocumentError(
            f"Evidence file {evidence_id} ({shown}) in {file_name} is damaged: its content is stored as "
            f"{type(content).__name__ if content is not None else 'nothing'}, not as a file.",
            "The assessment was changed outside CyberAssess; restore it from a backup copy.",
        )
    if len(content) != row["size"] or hashlib.sha256(content).hexdigest() != row["sha256"]:
        raise CorruptDocumentError(
            f"Evidence file {evidence_id} ({shown}) in {file_name} no longer matches the SHA-256 recorded when it "
            "was added: its content was changed.",
            "Do not rely on it; restore the assessment from a backup copy or attach the file again.",
        )
    return content


def write_new_file(target: Path, data: bytes) -> None:
    """Create ``target`` with ``data``: written to a temporary file beside it, then renamed into place.

    A failure (full disk, removed stick) leaves neither ``target`` nor a partial file behind.
    """
    tmp = temp_path(target)
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists() or target.is_symlink():
            raise FileExistsError(17, "the file exists", str(target))
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
