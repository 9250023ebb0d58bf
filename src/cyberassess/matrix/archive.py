"""Stage 1 of reading a workbook: the archive, checked before any XML is parsed.

A workbook comes from outside (e-mail, USB stick) and is treated as hostile until checked
(:func:`check_archive`): the file must be ``.xlsx``, at most :data:`MAX_FILE_BYTES`; it must be a
zip archive (not an old ``.xls``, an encrypted workbook or a truncated download); macro-enabled
content is refused; the number of members, the total uncompressed size and each member's
compression ratio are limited (zip bombs); no XML part may carry a document type declaration; and
the rows of each sheet are counted. :func:`open_workbook` then opens the checked bytes with
openpyxl in read-only mode. The matrix reader (:mod:`.reader`), the framework workbook reader and
the evidence text extraction all go through here.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import Any

import openpyxl
from defusedxml import ElementTree as SafeET
from openpyxl.cell.text import Text
from openpyxl.xml.constants import SHEET_MAIN_NS

from .errors import MatrixError, UnsafeWorkbookError

XML_HARDENED: bool = bool(openpyxl.DEFUSEDXML)  # openpyxl parses sheets and strings with defusedxml

MAX_FILE_BYTES = 20 * 2**20  # the compressed workbook
MAX_UNCOMPRESSED_BYTES = 100 * 2**20  # all members together, as declared and as decompressed
MAX_MEMBERS = 1000
MAX_RATIO = 100  # uncompressed / compressed, for members above RATIO_FLOOR
RATIO_FLOOR = 2**20
MAX_ROWS = 5000  # rows holding cells, per sheet (a framework has a few hundred indicators at most)
EXCEL_MAX_ROWS = 1_048_576  # the last row of a sheet in Excel and LibreOffice

MACRO_SUFFIXES = {".xlsm", ".xltm", ".xlam"}
OTHER_FORMATS = {
    ".xls": "an Excel 97-2003 workbook",
    ".xlsb": "an Excel binary workbook",
    ".ods": "an OpenDocument spreadsheet",
    ".csv": "a CSV file",
}
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SAVE_AS_HINT = "Open it in Excel or LibreOffice and save it as an Excel workbook (.xlsx), then import that file."


def refuse(path: Path, message: str, hint: str = _SAVE_AS_HINT) -> UnsafeWorkbookError:
    return UnsafeWorkbookError(f"{path.name}: {message}", hint)


def read_bytes(path: Path) -> bytes:
    """The workbook's bytes, after the checks on its name, size and signature."""
    suffix = path.suffix.lower()
    if suffix in MACRO_SUFFIXES:
        raise refuse(
            path,
            "macro-enabled workbooks are refused (macros could run on this machine).",
            "Save it as an Excel workbook without macros (.xlsx) and import that file.",
        )
    if suffix in OTHER_FORMATS:
        raise refuse(path, f"this is {OTHER_FORMATS[suffix]}, not an Excel workbook (.xlsx).")
    if suffix != ".xlsx":
        raise refuse(path, "only Excel workbooks (.xlsx) can be imported.")
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise refuse(path, "is not a file.", "Choose the .xlsx file itself.")
        if size > MAX_FILE_BYTES:
            raise refuse(
                path,
                f"the file is larger than {MAX_FILE_BYTES // 2**20} MB; a matrix is far smaller.",
                "Check that this is the matrix you meant to import.",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise MatrixError(f"{path.name}: file not found.", "Check the path.") from None
    except OSError as exc:
        raise MatrixError(
            f"{path.name}: cannot be read ({exc.strerror}).", "Copy it to a local folder first."
        ) from None
    if not data:
        raise refuse(path, "the file is empty.", "Ask for the workbook to be sent again.")
    if data.startswith(_OLE2_MAGIC):
        raise refuse(
            path,
            "this is an encrypted (password-protected) or old-format Excel file.",
            "Remove the password or save it as a plain .xlsx workbook, then import that file.",
        )
    if not data.startswith(b"PK\x03\x04"):
        raise refuse(
            path,
            "this is not an Excel workbook (it is not a zip archive).",
            "Check that you chose the right file; a matrix is an .xlsx workbook.",
        )
    return data


def check_archive(path: Path, data: bytes) -> None:
    """Refuse damaged archives, macros, zip bombs and XML with document type declarations."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, zlib.error):
        raise refuse(
            path,
            "the workbook is damaged or incomplete (perhaps truncated when it was copied).",
            "Ask for the workbook to be sent again.",
        ) from None
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS:
            raise refuse(
                path,
                f"the archive has {len(members)} parts; a workbook has far fewer.",
                "Check that this is the matrix you meant to import.",
            )
        names = {m.filename.lower() for m in members}
        if "[content_types].xml" not in names or "xl/workbook.xml" not in names:
            raise refuse(
                path,
                "this zip archive is not an Excel workbook.",
                "Check that you chose the right file; a matrix is an .xlsx workbook.",
            )
        if any(n.endswith("vbaproject.bin") or n.startswith("xl/activex/") for n in names):
            raise refuse(
                path,
                "the workbook contains macros or ActiveX controls, which are refused.",
                "Save it as an Excel workbook without macros (.xlsx) and import that file.",
            )
        declared = 0
        for member in members:
            if member.flag_bits & 0x1:
                raise refuse(path, "the workbook is encrypted.", "Remove the password, save as .xlsx and retry.")
            declared += member.file_size
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
                raise refuse(
                    path,
                    f"part {member.filename} expands {ratio:.0f} times (a 'zip bomb').",
                    "Do not open this file; ask for the matrix to be exported again.",
                )
        if declared > MAX_UNCOMPRESSED_BYTES:
            raise refuse(
                path,
                f"the workbook expands to {declared // 2**20} MB; at most "
                f"{MAX_UNCOMPRESSED_BYTES // 2**20} MB are accepted.",
                "Check that this is the matrix you meant to import.",
            )
        try:
            content_types = archive.read(next(m for m in members if m.filename.lower() == "[content_types].xml"))
        except (zipfile.BadZipFile, EOFError, NotImplementedError, ValueError, OSError, zlib.error):
            raise refuse(
                path,
                "the workbook is damaged (a part cannot be decompressed).",
                "Ask for the workbook to be sent again.",
            ) from None
        if b"macroenabled" in content_types.lower():
            raise refuse(
                path,
                "this is a macro-enabled workbook (.xlsm), which is refused.",
                "Save it as an Excel workbook without macros (.xlsx) and import that file.",
            )
        total = 0
        for member in members:
            if member.filename.lower().endswith((".xml", ".rels", ".vml")):
                total += _scan_xml(path, archive, member, MAX_UNCOMPRESSED_BYTES - total)


def _scan_xml(path: Path, archive: zipfile.ZipFile, member: zipfile.ZipInfo, budget: int) -> int:
    """Decompress one XML part, refusing DTDs and anything beyond the size budget; returns its size."""
    size = rows = 0
    tail = b""
    is_sheet = member.filename.lower().startswith("xl/worksheets/")
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(1 << 16):
                if size == 0 and (chunk.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in chunk[:64]):
                    raise refuse(
                        path,
                        f"part {member.filename} is not UTF-8 XML.",
                        "Save it again as an .xlsx workbook from Excel or LibreOffice.",
                    )
                size += len(chunk)
                if size > budget:
                    raise refuse(
                        path,
                        "the workbook expands beyond the size accepted for a matrix.",
                        "Check that this is the matrix you meant to import.",
                    )
                window = (tail + chunk).lower()
                if b"<!doctype" in window or b"<!entity" in window:
                    raise refuse(
                        path,
                        f"part {member.filename} declares a document type or entities, which "
                        "an Excel workbook never does (an XML external-entity attack?).",
                        "Do not open this file; ask for the matrix to be exported again.",
                    )
                if is_sheet:  # openpyxl parses a whole sheet that does not declare its size: count rows first
                    rows += window.count(b"<row ") + window.count(b"<row>") + window.count(b":row ")
                    rows -= tail.lower().count(b"<row ") + tail.lower().count(b"<row>") + tail.lower().count(b":row ")
                    if rows > MAX_ROWS:
                        raise refuse(
                            path,
                            f"part {member.filename} has more than {MAX_ROWS:,} rows; a matrix has far fewer.",
                            "Check that this is the matrix you meant to import.",
                        )
                tail = chunk[-16:]
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError, zlib.error):
        raise refuse(
            path, "the workbook is damaged (a part cannot be decompressed).", "Ask for the workbook to be sent again."
        ) from None
    return size


def open_workbook(path: Path) -> tuple[Any, bytes]:
    """The checked workbook, opened read-only with formulas kept as text; and the file's bytes."""
    data = read_bytes(path)
    check_archive(path, data)
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=False, keep_links=False, keep_vba=False, rich_text=False
        )
        for sheet in workbook.worksheets:  # the declared size (<dimension ref="A1:J1048576"/>) is not trusted
            sheet.reset_dimensions()
        _raw_shared_strings(workbook, data)
    except MatrixError:
        raise
    except Exception as exc:  # openpyxl raises many types for malformed parts
        detail = " ".join(str(exc).split())[:160]
        raise refuse(
            path,
            f"the workbook cannot be read ({type(exc).__name__}: {detail}).",
            "Save it again as an .xlsx workbook from Excel or LibreOffice, or ask for a new export.",
        ) from None
    return workbook, data


def _raw_shared_strings(workbook: Any, data: bytes) -> None:
    """Give the sheets the shared strings exactly as stored (openpyxl drops ``x005F_`` escapes)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = SafeET.fromstring(archive.read("[Content_Types].xml"))
        part = next((o.get("PartName", "") for o in types.iter() if o.get("ContentType") == _SHARED_STRINGS_TYPE), "")
        if not part:
            return
        strings = []
        with archive.open(part.lstrip("/")) as source:
            for _event, node in SafeET.iterparse(source):
                if node.tag == f"{{{SHEET_MAIN_NS}}}si":
                    strings.append(Text.from_tree(node).content)
                    node.clear()
    for sheet in workbook.worksheets:
        if isinstance(getattr(sheet, "_shared_strings", None), list) and len(sheet._shared_strings) == len(strings):
            sheet._shared_strings = strings
