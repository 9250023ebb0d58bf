"""The review record in the store (schema 3): mission, team, consulted, documents, narratives, plan, treaty."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from cyberassess.errors import CorruptDocumentError, InputError, ReadOnlyError
from cyberassess.safetext import MAX_NARRATIVE_CHARS
from cyberassess.store import (
    KEEP,
    SCHEMA_VERSION,
    Action,
    Assessment,
    MissionRecord,
)
from cyberassess.store.fileformat import TABLES_SINCE
from cyberassess.store.review_schema import REVIEW_TABLES
from cyberassess.store.snapshot import read_snapshot

FIXTURES = Path(__file__).parent / "fixtures"
FORMAT2_DEMO = FIXTURES / "format2-0.1.0-demo.cyberassess"
FORMAT1 = FIXTURES / "format1.cyberassess"


@pytest.fixture
def doc(tmp_path: Path) -> Iterator[Assessment]:
    with Assessment.create(tmp_path / "m.cyberassess", country="Meridia", mission="NCR", assessors=["Ana"]) as d:
        yield d


def _state(doc: Assessment) -> tuple[Any, ...]:
    """Everything the review record holds, and the history length: equal before and after a refusal."""
    return (
        doc.mission(),
        doc.team(),
        doc.consulted(),
        doc.reviewed_documents(),
        doc.narratives(),
        doc.actions(),
        doc.treaty_entries(),
        doc.history_count(),
        doc.info.modified_at,
    )


def _refused(doc: Assessment, edit: Callable[[], object], message: str) -> None:
    before = _state(doc)
    with pytest.raises(InputError, match=message):
        edit()
    assert _state(doc) == before


# --------------------------------------------------------------------------- file format
def test_a_new_file_is_schema_3_with_the_review_tables(doc: Assessment) -> None:
    assert SCHEMA_VERSION >= 3 and doc.info.schema_version == SCHEMA_VERSION
    conn = sqlite3.connect(doc.path)
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert set(REVIEW_TABLES) <= tables
    assert TABLES_SINCE[3] == frozenset(REVIEW_TABLES) - {"narrative_input"}  # see the test below
    assert doc.mission() == MissionRecord(None, None, None, "", "", "draft", "")
    assert doc.team() == doc.consulted() == doc.reviewed_documents() == doc.actions() == []
    assert doc.narratives() == {} and doc.treaty_entries() == {} and doc.narrative("context") == ""


def test_a_schema_3_file_without_a_review_table_is_reported_damaged(doc: Assessment) -> None:
    path = doc.path
    doc.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE treaty_entry")
    conn.commit()
    conn.close()
    with pytest.raises(CorruptDocumentError, match="treaty_entry"):
        Assessment.open(path)


def _ddl(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'").fetchall()
    return {name: re.sub(r"\s+", "", sql) for name, sql in rows if name in REVIEW_TABLES}


def test_migrated_and_new_files_have_the_same_review_tables(doc: Assessment, tmp_path: Path) -> None:
    old = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, old)
    Assessment.open(old).close()
    assert _ddl(old) == _ddl(doc.path)
    assert len(_ddl(old)) == len(REVIEW_TABLES)


def _fixture_content(path: Path) -> tuple[list[Any], list[Any], list[Any]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    answers = conn.execute("SELECT * FROM answer ORDER BY indicator_id").fetchall()
    evidence = conn.execute("SELECT id, indicator_id, file_name, sha256, content FROM evidence ORDER BY id").fetchall()
    history = conn.execute("SELECT * FROM history ORDER BY id").fetchall()
    conn.close()
    return answers, evidence, history


def test_the_0_1_0_demo_is_migrated_after_a_backup_keeping_everything(tmp_path: Path) -> None:
    path = tmp_path / "demo.cyberassess"
    shutil.copy(FORMAT2_DEMO, path)
    answers, evidence, history = _fixture_content(FORMAT2_DEMO)
    assert len(answers) == 100 and len(evidence) == 1 and len(history) == 102
    with Assessment.open(path) as d:
        assert d.migrated_from == 2 and d.info.schema_version == SCHEMA_VERSION
        assert d.backup_path is not None and d.backup_path.exists()
        backup = d.backup_path
        assert len(d.answers()) == 100 and len(d.evidence()) == 1 and d.history_count() == 102
        assert d.evidence_content(evidence[0][0]) == evidence[0][4]
        d.set_narrative("summary", "Meridia has made progress.")
        d.add_action("Adopt the data-protection law", indicator_ids=["D7.2.1"])
    new_answers, new_evidence, new_history = _fixture_content(path)
    assert new_answers == answers and new_evidence == evidence
    assert new_history[: len(history)] == history  # kept, the two new edits appended
    assert [row[3] for row in new_history[len(history) :]] == ["narrative", "action-add"]
    assert hashlib.sha256(new_evidence[0][4]).hexdigest() == evidence[0][3]
    conn = sqlite3.connect(backup)  # the untouched old file
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM history").fetchone()[0] == 102
    assert "narrative" not in {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    with Assessment.open(path) as d:
        assert d.migrated_from is None and d.narrative("summary") == "Meridia has made progress."


def test_a_format_1_file_is_migrated_through_2_to_3(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT1, path)
    with Assessment.open(path) as d:
        assert d.migrated_from == 1 and d.info.schema_version == SCHEMA_VERSION
        assert [e.file_name for e in d.evidence()] == ["act.txt"]
        assert d.answers()["D1.1.1"].justification == "Draft strategy only"
        d.set_mission(start_date="2026-03-02", end_date="2026-03-13")
        d.set_last_position("D2.1.1")
    with Assessment.open(path) as d:
        assert d.mission().end_date == "2026-03-13" and d.info.last_indicator_id == "D2.1.1"


def test_a_failing_step_2_to_3_leaves_the_file_at_format_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.errors import DocumentError
    from cyberassess.store import migrations

    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE mission (id INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 2, broken)
    with pytest.raises(DocumentError):
        Assessment.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "mission" not in {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}


def test_the_snapshot_reads_schema_3_and_leaves_schema_2_to_the_full_open(doc: Assessment, tmp_path: Path) -> None:
    doc.set_answer("D1.1.1", 3)
    snap = read_snapshot(doc.path)
    assert snap is not None and snap.info.schema_version == SCHEMA_VERSION and snap.answers["D1.1.1"].value == 3
    old = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, old)
    assert read_snapshot(old) is None


# --------------------------------------------------------------------------- mission
def test_mission_fields_keep_clear_and_log(doc: Assessment) -> None:
    m = doc.set_mission(mission_type="ncr-mission", start_date="2026-03-02", end_date="2026-03-13", host="MoJ")
    assert m == MissionRecord("ncr-mission", "2026-03-02", "2026-03-13", "MoJ", "", "draft", "")
    m = doc.set_mission(marking="Restricted — Ministry of Justice and partners", status="final", start_date=KEEP)
    assert m.start_date == "2026-03-02" and m.status == "final" and m.marking.startswith("Restricted")
    assert doc.set_mission(end_date=None).end_date is None
    assert doc.set_mission(limitations="Two ministries declined.\nNo site visit.").limitations.count("\n") == 1
    history = [h for h in doc.history() if h.action == "mission"]
    assert len(history) == 4 and history[0].old is None
    assert (
        json.loads(history[1].old or "")["status"] == "draft" and json.loads(history[1].new or "")["status"] == "final"
    )
    count = doc.history_count()
    doc.set_mission(host="MoJ")  # unchanged: no history row
    assert doc.history_count() == count


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"start_date": "2026-02-30"}, "not a calendar date"),
        ({"start_date": "2026-13-01"}, "not a calendar date"),
        ({"start_date": "2/3/2026"}, "YYYY-MM-DD"),
        ({"start_date": "2026-03-10", "end_date": "2026-03-01"}, "cannot end"),
        ({"end_date": "2026-02-01"}, "cannot end"),  # before the saved start
        ({"mission_type": "holiday"}, "not a valid mission type"),
        ({"status": "approved"}, "not a valid status"),
        ({"host": "Ministry\x1b[31m"}, "control character"),
        ({"marking": "Public\u202etxt.exe"}, "right-to-left override"),
        ({"host": "x" * 600}, "too long"),
    ],
)
def test_bad_mission_fields_are_refused_and_nothing_changes(
    doc: Assessment, fields: dict[str, Any], message: str
) -> None:
    doc.set_mission(start_date="2026-03-02", end_date="2026-03-13", host="MoJ")
    _refused(doc, lambda: doc.set_mission(**fields), message)


# --------------------------------------------------------------------------- lists
def test_team_consulted_and_documents_are_edited_with_history(doc: Assessment, tmp_path: Path) -> None:
    ana = doc.add_team_member("Ana Lima", role="Lead assessor", organisation="Council of Europe")
    ben = doc.add_team_member("Ben Okafor", role="Legal expert")
    assert [m.name for m in doc.team()] == ["Ana Lima", "Ben Okafor"]
    assert doc.update_team_member(ben.id, organisation="UNODC").organisation == "UNODC"
    doc.remove_team_member(ana.id)
    assert [m.id for m in doc.team()] == [ben.id]

    police = doc.add_consulted("National Police", role="Head of the cybercrime unit", date="2026-03-03", place="Port")
    assert police.name == "" and police.date == "2026-03-03"  # a person recorded only by function
    assert doc.update_consulted(police.id, date=None).date is None
    doc.remove_consulted(police.id)

    source = tmp_path / "act.pdf"
    source.write_bytes(b"%PDF-1.4 law")
    evidence = doc.add_evidence("D2.1.1", source)
    law = doc.add_reviewed_document(
        "Cybercrime Act 2019", issuer="Parliament", date="2019-06-01", evidence_id=evidence.id
    )
    assert law.evidence_id == evidence.id
    doc.remove_evidence(evidence.id)  # the document stays, without its file
    assert doc.reviewed_documents()[0].evidence_id is None
    other = doc.add_evidence("D2.1.1", data=b"another file", name="other.pdf")
    assert other.id == evidence.id  # SQLite gives the number again ...
    assert doc.reviewed_documents()[0].evidence_id is None  # ... but the link does not follow it
    conn = sqlite3.connect(doc.path)
    assert conn.execute("PRAGMA foreign_key_list(document_reviewed)").fetchall() == []  # no schema object acts on edits
    conn.close()
    assert doc.update_reviewed_document(law.id, title="Cybercrime Act 2019 (as amended)").title.endswith("amended)")
    doc.remove_reviewed_document(law.id)
    actions = [h.action for h in doc.history() if not h.action.startswith(("create", "evidence"))]
    assert actions == [
        "team-add",
        "team-add",
        "team-edit",
        "team-remove",
        "consulted-add",
        "consulted-edit",
        "consulted-remove",
        "document-add",
        "document-edit",
        "document-remove",
    ]
    edit = next(h for h in doc.history() if h.action == "team-edit")
    assert json.loads(edit.old or "")["organisation"] == "" and json.loads(edit.new or "")["organisation"] == "UNODC"


def test_bad_list_entries_are_refused_and_nothing_changes(doc: Assessment) -> None:
    member = doc.add_team_member("Ana Lima")
    entry = doc.add_consulted("Central Bank", date="2026-03-04")
    _refused(doc, lambda: doc.add_team_member("  "), "name of the team member is missing")
    _refused(doc, lambda: doc.update_team_member(member.id, name=""), "cannot be empty")
    _refused(doc, lambda: doc.update_team_member(member.id, email="a@b"), "no field email")
    _refused(doc, lambda: doc.update_team_member(999, name="X"), "no team member number 999")
    _refused(doc, lambda: doc.add_consulted("Police", date="2026-02-30"), "not a calendar date")
    _refused(doc, lambda: doc.update_consulted(entry.id, place="Port\u202eevil"), "right-to-left override")
    _refused(doc, lambda: doc.add_consulted("Police\nForged line"), "control character")
    _refused(doc, lambda: doc.add_reviewed_document("Act", evidence_id=42), "no evidence file number 42")
    _refused(doc, lambda: doc.remove_consulted(999), "no consulted entry number 999")


# --------------------------------------------------------------------------- narratives
def test_narratives_are_saved_as_text_in_section_order(doc: Assessment) -> None:
    markup = '<b>Bold</b> <font color="red">x</font> <a href="http://x">link</a> & **done**'
    doc.set_narrative("D3", markup)
    doc.set_narrative("context", "Meridia is a small coastal state.\n\n- 4 million people\n- 2 official languages\n")
    doc.set_narrative("summary", "Headline.")
    assert list(doc.narratives()) == ["context", "summary", "D3"]
    assert doc.narrative("D3") == markup  # user text is stored verbatim: never markup
    assert doc.narrative("context").endswith("languages")  # trailing blank lines dropped
    count = doc.history_count()
    doc.set_narrative("D3", markup)  # unchanged
    assert doc.history_count() == count
    doc.set_narrative("D3", "")  # empty: removed
    assert "D3" not in doc.narratives() and doc.narrative("D3") == ""
    last = doc.history(limit=1)[0]
    assert last.action == "narrative" and json.loads(last.old or "")["text"] == markup
    assert json.loads(last.new or "")["text"] == ""


def test_bad_narratives_are_refused_and_nothing_changes(doc: Assessment) -> None:
    doc.set_narrative("D1", "Saved text.")
    _refused(doc, lambda: doc.set_narrative("D1", "x" * (10 * 1024 * 1024)), "too long")
    _refused(doc, lambda: doc.set_narrative("D1", "x" * (MAX_NARRATIVE_CHARS + 1)), "too long")
    _refused(doc, lambda: doc.set_narrative("D1", "clear\x1b[2Jscreen"), "control character")
    _refused(doc, lambda: doc.set_narrative("D1", "abc\u202edcba"), "right-to-left override")
    _refused(doc, lambda: doc.set_narrative("D10", "x"), "not a narrative section")
    _refused(doc, lambda: doc.narrative("findings"), "not a narrative section")
    assert doc.narrative("D1") == "Saved text."
    doc.set_narrative("D1", "x" * MAX_NARRATIVE_CHARS)  # the limit itself is accepted
    assert len(doc.narrative("D1")) == MAX_NARRATIVE_CHARS


# --------------------------------------------------------------------------- action plan
def test_actions_are_added_edited_ordered_and_removed(doc: Assessment) -> None:
    free = doc.add_action("Train 40 prosecutors", owner="Prosecutor General", horizon="short", effort="medium")
    first = doc.add_action(
        "Adopt the data-protection law",
        indicator_ids=["D7.2.1", "D2.3.2", "D7.2.1"],
        owner="Ministry of Justice",
        partners="Council of Europe",
        horizon="medium",
        effort="high",
        cost_amount=250000,
        cost_currency="eur",
        priority=1,
        notes="Draft exists.",
    )
    assert first.indicator_ids == ("D7.2.1", "D2.3.2") and first.cost_currency == "EUR"
    assert [a.id for a in doc.actions()] == [first.id, free.id]  # by priority, unprioritised last
    changed = doc.update_action(free.id, status="in-progress", priority="2", cost_amount="1,500")
    assert changed.status == "in-progress" and changed.priority == 2 and changed.cost_amount == 1500.0
    assert isinstance(changed, Action) and changed.updated_at >= free.updated_at
    doc.remove_action(first.id)
    assert [a.id for a in doc.actions()] == [free.id]
    assert [h.action for h in doc.history() if h.action.startswith("action")] == [
        "action-add",
        "action-add",
        "action-edit",
        "action-remove",
    ]


def test_bad_actions_are_refused_and_nothing_changes(doc: Assessment) -> None:
    action = doc.add_action("Adopt the law", indicator_ids=["D2.1.1"])
    _refused(doc, lambda: doc.add_action("X", indicator_ids=["D9.9.9"]), "no indicator 'D9.9.9'")
    _refused(doc, lambda: doc.update_action(action.id, indicator_ids=["D2.1.1", "nope"]), "no indicator 'nope'")
    _refused(doc, lambda: doc.add_action(""), "no title")
    _refused(doc, lambda: doc.add_action("X", horizon="soon"), "not a valid horizon")
    _refused(doc, lambda: doc.add_action("X", effort="huge"), "not a valid effort")
    _refused(doc, lambda: doc.update_action(action.id, status="cancelled"), "not a valid action status")
    _refused(doc, lambda: doc.update_action(action.id, cost_amount=-5), "not a positive amount")
    _refused(doc, lambda: doc.update_action(action.id, cost_amount="lots"), "not a number")
    _refused(doc, lambda: doc.update_action(action.id, priority=0), "priority")
    _refused(doc, lambda: doc.update_action(action.id, title="<b>x</b>\x00"), "control character")
    _refused(doc, lambda: doc.update_action(action.id, colour="red"), "no field colour")
    _refused(doc, lambda: doc.update_action(77, title="X"), "no action number 77")
    _refused(doc, lambda: doc.remove_action(77), "no action number 77")


def test_actions_from_priorities_take_each_priority_once(demo_file: Path) -> None:
    from cyberassess.scoring import score_assessment

    with Assessment.open(demo_file) as d:
        for action in d.actions():  # the demo comes with its own plan: start from an empty one
            d.remove_action(action.id)
        priorities = score_assessment(d).priorities
        added = d.actions_from_priorities(top=3)
        assert [a.indicator_ids for a in added] == [(p.indicator_id,) for p in priorities[:3]]
        first = d.framework.indicator(priorities[0].indicator_id)
        assert added[0].title == first.recommendations[priorities[0].stage]["en"]
        assert [a.priority for a in added] == [1, 2, 3] and all(a.status == "planned" for a in added)
        assert d.actions_from_priorities(top=3) == []  # already in the plan
        rest = d.actions_from_priorities()
        assert len(added) + len(rest) == len(priorities)
        assert len(d.actions()) == len(priorities)
        with pytest.raises(InputError):
            d.actions_from_priorities(top=0)


def test_actions_from_priorities_take_the_recommendations_plan(demo_file: Path) -> None:
    """Each action takes the responsible institution, horizon and effort of its recommendation."""
    from cyberassess.scoring import score_assessment

    with Assessment.open(demo_file) as d:
        for action in d.actions():
            d.remove_action(action.id)
        priorities = score_assessment(d).priorities[:4]
        added = d.actions_from_priorities(top=4, language="fr")
        assert len(added) == 4
        for priority, action in zip(priorities, added, strict=True):
            plan = d.framework.indicator(priority.indicator_id).recommendation_plan[priority.stage]
            assert (action.horizon, action.effort) == (plan.horizon, plan.effort)
            assert action.owner == d.framework.actor(plan.actor).name["fr"]


# --------------------------------------------------------------------------- treaty table
def test_treaty_entries_are_set_kept_and_ordered(doc: Assessment) -> None:
    doc.set_treaty_entry("un:25", compliance="none")
    entry = doc.set_treaty_entry(
        "budapest:16", compliance="partial", national_provision="Criminal Procedure Code, art. 112", note="No 90 days"
    )
    assert entry.compliance == "partial" and entry.national_provision.startswith("Criminal")
    again = doc.set_treaty_entry("budapest:16", compliance="full")
    assert again.national_provision == entry.national_provision and again.note == "No 90 days"
    assert list(doc.treaty_entries()) == ["budapest:16", "un:25"]  # the table's order
    history = [h for h in doc.history() if h.action == "treaty"]
    assert len(history) == 3 and json.loads(history[2].old or "")["compliance"] == "partial"


def test_bad_treaty_entries_are_refused_and_nothing_changes(doc: Assessment) -> None:
    doc.set_treaty_entry("budapest:2", compliance="full")
    _refused(doc, lambda: doc.set_treaty_entry("budapest:99", compliance="full"), "not a treaty provision")
    _refused(doc, lambda: doc.set_treaty_entry("budapest:2", compliance="mostly"), "not a valid compliance")
    _refused(doc, lambda: doc.set_treaty_entry("budapest:2", compliance="none", note="a\u202eb"), "right-to-left")


def test_a_read_only_file_refuses_review_edits(doc: Assessment) -> None:
    doc.set_narrative("summary", "Saved.")
    path = doc.path
    doc.close()
    with Assessment.open(path, read_only=True) as ro:
        assert ro.narrative("summary") == "Saved."
        with pytest.raises(ReadOnlyError):
            ro.set_narrative("summary", "Changed.")
        with pytest.raises(ReadOnlyError):
            ro.add_action("X")


def test_an_older_file_opened_read_only_is_read_as_upgraded_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, path)
    before = path.read_bytes()
    with Assessment.open(path, read_only=True) as d:
        assert d.read_only and d.migrated_from is None and d.backup_path is None
        assert len(d.answers()) == 100 and d.history_count() == 102 and len(d.evidence()) == 1
        assert d.mission().status == "draft" and d.narratives() == {} and d.actions() == []
        with pytest.raises(ReadOnlyError):
            d.set_narrative("summary", "x")
        copy = d.save_as(tmp_path / "copy.cyberassess")  # Save As continues on an upgraded copy
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*backup*"))
    with Assessment.open(copy) as c:
        assert c.migrated_from is None and c.info.schema_version == SCHEMA_VERSION and len(c.answers()) == 100
        c.set_narrative("summary", "Continued on the copy.")


def test_a_format_3_file_without_the_merge_provenance_table_opens_and_gets_it(doc: Assessment) -> None:
    """Pre-release builds of format 3 had no narrative_input table: such files open, and a merge adds it."""
    from cyberassess.store import NarrativeInput

    path = doc.path
    doc.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE narrative_input")
    conn.commit()
    conn.close()
    with Assessment.open(path) as d:
        assert d.narrative_inputs() == []
        record = NarrativeInput("uuid-1", "ada.cyberassess", "Ada", "D1", "Text.", "2026-03-01T00:00:00+00:00")
        assert d.record_narrative_inputs([record, record]) == 1
        assert d.narrative_inputs("D1") == [record]


def test_nothing_in_an_older_file_runs_when_it_is_read_through_an_upgraded_copy(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER tamper AFTER UPDATE ON meta BEGIN UPDATE answer SET justification = 'tampered'; END")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with Assessment.open(path, read_only=True) as d:
        assert d.info.schema_version == SCHEMA_VERSION  # the upgrade updated meta in the copy ...
        assert all(a.justification != "tampered" for a in d.answers().values())  # ... and no trigger ran
    assert path.read_bytes() == before
