"""The instruments that apply to an assessment's country: framework scopes, file format 5, the store and the CLI."""

from __future__ import annotations

import dataclasses
import json
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cyberassess.cli import main
from cyberassess.errors import InputError
from cyberassess.framework import builtin_framework
from cyberassess.framework.instruments import carried, resolve, split_names
from cyberassess.framework.portable import archived
from cyberassess.report.compose import build_report
from cyberassess.report.data import collect
from cyberassess.review.treaty import provisions
from cyberassess.store import SCHEMA_VERSION, Assessment
from cyberassess.store.snapshot import read_snapshot

FIXTURES = Path(__file__).parent / "fixtures"
FORMAT1 = FIXTURES / "format1.cyberassess"
FORMAT2_DEMO = FIXTURES / "format2-0.1.0-demo.cyberassess"
FORMAT4_DEMO = FIXTURES / "format4-1.1.0-demo.cyberassess"
HASH_1_0_0 = "ea8b9648340df1cee50a46959b58ce4a630ec181625f28f02a90e0755b48c4b9"
GLOBAL = ("budapest", "budapest-p1", "budapest-p2", "un-cybercrime", "iccpr")
REGIONAL = ("lanzarote", "convention-108", "malabo", "ecowas", "arab-convention", "cis", "sco")


# --------------------------------------------------------------------------- the framework
def test_the_builtin_framework_declares_global_and_regional_instruments() -> None:
    fw = builtin_framework()
    assert set(fw.instrument_ids()) == set(GLOBAL) | set(REGIONAL)
    assert fw.default_instrument_ids() == GLOBAL
    assert {i.id: i.scope for i in fw.instruments} == {
        **{i: "global" for i in GLOBAL},
        **{i: "regional" for i in REGIONAL},
    }
    arab = fw.instrument("arab-convention")
    assert arab.name["en"].startswith("Arab Convention on Combating Information Technology Offences")
    assert arab.name["ar"].startswith("الاتفاقية العربية لمكافحة جرائم تقنية المعلومات")
    for instrument in fw.instruments:  # official names in every language
        assert set(instrument.name) == {"en", "fr", "es", "ar"}, instrument.id
        assert set(instrument.short) == {"en", "fr", "es", "ar"}, instrument.id


def test_the_archived_1_0_0_reads_without_scopes_and_keeps_its_hash() -> None:
    old = archived(HASH_1_0_0)
    assert old is not None and old.content_hash == HASH_1_0_0
    assert all(i.scope is None and i.chosen_by_default for i in old.instruments)
    assert old.default_instrument_ids() == old.instrument_ids()  # undeclared: global, as everything was shown


def test_names_are_resolved_with_short_forms_and_the_global_keyword() -> None:
    fw = builtin_framework()
    assert resolve(fw, split_names("ecowas, arab")) == ("ecowas", "arab-convention")
    assert resolve(fw, ["UN", "budapest", "un-cybercrime"]) == ("budapest", "un-cybercrime")
    assert resolve(fw, ["global", "malabo"]) == (*GLOBAL[:4], "malabo", "iccpr")
    assert resolve(fw, []) == ()
    with pytest.raises(InputError) as caught:
        resolve(fw, ["ecowas", "asean", "oas"])
    assert "'asean', 'oas'" in caught.value.message
    assert "arab-convention (arab)" in (caught.value.hint or "") and "ecowas" in (caught.value.hint or "")


def test_an_upgrade_keeps_the_choice_and_applies_new_global_instruments() -> None:
    new = builtin_framework()
    old = archived(HASH_1_0_0)
    assert old is not None
    # 1.0.0 had no Lanzarote, ECOWAS …: new regional ones stay off; the choice made is kept
    assert carried(old, new, ("budapest", "malabo")) == ("budapest", "malabo")
    smaller = dataclasses.replace(old, instruments=tuple(i for i in old.instruments if i.id != "budapest-p1"))
    assert carried(smaller, new, ("budapest",)) == ("budapest", "budapest-p1")  # new and global: applied


# --------------------------------------------------------------------------- the store
def test_a_new_assessment_applies_the_global_instruments(tmp_path: Path) -> None:
    with Assessment.create(tmp_path / "a.cyberassess", country="X", mission="m") as doc:
        assert doc.instruments == GLOBAL and doc.info.instruments == GLOBAL
    with Assessment.create(tmp_path / "b.cyberassess", country="X", mission="m", instruments=["ecowas", "un"]) as doc:
        assert doc.instruments == ("un-cybercrime", "ecowas")
    with pytest.raises(InputError, match="Unknown instrument 'asean'"):
        Assessment.create(tmp_path / "c.cyberassess", country="X", mission="m", instruments=["asean"])
    assert not (tmp_path / "c.cyberassess").exists()


def test_changing_the_choice_is_saved_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    with Assessment.create(path, country="X", mission="m", assessors=["Ana"]) as doc:
        before = doc.history_count()
        assert doc.set_instruments(["global", "ecowas"], by="Omar") == (*GLOBAL[:4], "ecowas", "iccpr")
        doc.set_instruments(["global", "ecowas"])  # unchanged: nothing written
        entries = doc.history()
        assert doc.history_count() == before + 1
        entry = next(h for h in entries if h.action == "instruments")
        assert entry.assessor == "Omar" and json.loads(entry.old or "") == list(GLOBAL)
        assert json.loads(entry.new or "")[-2:] == ["ecowas", "iccpr"]
        doc.set_answer("D1.1.1", 3)
        doc.set_instruments([])  # none applies: every answer is kept
        assert doc.instruments == () and doc.answers()["D1.1.1"].value == 3
        with pytest.raises(InputError):
            doc.set_instruments(["nato"])
    snapshot = read_snapshot(path)  # the first screen of the app reads it too
    assert snapshot is not None and snapshot.info.instruments == ()


def test_a_list_changed_outside_the_app_reads_as_every_instrument(tmp_path: Path) -> None:
    path = tmp_path / "a.cyberassess"
    Assessment.create(path, country="X", mission="m").close()
    conn = sqlite3.connect(path)
    conn.execute('UPDATE meta SET instruments = \'{"not": "a list"}\'')
    conn.commit()
    conn.close()
    with Assessment.open(path) as doc:
        assert doc.info.instruments is None and doc.instruments == doc.framework.instrument_ids()


# --------------------------------------------------------------------------- migration 4 → 5
def test_the_format4_fixture_is_really_schema_4() -> None:
    conn = sqlite3.connect(f"file:{FORMAT4_DEMO}?mode=ro", uri=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert "instruments" not in {row[1] for row in conn.execute("PRAGMA table_info(meta)")}
    assert conn.execute("SELECT count(*) FROM answer").fetchone()[0] == 100
    conn.close()


def _report_with_every_instrument(doc: Assessment) -> tuple[object, object]:
    """The report of ``doc`` as it is, and as it was before the choice existed (every instrument shown)."""
    data = collect(doc, generated_at=datetime(2026, 12, 2, tzinfo=UTC), signer=None)
    before = dataclasses.replace(
        data,
        info=dataclasses.replace(data.info, instruments=None),
        review=dataclasses.replace(data.review, provisions=tuple(provisions(doc.framework))),
    )
    return build_report(data, "en"), build_report(before, "en")


@pytest.mark.parametrize(
    ("fixture", "version", "instruments"),
    [
        (FORMAT1, 1, None),  # a pre-release framework: no copy, every instrument of the installed one
        (FORMAT2_DEMO, 2, ("budapest", "budapest-p1", "budapest-p2", "un-cybercrime", "malabo", "iccpr")),
        (FORMAT4_DEMO, 4, ("budapest", "budapest-p1", "budapest-p2", "un-cybercrime", "malabo", "iccpr")),
    ],
)
def test_old_files_keep_every_instrument_and_report_as_before(
    fixture: Path, version: int, instruments: tuple[str, ...] | None, tmp_path: Path
) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(fixture, path)
    with Assessment.open(path) as doc:
        assert doc.migrated_from == version and doc.info.schema_version == SCHEMA_VERSION == 5
        assert doc.info.instruments == instruments
        assert doc.instruments == doc.framework.instrument_ids()
        answers = len(doc.answers())
        now, before = _report_with_every_instrument(doc)
        assert now == before
    with Assessment.open(path) as doc:  # migrated once, kept
        assert doc.migrated_from is None and len(doc.answers()) == answers
    fresh = tmp_path / "new.cyberassess"
    Assessment.create(fresh, country="X", mission="m").close()
    columns = [sqlite3.connect(p).execute("PRAGMA table_info(meta)").fetchall() for p in (path, fresh)]
    assert [c[1:3] for c in columns[0]] == [c[1:3] for c in columns[1]]  # same columns and types


def test_the_format4_demo_upgraded_to_the_installed_framework_keeps_its_instruments(tmp_path: Path) -> None:
    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT4_DEMO, path)
    with Assessment.open(path) as doc:
        assert doc.installed_framework is not None  # the fixture keeps an earlier 1.1.0 (6 instruments)
        from cyberassess.store.upgrade import upgrade_framework

        upgrade_framework(doc)
        # the six it had stay; the regional instruments new in this version are not applied
        assert doc.instruments == ("budapest", "budapest-p1", "budapest-p2", "un-cybercrime", "malabo", "iccpr")
        upgrade = next(h for h in doc.history() if h.action == "framework-upgrade")
        assert json.loads(upgrade.new or "")["instruments"] == list(doc.instruments)


def test_a_failing_step_4_to_5_leaves_the_file_at_format_4(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from cyberassess.errors import DocumentError
    from cyberassess.store import migrations

    path = tmp_path / "old.cyberassess"
    shutil.copy(FORMAT4_DEMO, path)

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE meta ADD COLUMN instruments VARCHAR")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setitem(migrations.STEPS, 4, broken)
    with pytest.raises(DocumentError):
        Assessment.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    assert "instruments" not in {row[1] for row in conn.execute("PRAGMA table_info(meta)")}
    conn.close()


# --------------------------------------------------------------------------- the report
def test_the_report_shows_only_the_instruments_that_apply(demo_file: Path) -> None:
    with Assessment.open(demo_file) as doc:
        assert doc.instruments == (*GLOBAL[:4], "malabo", "iccpr")  # the demo: global ones and Malabo
        report = build_report(collect(doc, generated_at=datetime.now(UTC), signer=None), "en")
        keys = _heading_keys(report)
        assert "annex-treaties-malabo" in keys and "annex-treaties-budapest" in keys
        doc.set_instruments(["budapest", "un"])
        report = build_report(collect(doc, generated_at=datetime.now(UTC), signer=None), "en")
    keys = _heading_keys(report)
    assert {k for k in keys if k.startswith("annex-treaties-")} == {
        "annex-treaties-budapest",
        "annex-treaties-un-cybercrime",
    }
    annex = next(s for s in report.sections if s.key == "annex-treaties")
    texts = [getattr(b, "text", "") for b in annex.blocks]
    assert any("Only the instruments that apply to Republic of Meridia are shown" in t for t in texts)
    front = next(s for s in report.sections if s.key == "front")
    cells = [c.text for b in front.blocks for row in getattr(b, "rows", ()) for c in row]
    assert "Budapest Convention" in cells and "Malabo Convention" not in cells and "ICCPR" not in cells
    assert any("Council of Europe Convention on Cybercrime" in c for c in cells)


def _heading_keys(report: object) -> list[str]:
    return [b.key for s in report.sections for b in s.blocks if getattr(b, "key", None)]  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- the command line
def test_new_with_instruments_and_unknown_ids(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.cyberassess"
    # regional instruments alone apply beside the global ones (the issue's example) ...
    assert main(["new", str(path), "--country", "X", "--instruments", "ecowas,arab"]) == 0
    assert "ecowas, arab-convention" in capsys.readouterr().out
    with Assessment.open(path) as doc:
        assert set(doc.instruments) == {*GLOBAL, "ecowas", "arab-convention"}
    # ... naming a global one gives the exact list (a state that chose the UN Convention only)
    exact = tmp_path / "c.cyberassess"
    assert main(["new", str(exact), "--country", "X", "--instruments", "un,ecowas"]) == 0
    with Assessment.open(exact) as doc:
        assert doc.instruments == ("un-cybercrime", "ecowas")
    other = tmp_path / "b.cyberassess"
    assert main(["new", str(other), "--country", "X", "--instruments", "global,ecowas,asean"]) == 1
    err = capsys.readouterr().err
    assert "Unknown instrument 'asean'" in err and "budapest, budapest-p1" in err and "arab-convention (arab)" in err
    assert "Traceback" not in err and not other.exists()
    assert main(["new", str(other), "--country", "X"]) == 0
    assert f"instruments: {', '.join(GLOBAL)}" in capsys.readouterr().out


def test_the_instruments_command_shows_and_changes_the_choice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.cyberassess"
    assert main(["new", str(path), "--country", "Zembla", "--assessor", "Ana"]) == 0
    capsys.readouterr()
    assert main(["instruments", str(path)]) == 0
    out = capsys.readouterr().out
    assert "instruments that apply to Zembla" in out
    assert "[x] budapest " in out and "[ ] ecowas " in out and "(regional)" in out
    assert main(["instruments", str(path), "--add", "ecowas,arab", "--remove", "iccpr", "--assessor", "Omar"]) == 0
    assert "[x] ecowas " in (out := capsys.readouterr().out) and "[ ] iccpr " in out and out.endswith("changed\n")
    assert main(["instruments", str(path), "--set", "un", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["instruments"]
    assert [r["id"] for r in rows if r["applies"]] == ["un-cybercrime"]
    assert {r["scope"] for r in rows} == {"global", "regional"}
    assert main(["instruments", str(path), "--add", "sco", "--remove", "sco"]) == 1
    assert "both added and removed" in capsys.readouterr().err
    assert main(["instruments", str(path), "--set", "nato"]) == 1
    assert "Unknown instrument 'nato'" in capsys.readouterr().err
    assert main(["instruments", str(path), "--defaults"]) == 0
    capsys.readouterr()
    with Assessment.open(path) as doc:
        assert doc.instruments == GLOBAL
        changes = [h for h in doc.history() if h.action == "instruments"]
        assert len(changes) == 3 and {h.source for h in changes} == {"cli"}
        assert changes[0].assessor == "Omar"


def test_the_treaty_command_lists_the_instruments_that_apply(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["treaty", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "malabo" in {p["instrument"] for p in data["provisions"]}
    assert main(["instruments", str(demo_file), "--remove", "malabo"]) == 0
    capsys.readouterr()
    assert main(["treaty", str(demo_file)]) == 0
    out = capsys.readouterr().out
    assert "budapest:16" in out and "malabo:" not in out and "African Union" not in out
    assert main(["treaty", str(demo_file), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert "malabo" not in {p["instrument"] for p in data["provisions"]}
    assert "malabo" not in {i["id"] for i in data["instruments"]}
    assert main(["treaty", str(demo_file), "--instrument", "malabo"]) == 1
    assert "does not apply" in capsys.readouterr().err
    with Assessment.open(demo_file) as doc:  # the entries recorded are kept
        assert any(key.startswith("malabo:") for key in doc.treaty_entries())


# --------------------------------------------------------------------------- the Excel matrix, import and merge
def _sheet_texts(path: Path, title: str) -> str:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return "\n".join(str(v) for row in workbook[title].iter_rows(values_only=True) for v in row if v)
    finally:
        workbook.close()


def test_the_matrix_shows_and_records_the_instruments_that_apply(demo_file: Path, tmp_path: Path) -> None:
    from cyberassess.matrix import export_matrix, read_matrix

    with Assessment.open(demo_file) as doc:
        doc.set_instruments(["budapest", "un", "ecowas"])
        matrix = export_matrix(doc, tmp_path / "m.xlsx")
    treaty = _sheet_texts(matrix, "Treaty table")
    assert "budapest:16" in treaty and "un:25" in treaty and "malabo:" not in treaty
    d1 = _sheet_texts(matrix, "D1 Policy and strategy")
    assert "Malabo Convention, Art." not in d1 and "UN Convention against Cybercrime, Art." in d1
    cover = _sheet_texts(matrix, "Cover")
    assert "Instruments that apply" in cover and "Budapest Convention, UN Convention against Cybercrime" in cover
    content = read_matrix(matrix)
    assert content.instruments == ("budapest", "un-cybercrime", "ecowas")


def test_importing_a_matrix_compares_the_instruments(demo_file: Path, tmp_path: Path) -> None:
    from cyberassess.framework import get_framework
    from cyberassess.matrix import export_blank, export_matrix
    from cyberassess.matrix.importer import apply_import, plan_import

    with Assessment.open(demo_file) as doc:
        doc.set_instruments(["global", "ecowas"])
        matrix = export_matrix(doc, tmp_path / "m.xlsx")
        fw = doc.framework
    target = tmp_path / "t.cyberassess"
    with Assessment.create(target, country="Republic of Meridia", mission="", framework=fw) as doc:
        plan = plan_import(doc, matrix)
        change = next(d for d in plan.details if d.field == "instruments")
        assert change.conflict and change.key == "cover:instruments"
        assert change.mine == ", ".join(GLOBAL) and change.theirs.endswith("un-cybercrime, ecowas, iccpr")
        result = apply_import(doc, plan)  # without a choice: left as it is, reported
        assert "cover:instruments" in result.unresolved and doc.instruments == GLOBAL
        result = apply_import(doc, plan_import(doc, matrix), choices={"cover:instruments": "theirs"})
        assert "instruments" in result.details and "ecowas" in doc.instruments
        entry = next(h for h in doc.history() if h.action == "instruments")
        assert entry.source.startswith("import:")
        assert not [d for d in plan_import(doc, matrix).details if d.field == "instruments"]  # now the same
    blank = export_blank(get_framework("cybercrime-capacity"), tmp_path / "blank.xlsx")
    with Assessment.open(target) as doc:  # a blank matrix records no instruments: nothing to compare
        assert not [d for d in plan_import(doc, blank).details if d.field == "instruments"]


def test_a_merge_applies_every_instrument_an_input_records(tmp_path: Path) -> None:
    from cyberassess.matrix import merge

    first, second = tmp_path / "a.cyberassess", tmp_path / "b.cyberassess"
    with Assessment.create(first, country="X", mission="m", assessors=["Ana"], instruments=["budapest"]) as doc:
        doc.set_answer("D1.1.1", 2)
    with Assessment.create(second, country="X", mission="m", assessors=["Omar"], instruments=["un", "sco"]) as doc:
        doc.set_answer("D1.1.2", 3)
    merged = tmp_path / "merged.cyberassess"
    merge(merged, [first, second])
    with Assessment.open(merged) as doc:
        assert doc.instruments == ("budapest", "un-cybercrime", "sco")
    third = tmp_path / "c.cyberassess"
    Assessment.create(third, country="X", mission="m", instruments=["cis"]).close()
    merge(merged, [third])  # into the existing output: its choice plus the input's
    with Assessment.open(merged) as doc:
        assert doc.instruments == ("budapest", "un-cybercrime", "cis", "sco")
        assert [h.source for h in doc.history() if h.action == "instruments"] == ["merge"]


def test_a_matrix_whose_content_types_part_is_damaged_is_refused_clearly(tmp_path: Path) -> None:
    """Found by the byte fuzz once the matrix held the instruments: the first part read was not guarded."""
    import zipfile

    from cyberassess.matrix import MatrixError, export_blank, read_matrix

    path = export_blank(builtin_framework(), tmp_path / "blank.xlsx")
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        member = next(m for m in archive.infolist() if m.filename == "[Content_Types].xml")
    start = member.header_offset + 30 + len(member.filename.encode()) + len(member.extra)
    data[start + member.compress_size // 2] ^= 0xFF  # a byte inside its compressed data: bad CRC or bad deflate
    path.write_bytes(bytes(data))
    with pytest.raises(MatrixError, match="damaged"):
        read_matrix(path)
