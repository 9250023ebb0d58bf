"""Hostile folders around an assessment: what lies beside the file, not in it.

A case of :mod:`.corpus` with a ``setup`` is built here, in its own scratch folder, from a fresh
copy of a valid assessment: links planted where CyberAssess puts its lock file, SQLite journals
that belong elsewhere, a second name for the file, a FIFO in place of the file. After the
command ran, the setup's ``check`` says what went wrong, if anything (a victim file changed, a
lock left held), beyond the command's output and exit code.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

VICTIM_TEXT = "precious: must never be emptied or overwritten\n"
NAME = "folder.cyberassess"


@dataclass(frozen=True)
class Setup:
    """Build a hostile folder around a copy of ``base`` in ``folder``; return the path to give the command."""

    build: Callable[[Path, Path], Path]
    check: Callable[[Path], str | None] = lambda folder: None  # after the command: a problem, or None


def _copy(folder: Path, base: Path) -> Path:
    target = folder / NAME
    shutil.copy(base, target)
    return target


def _victim(folder: Path) -> Path:
    victim = folder / "victim.txt"
    victim.write_text(VICTIM_TEXT)
    return victim


def _victim_intact(folder: Path) -> str | None:
    victim = folder / "victim.txt"
    content = victim.read_bytes()
    return None if content == VICTIM_TEXT.encode() else f"victim.txt was changed: {content[:60]!r}"


def _beside(suffix: str, how: str) -> Callable[[Path, Path], Path]:
    def build(folder: Path, base: Path) -> Path:
        target = _copy(folder, base)
        victim = _victim(folder)
        side = target.with_name(target.name + suffix)
        if how == "symlink":
            side.symlink_to(victim)
        elif how == "hardlink":
            os.link(victim, side)
        elif how == "fifo":
            os.mkfifo(side)
        return target

    return build


# A writer that commits one answer and is killed before it closes: its -wal holds that change.
_CRASHING_WRITER = r"""
import os, sys
from cyberassess.store import Assessment
doc = Assessment.open(sys.argv[1], allow_read_only=False)
doc.update_info(country="Another country")
doc.set_answer("D1.1.1", 5, justification="from another assessment")
os._exit(0)
"""


def _foreign_wal(similar: bool) -> Callable[[Path, Path], Path]:
    """The file, with a -wal left by a killed writer of *another* assessment beside it.

    ``similar``: the other assessment has the same layout (a copy of this one made into another
    assessment), so its changes apply cleanly; otherwise they do not fit this file's pages.
    """

    def build(folder: Path, base: Path) -> Path:
        other = folder / "other" / "other.cyberassess"
        other.parent.mkdir()
        if similar:
            shutil.copy(base, other)
            conn = sqlite3.connect(other)
            conn.execute("UPDATE meta SET file_uuid = 'another-assessment', country = 'Elsewhere'")
            conn.commit()
            conn.close()
        else:
            from cyberassess.store import Assessment

            Assessment.create(other, country="Elsewhere", mission="another one").close()
        subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(other)], check=True)
        target = _copy(folder, base)
        shutil.copy(other.with_name(other.name + "-wal"), target.with_name(target.name + "-wal"))
        return target

    return build


def _own_wal(folder: Path, base: Path) -> Path:
    """The file as a killed writer left it: its own -wal must be recovered, not refused."""
    target = _copy(folder, base)
    subprocess.run([sys.executable, "-c", _CRASHING_WRITER, str(target)], check=True)
    return target


def _own_wal_recovered(folder: Path) -> str | None:
    conn = sqlite3.connect(folder / NAME)
    try:
        country = conn.execute("SELECT country FROM meta").fetchone()[0]
    finally:
        conn.close()
    return None if country == "Another country" else f"the killed writer's change is lost (country {country!r})"


def _hot_journal(folder: Path, base: Path) -> Path:
    target = _copy(folder, base)
    header = bytes.fromhex("d9d505f920a163d7") + bytes(20)
    target.with_name(target.name + "-journal").write_bytes(header + bytes(4096))
    return target


def _second_name(folder: Path, base: Path) -> Path:
    target = _copy(folder, base)
    os.link(target, folder / "second-name.cyberassess")
    return target


_held: dict[Path, object] = {}


def _open_elsewhere_via_link(folder: Path, base: Path) -> Path:
    """The file is open for editing (by this harness) under its real name; the command uses a symlink."""
    from cyberassess.store.lock import WriterLock

    target = _copy(folder, base)
    lock = WriterLock(target)
    lock.acquire()
    _held[folder] = lock
    link = folder / "link.cyberassess"
    link.symlink_to(target)
    return link


def _release(folder: Path) -> str | None:
    lock = _held.pop(folder, None)
    if lock is not None:
        lock.release()  # type: ignore[attr-defined]
    return _victim_intact(folder) if (folder / "victim.txt").exists() else None


def _fifo_document(folder: Path, base: Path) -> Path:
    target = folder / "fifo.cyberassess"
    os.mkfifo(target)
    return target


def _device_link(folder: Path, base: Path) -> Path:
    target = folder / "zero.cyberassess"
    target.symlink_to("/dev/zero")
    return target


def _huge_justification(folder: Path, base: Path) -> Path:
    """50 MB of justification, written behind CyberAssess's back (it refuses such text where it enters)."""
    target = _copy(folder, base)
    conn = sqlite3.connect(target)
    conn.execute("UPDATE answer SET justification = ? WHERE indicator_id = 'D1.1.1'", ("A long note. " * 4_000_000,))
    conn.execute("UPDATE meta SET mission = ?", ("m" * 5_000_000,))
    conn.commit()
    conn.close()
    return target


SETUPS: dict[str, Setup] = {
    "lock-symlink": Setup(_beside(".lock", "symlink"), _victim_intact),
    "lock-hardlink": Setup(_beside(".lock", "hardlink"), _victim_intact),
    "lock-fifo": Setup(_beside(".lock", "fifo")),
    "wal-symlink": Setup(_beside("-wal", "symlink"), _victim_intact),
    "shm-hardlink": Setup(_beside("-shm", "hardlink"), _victim_intact),
    "journal-symlink": Setup(_beside("-journal", "symlink"), _victim_intact),
    "wal-of-another-assessment": Setup(_foreign_wal(similar=True)),
    "wal-of-another-layout": Setup(_foreign_wal(similar=False)),
    "wal-of-a-killed-writer": Setup(_own_wal, _own_wal_recovered),
    "hot-journal": Setup(_hot_journal),
    "second-hard-link": Setup(_second_name),
    "symlink-to-a-file-open-elsewhere": Setup(_open_elsewhere_via_link, _release),
    "fifo-document": Setup(_fifo_document),
    "link-to-dev-zero": Setup(_device_link),
    "huge-justification": Setup(_huge_justification),
    "plain-copy": Setup(_copy),
}
