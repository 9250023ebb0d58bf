"""Export an assessment as a PDF report, signed when a key is given, and record it in the report log."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .. import i18n
from ..atomicfile import write_bytes
from ..errors import CyberAssessError, InputError
from ..store.document import Assessment
from .data import SignerInfo, collect
from .errors import ReportError

if TYPE_CHECKING:
    from .keys import LoadedKey

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    signed: bool
    signer: str | None
    certificate_sha256: str | None
    pages: int
    logged: bool = False  # recorded in the assessment's report log (False when it is read-only)


def _check_output(doc: Assessment, output: Path, example: str = "report.pdf") -> Path:
    output = Path(output)
    if output.is_dir():
        raise InputError(f"{output} is a folder.", f"Give the name of the file to write, e.g. {example}.")
    if not output.parent.is_dir():
        raise ReportError(f"The folder {output.parent} does not exist.", "Create it first or choose another.")
    if output.resolve() == doc.path.resolve():
        suffix = Path(example).suffix
        raise InputError("The report would replace the assessment file itself.", f"Give a name ending in {suffix}.")
    if not os.access(output.parent, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise ReportError(f"Cannot write in {output.parent} (read-only folder or file).", "Choose another folder.")
    return output


def _write_atomically(output: Path, data: bytes) -> None:
    try:
        write_bytes(output, data)
    except OSError as exc:
        hint = "Free some space or choose another folder." if exc.errno == 28 else "Choose another folder."
        raise ReportError(f"Could not write {output.name}: {exc.strerror}.", hint) from None


def _log(doc: Assessment, kind: str, output: Path, digest: str, lang: str, signer: object | None) -> bool:
    """Record the export in the assessment's report log; False when the assessment is read-only."""
    if doc.read_only:
        return False
    try:
        doc.log_report(
            kind,
            output.name,
            digest,
            signer=getattr(signer, "subject", None),
            certificate_sha256=getattr(signer, "certificate_sha256", None),
            language=lang,
        )
    except CyberAssessError as exc:
        raise ReportError(
            f"{output.name} was written, but recording it in the assessment's report log failed: {exc.message}",
            exc.hint or "Export again once the assessment file can be written.",
        ) from None
    return True


def render_pdf(
    doc: Assessment, key: LoadedKey | None, *, language: str = "en", progress: Progress | None = None
) -> tuple[bytes, int]:
    """The report of ``doc`` as PDF bytes and its page count, signed with ``key`` when given.

    Nothing is written or logged (a sealed package keeps the report in memory); progress runs to 88 %.
    """
    lang = i18n.normalise(language)
    signer = None
    if key is not None:
        info = key.info
        signer = SignerInfo(info.subject, info.organisation, info.certificate_sha256, info.self_signed, info.not_after)
    data = collect(doc, generated_at=datetime.now(UTC), signer=signer)
    if progress is not None:
        progress(8, i18n.gettext(lang, "Laying out the report"))

    from .builder import build_pdf
    from .compose import build_report

    model = build_report(data, lang)
    pdf, pages = build_pdf(model, progress, pages_hint=max(20, 4 * len(data.framework.dimensions) + 12))
    if key is not None:
        if progress is not None:
            progress(88, i18n.gettext(lang, "Signing the report"))
        from .signing import sign_pdf

        reason = i18n.gettext(lang, "National Cyber Review report of assessment {uuid}", uuid=data.info.file_uuid)
        pdf = sign_pdf(pdf, key, reason=reason, location=data.info.country or None)
    return pdf, pages


def open_signing_key(key_file: Path, passphrase: bytes | str | None) -> LoadedKey:
    """The signing key, decrypted first (a wrong passphrase fails before any work), then pyHanko imported.

    Decrypting the key while pyHanko was imported in another thread saved ~0.3 s on two free cores,
    but a full test run once ended in a segmentation fault in a thread with no Python frame during
    a signed export from the app; the two steps now run one after the other.
    """
    from .keys import open_key
    from .signing import prepare

    if isinstance(passphrase, str):
        passphrase = passphrase.encode("utf-8")
    key = open_key(Path(key_file), passphrase)
    prepare()
    return key


def export_pdf(
    doc: Assessment,
    output: Path,
    *,
    language: str = "en",
    key_file: Path | None = None,
    passphrase: bytes | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Build the report of ``doc`` into ``output`` (atomically); sign it when ``key_file`` is given.

    The key is opened first, so a wrong passphrase or an expired certificate fails before any work.
    When ``doc`` is writable, the export is recorded in its report log with the PDF's SHA-256.
    ``progress(percent, message)`` is called as the work advances (from the calling thread).
    """
    lang = i18n.normalise(language)

    def report(percent: int, message: str) -> None:
        if progress is not None:
            progress(percent, message)

    report(0, i18n.gettext(lang, "Preparing the report"))
    output = _check_output(doc, output)
    key = open_signing_key(Path(key_file), passphrase) if key_file is not None else None
    pdf, pages = render_pdf(doc, key, language=lang, progress=progress)
    report(95, i18n.gettext(lang, "Writing {name}", name=output.name))
    _write_atomically(output, pdf)
    digest = hashlib.sha256(pdf).hexdigest()
    logged = _log(doc, "pdf", output, digest, lang, key.info if key else None)
    report(100, i18n.gettext(lang, "Report ready"))
    return ExportResult(
        path=output,
        sha256=digest,
        signed=key is not None,
        signer=key.info.subject if key else None,
        certificate_sha256=key.info.certificate_sha256 if key else None,
        pages=pages,
        logged=logged,
    )


def export_docx(
    doc: Assessment,
    output: Path,
    *,
    language: str = "en",
    progress: Progress | None = None,
) -> ExportResult:
    """Write the report of ``doc`` as an editable Word draft (.docx), atomically, and log it.

    It is the same report as the PDF (one model, two renderers), for the ministry's comment cycle;
    it is never signed: the signed PDF is the final.
    """
    lang = i18n.normalise(language)

    def report(percent: int, message: str) -> None:
        if progress is not None:
            progress(percent, message)

    report(0, i18n.gettext(lang, "Preparing the report"))
    output = _check_output(doc, output, "report.docx")
    data = collect(doc, generated_at=datetime.now(UTC), signer=None)
    report(10, i18n.gettext(lang, "Laying out the report"))
    from .compose import build_report
    from .docx_render import build_docx

    content = build_docx(build_report(data, lang))
    report(95, i18n.gettext(lang, "Writing {name}", name=output.name))
    _write_atomically(output, content)
    digest = hashlib.sha256(content).hexdigest()
    logged = _log(doc, "docx", output, digest, lang, None)
    report(100, i18n.gettext(lang, "Report ready"))
    return ExportResult(
        path=output, sha256=digest, signed=False, signer=None, certificate_sha256=None, pages=0, logged=logged
    )
