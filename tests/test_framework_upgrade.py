"""Assessments survive a framework update: the copy in the file, the archive, and ``cyberassess upgrade``."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml

from cyberassess.cli import main
from cyberassess.errors import FrameworkError
from cyberassess.framework import builtin_framework, get_framework, tr
from cyberassess.framework.loader import _load_cached
from cyberassess.framework.portable import from_bytes, to_bytes
from cyberassess.scoring import score_assessment
from cyberassess.store import Assessment
from cyberassess.store.upgrade import plan_framework_upgrade, retired_answers, upgrade_framework

FIXTURE = Path(__file__).parent / "fixtures" / "format2-0.1.0-demo.cyberassess"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_made_with_0_1_0_opens_on_the_framework_it_was_answered_against(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FIXTURE, path)
    with Assessment.open(path) as doc:
        assert doc.migrated_from == 2
        assert (doc.framework.version, doc.framework.content_hash) == ("1.0.0", doc.info.framework_hash)
        assert not doc.framework_changed
        assert doc.installed_framework is not None and doc.installed_framework.version == builtin_framework().version
        # the 1.0.0 text, not today's: D8.2.3 cited the UN Convention without an article number then
        un = [r for r in doc.framework.indicator("D8.2.3").references if r.instrument == "un-cybercrime"]
        assert [r.article for r in un] == [None]
        card = score_assessment(doc)
        assert len(doc.answers()) == 100 and len(card.dimensions) == 9
    # the copy was written into the file by the migration
    blob = sqlite3.connect(path).execute("SELECT data FROM framework_copy").fetchone()[0]
    assert from_bytes(blob).version == "1.0.0"


def test_new_files_carry_their_framework_and_upgrade_is_explicit(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FIXTURE, path)
    with Assessment.open(path):
        pass
    before = _sha(path)
    assert main(["upgrade", str(path), "--dry-run"]) == 0
    assert _sha(path) == before  # a dry run changes nothing
    assert main(["upgrade", str(path), "--assessor", "Léa Fontaine"]) == 0
    assert (tmp_path / "old.framework-1.0.0-backup.cyberassess").is_file()
    with Assessment.open(path) as doc:
        assert doc.framework.content_hash == builtin_framework().content_hash
        assert doc.installed_framework is None and len(doc.answers()) == 100
        entry = doc.history()[-1]
        assert (entry.action, entry.assessor) == ("framework-upgrade", "Léa Fontaine")
    assert main(["upgrade", str(path)]) == 1  # nothing left to upgrade


FIXTURE_11 = Path(__file__).parent / "fixtures" / "format4-fw1.1.0-demo.cyberassess"
FOLLOWUP_11 = Path(__file__).parent / "fixtures" / "format4-fw1.1.0-followup.cyberassess"


@pytest.mark.parametrize("fixture", [FIXTURE_11, FOLLOWUP_11], ids=["demo", "follow-up"])
def test_a_file_made_on_framework_1_1_0_opens_on_it_and_moves_to_the_installed_version(
    tmp_path: Path, fixture: Path
) -> None:
    path = tmp_path / "f.cyberassess"
    shutil.copy(fixture, path)
    with Assessment.open(path) as doc:
        assert doc.framework.version == "1.1.0" and doc.framework.content_hash == doc.info.framework_hash
        assert doc.installed_framework is not None
        before = {i: (a.value, a.justification) for i, a in doc.answers().items()}
        old_card = score_assessment(doc)
    assert len(before) == 100
    assert main(["upgrade", str(path)]) == 0
    with Assessment.open(path) as doc:
        assert doc.framework.content_hash == builtin_framework().content_hash
        after = {i: (a.value, a.justification) for i, a in doc.answers().items()}
        assert {k: after[k] for k in before} == before  # every answer kept on its indicator
        new_ids = set(builtin_framework().indicator_ids()) - set(before)
        assert not new_ids & set(after)  # indicators new in the installed version are still to answer
        assert score_assessment(doc).rated == old_card.rated  # the new indicators are not rated yet


def _edit_mini(home: Path, edit: Any, version: str, mapping: dict[str, Any] | None) -> None:
    folder = home / "frameworks" / "mini"
    manifest = yaml.safe_load((folder / "framework.yaml").read_text())
    manifest["version"] = version
    (folder / "framework.yaml").write_text(yaml.safe_dump(manifest, allow_unicode=True))
    for name in ("d1.yaml", "d2.yaml"):
        data = yaml.safe_load((folder / name).read_text())
        edit(data)
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True))
    if mapping is not None:
        (folder / "migrations").mkdir(exist_ok=True)
        (folder / "migrations" / f"0.1-to-{version}.yaml").write_text(yaml.safe_dump(mapping))
    _load_cached.cache_clear()


def _indicators(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [ind for sec in data["sections"] for ind in sec["indicators"]]


def _restructure(data: dict[str, Any]) -> None:
    for ind in _indicators(data):
        if ind["id"] == "D1.1.2":  # renamed: the section gets a new number
            ind["id"] = "D1.1.3"
        if ind["id"] == "D2.1.1":
            ind["question"]["en"] = "Reworded question D2.1.1?"
    for sec in data["sections"]:  # D1.2.1 is retired
        sec["indicators"] = [i for i in sec["indicators"] if i["id"] != "D1.2.1"] or sec["indicators"]


def test_rename_retire_and_reword_move_every_answer(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "mini.cyberassess"
    with Assessment.create(
        path, country="Testland", mission="M", assessors=["Ada"], framework=get_framework("mini")
    ) as doc:
        for n, ind in enumerate(doc.framework.indicator_ids()):
            doc.set_answer(ind, 1 + n, justification=f"note {ind}")

    # D1.2.1 is the only indicator of its section: it stays but D1.1.2 is renamed and D2.1.2 retired
    def edit(data: dict[str, Any]) -> None:
        _restructure(data)
        for sec in data["sections"]:
            sec["indicators"] = [i for i in sec["indicators"] if i["id"] != "D2.1.2"]

    _edit_mini(
        user_home, edit, "0.2", {"from": "0.1", "to": "0.2", "renamed": {"D1.1.2": "D1.1.3"}, "retired": ["D2.1.2"]}
    )
    with Assessment.open(path) as doc:
        assert doc.framework.version == "0.1"  # still the framework it was answered against
        assert "D1.1.2" in doc.framework.indicator_ids()
        plan = plan_framework_upgrade(doc)
        assert (plan.count("renamed"), plan.count("retired"), plan.reworded) == (1, 1, ("D2.1.1",))
        old_note = doc.answer("D2.1.2")
        assert old_note is not None
        plan, backup = upgrade_framework(doc, by="Ada")
        answers = doc.answers()
        assert "D1.1.2" not in answers and answers["D1.1.3"].justification == "note D1.1.2"
        assert "D2.1.2" not in answers
        retired = retired_answers(doc)
        assert [(r["indicator_id"], r["justification"], r["framework_version"]) for r in retired] == [
            ("D2.1.2", "note D2.1.2", "0.1")
        ]
        assert doc.framework.version == "0.2" and backup.is_file()
    with Assessment.open(backup) as old:
        assert old.answer("D2.1.2") == old_note  # the backup is the file as it was


def test_merged_answers_are_proposals_to_confirm(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "mini.cyberassess"
    with Assessment.create(path, country="Testland", mission="M", framework=get_framework("mini")) as doc:
        doc.set_answer("D1.1.1", 2, justification="strategy drafted")
        doc.set_answer("D1.1.2", 4, justification="unit in place")

    def edit(data: dict[str, Any]) -> None:
        for sec in data["sections"]:
            sec["indicators"] = [i for i in sec["indicators"] if i["id"] != "D1.1.2"]

    _edit_mini(
        user_home,
        edit,
        "0.2",
        {"from": "0.1", "to": "0.2", "merged": [{"from": ["D1.1.1", "D1.1.2"], "into": "D1.1.1"}]},
    )
    with Assessment.open(path) as doc:
        upgrade_framework(doc)
        proposal = doc.answer("D1.1.1")
        assert proposal is not None and proposal.value is None  # not counted until confirmed
        assert "strategy drafted" in proposal.justification and "unit in place" in proposal.justification
        assert "confirm a stage" in proposal.justification
        assert {r["indicator_id"] for r in retired_answers(doc)} == {"D1.1.1", "D1.1.2"}


def test_an_indicator_removed_without_a_map_is_refused_and_nothing_changes(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "mini.cyberassess"
    with Assessment.create(path, country="Testland", mission="M", framework=get_framework("mini")) as doc:
        doc.set_answer("D2.1.2", 3)

    def edit(data: dict[str, Any]) -> None:
        for sec in data["sections"]:
            sec["indicators"] = [i for i in sec["indicators"] if i["id"] != "D2.1.2"]

    _edit_mini(user_home, edit, "0.2", None)
    with Assessment.open(path) as doc, pytest.raises(FrameworkError, match="no migration map"):
        upgrade_framework(doc)
    before = _sha(path)
    assert main(["upgrade", str(path), "--dry-run"]) == 1
    assert _sha(path) == before
    with Assessment.open(path) as doc:
        assert doc.answer("D2.1.2") is not None and doc.framework.version == "0.1"


def test_a_damaged_framework_copy_is_reported_not_trusted(tmp_path: Path, user_home: Path) -> None:
    path = tmp_path / "mini.cyberassess"
    Assessment.create(path, country="Testland", mission="M", framework=get_framework("mini")).close()
    _edit_mini(user_home, lambda data: None, "0.2", None)  # the installed framework differs now
    fw = get_framework("mini")
    tampered = to_bytes(fw)  # a valid framework, but not the one whose hash the file records
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE framework_copy SET data = ?", (tampered,))
    with pytest.raises(FrameworkError, match="does not match its hash"):
        Assessment.open(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE framework_copy SET data = ?", (b"\x78\x9c" + b"\x00" * 50,))
    with pytest.raises(FrameworkError, match="damaged"):
        Assessment.open(path)
    assert tr(fw.name)
