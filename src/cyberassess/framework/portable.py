"""A framework as portable bytes: the copy an assessment keeps, and the archive of past versions.

An assessment is answered against one version of a framework. So that it opens and reports the
same on any later version of the app, the file keeps a copy of that framework (compressed JSON of
the model, with its content hash; :mod:`cyberassess.store.framework_copy`). Files made before
copies existed find theirs in ``resources/frameworks/archive/``, which holds every released
version of the built-in framework under the same encoding.

A copy read from a file is untrusted: it is decompressed within a size limit, validated as a
:class:`~.model.Framework` like a framework folder is, checked for consistency, and must match
the content hash it claims.
"""

from __future__ import annotations

import dataclasses
import json
import zlib
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import FrameworkError
from ..paths import resource
from .hashing import content_hash
from .loader import _check_consistency
from .model import Framework

MAX_DECODED_BYTES = 32 * 1024 * 1024  # the built-in framework is 1.4 MB in four languages
ARCHIVE_SUFFIX = ".framework"


def to_bytes(framework: Framework) -> bytes:
    """The framework as compressed canonical JSON (what :func:`from_bytes` reads)."""
    data = dataclasses.asdict(framework)
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return zlib.compress(body, 6)


def from_bytes(blob: bytes, *, expected_hash: str | None = None, source: str = "the framework copy") -> Framework:
    """Decode and validate a framework copy; :class:`FrameworkError` says what is wrong with it."""
    from pydantic import TypeAdapter, ValidationError

    def damaged(why: str) -> FrameworkError:
        return FrameworkError(
            f"{source} is damaged ({why}).",
            "Restore the file from a backup copy, or open it where its framework is installed.",
        )

    try:
        inflate = zlib.decompressobj()
        body = inflate.decompress(bytes(blob), MAX_DECODED_BYTES)
        if inflate.unconsumed_tail:
            raise damaged(f"it expands to more than {MAX_DECODED_BYTES // 2**20} MB")
        data: Any = json.loads(body)
    except (zlib.error, ValueError, TypeError, RecursionError) as exc:
        raise damaged(type(exc).__name__) from None
    if not isinstance(data, dict):
        raise damaged("not a framework")
    claimed = data.pop("content_hash", None)
    try:
        framework = TypeAdapter(Framework).validate_python(data)
    except ValidationError as exc:
        raise damaged(f"{exc.error_count()} invalid fields") from None
    _check_consistency(Path(source), {}, framework)
    actual = content_hash(framework)
    if claimed not in (None, actual) or (expected_hash is not None and actual != expected_hash):
        raise damaged("its content does not match its hash")
    return dataclasses.replace(framework, content_hash=actual)


def archive_dir() -> Path:
    return resource("frameworks", "archive")


@cache
def _archive_index() -> dict[str, Path]:
    """Content hash → archived file (the hash is the file name's last part)."""
    folder = archive_dir()
    if not folder.is_dir():
        return {}
    return {p.stem.rsplit("-", 1)[-1]: p for p in folder.glob(f"*{ARCHIVE_SUFFIX}")}


def archived(content_hash_: str) -> Framework | None:
    """A released version of a built-in framework, by content hash (None if it was never released)."""
    path = _archive_index().get(content_hash_)
    if path is None:
        return None
    return from_bytes(path.read_bytes(), expected_hash=content_hash_, source=f"archived framework {path.name}")


def archive_name(framework: Framework) -> str:
    return f"{framework.id}-{framework.version}-{framework.content_hash}{ARCHIVE_SUFFIX}"
