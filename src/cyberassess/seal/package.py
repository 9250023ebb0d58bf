"""Sealed handover packages: build them from an assessment, open them into a folder.

A package (``.p7m``) is a zip archive signed by the assessor (CMS SignedData) and then encrypted
to every recipient's certificate (CMS EnvelopedData, AES-256): see :mod:`.cms`. The zip holds the
report (PDF, signed with the same key), the matrix (Excel) and, when asked, the assessment file
(a plain copy: the package is its protection), plus ``manifest.json`` (what, from which
assessment, and the SHA-256 and size of every file) and ``SHA256SUMS`` (the same sums for
``sha256sum -c``). Everything is built in memory: nothing readable is written before encryption.

Opening checks, in order, that the package is addressed to the key, decrypts, is signed and
unchanged, and that every file is listed once with its sum; only then are the files written, into
a temporary folder beside the destination renamed into place at the end. A failure writes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__, i18n
from ..atomicfile import fsync_dir, write_bytes
from ..report.keys import LoadedKey
from ..safetext import printable, safe_name
from ..store.evidence import safe_file_name
from . import cms
from .errors import PackageDamagedError, SealError

if TYPE_CHECKING:
    from cryptography import x509

    from ..store.document import Assessment

FORMAT = "cyberassess-handover"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"
PACKAGE_SUFFIX = ".p7m"
INCLUDE_CHOICES = ("pdf", "xlsx", "assessment")
DEFAULT_INCLUDE = ("pdf", "xlsx")
MAX_PACKAGE_BYTES = 1 << 30
MAX_FILES = 16

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class PackedFile:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True)
class SealResult:
    path: Path
    sha256: str  # of the package file
    files: tuple[PackedFile, ...]
    recipients: tuple[str, ...]  # the recipients' names (certificate subjects)
    signer: str
    logged: bool  # recorded in the assessment's report log


@dataclass(frozen=True)
class UnsealResult:
    folder: Path
    files: tuple[PackedFile, ...]
    sealer: cms.Sealer
    sealed_at: str
    country: str
    file_uuid: str
    app_version: str


# ------------------------------------------------------------------ sealing
def seal_assessment(
    doc: Assessment,
    output: Path,
    *,
    recipients: Sequence[x509.Certificate],
    key: LoadedKey,
    include: Sequence[str] = DEFAULT_INCLUDE,
    language: str = "en",
    progress: Progress | None = None,
) -> SealResult:
    """Seal ``doc``'s report, matrix and (optionally) the file itself to ``recipients``, signed with ``key``."""
    from ..matrix.writer import matrix_bytes
    from ..report.export import render_pdf

    output = _check_output(doc, Path(output))
    wanted = _check_include(include)
    if not recipients:
        raise SealError("No recipient given.", "Add --to CERT.pem for each person who may open the package.")
    stem = safe_file_name(doc.path.stem) or "assessment"
    files: list[tuple[str, bytes]] = []
    if "pdf" in wanted:
        pdf, _pages = render_pdf(doc, key, language=language, progress=progress)
        files.append((f"{stem}-report.pdf", pdf))
    if "xlsx" in wanted:
        _step(progress, 90, i18n.gettext(language, "Writing the matrix"))
        files.append((f"{stem}-matrix.xlsx", matrix_bytes(doc, language=language)))
    if "assessment" in wanted:
        files.append((f"{stem}.cyberassess", doc.plain_image()))
    info = doc.info
    about = {"country": info.country, "mission": info.mission, "file_uuid": info.file_uuid}
    _step(progress, 94, i18n.gettext(language, "Signing and encrypting the package"))
    payload = build_payload(files, about)
    package = cms.envelope(cms.sign(payload, key), list(recipients))
    try:
        write_bytes(output, package)
    except OSError as exc:
        raise SealError(f"Could not write {output.name}: {exc.strerror}.", "Choose another folder.") from None
    digest = hashlib.sha256(package).hexdigest()
    logged = False
    if not doc.read_only:
        doc.log_report(
            "seal", output.name, digest, signer=key.info.subject, certificate_sha256=key.info.certificate_sha256
        )
        logged = True
    names = tuple(cms.describe(cert) for cert in recipients)
    packed = tuple(PackedFile(name, hashlib.sha256(data).hexdigest(), len(data)) for name, data in files)
    return SealResult(output, digest, packed, names, key.info.subject, logged)


def _step(progress: Progress | None, percent: int, message: str) -> None:
    if progress is not None:
        progress(percent, message)


def _check_include(include: Sequence[str]) -> list[str]:
    wanted = [item.strip().lower() for item in include if item.strip()]
    unknown = sorted(set(wanted) - set(INCLUDE_CHOICES))
    if unknown or not wanted:
        raise SealError(
            f"Cannot include {', '.join(unknown) or 'nothing'} in a package.",
            f"Choose among {', '.join(INCLUDE_CHOICES)} (comma-separated).",
        )
    return wanted


def _check_output(doc: Assessment, output: Path) -> Path:
    if output.is_dir():
        raise SealError(f"{output} is a folder.", "Give the name of the package to write, e.g. handover.p7m.")
    if not output.parent.is_dir():
        raise SealError(f"The folder {output.parent} does not exist.", "Create it first or choose another.")
    if output.resolve() == doc.path.resolve():
        raise SealError("The package would replace the assessment file itself.", "Give a name ending in .p7m.")
    return output


def build_payload(files: Sequence[tuple[str, bytes]], about: dict[str, str]) -> bytes:
    """The zip inside a package: the files, ``manifest.json`` and ``SHA256SUMS``."""
    entries = [{"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)} for name, data in files]
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "sealed_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "assessment": about,
        "files": entries,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        archive.writestr(SUMS, _sums_text(entries))
    return buffer.getvalue()


def _sums_text(entries: Sequence[dict[str, Any]]) -> str:
    return "".join(f"{e['sha256']}  {e['name']}\n" for e in entries)


# ------------------------------------------------------------------ opening
def unseal_package(package: Path, key: LoadedKey, folder: Path) -> UnsealResult:
    """Decrypt ``package`` with ``key``, verify it, and write its files into the new ``folder``."""
    package, folder = Path(package), Path(folder)
    name = safe_name(package.name)
    data = _read_package(package)
    _check_folder(folder)
    signed = cms.decrypt(data, key, name)
    payload, sealer = cms.verify_signed(signed, name)
    manifest, files = read_payload(payload, name)
    _write_folder(folder, files)
    about_value = manifest.get("assessment")
    about: dict[str, Any] = about_value if isinstance(about_value, dict) else {}
    return UnsealResult(
        folder=folder,
        files=tuple(PackedFile(n, hashlib.sha256(d).hexdigest(), len(d)) for n, d in files),
        sealer=sealer,
        sealed_at=str(manifest.get("sealed_at", "")),
        country=str(about.get("country", "")),
        file_uuid=str(about.get("file_uuid", "")),
        app_version=str(manifest.get("app_version", "")),
    )


def _read_package(package: Path) -> bytes:
    try:
        size = package.stat().st_size
        if package.is_dir():
            raise SealError(f"{safe_name(package.name)} is a folder.", "Give the .p7m package file.")
        if size > MAX_PACKAGE_BYTES:
            raise SealError(f"{safe_name(package.name)} is too large ({size} bytes) to be a package.")
        return package.read_bytes()
    except FileNotFoundError:
        raise SealError(f"{safe_name(package.name)}: no such file.", "Check the name and folder.") from None
    except OSError as exc:
        raise SealError(f"Cannot read {safe_name(package.name)}: {exc.strerror}.") from None


def _check_folder(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise SealError(
            f"{folder} already exists and is not an empty folder.", "Give the name of a new folder to open it into."
        )
    if not folder.parent.is_dir():
        raise SealError(f"The folder {folder.parent} does not exist.", "Create it first or choose another.")


def _damaged(name: str, what: str) -> PackageDamagedError:
    return PackageDamagedError(
        f"{name} is signed, but its content is not a valid package: {what}.",
        "Ask the sender to seal it again. Nothing was written.",
    )


def read_payload(payload: bytes, name: str) -> tuple[dict[str, Any], list[tuple[str, bytes]]]:
    """The manifest and files of a verified payload, every name safe and every sum checked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(payload))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _damaged(name, "it is not a zip archive") from None
    with archive:
        by_name = {m.filename: m for m in members}
        if len(by_name) != len(members) or len(members) > MAX_FILES + 2 or MANIFEST not in by_name:
            raise _damaged(name, "its list of files is missing or repeats names")
        try:
            manifest = json.loads(_member(archive, by_name[MANIFEST], 1_000_000, name))
        except ValueError:
            raise _damaged(name, "its manifest is not readable") from None
        if not isinstance(manifest, dict):
            raise _damaged(name, "its manifest is not readable")
        entries = manifest.get("files")
        if manifest.get("format") != FORMAT or not isinstance(entries, list):
            raise _damaged(name, "it is not a CyberAssess handover package")
        files: list[tuple[str, bytes]] = []
        for entry in entries:
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise _damaged(name, "its manifest lists a file without a name")
            file_name, size = entry["name"], entry.get("size")
            _check_member_name(file_name, name)
            if file_name not in by_name or not isinstance(size, int) or size < 0:
                raise _damaged(name, f"{printable(file_name)} is listed but not there")
            data = _member(archive, by_name[file_name], size, name)
            if len(data) != size or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
                raise _damaged(name, f"the SHA-256 of {printable(file_name)} does not match the manifest")
            files.append((file_name, data))
        listed = {f for f, _ in files} | {MANIFEST, SUMS}
        if set(by_name) != listed or len({f.casefold() for f, _ in files}) != len(files):
            raise _damaged(name, "it holds files the manifest does not list, or names differing only in case")
        if _member(archive, by_name[SUMS], 1_000_000, name).decode("utf-8", "replace") != _sums_text(entries):
            raise _damaged(name, f"its {SUMS} does not match the manifest")
    return manifest, files


def _check_member_name(file_name: str, package: str) -> None:
    """A listed name must be a plain file name: no folder, no control character, nothing to rename."""
    if (
        file_name in {MANIFEST, SUMS}
        or file_name != safe_file_name(file_name)
        or file_name != safe_name(file_name)
        or file_name.startswith(".")
    ):
        raise _damaged(package, f"the file name {printable(file_name)!r} is not safe to write")


def _member(archive: zipfile.ZipFile, member: zipfile.ZipInfo, limit: int, name: str) -> bytes:
    """A member's bytes, refusing more than ``limit`` (a zip bomb stops at the declared size)."""
    try:
        with archive.open(member) as handle:
            data = handle.read(limit + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        raise _damaged(name, f"{printable(member.filename)} cannot be read") from None
    if len(data) > limit:
        raise _damaged(name, f"{printable(member.filename)} is larger than the manifest says")
    return data


def _write_folder(folder: Path, files: Sequence[tuple[str, bytes]]) -> None:
    """Write every file into a temporary folder beside ``folder``, then rename it into place."""
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", suffix=".tmp", dir=folder.parent))
    except OSError as exc:
        raise SealError(f"Cannot write in {folder.parent}: {exc.strerror}.", "Choose another folder.") from None
    try:
        root = tmp.resolve()
        for file_name, data in files:
            target = (root / file_name).resolve()
            if target.parent != root:  # a second line of defence after _check_member_name
                raise _damaged(folder.name, f"{printable(file_name)} would be written outside the folder")
            with open(target, "xb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
        if folder.exists():
            folder.rmdir()  # empty (checked above)
        os.replace(tmp, folder)
        fsync_dir(folder.parent)
    except OSError as exc:
        raise SealError(
            f"Could not write the files into {folder}: {exc.strerror}.", "Free some space or choose another folder."
        ) from None
    finally:
        with contextlib.suppress(OSError):
            if tmp.exists():
                shutil.rmtree(tmp)
