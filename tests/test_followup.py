"""Follow-ups of a baseline on real files: schema 4, carrying over, confirming, progress, refusals."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.compare import Progress, compare_files
from cyberassess.errors import DocumentError, InputError
from cyberassess.framework import builtin_framework
from cyberassess.scoring import score_assessment
from cyberassess.store import SCHEMA_VERSION, Assessment
from cyberassess.store.baseline_schema import BASELINE_TABLES
from cyberassess.store.fileformat import TABLES_SINCE
from cyberassess.store.followup import create_follow_up

FIXTURES = Path(__file__).parent / "fixtures"
FORMAT2_DEMO = FIXTURES / "format2-0.1.0-demo.cyberassess"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ddl(path: Path) -> dict[str, str]:
    conn = sqlite3.connect(path)
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='table'").fetchall()
    conn.close()
    return {name: re.sub(r"\s+", "", sql) for name, sql in rows if name in BASELINE_TABLES}


@pytest.fixture
def baseline(demo_file: Path) -> Path:
    """The demo with its mission dates and a five-action plan, as a baseline mission leaves it."""
    with Assessment.open(demo_file) as doc:
        doc.set_mission(start_date="2026-03-02", end_date="2026-03-13", mission_type="ncr-mission")
        for action in doc.actions():  # the demo's own plan gives way to five actions from the priorities
            doc.remove_action(action.id)
        doc.actions_from_priorities(5)
        doc.update_action(doc.actions()[0].id, status="in-progress")
    return demo_file


@pytest.fixture
def follow_up(baseline: Path, tmp_path: Path) -> Path:
    path = tmp_path / "followup.cyberassess"
    assert main(["follow-up", str(baseline), str(path), "--mission", "Follow-up 2027", "--assessor", "Ana Ruiz"]) == 0
    return path


# --------------------------------------------------------------------------- file format
def test_the_0_1_0_demo_is_migrated_2_to_3_to_4_and_on(tmp_path: Path) -> None:
    assert SCHEMA_VERSION >= 4 and TABLES_SINCE[4] == frozenset(BASELINE_TABLES)
    old = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, old)
    with Assessment.open(old) as doc:
        assert doc.migrated_from == 2 and doc.info.schema_version == SCHEMA_VERSION
        assert len(doc.answers()) == 100 and doc.history_count() == 102
        assert doc.baseline() is None and doc.to_confirm() == frozenset() and doc.baseline_answers() == {}
        doc.set_answer("D1.1.1", 4)  # answers are saved as before in a file that is no follow-up
        assert doc.to_confirm() == frozenset()
    fresh = tmp_path / "new.cyberassess"
    Assessment.create(fresh, country="X", mission="m").close()
    assert _ddl(old) == _ddl(fresh) and len(_ddl(fresh)) == len(BASELINE_TABLES)


def test_a_failing_step_3_to_4_leaves_the_file_at_format_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.store import migrations

    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE baseline (id INTEGER)")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 3, broken)
    with pytest.raises(DocumentError):
        Assessment.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    assert "baseline" not in tables and "mission" not in tables  # steps 2->3 and 3->4 undone together


# --------------------------------------------------------------------------- making a follow-up
def test_a_follow_up_keeps_its_baseline_and_carries_everything_over(baseline: Path, tmp_path: Path) -> None:
    before = _sha(baseline)
    with Assessment.open(baseline, read_only=True) as doc:
        info, answers, card, actions = doc.info, doc.answers(), score_assessment(doc), doc.actions()
    result = create_follow_up(baseline, tmp_path / "f.cyberassess", mission="Follow-up 2027", assessor="Ana Ruiz")
    assert _sha(baseline) == before  # the baseline is only read
    assert (result.answers, result.actions, result.baseline_uuid) == (len(answers), 5, info.file_uuid)
    with Assessment.open(result.path) as doc:
        record = doc.baseline()
        assert record is not None
        assert (record.file_uuid, record.country, record.mission) == (info.file_uuid, info.country, info.mission)
        assert (record.start_date, record.end_date, record.date) == ("2026-03-02", "2026-03-13", "2026-03-02")
        assert record.scores["overall"] == card.score and record.scores["D5"] == card.dimension("D5").score
        assert record.linked_by == "Ana Ruiz" and record.file_name == baseline.name
        assert doc.info.country == info.country and doc.info.mission == "Follow-up 2027"
        assert doc.info.assessors == ("Ana Ruiz",) and doc.info.target_stage == info.target_stage
        assert doc.info.file_uuid != info.file_uuid
        assert doc.mission().mission_type == "follow-up"
        assert {k: (a.value, a.justification, a.confidence) for k, a in doc.answers().items()} == {
            k: (a.value, a.justification, a.confidence) for k, a in answers.items()
        }
        assert doc.baseline_answers() == {k: replace(a, revision=0) for k, a in answers.items()}
        assert doc.to_confirm() == frozenset(answers)
        carried = doc.carried_actions()
        assert [(a.title, a.status) for a in doc.actions()] == [(a.title, a.status) for a in actions]
        assert {c.baseline_action_id for c in carried.values()} == {a.id for a in actions}
        assert sorted(c.baseline_status for c in carried.values()) == sorted(a.status for a in actions)
        assert doc.evidence() == []  # evidence stays with the baseline mission
        assert [h.action for h in doc.history()].count("follow-up") == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_answers_become_confirmed_when_saved_changed_or_confirmed(follow_up: Path) -> None:
    with Assessment.open(follow_up) as doc:
        answers = doc.answers()
        stage_ids = [i for i, a in answers.items() if isinstance(a.value, int)]
        changed, same, noted, cleared, confirmed, untouched = stage_ids[:6]
        level = answers[changed].value
        assert isinstance(level, int)
        doc.set_answer(changed, 5 if level < 5 else 1)
        doc.set_answer(same, answers[same].value)  # the same stage chosen again
        doc.set_answer(noted, justification="Checked again in 2027: unchanged.")
        doc.clear_answer(cleared)
        assert doc.confirm([confirmed]) == [confirmed]
        assert doc.confirm([confirmed]) == []  # already confirmed
        pending = doc.to_confirm()
        assert {changed, same, noted, cleared, confirmed}.isdisjoint(pending) and untouched in pending
        assert len(pending) == len(answers) - 5  # every other answer of the demo
        confirms = [h.indicator_id for h in doc.history() if h.action == "confirm"]
        assert confirms == [same, confirmed]
        with pytest.raises(InputError, match="not an indicator"):
            doc.confirm(["D99.9.9"])
    with Assessment.open(follow_up) as doc:  # durable
        assert len(doc.to_confirm()) == len(answers) - 5
        assert doc.confirm() and doc.to_confirm() == frozenset()


def test_status_score_and_confirm_commands_count_confirmed_answers(
    follow_up: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    with Assessment.open(follow_up, read_only=True) as doc:
        n = len(doc.to_confirm())  # every answer of the demo, carried over
    d1 = sum(1 for i in builtin_framework().indicator_ids() if i.startswith("D1."))
    assert main(["status", str(follow_up)]) == 0
    out = capsys.readouterr().out
    assert f"of {n} answers carried over, 0 confirmed or changed, {n} to confirm" in out
    assert "0% complete" in out
    assert main(["confirm", str(follow_up)]) == 0  # the list, with the baseline's stage and justification
    out = capsys.readouterr().out
    with Assessment.open(follow_up, read_only=True) as doc:
        first = doc.baseline_answers()["D1.1.1"]
    assert out.startswith(f"D1.1.1    stage {first.value}\n") and first.justification[:40] in out
    assert out.rstrip().endswith(f"{n} answers carried over from the baseline still to confirm")
    assert main(["answer", str(follow_up), "D1.1.1", "4"]) == 0
    assert main(["confirm", str(follow_up), "D1.1.2", "D1.1.3"]) == 0
    assert f"confirmed 2 answers; {n - 3} still to confirm" in capsys.readouterr().out
    assert main(["score", str(follow_up), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["follow_up"]["confirmed"] == 3 and data["follow_up"]["to_confirm"] == n - 3
    assert main(["status", str(follow_up)]) == 0
    out = capsys.readouterr().out
    assert f"3 confirmed or changed, {n - 3} to confirm" in out and f" 3/{d1} " in out  # D1: three done
    assert main(["confirm", str(follow_up), "--all"]) == 0
    assert f"confirmed {n - 3} answers; 0 still to confirm" in capsys.readouterr().out
    assert main(["confirm", str(follow_up), "D1.1.1", "--all"]) == 1
    assert "--all" in capsys.readouterr().err
    assert main(["confirm", str(follow_up)]) == 0  # lists what is left: nothing now
    assert capsys.readouterr().out.strip() == "0 answers carried over from the baseline still to confirm"


def test_progress_of_a_follow_up_with_or_without_the_baseline_file(baseline: Path, follow_up: Path) -> None:
    with Assessment.open(follow_up) as doc:
        doc.set_answer("D1.1.1", 5)
        first = doc.actions()[0]
        doc.update_action(first.id, status="done")
        doc.add_action("A new action of the follow-up", indicator_ids=["D2.1.1"])
    alone = compare_files([follow_up])  # against the baseline kept inside the follow-up
    both = compare_files([follow_up, baseline])
    for comparison in (alone, both):
        view = comparison.view
        assert isinstance(view, Progress)
        assert view.current.file_name == follow_up.name and view.baseline.info.mission == "National Cyber Review 2026"
        assert [c.indicator_id for c in view.of_kind("improved")] == ["D1.1.1"]
        assert (
            view.to_confirm == len(builtin_framework().indicator_ids()) - 1
        )  # the demo answers every indicator; D1.1.1 changed
        statuses = {a.title: (a.baseline_status, a.status) for a in view.actions}
        assert statuses[first.title] == ("in-progress", "done")
        assert statuses["A new action of the follow-up"] == (None, "planned")
        assert list(view.actions_by_status()) == ["planned", "done"]
    with Assessment.open(follow_up) as doc:  # an action removed: its id, given again, is not taken for it
        last = max(doc.actions(), key=lambda a: a.id)
        doc.remove_action(last.id)
        doc.remove_action(max(doc.actions(), key=lambda a: a.id).id)
        reused = doc.add_action("Added after a removal")
        assert reused.id in {a.id for a in doc.actions()} and reused.id not in doc.carried_actions()
        assert len(doc.carried_actions()) == 4
    assert [d.delta for d in alone.view.dimensions] == [d.delta for d in both.view.dimensions]
    assert alone.view.baseline.date == "2026-03-02"


def test_follow_up_refusals(
    baseline: Path, follow_up: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["follow-up", str(baseline), str(follow_up)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert main(["follow-up", str(baseline), str(baseline), "--force"]) == 1
    assert "replace its baseline" in capsys.readouterr().err
    other = tmp_path / "v2.cyberassess"
    shutil.copy(baseline, other)
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("UPDATE meta SET framework_version = '0.9.0'")
    conn.close()
    assert main(["follow-up", str(other), str(tmp_path / "x.cyberassess")]) == 1
    err = capsys.readouterr().err
    assert "0.9.0" in err and builtin_framework().version in err and "migration map" in err
    assert not (tmp_path / "x.cyberassess").exists()
    assert main(["confirm", str(baseline), "--all"]) == 1
    assert "not a follow-up" in capsys.readouterr().err


def test_a_failed_follow_up_leaves_nothing(baseline: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.store import followup

    def broken(*args: object) -> tuple[int, int]:
        raise DocumentError("Could not carry over: the disk is full.")

    monkeypatch.setattr(followup, "_carry_over", broken)
    out = tmp_path / "sub"
    out.mkdir()
    with pytest.raises(DocumentError, match="disk is full"):
        create_follow_up(baseline, out / "f.cyberassess")
    assert list(out.iterdir()) == []


def test_a_baseline_in_the_0_1_0_format_is_followed_up_without_being_changed(tmp_path: Path) -> None:
    old = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT2_DEMO, old)
    before = _sha(old)
    result = create_follow_up(old, tmp_path / "f.cyberassess")
    assert _sha(old) == before and result.answers == 100 and result.actions == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["f.cyberassess", "old.cyberassess"]
    with Assessment.open(result.path, read_only=True) as doc:
        assert doc.info.mission == "Follow-up of National Cyber Review 2026" and len(doc.to_confirm()) == 100
