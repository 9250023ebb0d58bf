"""Merging the review record: lists united, texts compared like answers, every text kept as provenance."""

from __future__ import annotations

from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.errors import InputError
from cyberassess.framework import get_framework
from cyberassess.matrix import MatrixConflictError, merge
from cyberassess.review.merge import ReviewConflict
from cyberassess.store import Assessment


def _file(folder: Path, who: str, *, d1: str = "", treaty: str | None = None) -> Path:
    path = folder / f"{who.lower()}.cyberassess"
    with Assessment.create(
        path, country="Testland", mission="M", assessors=[who], framework=get_framework("mini")
    ) as d:
        d.set_answer("D1.1.1", 3, justification="same", assessor="x")
        d.add_team_member("Ada Lovelace", role="Lead", organisation="CoE")  # the same in every file
        d.add_team_member(who, role="Assessor")
        d.add_consulted("National Police", role="Head of unit", date="2026-03-03")
        d.add_consulted(f"Ministry seen by {who}")
        d.add_action("Adopt the law", indicator_ids=["D2.1.1"], horizon="short")
        d.add_action(f"Action of {who}", owner="MoJ")
        d.set_narrative("context", "Testland is small.")
        if d1:
            d.set_narrative("D1", d1, by=who)
        if treaty:
            d.set_treaty_entry("budapest:2", compliance=treaty, national_provision="Penal Code s. 1", by=who)
    return path


@pytest.fixture
def inputs(tmp_path: Path) -> list[Path]:
    ada = _file(tmp_path, "Ada", d1="Strong policy.", treaty="full")
    bo = _file(tmp_path, "Bo", d1="Weak policy.", treaty="partial")
    with Assessment.open(ada) as d:
        d.set_mission(mission_type="peer-review", start_date="2026-03-02", host="MoJ")
        source = tmp_path / "act.txt"
        source.write_text("The Act", encoding="utf-8")
        evidence = d.add_evidence("D1.1.1", source)
        d.add_reviewed_document("Cybercrime Act", issuer="Parliament", evidence_id=evidence.id)
    with Assessment.open(bo) as d:
        d.set_mission(end_date="2026-03-13", marking="Restricted", host="Ministry of Justice")
    return [ada, bo]


def test_texts_that_differ_are_conflicts_and_nothing_is_written(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    with pytest.raises(MatrixConflictError) as caught:
        merge(out, inputs)
    review = [c for c in caught.value.conflicts if isinstance(c, ReviewConflict)]
    assert [c.key for c in review] == ["narrative:D1", "treaty:budapest:2"]
    d1 = review[0]
    assert [(v.source, v.text, v.assessor) for v in d1.versions] == [
        ("ada.cyberassess", "Strong policy.", "Ada"),
        ("bo.cyberassess", "Weak policy.", "Bo"),
    ]
    assert "partial; national provision: Penal Code s. 1" in review[1].versions[1].text
    assert "2 text(s) or treaty entries" in caught.value.message and "--choose" in caught.value.hint
    assert not out.exists()


def test_lists_are_united_and_every_text_is_kept(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    uuids = []
    for path in inputs:
        with Assessment.open(path, read_only=True) as source:
            uuids.append(source.info.file_uuid)
    result = merge(out, inputs, prefer="theirs")
    assert result.review_changes > 0 and result.conflicts_resolved == 2
    with Assessment.open(out, read_only=True) as d:
        assert [m.name for m in d.team()] == ["Ada Lovelace", "Ada", "Bo"]  # the shared member once
        assert [c.institution for c in d.consulted()] == [
            "National Police",
            "Ministry seen by Ada",
            "Ministry seen by Bo",
        ]
        assert [a.title for a in d.actions()] == ["Adopt the law", "Action of Ada", "Action of Bo"]
        assert d.narrative("D1") == "Weak policy." and d.narrative("context") == "Testland is small."
        assert d.treaty_entries()["budapest:2"].compliance == "partial"
        kept = {(n.source_name, n.text) for n in d.narrative_inputs("D1")}
        assert kept == {("ada.cyberassess", "Strong policy."), ("bo.cyberassess", "Weak policy.")}
        mission = d.mission()
        assert (mission.mission_type, mission.start_date, mission.end_date) == (
            "peer-review",
            "2026-03-02",
            "2026-03-13",
        )
        assert mission.host == "MoJ" and mission.marking == "Restricted"  # the first input's host kept
        document = d.reviewed_documents()[0]
        assert document.title == "Cybercrime Act" and document.evidence_id is not None
        assert d.evidence_content(document.evidence_id) == b"The Act"  # the linked file came along
        assert any("mission hosts" in w for w in result.warnings)
        history = [h.action for h in d.history()]
        assert history.count("team-add") == 3 and history.count("action-add") == 3
        sources = {h.source for h in d.history() if h.action in ("team-add", "narrative", "treaty", "mission")}
        assert sources == {f"merge:{d_uuid}" for d_uuid in uuids}


@pytest.mark.parametrize(("prefer", "text"), [("mine", "Strong policy."), ("theirs", "Weak policy.")])
def test_prefer_settles_texts_like_answers(inputs: list[Path], tmp_path: Path, prefer: str, text: str) -> None:
    out = tmp_path / "merged.cyberassess"
    merge(out, inputs, prefer=prefer)  # type: ignore[arg-type]
    with Assessment.open(out, read_only=True) as d:
        assert d.narrative("D1") == text


def test_newer_takes_the_text_changed_last(inputs: list[Path], tmp_path: Path) -> None:
    with Assessment.open(inputs[0]) as d:
        d.set_narrative("D1", "Strong policy, revised.")
    merge(tmp_path / "merged.cyberassess", inputs, prefer="newer")
    with Assessment.open(tmp_path / "merged.cyberassess", read_only=True) as d:
        assert d.narrative("D1") == "Strong policy, revised."


def test_choose_settles_one_key_by_file_name(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    choices = {"narrative:D1": "bo.cyberassess", "treaty:budapest:2": "mine"}
    merge(out, inputs, choices=choices)
    with Assessment.open(out, read_only=True) as d:
        assert d.narrative("D1") == "Weak policy." and d.treaty_entries()["budapest:2"].compliance == "full"
    with pytest.raises(InputError, match="not in conflict: narrative:D2"):
        merge(tmp_path / "other.cyberassess", inputs, prefer="mine", choices={"narrative:D2": "mine"})
    with pytest.raises(InputError, match="not one of the versions"):
        merge(tmp_path / "other.cyberassess", inputs, prefer="mine", choices={"narrative:D1": "zed.cyberassess"})
    assert not (tmp_path / "other.cyberassess").exists()


def test_merging_again_changes_nothing(inputs: list[Path], tmp_path: Path) -> None:
    out = tmp_path / "merged.cyberassess"
    merge(out, inputs, prefer="theirs")
    with Assessment.open(out, read_only=True) as d:
        before = (d.history_count(), d.team(), d.actions(), d.narratives(), len(d.narrative_inputs()))
    again = merge(out, inputs, prefer="theirs")
    assert again.review_changes == 0
    with Assessment.open(out, read_only=True) as d:
        assert (d.history_count(), d.team(), d.actions(), d.narratives(), len(d.narrative_inputs())) == before


def test_merging_into_an_existing_output_keeps_its_texts_as_mine(inputs: list[Path], tmp_path: Path) -> None:
    lead = _file(tmp_path, "Lead", d1="The lead's text.")
    merge(lead, inputs, prefer="mine")
    with Assessment.open(lead, read_only=True) as d:
        assert d.narrative("D1") == "The lead's text."
        assert {n.source_name for n in d.narrative_inputs("D1")} == {
            "lead.cyberassess",
            "ada.cyberassess",
            "bo.cyberassess",
        }
        assert [m.name for m in d.team()] == ["Ada Lovelace", "Lead", "Ada", "Bo"]


def test_the_merge_command_lists_text_conflicts_and_takes_choices(
    inputs: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "merged.cyberassess"
    code = main(["merge", str(out), *map(str, inputs)])
    printed = capsys.readouterr().out
    assert code == 3 and "narrative:D1" in printed and "treaty:budapest:2" in printed
    assert 'ada.cyberassess: "Strong policy." by Ada' in printed and 'bo.cyberassess: "Weak policy." by Bo' in printed
    code = main(
        [
            "merge",
            str(out),
            *map(str, inputs),
            "--choose",
            "narrative:D1=ada.cyberassess",
            "--choose",
            "treaty:budapest:2=theirs",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0 and "review-record entries" in printed
    with Assessment.open(out, read_only=True) as d:
        assert d.narrative("D1") == "Strong policy." and d.treaty_entries()["budapest:2"].compliance == "partial"
