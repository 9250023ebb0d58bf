"""A framework's content hash: what assessment files record to know which content they were answered against.

SHA-256 over the canonical JSON of the validated content, so it does not depend on how the files
are formatted. The form must never change: every file made so far stores such a hash.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .model import Framework


def content_hash(framework: Framework) -> str:
    """SHA-256 over the canonical JSON of the content (independent of file formatting)."""
    return hash_of_data(dataclasses.asdict(framework))


LATER_FIELDS = frozenset({"actors", "recommendation_plan", "scope"})
"""Fields added to the model after the first release: left out of the hash while empty (or None), so the
hash of a framework that does not use them (every released version before them) does not change."""


def _without_empty_later_fields(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            name: _without_empty_later_fields(item)
            for name, item in value.items()
            if not (name in LATER_FIELDS and (item is None or item in ({}, [], ())))
        }
    if isinstance(value, (list, tuple)):
        return [_without_empty_later_fields(item) for item in value]
    return value


def hash_of_data(data: dict[str, Any]) -> str:
    """The content hash of a framework as plain data (``dataclasses.asdict``).

    Canonical JSON: sorted keys, no spaces, UTF-8, without the content hash itself and without
    the :data:`LATER_FIELDS` that are empty. Assessment files store this hash and compare it, so
    this form must never change.
    """
    content = _without_empty_later_fields({name: value for name, value in data.items() if name != "content_hash"})
    canonical = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
