"""Load and validate framework folders; find frameworks by id.

A framework is a folder holding ``framework.yaml`` (or ``.json``) and the dimension files it
lists. Every file is validated against :mod:`.model`; an error names the file, the indicator id
and the field, so an author can fix it without reading code.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from ..atomicfile import write_bytes
from ..errors import FrameworkError
from ..paths import resource, user_cache_dir, user_frameworks_dir
from .model import LANGUAGES, Dimension, Framework
from .translations import apply_dimension_overlay, apply_manifest_overlay, overlay_files

MANIFEST_NAMES = ("framework.yaml", "framework.yml", "framework.json")
BUILTIN_ID = "cybercrime-capacity"
MAX_FILE_BYTES = 20 * 1024 * 1024
CACHE_FORMAT = "1"  # bump when the cached form of the parsed sources changes

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read(path: Path) -> Any:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise FrameworkError(f"{path}: file is larger than {MAX_FILE_BYTES // 2**20} MB.", "Is this a framework?")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FrameworkError(f"{path}: file not found.", "Check the path and the list of dimension files.") from None
    except UnicodeDecodeError:
        raise FrameworkError(f"{path}: not UTF-8 text.", "Save the file as UTF-8.") from None
    except OSError as exc:
        raise FrameworkError(f"{path}: cannot be read ({exc.strerror}).") from None
    try:
        if path.suffix == ".json":
            return json.loads(text)
        if "*" in text and any(isinstance(event, yaml.AliasEvent) for event in yaml.parse(text, Loader=_Loader)):
            raise FrameworkError(
                f"{path}: uses YAML aliases (*name), which framework files may not use.",
                "Write each text out in full.",
            )
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader (C or pure Python)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        detail = str(exc).replace("\n", " ")
        raise FrameworkError(f"{path}: not valid {path.suffix.lstrip('.').upper()}: {detail}") from None


def _locate(data: Any, loc: tuple[int | str, ...]) -> tuple[str | None, str]:
    """The innermost indicator/section id along a validation error's path, and the field path."""
    owner: str | None = None
    node = data
    fields: list[str] = []
    for part in loc:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            fields.append(str(part))
            continue
        if isinstance(node, Mapping) and isinstance(node.get("id"), str):
            owner = node["id"]
            fields = []
        elif not isinstance(part, int) or fields:
            fields.append(str(part))
    return owner, ".".join(fields)


def _validation_error(path: Path, data: Any, exc: ValidationError) -> FrameworkError:
    problems = []
    for err in exc.errors()[:5]:
        owner, field = _locate(data, tuple(err["loc"]))
        where = f"indicator {owner}" if owner and owner.count(".") == 2 else (owner or "top level")
        msg = err["msg"].removeprefix("Value error, ")
        problems.append(f"{where}, field '{field or '-'}': {msg}")
    more = f" (and {exc.error_count() - 5} more)" if exc.error_count() > 5 else ""
    return FrameworkError(f"{path}: " + "; ".join(problems) + more)


def manifest_path(path: Path) -> Path:
    """``path`` itself if it is a manifest file, else the manifest inside the folder."""
    if path.is_file():
        return path
    for name in MANIFEST_NAMES:
        if (path / name).is_file():
            return path / name
    raise FrameworkError(f"{path}: no framework.yaml or framework.json here.", "Point at a framework folder.")


def _read_sources(manifest: Path) -> tuple[dict[str, Any], list[tuple[Path, Any]]]:
    """The manifest and each dimension file as parsed, with their translation overlays merged in."""
    raw = _read(manifest)
    if not isinstance(raw, dict):
        raise FrameworkError(f"{manifest}: expected a mapping with id, version, stages and dimensions.")
    for lang, overlay in overlay_files(manifest):
        apply_manifest_overlay(raw, _read(overlay), lang, overlay)
    dimension_files = raw.get("dimensions")
    if not isinstance(dimension_files, list) or not dimension_files:
        raise FrameworkError(f"{manifest}: 'dimensions' must list the dimension files.")
    dimensions: list[tuple[Path, Any]] = []
    for entry in dimension_files:
        if isinstance(entry, dict):
            dimensions.append((manifest, entry))
            continue
        dim_path = (manifest.parent / str(entry)).resolve()
        if manifest.parent.resolve() not in dim_path.parents:
            raise FrameworkError(f"{manifest}: dimension file '{entry}' is outside the framework folder.")
        dim_raw = _read(dim_path)
        if isinstance(dim_raw, dict):
            for lang, overlay in overlay_files(dim_path):
                apply_dimension_overlay(dim_raw, _read(overlay), lang, overlay)
        dimensions.append((dim_path, dim_raw))
    return raw, dimensions


def _cache_key(manifest: Path) -> str | None:
    """A digest of every source file of the framework folder, or None if it cannot be read."""
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    try:
        for file in sorted(manifest.parent.rglob("*")):
            if file.suffix in (".yaml", ".yml", ".json") and file.is_file():
                digest.update(str(file.relative_to(manifest.parent)).encode() + b"\0" + file.read_bytes() + b"\0")
    except OSError:
        return None
    return digest.hexdigest()


def _cached_sources(manifest: Path, key: str) -> tuple[dict[str, Any], list[tuple[Path, Any]], str] | None:
    try:
        data = json.loads((user_cache_dir() / f"framework-{key}.json").read_text(encoding="utf-8"))
        return data["manifest"], [(manifest.parent / p, d) for p, d in data["dimensions"]], str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store_sources(manifest: Path, key: str, raw: dict[str, Any], dims: list[tuple[Path, Any]], digest: str) -> None:
    """Keep the parsed sources for the next start (parsing YAML is most of the load time)."""
    folder = user_cache_dir()
    base = manifest.parent.resolve()
    data = {"manifest": raw, "dimensions": [(str(p.relative_to(base)), d) for p, d in dims], "hash": digest}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(folder / f"framework-{key}.json", json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # a read-only or full home: the cache is only an optimisation


def load_framework(path: Path | str) -> Framework:
    """Read, validate and hash the framework at ``path`` (folder or manifest file).

    The parsed sources are cached in the user's cache folder under a digest of every source file,
    so an unchanged framework loads from JSON instead of YAML; it is validated all the same.
    """
    manifest = manifest_path(Path(path))
    key = _cache_key(manifest)
    cached = _cached_sources(manifest, key) if key else None
    if cached is not None:
        raw, dimension_sources, digest = cached
    else:
        raw, dimension_sources = _read_sources(manifest)
        digest = ""
    dimensions = []
    sources: dict[int, Path] = {}
    for dim_path, dim_raw in dimension_sources:
        try:
            dimensions.append(Dimension.model_validate(dim_raw))
        except ValidationError as exc:
            raise _validation_error(dim_path, dim_raw, exc) from None
        sources[len(dimensions)] = dim_path
    try:
        framework = Framework.model_validate({**raw, "dimensions": dimensions})
    except ValidationError as exc:
        raise _validation_error(manifest, raw, exc) from None
    _check_consistency(manifest, sources, framework)
    if not digest:
        digest = content_hash(framework)
        if key:
            _store_sources(manifest, key, raw, dimension_sources, digest)
    return framework.model_copy(update={"content_hash": digest})


def content_hash(framework: Framework) -> str:
    """SHA-256 over the canonical JSON of the content (independent of file formatting)."""
    data = framework.model_dump(mode="json", exclude={"content_hash"})
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _check_consistency(manifest: Path, sources: dict[int, Path], fw: Framework) -> None:
    source = manifest

    def fail(where: str, message: str) -> None:
        raise FrameworkError(f"{source}: {where}: {message}")

    levels = sorted(s.level for s in fw.stages)
    if levels != [1, 2, 3, 4, 5]:
        fail("stages", f"must define stages 1-5 exactly once, found {levels}")
    instruments = {i.id for i in fw.instruments}
    seen: set[str] = set()
    for position, dim in enumerate(fw.dimensions, start=1):
        source = sources.get(position, manifest)
        if dim.number != position or dim.id != f"D{position}":
            fail(f"dimension {dim.id}", f"expected id D{position} and number {position} in this position")
        for sec in dim.sections:
            if not sec.id.startswith(dim.id + ".") or sec.id in seen:
                fail(f"section {sec.id}", f"id must be unique and start with '{dim.id}.'")
            seen.add(sec.id)
            for ind in sec.indicators:
                if not ind.id.startswith(sec.id + ".") or ind.id.count(".") != 2:
                    fail(f"indicator {ind.id}", f"field 'id': must be '{sec.id}.N' inside section {sec.id}")
                if ind.id in seen:
                    fail(f"indicator {ind.id}", "field 'id': duplicate id")
                seen.add(ind.id)
                for ref in ind.references:
                    if ref.instrument not in instruments:
                        fail(f"indicator {ind.id}", f"field 'references': unknown instrument '{ref.instrument}'")


@dataclass(frozen=True)
class Coverage:
    """How much of a framework's text exists in one language."""

    language: str
    translated: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def _texts(node: Any) -> Iterable[dict[str, str]]:
    if isinstance(node, dict):
        if "en" in node and all(isinstance(v, str) for v in node.values()):
            yield node
        else:
            for value in node.values():
                yield from _texts(value)
    elif isinstance(node, list | tuple):
        for value in node:
            yield from _texts(value)


def translation_coverage(fw: Framework, languages: Iterable[str] = LANGUAGES) -> list[Coverage]:
    """Per language, how many of the framework's texts are translated (English is the reference)."""
    texts = list(_texts(fw.model_dump(exclude={"content_hash"})))
    return [Coverage(lang, sum(1 for t in texts if t.get(lang)), len(texts)) for lang in languages]


def framework_dirs() -> list[Path]:
    """Built-in framework folders first, then the user's."""
    found: list[Path] = []
    for base in (resource("frameworks"), user_frameworks_dir()):
        if base.is_dir():
            found.extend(
                sorted(p for p in base.iterdir() if p.is_dir() and any((p / n).is_file() for n in MANIFEST_NAMES))
            )
    return found


@cache
def _load_cached(path: str) -> Framework:
    return load_framework(path)


def builtin_framework() -> Framework:
    """The nine-dimension cybercrime capacity framework shipped with the app."""
    return _load_cached(str(resource("frameworks", BUILTIN_ID)))


def get_framework(framework_id: str) -> Framework:
    """The framework with this id among the built-in and user frameworks."""
    if framework_id == BUILTIN_ID:
        return builtin_framework()
    for folder in framework_dirs():
        try:
            fw = _load_cached(str(folder))
        except FrameworkError:
            continue
        if fw.id == framework_id:
            return fw
    raise FrameworkError(
        f"Framework '{framework_id}' is not installed.",
        f"Copy its folder into {user_frameworks_dir()} or use --framework {BUILTIN_ID}.",
    )
