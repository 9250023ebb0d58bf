"""The review record on the command line: mission, consulted, narrative, plan, treaty, evidence --add."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.store import Assessment


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def path(tmp_path: Path) -> Path:
    target = tmp_path / "m.cyberassess"
    Assessment.create(target, country="Meridia", mission="NCR 2026", assessors=["Ana Lima"]).close()
    return target


def _history(path: Path) -> int:
    with Assessment.open(path, read_only=True) as doc:
        return doc.history_count()


def test_mission_set_show_and_json(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "mission", str(path), "--set", "type=ncr-mission", "start=2026-03-02", "end=2026-03-13",
        "host=Ministry of Justice", "marking=Restricted — MoJ and partners", "status=draft",
    )  # fmt: skip
    assert code == 0 and out.strip() == "saved"
    assert run(capsys, "mission", str(path), "--add-team", "Ana Lima", "--role", "Lead", "--org", "CoE")[0] == 0
    assert run(capsys, "mission", str(path), "--add-team", "Ben Okafor", "--role", "Legal", "--org", "UNODC")[0] == 0
    code, out, _ = run(capsys, "mission", str(path))
    assert code == 0 and "2026-03-02 to 2026-03-13" in out and "Ministry of Justice" in out
    assert "Ana Lima - Lead, CoE" in out and "team (2):" in out
    code, out, _ = run(capsys, "mission", str(path), "--json")
    data = json.loads(out)
    assert data["format_version"] == 1 and data["file"] == path.name and data["country"] == "Meridia"
    assert data["mission"] == {
        "mission_type": "ncr-mission",
        "start_date": "2026-03-02",
        "end_date": "2026-03-13",
        "host": "Ministry of Justice",
        "marking": "Restricted — MoJ and partners",
        "status": "draft",
        "limitations": "",
    }
    assert [m["name"] for m in data["team"]] == ["Ana Lima", "Ben Okafor"]
    assert data["team"][1] == {"id": 2, "name": "Ben Okafor", "role": "Legal", "organisation": "UNODC"}
    assert data["consulted"] == [] and data["documents"] == []
    assert run(capsys, "mission", str(path), "--set", "end=")[0] == 0  # an empty value clears
    assert json.loads(run(capsys, "mission", str(path), "--json")[1])["mission"]["end_date"] is None
    assert run(capsys, "mission", str(path), "--remove-team", "1")[0] == 0
    assert len(json.loads(run(capsys, "mission", str(path), "--json")[1])["team"]) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "start=2026-02-30"], "not a calendar date"),
        (["--set", "start=2026-03-10", "end=2026-03-01"], "cannot end (2026-03-01) before it starts"),
        (["--set", "type=holiday"], "not a valid mission type"),
        (["--set", "status=approved"], "not a valid status"),
        (["--set", "colour=red"], "is not KEY=VALUE"),
        (["--set", "host"], "is not KEY=VALUE"),
        (["--set", "host=Police\x1b[2J"], "control character"),
        (["--set", "marking=Public\u202etxt.exe"], "right-to-left override"),
        (["--add-team", ""], "missing"),
        (["--remove-team", "9"], "no team member number 9"),
        (["--set", "host=x", "--add-team", "Y"], "cannot be used together"),
    ],
)
def test_bad_mission_input_gets_one_clear_line_and_changes_nothing(
    path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = _history(path)
    code, out, err = run(capsys, "mission", str(path), *args)
    assert code == 1 and out == ""
    assert message in err and err.startswith("cyberassess: error: ") and "Traceback" not in err
    assert "\x1b" not in err and "\u202e" not in err  # echoed input is made printable
    assert _history(path) == before


def test_consulted_add_list_json_and_bad_dates(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "consulted", str(path), "--add", "National Police", "--role", "Head of the cybercrime unit",
        "--date", "2026-03-03", "--place", "Port Meridia",
    )  # fmt: skip
    assert code == 0 and "added consulted entry 1" in out
    assert run(capsys, "consulted", str(path), "--add", "Central Bank", "--name", "J. Doe")[0] == 0
    code, out, _ = run(capsys, "consulted", str(path))
    assert "National Police - Head of the cybercrime unit (2026-03-03, Port Meridia)" in out
    data = json.loads(run(capsys, "consulted", str(path), "--json")[1])
    assert data["consulted"][1] == {
        "id": 2,
        "institution": "Central Bank",
        "name": "J. Doe",
        "role": "",
        "date": None,
        "place": "",
    }
    code, _, err = run(capsys, "consulted", str(path), "--add", "Police", "--date", "2026-02-30")
    assert code == 1 and "not a calendar date" in err
    code, _, err = run(capsys, "consulted", str(path), "--add", "Police", "--date", "03/04/2026")
    assert code == 1 and "YYYY-MM-DD" in err
    assert len(json.loads(run(capsys, "consulted", str(path), "--json")[1])["consulted"]) == 2


def test_narrative_set_print_list_and_json(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = tmp_path / "d3.md"
    text.write_text("Findings.\n\n- **Strength**: the law.\n- Gap: <b>no</b> unit.\n", encoding="utf-8")
    code, out, _ = run(capsys, "narrative", str(path), "D3", "--file", str(text))
    assert code == 0 and out.strip() == "saved the D3 text"
    code, out, _ = run(capsys, "narrative", str(path), "D3")
    assert out == "Findings.\n\n- **Strength**: the law.\n- Gap: <b>no</b> unit.\n"  # as typed: text, never markup
    code, out, _ = run(capsys, "narrative", str(path))
    assert "D3" in out and "Ana Lima" in out and "(empty)" in out
    data = json.loads(run(capsys, "narrative", str(path), "--json")[1])
    assert data["sections"][:4] == ["context", "summary", "acknowledgements", "D1"]
    assert (
        data["narratives"]["D3"]["text"].startswith("Findings.") and data["narratives"]["D3"]["assessor"] == "Ana Lima"
    )
    assert run(capsys, "narrative", str(path), "summary")[1].strip() == "(no summary text yet)"
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    assert run(capsys, "narrative", str(path), "D3", "--file", str(empty))[1].strip() == "cleared the D3 text"


def test_narrative_draft_proposes_without_writing(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = _history(demo_file)
    code, out, _ = run(capsys, "narrative", str(demo_file), "D7", "--draft")
    assert code == 0 and out.startswith("Republic of Meridia has reached") and "**Gaps**" in out
    code, out, _ = run(capsys, "narrative", str(demo_file), "D7", "--draft", "--lang", "fr")
    assert "**Écarts**" in out
    assert _history(demo_file) == before


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("x" * (10 * 1024 * 1024), "too long"),
        ("Findings\x1b]0;owned\x07 here", "control character"),
        ("Findings \u202egnp.exe", "right-to-left override"),
        (b"\xff\xfe not utf-8", "not UTF-8"),
    ],
)
def test_bad_narratives_change_nothing(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | bytes, message: str
) -> None:
    good = tmp_path / "good.md"
    good.write_text("Saved text.", encoding="utf-8")
    run(capsys, "narrative", str(path), "context", "--file", str(good))
    before = _history(path)
    bad = tmp_path / "bad.md"
    bad.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    code, out, err = run(capsys, "narrative", str(path), "context", "--file", str(bad))
    assert code == 1 and out == "" and message in err
    assert _history(path) == before
    assert run(capsys, "narrative", str(path), "context")[1] == "Saved text.\n"


def test_narrative_errors(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "narrative", str(path), "findings")
    assert code == 1 and "not a narrative section" in err
    code, _, err = run(capsys, "narrative", str(path), "D3", "--file", str(tmp_path / "missing.md"))
    assert code == 1 and "Cannot read" in err


def test_plan_from_priorities_add_set_list_and_json(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Assessment.open(demo_file) as doc:  # start from an empty plan, whatever the demo holds
        for action in doc.actions():
            doc.remove_action(action.id)
    code, out, _ = run(capsys, "plan", str(demo_file), "--from-priorities", "--top", "3")
    assert code == 0 and out.startswith("added 3 action(s)")
    code, out, _ = run(capsys, "plan", str(demo_file), "--from-priorities", "--top", "3")
    assert out.strip() == "every priority is already in the plan"
    code, out, _ = run(
        capsys, "plan", str(demo_file), "--add", "Train 40 prosecutors", "--indicator", "D9.1.1",
        "--indicator", "D9.2.1", "--owner", "Prosecutor General", "--horizon", "short", "--effort", "medium",
    )  # fmt: skip
    assert code == 0 and out.strip() == "added action 4"
    code, out, _ = run(capsys, "plan", str(demo_file), "--set", "4", "status=in-progress", "cost=25000", "currency=usd")
    assert code == 0
    data = json.loads(run(capsys, "plan", str(demo_file), "--json")[1])
    actions = data["actions"]
    assert [a["priority"] for a in actions] == [1, 2, 3, None]
    assert actions[3] == {
        "id": 4,
        "title": "Train 40 prosecutors",
        "indicator_ids": ["D9.1.1", "D9.2.1"],
        "owner": "Prosecutor General",
        "partners": "",
        "horizon": "short",
        "effort": "medium",
        "cost_amount": 25000.0,
        "cost_currency": "USD",
        "priority": None,
        "status": "in-progress",
        "notes": "",
        "updated_at": actions[3]["updated_at"],
    }
    code, out, _ = run(capsys, "plan", str(demo_file))
    assert "[4] Train 40 prosecutors" in out and "owner Prosecutor General" in out and "cost 25,000 USD" in out
    assert run(capsys, "plan", str(demo_file), "--remove", "4")[0] == 0
    assert len(json.loads(run(capsys, "plan", str(demo_file), "--json")[1])["actions"]) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--add", "X", "--indicator", "D9.9.9"], "no indicator 'D9.9.9'"),
        (["--add", "X", "--horizon", "soon"], "not a valid horizon"),
        (["--add", "X", "--effort", "huge"], "not a valid effort"),
        (["--add", "X", "--cost", "-3"], "not a positive amount"),
        (["--add", "<para>X</para>\x00"], "control character"),
        (["--set", "1", "status=cancelled"], "not a valid action status"),
        (["--set", "1", "indicators=D1.1.1,nope"], "no indicator 'nope'"),
        (["--set", "99", "status=done"], "no action number 99"),
        (["--set", "one", "status=done"], "action number and KEY=VALUE"),
        (["--from-priorities", "--top", "0"], "not a positive number"),
    ],
)
def test_bad_plan_input_changes_nothing(
    path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    run(capsys, "plan", str(path), "--add", "Adopt the law", "--indicator", "D2.1.1")
    before = _history(path)
    code, out, err = run(capsys, "plan", str(path), *args)
    assert code == 1 and out == "" and message in err
    assert _history(path) == before


def test_treaty_list_set_and_json(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "treaty", str(path), "--set", "budapest:16", "--compliance", "partial",
        "--provision", "Criminal Procedure Code, art. 112", "--note", "No 90-day limit",
    )  # fmt: skip
    assert code == 0 and out.strip() == "saved budapest:16: partial"
    code, out, _ = run(capsys, "treaty", str(path), "--instrument", "budapest")
    assert re.search(r"budapest:16 +partial +Art\. 16 +Expedited preservation", out)
    assert "national: Criminal Procedure Code, art. 112" in out
    assert re.search(r"budapest:2 +not-assessed", out) and "un:" not in out
    assert out.index("budapest:2 ") < out.index("budapest:10 ")  # by article number
    data = json.loads(run(capsys, "treaty", str(path), "--json")[1])
    row = next(r for r in data["provisions"] if r["provision"] == "budapest:16")
    assert row["compliance"] == "partial" and row["recorded"] and row["article"] == "16"
    assert row["national_provision"] == "Criminal Procedure Code, art. 112" and "D4.2.1" in row["indicator_ids"]
    un = next(r for r in data["provisions"] if r["provision"] == "un:25")
    assert un == {**un, "recorded": False, "compliance": "not-assessed", "updated_at": None}
    assert [i["id"] for i in data["instruments"]][:2] == ["budapest", "budapest-p1"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "budapest:99", "--compliance", "full"], "not a treaty provision"),
        (["--set", "nowhere:1", "--compliance", "full"], "not a treaty provision"),
        (["--set", "budapest:16", "--compliance", "mostly"], "not a valid compliance"),
        (["--set", "budapest:16"], "needs --compliance"),
        (["--set", "budapest:16", "--compliance", "full", "--note", "a\u202eb"], "right-to-left override"),
    ],
)
def test_bad_treaty_input_changes_nothing(
    path: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    before = _history(path)
    code, out, err = run(capsys, "treaty", str(path), *args)
    assert code == 1 and out == "" and message in err
    assert _history(path) == before


def test_evidence_add(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "Cybercrime Act 2019.pdf"
    source.write_bytes(b"%PDF-1.4 act")
    code, out, _ = run(capsys, "evidence", str(path), "--add", "D2.1.1", str(source))
    assert code == 0 and out.strip() == "attached Cybercrime Act 2019.pdf to D2.1.1 as evidence 1"
    assert "Cybercrime Act 2019.pdf" in run(capsys, "evidence", str(path))[1]
    code, _, err = run(capsys, "evidence", str(path), "--add", "D99.1", str(source))
    assert code == 1 and "not an indicator" in err
    code, _, err = run(capsys, "evidence", str(path), "--add", "D2.1.1", str(tmp_path / "missing.pdf"))
    assert code == 1 and "Traceback" not in err
    with Assessment.open(path, read_only=True) as doc:
        assert len(doc.evidence()) == 1


def test_documents_reviewed(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "act.pdf"
    source.write_bytes(b"%PDF-1.4 act")
    run(capsys, "evidence", str(path), "--add", "D2.1.1", str(source))
    code, out, _ = run(
        capsys, "mission", str(path), "--add-document", "Cybercrime Act 2019", "--issuer", "Parliament",
        "--date", "2019-06-01", "--evidence", "1",
    )  # fmt: skip
    assert code == 0 and out.strip() == "added document 1: Cybercrime Act 2019"
    assert "Cybercrime Act 2019 (Parliament, 2019-06-01, evidence 1)" in run(capsys, "mission", str(path))[1]
    documents = json.loads(run(capsys, "mission", str(path), "--json")[1])["documents"]
    assert documents == [
        {"id": 1, "title": "Cybercrime Act 2019", "issuer": "Parliament", "date": "2019-06-01", "evidence_id": 1}
    ]
    code, _, err = run(capsys, "mission", str(path), "--add-document", "X", "--evidence", "7")
    assert code == 1 and "no evidence file number 7" in err
    code, _, err = run(capsys, "mission", str(path), "--add-document", "X", "--date", "2019-02-29")
    assert code == 1 and "not a calendar date" in err
    assert run(capsys, "mission", str(path), "--remove-document", "1")[0] == 0
    assert json.loads(run(capsys, "mission", str(path), "--json")[1])["documents"] == []


def test_edits_on_a_file_open_elsewhere_are_refused(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Assessment.open(path):
        code, _, err = run(capsys, "mission", str(path), "--set", "host=MoJ")
        assert code == 1 and "cannot be edited" in err
        code, out, _ = run(capsys, "mission", str(path), "--json")  # reading still works
        assert code == 0 and json.loads(out)["mission"]["host"] == ""


def test_command_line_edits_are_logged_with_their_source(path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "mission", str(path), "--set", "host=MoJ", "--assessor", "Bo")
    with Assessment.open(path, read_only=True) as doc:
        last = doc.history(limit=1)[0]
    assert (last.action, last.source, last.assessor) == ("mission", "cli", "Bo")
