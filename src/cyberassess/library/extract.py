"""The text of an evidence file, for search: plain text, CSV, PDF, DOCX and XLSX.

Evidence comes from outside and is treated as hostile. Extraction never raises for what is in a
file and never blocks saving it: :func:`extract_text` returns the text it could read and, when it
could not read everything, a one-line ``problem`` for the person (an encrypted PDF, a zip bomb, a
damaged file). It is bounded:

* **size** — at most :data:`MAX_TEXT_CHARS` characters of text are kept; zip members are
  decompressed in steps and abandoned past :data:`MAX_PART_BYTES` whatever size they declare;
  PDF streams likewise (:mod:`.pdftext`);
* **time** — each format checks a deadline (:data:`TIME_LIMIT_SECONDS`) between pages, rows and
  parts and returns what it has read so far;
* **nothing runs** — macros, scripts, OLE objects and actions are never looked at. A workbook goes
  through the matrix reader's checks (:func:`cyberassess.matrix.archive.check_archive`: macros,
  encryption, zip bombs, DTDs) and openpyxl in read-only mode, which never evaluates formulas; a
  Word document's ``word/document.xml`` is parsed with ``defusedxml`` (no DTD, no entities).

Extraction happens at search time from the stored evidence (the file format is unchanged); results
are remembered by content hash for the session (:class:`.index.EvidenceTexts`).
"""

from __future__ import annotations

import csv
import io
import time
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from defusedxml import ElementTree as SafeET

MAX_TEXT_CHARS = 2_000_000
MAX_PART_BYTES = 64 * 2**20  # one decompressed part of a DOCX
MAX_ZIP_MEMBERS = 2000
TIME_LIMIT_SECONDS = 10.0
TEXT_SUFFIXES = {".txt", ".text", ".md", ".log", ".json", ".xml", ".html", ".htm", ".rtf"}
CSV_SUFFIXES = {".csv", ".tsv"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True)
class Extracted:
    text: str
    problem: str = ""  # why the text is missing or incomplete ("" when all of it was read)


def _bounded(text: str) -> Extracted:
    if len(text) > MAX_TEXT_CHARS:
        return Extracted(text[:MAX_TEXT_CHARS], f"only the first {MAX_TEXT_CHARS:,} characters are searchable.")
    return Extracted(text)


def decode_text(data: bytes) -> str:
    """Bytes of a text file as text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _csv_text(data: bytes, deadline: float) -> Extracted:
    text = decode_text(data)
    lines = []
    size = 0
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:4096])
    except csv.Error:
        dialect = csv.excel
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            line = " ".join(cell for cell in row if cell)
            lines.append(line)
            size += len(line) + 1
            if size > MAX_TEXT_CHARS or time.monotonic() > deadline:
                break
    except csv.Error:
        return _bounded(text)
    return _bounded("\n".join(lines))


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """One member, decompressed in steps; ValueError past MAX_PART_BYTES, whatever it declares."""
    out = bytearray()
    with archive.open(name) as stream:
        while chunk := stream.read(1 << 16):
            out += chunk
            if len(out) > MAX_PART_BYTES:
                raise ValueError("expands beyond the size accepted")
    return bytes(out)


def _docx_text(data: bytes) -> Extracted:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        return Extracted("", "the Word document is damaged or incomplete.")
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            return Extracted("", f"the Word document has {len(members)} parts; it was not read.")
        if any(m.flag_bits & 0x1 for m in members):
            return Extracted("", "the Word document is encrypted; its text cannot be read without the password.")
        if "word/document.xml" not in {m.filename for m in members}:
            return Extracted("", "this zip archive is not a Word document.")
        try:
            xml = _read_member(archive, "word/document.xml")
        except ValueError:
            return Extracted(
                "", f"the Word document expands beyond {MAX_PART_BYTES // 2**20} MB (a 'zip bomb'?); it was not read."
            )
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            return Extracted("", "the Word document is damaged or incomplete.")
    try:
        root = SafeET.fromstring(xml, forbid_dtd=True)
    except Exception:  # defusedxml's refusals and every parse error: the file is not read
        return Extracted("", "the Word document's text is damaged or declares entities; it was not read.")
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag in (f"{_W}tab", f"{_W}br"):
                pieces.append(" ")
        paragraphs.append("".join(pieces))
    return _bounded("\n".join(p for p in paragraphs if p.strip()))


def _xlsx_text(file_name: str, data: bytes, deadline: float) -> Extracted:
    from ..errors import CyberAssessError
    from ..matrix.archive import check_archive

    path = Path(file_name)
    try:
        check_archive(path, data)
    except CyberAssessError as exc:  # its message starts with the file's name, which the caller shows
        return Extracted("", exc.message.removeprefix(f"{path.name}: "))
    import openpyxl

    lines: list[str] = []
    size = 0
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            for sheet in workbook.worksheets:
                lines.append(sheet.title)
                for row in sheet.iter_rows(values_only=True):
                    cells = [str(v) for v in row if v is not None and not (isinstance(v, str) and v.startswith("="))]
                    if cells:
                        line = " ".join(cells)
                        lines.append(line)
                        size += len(line) + 1
                    if size > MAX_TEXT_CHARS:
                        break
                    if time.monotonic() > deadline:
                        return Extracted("\n".join(lines), "reading took too long; the rest was not read.")
        finally:
            workbook.close()
    except Exception:  # openpyxl raises many kinds on damaged files: none of them stops the evidence
        return Extracted("\n".join(lines), "the workbook is damaged; only part of it was read.")
    return _bounded("\n".join(lines))


def extract_text(file_name: str, data: bytes, *, time_limit: float = TIME_LIMIT_SECONDS) -> Extracted:
    """The searchable text of an evidence file, and what could not be read (never raises for content)."""
    deadline = time.monotonic() + time_limit
    suffix = Path(file_name).suffix.lower()
    if data.startswith(b"%PDF") or suffix == ".pdf":
        from .pdftext import pdf_text

        text, problem = pdf_text(data, deadline)
        bounded = _bounded(text)
        return Extracted(bounded.text, problem or bounded.problem)
    if suffix == ".docx":
        return _docx_text(data)
    if suffix == ".xlsx":
        return _xlsx_text(file_name, data, deadline)
    if suffix in CSV_SUFFIXES:
        return _csv_text(data, deadline)
    if suffix in TEXT_SUFFIXES or suffix == "":
        if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return Extracted("", "the file is not text.")
        return _bounded(decode_text(data))
    return Extracted("", f"the text of {suffix} files is not searched (plain text, CSV, PDF, DOCX and XLSX are).")
