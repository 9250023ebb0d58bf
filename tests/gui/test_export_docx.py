"""The export page's *Export Word draft* action writes the report as .docx and records it."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.qt import QFileDialog

from .conftest import wait_for_operations


def test_word_draft_is_written_and_logged(mini_file: Path, open_window, messages, monkeypatch, tmp_path, qtbot) -> None:
    import docx

    window = open_window(mini_file)
    window.session.set_value("D1.1.1", 3)
    window.show_page("export")
    page = window.export_page
    assert page.ui.exportDocx.isVisibleTo(page)
    output = tmp_path / "draft"  # the suffix is added when the name lacks it
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(output), ""))
    page.ui.exportDocx.click()
    wait_for_operations(qtbot)
    written = tmp_path / "draft.docx"
    assert written.is_file()
    assert messages[-1].title == "Word draft written" and "not signed" in messages[-1].detail
    headings = [p.text for p in docx.Document(str(written)).paragraphs if p.style.name.startswith("Heading")]
    assert "Executive summary" in headings
    assert page.ui.reportLog.topLevelItemCount() == 1
    assert page.ui.reportLog.topLevelItem(0).text(1) == "Word draft"
