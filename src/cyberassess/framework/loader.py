"""Load and validate framework folders; find frameworks by id.

A framework is a folder holding ``framework.yaml`` (or ``.json``) and the dimension files it
lists. pydantic validates every file against :mod:`.model`; an error names the file, the indicator
id and the field, so an author can fix it without reading code.

Reading YAML and validating are slow (importing pydantic alone takes longer than the rest of the
start-up), so the validated framework is cached in the user's cache folder as JSON with a
checksum, under a digest of every source file's name, size and modification time (the rule
Python uses for its bytecode: reading the sources to hash them would cost more than the rest of a
cache hit). A cache hit rebuilds the dataclasses directly
(:func:`.json_form.from_json`) without importing YAML or pydantic. The cache is only an optimisation:
a missing, damaged or unwritable cache costs the full load, nothing else.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import stat
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from ..errors import FrameworkError
from ..paths import resource, user_cache_dir, user_frameworks_dir
from . import limits
from .hashing import hash_of_data
from .json_form import from_json
from .limits import MAX_FILE_BYTES
from .model import LANGUAGES, Dimension, Framework
from .translations import apply_dimension_overlay, apply_manifest_overlay, overlay_files

if TYPE_CHECKING:
    from pydantic import TypeAdapter, ValidationError

MANIFEST_NAMES = ("framework.yaml", "framework.yml", "framework.json")
BUILTIN_ID = "cybercrime-capacity"
CACHE_FORMAT = "3"  # bump when the cached form or its key changes (3: keyed by file stats, 2: by contents)

T = TypeVar("T")


def _parse(path: Path, text: str) -> Any:
    """The content of a JSON or YAML file (YAML without aliases, safe tags only), within the limits."""
    try:
        if path.suffix == ".json":
            limits.check_json_depth(path, text)
            try:
                data = json.loads(text)
            except json.JSONDecodeError as exc:
                raise _not_valid(path, exc) from None
        else:
            data = _parse_yaml(path, text)
    except RecursionError:  # the last line: the scans above refuse deep nesting before parsing
        raise limits.too_deep(path) from None
    limits.check_data(path, data)
    return data


def _parse_yaml(path: Path, text: str) -> Any:
    import yaml  # only here: a framework loaded from the cache needs no YAML

    loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        limits.scan_yaml_events(path, yaml.parse(text, Loader=loader), yaml)
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader (C or pure Python)
    except yaml.YAMLError as exc:
        raise _not_valid(path, exc) from None


def _not_valid(path: Path, exc: Exception) -> FrameworkError:
    detail = str(exc).replace("\n", " ")
    return FrameworkError(f"{path}: not valid {path.suffix.lstrip('.').upper()}: {detail}")


def _read(path: Path) -> Any:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, pipe or socket)"
            raise FrameworkError(f"{path}: {kind}.", "A framework is made of YAML or JSON files.")
        data = b""
        if info.st_size <= MAX_FILE_BYTES:
            with open(path, "rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)  # the file may have grown since stat
        if info.st_size > MAX_FILE_BYTES or len(data) > MAX_FILE_BYTES:
            raise FrameworkError(f"{path}: file is larger than {MAX_FILE_BYTES // 2**20} MB.", "Is this a framework?")
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise FrameworkError(f"{path}: file not found.", "Check the path and the list of dimension files.") from None
    except UnicodeDecodeError:
        raise FrameworkError(f"{path}: not UTF-8 text.", "Save the file as UTF-8.") from None
    except OSError as exc:
        raise FrameworkError(f"{path}: cannot be read ({exc.strerror}).") from None
    return _parse(path, text)


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


# pydantic words a few errors differently for dataclasses than for models; keep the clearer words
_MESSAGES = {"unexpected_keyword_argument": "Extra inputs are not permitted"}


def _validation_error(path: Path, data: Any, exc: ValidationError) -> FrameworkError:
    problems = []
    for err in exc.errors()[:5]:
        owner, field = _locate(data, tuple(err["loc"]))
        where = f"indicator {owner}" if owner and owner.count(".") == 2 else (owner or "top level")
        msg = _MESSAGES.get(err["type"]) or err["msg"].removeprefix("Value error, ")
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
    limits.check_dimension_count(manifest, len(dimension_files))  # before reading any of them
    counts = limits.Counts(manifest, raw)
    dimensions: list[tuple[Path, Any]] = []
    for entry in dimension_files:
        if isinstance(entry, dict):
            counts.add(manifest, entry)
            dimensions.append((manifest, entry))
            continue
        dim_path = (manifest.parent / str(entry)).resolve()
        if manifest.parent.resolve() not in dim_path.parents:
            raise FrameworkError(f"{manifest}: dimension file '{entry}' is outside the framework folder.")
        dim_raw = _read(dim_path)
        counts.add(dim_path, dim_raw)
        if isinstance(dim_raw, dict):
            for lang, overlay in overlay_files(dim_path):
                apply_dimension_overlay(dim_raw, _read(overlay), lang, overlay)
        dimensions.append((dim_path, dim_raw))
    return raw, dimensions


_adapters: dict[type, TypeAdapter[Any]] = {}


def _adapter(cls: type[T]) -> TypeAdapter[T]:
    """pydantic's validator for a model class (pydantic is imported on first use)."""
    adapter = _adapters.get(cls)
    if adapter is None:
        from pydantic import TypeAdapter

        adapter = _adapters[cls] = TypeAdapter(cls)
    return adapter


def _validate(cls: type[T], data: Any) -> T:
    """``data`` validated as a ``cls``; ValidationError if it is not one."""
    return _adapter(cls).validate_python(data)


def _validated(manifest: Path) -> Framework:
    """Read every source file of the framework and validate it, with errors an author can act on."""
    from pydantic import ValidationError

    raw, dimension_sources = _read_sources(manifest)
    dimensions = []
    sources: dict[int, Path] = {}
    for dim_path, dim_raw in dimension_sources:
        try:
            dimensions.append(_validate(Dimension, dim_raw))
        except ValidationError as exc:
            raise _validation_error(dim_path, dim_raw, exc) from None
        sources[len(dimensions)] = dim_path
    try:
        framework = _validate(Framework, {**raw, "dimensions": dimensions})
    except ValidationError as exc:
        raise _validation_error(manifest, raw, exc) from None
    _check_consistency(manifest, sources, framework)
    return framework


def _cache_key(manifest: Path) -> str | None:
    """A digest of the name, size and modification time of every source file, or None if unreadable.

    Any edit, added or removed file changes it. The folder's own path is left out, so a USB stick
    mounted under another drive letter or path still finds its cache.
    """
    digest = hashlib.sha256(CACHE_FORMAT.encode())
    folder = manifest.parent
    try:
        entries = []
        for parent, _, names in os.walk(folder, onerror=_raise):
            for name in names:
                if name.endswith((".yaml", ".yml", ".json")):
                    path = os.path.join(parent, name)
                    stat = os.stat(path)
                    entries.append(f"{os.path.relpath(path, folder)}\0{stat.st_size}\0{stat.st_mtime_ns}")
    except OSError:
        return None
    digest.update("\n".join(sorted(entries)).encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def _raise(error: OSError) -> None:
    raise error  # os.walk skips unreadable folders unless told otherwise


def _cache_file(key: str) -> Path:
    """The cache entry: the SHA-256 of the rest, a newline, the validated framework as JSON."""
    return user_cache_dir() / f"framework-{key}.cache"


def _cached(key: str) -> Framework | None:
    """The framework from the cache, or None if there is none or it is damaged in any way."""
    try:
        checksum, _, body = _cache_file(key).read_bytes().partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != checksum:
            return None
        return from_json(Framework, json.loads(body))
    except (OSError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return None


def _store(key: str, data: dict[str, Any]) -> None:
    """Cache ``data``, the framework as plain data (in its own order: JSON keeps it)."""
    from ..atomicfile import write_bytes  # only here: its imports would slow every start

    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    try:
        user_cache_dir().mkdir(parents=True, exist_ok=True)
        write_bytes(_cache_file(key), hashlib.sha256(body).hexdigest().encode() + b"\n" + body)
    except OSError:
        pass  # a read-only or full home: the cache is only an optimisation


def load_framework(path: Path | str) -> Framework:
    """Read, validate and hash the framework at ``path`` (folder or manifest file).

    The validated framework is cached in the user's cache folder under a digest of every source
    file, so an unchanged framework is rebuilt from JSON, without YAML or pydantic.
    """
    manifest = manifest_path(Path(path))
    key = _cache_key(manifest)
    cached = _cached(key) if key else None
    if cached is not None:
        return cached
    framework = _validated(manifest)
    data: dict[str, Any] = _adapter(Framework).dump_python(framework)  # = dataclasses.asdict, 10× faster
    data["content_hash"] = hash_of_data(data)
    if key:
        _store(key, data)
    return dataclasses.replace(framework, content_hash=data["content_hash"])


def _check_consistency(manifest: Path, sources: dict[int, Path], fw: Framework) -> None:
    source = manifest

    def fail(where: str, message: str) -> None:
        raise FrameworkError(f"{source}: {where}: {message}")

    levels = sorted(s.level for s in fw.stages)
    if levels != [1, 2, 3, 4, 5]:
        fail("stages", f"must define stages 1-5 exactly once, found {levels}")
    instruments = {i.id for i in fw.instruments}
    actors = {a.id for a in fw.actors}
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
                for level, plan in sorted(ind.recommendation_plan.items()):
                    if plan.actor not in actors:
                        fail(
                            f"indicator {ind.id}",
                            f"field 'recommendation_plan' {level}: unknown actor '{plan.actor}'"
                            f" (declare it under 'actors' in {manifest.name})",
                        )


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
    texts = list(_texts(dataclasses.asdict(fw)))
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
