"""Translation overlays: ``d3-substantive-law.fr.yaml`` beside ``d3-substantive-law.yaml``.

A translator works in a file of their own, keyed by the ids of the English file, so several
languages can be written at once without touching the source. The loader merges each overlay into
the localized texts (``{"en": …, "fr": …}``) before validation; a text missing from an overlay
falls back to English. An overlay that names an id or field the source does not have is an error
naming the overlay file and the id.

Dimension overlay::

    language: fr
    D3: {title: …, summary: …}
    D3.1: {title: …}
    D3.1.1:
      question: …          # also guidance, documents, interviews
      stages: {1: …, 2: …, 3: …, 4: …, 5: …}
      recommendations: {1: …, 2: …, 3: …, 4: …}
      references: [… , …]  # provision names, in the order of the English references

Manifest overlay (``framework.fr.yaml``)::

    language: fr
    name: …
    description: …
    stages: {1: {label: …, description: …}, …}
    instruments: {budapest: {short: …, name: …}, …}
    actors: {legislature: {name: …}, …}
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import FrameworkError
from .model import LANGUAGES

TEXT_FIELDS = ("title", "summary", "question", "guidance", "documents", "interviews")


def overlay_files(source: Path) -> list[tuple[str, Path]]:
    """The translation overlays that exist beside ``source``, as (language, path)."""
    found = []
    for lang in LANGUAGES:
        if lang == "en":
            continue
        candidate = source.with_name(f"{source.stem}.{lang}{source.suffix}")
        if candidate.is_file():
            found.append((lang, candidate))
    return found


def _put(node: Any, key: Any, lang: str, text: Any, where: str) -> None:
    """Set ``node[key][lang] = text``; ``where`` ("file: id") prefixes any error."""
    target = node.get(key) if isinstance(node, dict) else None
    if not isinstance(target, dict) or "en" not in target:
        raise FrameworkError(f"{where}field '{key}' has no English text to translate")
    if text is None:
        return
    if not isinstance(text, str):
        raise FrameworkError(f"{where}field '{key}' must be text")
    target[lang] = text


def apply_dimension_overlay(raw: dict[str, Any], overlay: Any, lang: str, path: Path) -> None:
    """Merge a dimension overlay's texts into ``raw`` (the parsed English dimension file)."""
    if not isinstance(overlay, dict):
        raise FrameworkError(f"{path}: expected a mapping of ids to translated texts.")
    nodes: dict[str, dict[str, Any]] = {}
    if isinstance(raw.get("id"), str):
        nodes[raw["id"]] = raw
    for section in raw.get("sections") or []:
        if isinstance(section, dict) and isinstance(section.get("id"), str):
            nodes[section["id"]] = section
            for indicator in section.get("indicators") or []:
                if isinstance(indicator, dict) and isinstance(indicator.get("id"), str):
                    nodes[indicator["id"]] = indicator
    for node_id, texts in overlay.items():
        if node_id == "language":
            if texts != lang:
                raise FrameworkError(f"{path}: says language '{texts}' but its name says '{lang}'.")
            continue

        def fail(message: str, node_id: Any = node_id) -> None:
            raise FrameworkError(f"{path}: {node_id}: {message}")

        node = nodes.get(str(node_id))
        if node is None:
            fail("no such id in the English file")
            continue
        if not isinstance(texts, dict):
            fail("expected a mapping of fields to texts")
            continue
        where = f"{path}: {node_id}: "
        for field, value in texts.items():
            if field in TEXT_FIELDS:
                _put(node, field, lang, value, where)
            elif field in ("stages", "recommendations") and isinstance(value, dict):
                for level, text in value.items():
                    _put(node.get(field), level, lang, text, f"{where}{field}: ")
            elif field == "references" and isinstance(value, list):
                refs = node.get("references") or []
                if len(value) > len(refs):
                    fail(f"has {len(value)} reference names but the English file has {len(refs)}")
                for ref, text in zip(refs, value, strict=False):
                    if text is not None and isinstance(ref, dict) and ref.get("provision") is not None:
                        _put(ref, "provision", lang, text, where)
            else:
                fail(f"unknown or malformed field '{field}'")


def apply_manifest_overlay(raw: dict[str, Any], overlay: Any, lang: str, path: Path) -> None:
    """Merge a ``framework.<lang>.yaml`` overlay into the parsed manifest."""
    if not isinstance(overlay, dict):
        raise FrameworkError(f"{path}: expected a mapping.")

    def fail(message: str) -> None:
        raise FrameworkError(f"{path}: {message}")

    stages = {s.get("level"): s for s in raw.get("stages") or [] if isinstance(s, dict)}
    instruments = {i.get("id"): i for i in raw.get("instruments") or [] if isinstance(i, dict)}
    actors = {a.get("id"): a for a in raw.get("actors") or [] if isinstance(a, dict)}
    tables: dict[str, dict[Any, Any]] = {"stages": stages, "instruments": instruments, "actors": actors}
    for key, value in overlay.items():
        if key == "language":
            continue
        if key in ("name", "description"):
            _put(raw, key, lang, value, f"{path}: ")
        elif key in tables and isinstance(value, dict):
            table = tables[key]
            for item_key, texts in value.items():
                item = table.get(item_key)
                if item is None or not isinstance(texts, dict):
                    fail(f"{key}: no '{item_key}' in the English file")
                    continue
                for field, text in texts.items():
                    _put(item, field, lang, text, f"{path}: {key} {item_key}: ")
        else:
            fail(f"unknown field '{key}'")
