"""Read a file someone handed us, without letting it hang or exhaust the process.

A path named ``report.pdf`` or ``key.p12`` may be a FIFO (opening it blocks until a writer comes,
reading it blocks forever), a device (``/dev/zero`` never ends, ``/dev/tty`` waits for input), a
socket, or a regular file far larger than anything CyberAssess wrote. :func:`read_regular_file`
opens without blocking, checks with ``fstat`` on the open descriptor (so a swap between check and
read changes nothing) that it is a regular file, and reads at most ``max_bytes`` (a file that grows
while being read is caught too). Symbolic links to regular files are followed: people keep reports
and keys behind links.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import CyberAssessError
from .safetext import printable

_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
_CHUNK = 1 << 20


def human_bytes(size: int) -> str:
    """``1536`` → ``1.5 KB``; ``200 * 2**20`` → ``200 MB`` (binary units, as file managers show)."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            text = f"{value:.0f}" if unit == "bytes" or value >= 100 else f"{value:.1f}".removesuffix(".0")
            return f"{text} {unit}"
        value /= 1024
    raise AssertionError("unreachable")


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_regular_file(
    path: Path,
    *,
    max_bytes: int,
    what: str,
    error: type[CyberAssessError] = CyberAssessError,
    too_large: type[CyberAssessError] | None = None,
    too_large_hint: str = "",
) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most ``max_bytes``; else ``error`` with a message.

    ``what`` names the expected file in messages ("a PDF report", "a key file"); a file over the
    limit raises ``too_large`` (default: ``error``) with ``too_large_hint``.
    """
    too_large = too_large or error
    path = Path(path)
    shown = printable(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        raise error(f"{shown} does not exist.", "Check the file name and folder.") from None
    except IsADirectoryError:
        raise error(f"{shown} is a folder, not {what}.", f"Give {what} itself.") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise error(f"{shown} is a link that leads nowhere (a loop).", f"Give {what} itself.") from None
        raise error(f"Cannot read {shown}: {exc.strerror}.", "Check its permissions.") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{shown} is a folder, not {what}.", f"Give {what} itself.")
        if not stat.S_ISREG(info.st_mode):
            raise error(
                f"{shown} is {_kind(info.st_mode)}, not {what}: it is not read.",
                f"Give {what} itself (a regular file).",
            )
        limit = f"{human_bytes(max_bytes)} at most"
        if info.st_size > max_bytes:
            raise too_large(
                f"{shown} is too large ({human_bytes(info.st_size)}; {limit}) to be {what}.", too_large_hint
            )
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:  # it grew while being read
                raise too_large(f"{shown} is too large ({limit}) to be {what}.", too_large_hint)
        return b"".join(chunks)
    except OSError as exc:
        raise error(f"Cannot read {shown}: {exc.strerror}.", "Check its permissions.") from None
    finally:
        os.close(fd)


__all__ = ["human_bytes", "read_regular_file"]
