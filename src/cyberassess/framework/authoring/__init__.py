"""Authoring frameworks in a spreadsheet: framework files <-> an .xlsx workbook.

Content editors and translators are not programmers: ``cyberassess framework to-xlsx`` writes a
framework as a workbook (:mod:`.layout` describes it, in the manner of XLSForm) and
``cyberassess framework from-xlsx`` turns such a workbook back into framework files
(:mod:`.yaml_files`, the canonical form). A round trip of a framework gives the same content
(the same content hash); a second round trip gives the same bytes.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from ...atomicfile import write_bytes
from ...errors import FrameworkError, InputError
from ..loader import _read, framework_dirs, load_framework, manifest_path
from ..model import Framework
from .from_workbook import WorkbookError, read_framework_data
from .to_workbook import write_workbook
from .yaml_files import framework_files

__all__ = ["WorkbookError", "dimension_file_names", "find_framework", "from_xlsx", "to_xlsx"]


def find_framework(ref: str) -> tuple[Framework, Path]:
    """The framework ``ref`` names (an installed framework's id, or a folder) and its folder."""
    candidate = Path(ref)
    if candidate.is_dir() or candidate.is_file():
        return load_framework(candidate), manifest_path(candidate).parent
    for folder in framework_dirs():
        with contextlib.suppress(FrameworkError):
            framework = load_framework(folder)
            if framework.id == ref:
                return framework, folder
    raise FrameworkError(
        f"Framework '{ref}' is not installed.", "Run 'cyberassess framework list', or give its folder."
    )


def dimension_file_names(framework: Framework, folder: Path) -> list[str]:
    """The names of the dimension files in ``dimensions/``, as the manifest lists them.

    A manifest that holds its dimensions inline, or lists files elsewhere, gets names made from
    the dimension numbers and titles (``d1-policy-and-strategy.yaml``).
    """
    from .from_workbook import _slug

    listed = _read(manifest_path(folder)).get("dimensions") or []
    names = []
    for position, dim in enumerate(framework.dimensions):
        entry = listed[position] if position < len(listed) else None
        if (
            isinstance(entry, str)
            and entry.startswith("dimensions/")
            and entry.count("/") == 1
            and entry.endswith(".yaml")
        ):
            names.append(entry.removeprefix("dimensions/"))
        else:
            names.append(f"d{dim.number}-{_slug(dim.title['en'])}.yaml")
    return names


def to_xlsx(ref: str, target: Path) -> Framework:
    """Write the framework ``ref`` (id or folder) to the workbook ``target``; returns the framework."""
    framework, folder = find_framework(ref)
    write_workbook(framework, dimension_file_names(framework, folder), target)
    return framework


def _framework_files_in(folder: Path) -> list[Path]:
    """The files a framework folder holds that from-xlsx writes (not migrations/ or anything else)."""
    found = [p for p in folder.glob("framework*.y*ml") if p.is_file()]
    found += [p for p in folder.glob("framework*.json") if p.is_file()]
    dimensions = folder / "dimensions"
    if dimensions.is_dir():
        found += [p for p in dimensions.iterdir() if p.is_file() and p.suffix in (".yaml", ".yml", ".json")]
    return found


def from_xlsx(workbook: Path, out_dir: Path, *, force: bool = False) -> Framework:
    """Turn ``workbook`` into framework files in ``out_dir``; returns the framework as loaded from them.

    The files are validated in a scratch folder first: an invalid workbook changes nothing. An
    existing framework in ``out_dir`` is replaced only with ``force``; then its framework and
    dimension files are removed first, and everything else in the folder (``migrations/``, notes)
    is left as it is.
    """
    data, files = read_framework_data(workbook)
    contents = framework_files(data, files)
    with tempfile.TemporaryDirectory(prefix="cyberassess-from-xlsx-") as scratch:
        for name, body in contents.items():
            (Path(scratch) / name).parent.mkdir(parents=True, exist_ok=True)
            (Path(scratch) / name).write_bytes(body)
        try:
            load_framework(scratch)
        except FrameworkError as exc:
            detail = exc.message.replace(scratch + "/", "").replace(scratch, "")
            raise WorkbookError(
                f"{workbook.name}: the workbook does not make a valid framework: {detail}", exc.hint
            ) from None
    existing = _framework_files_in(out_dir) if out_dir.is_dir() else []
    if out_dir.exists() and not out_dir.is_dir():
        raise InputError(f"{out_dir}: not a folder.", "Give the folder to write the framework into.")
    if existing and not force:
        raise InputError(
            f"{out_dir}: already holds framework files.", "Add --force to replace them (migrations/ is kept)."
        )
    try:
        for path in existing:
            path.unlink()
        for name, body in contents.items():
            target = out_dir / name
            target.parent.mkdir(parents=True, exist_ok=True)
            write_bytes(target, body)
    except OSError as exc:
        raise InputError(
            f"{out_dir}: cannot be written ({exc.strerror}).", "Choose a folder you can write to."
        ) from None
    return load_framework(out_dir)
