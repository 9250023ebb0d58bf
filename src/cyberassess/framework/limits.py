"""Limits on framework files, checked before and while they are parsed, so a hostile file is refused.

A framework folder can come from anywhere (a colleague's USB stick, an e-mail), and the loader
must stay fast and small on any input. The built-in framework (nine dimensions, 100 indicators,
four languages) is far inside every limit below:

* **size** (:data:`MAX_FILE_BYTES` per file, regular files only: a FIFO or a link to a device is
  refused before it is opened for reading);
* **nesting** (:data:`MAX_DEPTH`): JSON is scanned for its bracket depth before ``json.loads``
  (which recurses, and ends in ``RecursionError`` on a file nested 200,000 deep); YAML's parser
  events are scanned before the document is composed (which also recurses), and a
  ``RecursionError`` is still caught as a last line;
* **YAML aliases** (``*name``) are refused while scanning, so an entity-expansion ("billion
  laughs") file is never expanded;
* **nodes** per file (:data:`MAX_NODES`) and the length of any text (:data:`MAX_TEXT_CHARS`),
  while scanning;
* **counts** (:data:`MAX_DIMENSIONS`, :data:`MAX_SECTIONS`, :data:`MAX_INDICATORS`,
  :data:`MAX_INSTRUMENTS`) on the parsed data, before validation: validating 100,000 indicators
  would take minutes and a gigabyte.

Every refusal is a :class:`~cyberassess.errors.FrameworkError` naming the file and the limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..errors import FrameworkError

MAX_FILE_BYTES = 10 * 2**20  # per file; the largest built-in file is 50 KB
MAX_DEPTH = 32  # mappings and lists inside each other; the built-in framework needs 8
MAX_NODES = 200_000  # mappings, lists and texts in one file; a built-in file has about 2,000
MAX_TEXT_CHARS = 20_000  # any one text (a guidance note is at most a few thousand)
MAX_DIMENSIONS = 30
MAX_SECTIONS = 500  # in the whole framework
MAX_INDICATORS = 2_000  # in the whole framework (a matrix sheet holds at most 5,000 rows)
MAX_INSTRUMENTS = 500

_HINT = "Check that this is the framework you meant; a framework this large or deep is refused."
# a JSON string (escapes included) or one bracket; strings are skipped so their brackets do not count
_JSON_TOKEN = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def refuse(path: Path, reason: str) -> FrameworkError:
    return FrameworkError(f"{path}: {reason}", _HINT)


def too_deep(path: Path) -> FrameworkError:
    return refuse(path, f"nested more than {MAX_DEPTH} levels deep; a framework needs far fewer.")


def check_json_depth(path: Path, text: str) -> None:
    """Refuse JSON nested deeper than :data:`MAX_DEPTH`, without parsing it."""
    depth = 0
    for match in _JSON_TOKEN.finditer(text):
        token = match.group()
        if token in ("[", "{"):
            depth += 1
            if depth > MAX_DEPTH:
                raise too_deep(path)
        elif token in ("]", "}"):
            depth -= 1


def scan_yaml_events(path: Path, events: Iterable[Any], yaml: Any) -> None:
    """Refuse aliases, deep nesting, too many nodes and overlong texts in a stream of YAML events.

    The events come from the parser, which keeps its state in a list, not in recursion; the
    composer that builds the document from them recurses, so it runs only after this check.
    """
    depth = nodes = 0
    for event in events:
        if isinstance(event, yaml.AliasEvent):
            raise FrameworkError(
                f"{path}: uses YAML aliases (*name), which framework files may not use.",
                "Write each text out in full.",
            )
        if isinstance(event, yaml.MappingStartEvent | yaml.SequenceStartEvent):
            depth += 1
            nodes += 1
            if depth > MAX_DEPTH:
                raise too_deep(path)
        elif isinstance(event, yaml.MappingEndEvent | yaml.SequenceEndEvent):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent):
            nodes += 1
            if len(event.value) > MAX_TEXT_CHARS:
                line = event.start_mark.line + 1 if event.start_mark is not None else "?"
                size = len(event.value)
                raise refuse(path, f"line {line}: a text of {size:,} characters; at most {MAX_TEXT_CHARS:,}.")
        if nodes > MAX_NODES:
            raise refuse(path, f"more than {MAX_NODES:,} entries; a framework file has far fewer.")


def check_data(path: Path, data: Any) -> None:
    """Refuse parsed data with too many nodes or overlong texts (the JSON counterpart of the YAML scan)."""
    stack = [data]
    nodes = 0
    while stack:
        node = stack.pop()
        nodes += 1
        if nodes > MAX_NODES:
            raise refuse(path, f"more than {MAX_NODES:,} entries; a framework file has far fewer.")
        if isinstance(node, str):
            if len(node) > MAX_TEXT_CHARS:
                raise refuse(path, f"a text of {len(node):,} characters ('{node[:30]}…'); at most {MAX_TEXT_CHARS:,}.")
        elif isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _items(node: Any, key: str) -> list[Any]:
    value = node.get(key) if isinstance(node, dict) else None
    return value if isinstance(value, list) else []


def check_dimension_count(manifest: Path, count: int) -> None:
    if count > MAX_DIMENSIONS:
        raise refuse(manifest, f"lists {count:,} dimensions; at most {MAX_DIMENSIONS} are accepted.")


class Counts:
    """Sections and indicators counted as the dimension files are read, refusing past the limits."""

    def __init__(self, manifest: Path, raw: dict[str, Any]) -> None:
        instruments = len(_items(raw, "instruments"))
        if instruments > MAX_INSTRUMENTS:
            raise refuse(manifest, f"lists {instruments:,} instruments; at most {MAX_INSTRUMENTS} are accepted.")
        self.sections = self.indicators = 0

    def add(self, path: Path, dimension: Any) -> None:
        """Count one dimension (as parsed, before validation)."""
        for section in _items(dimension, "sections"):
            self.sections += 1
            self.indicators += len(_items(section, "indicators"))
            if self.sections > MAX_SECTIONS:
                raise refuse(path, f"the framework has more than {MAX_SECTIONS} sections; at most {MAX_SECTIONS}.")
            if self.indicators > MAX_INDICATORS:
                raise refuse(
                    path,
                    f"the framework has more than {MAX_INDICATORS:,} indicators; at most {MAX_INDICATORS:,} "
                    "are accepted (the built-in framework has 100).",
                )
