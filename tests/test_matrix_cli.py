"""The matrix commands: export-xlsx, import-xlsx and merge, their messages and exit codes."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from cyberassess.cli import build_parser, main
from cyberassess.framework import Framework, get_framework
from cyberassess.store import Assessment


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    path = tmp_path / "mini.cyberassess"
    with Assessment.create(path, country="Testland", mission="M", assessors=["Ada"], framework=_mini()) as doc:
        doc.set_answer("D1.1.1", 2, justification="two", assessor="Ada")
        doc.set_answer("D1.1.2", 3, justification="three", assessor="Ada")
    return path


def _mini() -> Framework:
    return get_framework("mini")


def _set(matrix: Path, cells: dict[str, object], sheet: int = 2) -> None:
    wb = openpyxl.load_workbook(matrix)
    ws = wb.worksheets[sheet]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(matrix)


def test_export_and_blank(capsys: pytest.CaptureFixture[str], mini: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.xlsx"
    code, text, _ = run(capsys, "export-xlsx", mini, "-o", out)
    assert code == 0 and "2 answers" in text and out.is_file()
    code, _, err = run(capsys, "export-xlsx", mini, "-o", out)
    assert code == 1 and "already exists" in err and "--force" in err
    assert run(capsys, "export-xlsx", mini, "-o", out, "--force", "--language", "fr")[0] == 0
    code, text, _ = run(capsys, "export-xlsx", "--blank", "--framework", "mini", "-o", tmp_path / "b.xlsx")
    assert code == 0 and "mini 0.1 (5 indicators)" in text
    code, text, _ = run(capsys, "export-xlsx", "--blank", "-o", tmp_path / "b2.xlsx")
    assert code == 0 and "cybercrime-capacity" in text
    code, _, err = run(capsys, "export-xlsx", "-o", tmp_path / "x.xlsx")
    assert code == 1 and "No assessment given" in err
    code, _, err = run(capsys, "export-xlsx", "--blank", "--framework", "nope", "-o", tmp_path / "x.xlsx")
    assert code == 1 and "not installed" in err and "Traceback" not in err


def test_import_dry_run_conflicts_and_prefer(capsys: pytest.CaptureFixture[str], mini: Path, tmp_path: Path) -> None:
    matrix = tmp_path / "m.xlsx"
    assert run(capsys, "export-xlsx", mini, "-o", matrix)[0] == 0
    _set(matrix, {"C4": "5 - Dynamic", "F4": "Bo", "C7": 1, "D7": "new"})  # D1.1.1 conflicts; D1.2.1 is new
    with Assessment.open(mini, read_only=True) as doc:
        before = (doc.answers(), doc.history_count())

    code, text, _ = run(capsys, "import-xlsx", mini, matrix, "--dry-run")
    assert code == 0 and "edited outside CyberAssess" in text and "dry run: nothing was changed" in text
    assert "new answers: 1, unchanged: 1, conflicts: 1, rejected rows: 0" in text
    with Assessment.open(mini, read_only=True) as doc:
        assert (doc.answers(), doc.history_count()) == before

    code, text, err = run(capsys, "import-xlsx", mini, matrix)
    assert code == 3 and "D1.1.1" in text and "mine:   2 - Formative" in text and "theirs: 5 - Dynamic" in text
    assert "by Bo" in text and "--prefer" in err and "1 conflict(s) were not imported" in err
    with Assessment.open(mini, read_only=True) as doc:
        assert doc.answers()["D1.1.1"].value == 2 and doc.answers()["D1.2.1"].value == 1  # new answer applied

    code, text, _ = run(capsys, "import-xlsx", mini, matrix, "--prefer", "theirs")
    assert code == 0 and "imported 1 answer(s)" in text and "of mine" not in text  # nothing of mine was kept
    with Assessment.open(mini, read_only=True) as doc:
        answer = doc.answers()["D1.1.1"]
        assert (answer.value, answer.assessor) == (5, "Bo")


def test_import_choose_and_rejected_rows(capsys: pytest.CaptureFixture[str], mini: Path, tmp_path: Path) -> None:
    matrix = tmp_path / "m.xlsx"
    run(capsys, "export-xlsx", mini, "-o", matrix)
    _set(matrix, {"C4": 4, "C5": 1, "C7": 9})
    code, _, err = run(capsys, "import-xlsx", mini, matrix, "--choose", "D1.1.1")
    assert code == 1 and "ID=mine" in err
    code, _, err = run(capsys, "import-xlsx", mini, matrix, "--choose", "D2.1.1=theirs")
    assert code == 1 and "without a conflict" in err
    code, text, _ = run(capsys, "import-xlsx", mini, matrix, "--choose", "D1.1.1=theirs", "--choose", "D1.1.2=mine")
    assert code == 4 and "rejected 'D1 Policy'!C7: D1.2.1: stage 9 is out of range" in text
    with Assessment.open(mini, read_only=True) as doc:
        assert doc.answers()["D1.1.1"].value == 4 and doc.answers()["D1.1.2"].value == 3


def test_import_into_a_locked_assessment(capsys: pytest.CaptureFixture[str], mini: Path, tmp_path: Path) -> None:
    matrix = tmp_path / "m.xlsx"
    run(capsys, "export-xlsx", mini, "-o", matrix)
    with Assessment.open(mini):  # another window has it open for editing
        code, _, err = run(capsys, "import-xlsx", mini, matrix)
        assert code == 1 and "cannot be edited" in err
        assert run(capsys, "import-xlsx", mini, matrix, "--dry-run")[0] == 0


def test_merge_command(capsys: pytest.CaptureFixture[str], mini: Path, tmp_path: Path) -> None:
    other = tmp_path / "bo.cyberassess"
    with Assessment.create(other, country="Testland", mission="M", assessors=["Bo"], framework=_mini()) as doc:
        doc.set_answer("D1.1.1", 5, justification="five", assessor="Bo")
        doc.set_answer("D2.1.1", "unknown", assessor="Bo")
    out = tmp_path / "merged.cyberassess"
    code, text, err = run(capsys, "merge", out, mini, other)
    assert code == 3 and "nothing was written" in text and "mini.cyberassess: 2 - Formative" in text
    assert "bo.cyberassess: 5 - Dynamic" in text and "--prefer" in err and not out.exists()
    code, text, _ = run(capsys, "merge", out, mini, other, "--prefer", "newer")
    assert code == 0 and "merged 2 input(s)" in text and "3 answers" in text
    assert "disagreement report" in text and "D1.1.1" in text and "Ada: 2; Bo: 5" in text and "(spread 3)" in text
    code, text, _ = run(capsys, "merge", out, mini, other, "--prefer", "newer")
    assert code == 0 and "0 written" in text


def test_help_defines_mine_theirs_and_conflicts() -> None:
    sub = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    import_help, merge_help = sub["import-xlsx"].format_help(), sub["merge"].format_help()
    assert '"mine"' in import_help and "conflict is an indicator" in import_help and "exit status" in import_help
    assert '"Mine" is OUT when it already exists' in merge_help and "changes nothing" in merge_help


def test_workbook_text_is_escaped_in_every_line_printed(
    capsys: pytest.CaptureFixture[str], mini: Path, tmp_path: Path
) -> None:
    """Names and notes from a workbook cannot add lines or run terminal escape codes."""
    matrix = tmp_path / "m.xlsx"
    assert run(capsys, "export-xlsx", mini, "-o", matrix)[0] == 0
    forged = "Eve\nm.xlsx: signed by Ada, unchanged since signing"
    escape = "_x001B_"  # how Excel stores a control character in a cell; the reader turns it back into ESC
    cells = {"C4": "5 - Dynamic", "F4": forged, "D4": f"note {escape}[2J{escape}[31mred", "A6": f"D9.9.9{escape}[2K"}
    _set(matrix, cells)
    code, text, _ = run(capsys, "import-xlsx", mini, matrix, "--dry-run")
    assert code == 0
    assert "\x1b" not in text and "\nm.xlsx: signed by" not in text
    # the row is refused before anything is written (the document would refuse such text), its reason escaped
    assert "control character" in text and "D1.1.1" in text
