"""Every bad workbook of the corpus gets its clear message and leaves the assessment untouched."""

from __future__ import annotations

import io
import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import openpyxl
import pytest

from cyberassess.cli import main
from cyberassess.matrix import XML_HARDENED, MatrixError, UnsafeWorkbookError, apply_import, plan_import, read_matrix
from cyberassess.matrix import archive as matrix_archive
from cyberassess.store import Assessment

from .corpus.xlsx.bad_workbooks import CASES, BadWorkbook, build, make_base, make_blank
from .reliability.corpus import Case, run_case


def _state(path: Path) -> tuple[object, ...]:
    with Assessment.open(path, read_only=True) as doc:
        return doc.answers(), doc.history_count(), doc.info.modified_at, doc.reports()


@pytest.fixture(scope="session")
def other_blank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_blank(tmp_path_factory.mktemp("blank"))


@pytest.fixture
def base(tmp_path: Path, other_blank: Path) -> tuple[Path, Path, Path]:
    return (*make_base(tmp_path), other_blank)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_workbook_gets_its_clear_message_and_changes_nothing(
    case: BadWorkbook, base: tuple[Path, Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, good, blank = base
    bad = build(case, good, blank, path.parent)
    before = _state(path)
    with Assessment.open(path) as doc:  # the API the wizard uses
        if case.outcome == "refused":
            with pytest.raises(MatrixError) as caught:
                plan_import(doc, bad)
            text = str(caught.value)
            assert case.message.lower() in text.lower(), text
            assert bad.name in caught.value.message and caught.value.hint
        elif case.outcome == "accepted":
            plan = plan_import(doc, bad)
            assert not plan.rejected and not plan.new and not plan.conflicts, plan.rejected
            assert plan.unchanged == len(doc.answers())  # every answer was read back
        else:
            plan = plan_import(doc, bad)
            reasons = [f"'{r.sheet}'!{r.cell}: {r.reason}" for r in plan.rejected]
            assert any(case.message in r for r in reasons), reasons
            assert all(r.cell[0].isalpha() and r.cell[1:].isdigit() for r in plan.rejected)
            assert not plan.new and not plan.conflicts  # only the rejected rows differed
            apply_import(doc, plan, prefer="theirs")
    assert _state(path) == before
    # the command line: exit 1 (refused) or 4 (rows rejected), a clear message, never a traceback
    code = main(["import-xlsx", str(path), str(bad)])
    out = capsys.readouterr()
    text = out.out + out.err
    assert code == {"refused": 1, "rejected": 4, "accepted": 0}[case.outcome], text
    assert case.message.lower() in text.lower() and "Traceback" not in text and "internal error" not in text
    if case.outcome == "refused":
        assert len(out.err.strip().splitlines()) == 2  # the message and its hint
    assert _state(path)[:3] == before[:3]


def test_levels_and_formulas_are_each_reported_with_their_cell(base: tuple[Path, Path, Path]) -> None:
    path, good, blank = base
    with Assessment.open(path) as doc:
        by_name = {c.name: c for c in CASES}
        plan = plan_import(doc, build(by_name["levels-out-of-range.xlsx"], good, blank, path.parent))
        reasons = {f"{r.sheet[:2]}!{r.cell}": r.reason for r in plan.rejected}
        assert sorted(reasons) == ["D1!C3", "D1!C4", "D1!C5", "D1!C7", "D2!C4"]
        assert "D1.1.1: stage 7 is out of range" in reasons["D1!C4"]
        assert "stage 0 is out of range" in reasons["D1!C5"]
        assert "not a whole stage" in reasons["D1!C7"]
        assert "label does not match" in reasons["D2!C4"] or "out of range" in reasons["D2!C4"]
        assert "section heading" in reasons["D1!C3"]
        plan = plan_import(doc, build(by_name["formulas.xlsx"], good, blank, path.parent))
        assert sorted(r.cell for r in plan.rejected) == ["C4", "D5"]


def test_the_corpus_covers_the_issue_list() -> None:
    names = {c.name for c in CASES}
    for required in (
        "truncated.xlsx",
        "not-a-zip.xlsx",
        "macros.xlsm",
        "wrong-framework.xlsx",
        "shuffled-columns.xlsx",
        "levels-out-of-range.xlsx",
        "formulas.xlsx",
        "rows-100k.xlsx",
        "oversized-cell.xlsx",
        "xxe.xlsx",
    ):
        assert required in names


def test_openpyxl_parses_with_defusedxml_and_refuses_the_xxe_payload_itself(base: tuple[Path, Path, Path]) -> None:
    """Even without our own DTD check, the XML parser openpyxl uses refuses external entities."""
    from defusedxml import DefusedXmlException

    path, good, blank = base
    bad = build(next(c for c in CASES if c.name == "xxe.xlsx"), good, blank, path.parent)
    assert XML_HARDENED and openpyxl.DEFUSEDXML
    with pytest.raises(ValueError) as caught:  # openpyxl wraps the parser's refusal
        workbook = openpyxl.load_workbook(io.BytesIO(bad.read_bytes()), read_only=True)
        for ws in workbook.worksheets:
            for _row in ws.iter_rows(values_only=True):
                pass
    chain = [caught.value, caught.value.__cause__, caught.value.__context__]
    assert any(isinstance(e, DefusedXmlException) for e in chain), chain


def test_archive_limits_refuse_oversized_and_crowded_archives(
    base: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    _path, good, _blank = base
    monkeypatch.setattr(matrix_archive, "MAX_UNCOMPRESSED_BYTES", 10_000)
    with pytest.raises(UnsafeWorkbookError, match="expands"):
        read_matrix(good)
    monkeypatch.undo()
    monkeypatch.setattr(matrix_archive, "MAX_MEMBERS", 5)
    with pytest.raises(UnsafeWorkbookError, match="parts"):
        read_matrix(good)
    monkeypatch.undo()
    monkeypatch.setattr(matrix_archive, "MAX_FILE_BYTES", 1000)
    with pytest.raises(UnsafeWorkbookError, match="larger than"):
        read_matrix(good)


def test_other_refusals(tmp_path: Path, base: tuple[Path, Path, Path]) -> None:
    _path, good, _blank = base
    for name, fragment in (("m.ods", "OpenDocument"), ("m.csv", "CSV"), ("m.txt", "only Excel workbooks")):
        target = tmp_path / name
        target.write_bytes(good.read_bytes())
        with pytest.raises(UnsafeWorkbookError, match=fragment):
            read_matrix(target)
    with pytest.raises(MatrixError, match="not found"):
        read_matrix(tmp_path / "missing.xlsx")
    encrypted_member = tmp_path / "member.xlsx"
    data = bytearray(good.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # local and central headers
        at = data.find(signature)
        while at >= 0:
            data[at + flag_offset] |= 0x1  # "encrypted"
            at = data.find(signature, at + 4)
    encrypted_member.write_bytes(bytes(data))
    with pytest.raises(UnsafeWorkbookError, match="encrypted"):
        read_matrix(encrypted_member)


ISOLATED = ("xxe.xlsx", "zip-bomb.xlsx", "rows-100k-undeclared.xlsx")


def test_the_nastiest_workbooks_in_their_own_process(tmp_path: Path, user_home: Path, other_blank: Path) -> None:
    """In a separate process (as the corpus harness runs them), so a crash or a hang would show as such."""
    path, good = make_base(tmp_path)
    env = {**os.environ, "CYBERASSESS_HOME": str(user_home)}
    jobs = []
    for case in (c for c in CASES if c.name in ISOLATED):
        folder = tmp_path / case.name.replace(".", "-")
        folder.mkdir()
        copy = folder / "assessment.cyberassess"
        shutil.copy(path, copy)
        file = build(case, good, other_blank, folder)
        expect = (1,) if case.outcome == "refused" else (4,)
        jobs.append((Case("xlsx", case.name, expect_exit=expect, message=case.message), copy, file))
    assert len(jobs) == len(ISOLATED)
    before = _state(path)

    def one(job: tuple[Case, Path, Path]) -> tuple[str, str, str]:
        case, copy, file = job
        outcome = run_case(case, ["import-xlsx", str(copy), "{file}"], file, tmp_path / "scratch", env)
        return case.name, outcome.verdict, outcome.output

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(one, jobs))
    bad = [f"{verdict}: {name}: {output.strip()[-300:]}" for name, verdict, output in results if verdict != "clear"]
    assert not bad, "\n".join(bad)
    for _case, copy, _file in jobs:
        assert _state(copy)[:2] == before[:2]
