"""The review record's pages: Mission, Findings, Action plan, Treaty table — edited, undone, refused."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.delegates import KEY_ROLE
from cyberassess.app.qt import Qt, QTest
from cyberassess.framework import builtin_framework
from cyberassess.store import Assessment


def _page(window, name: str):
    window.show_page(name)
    page = window.pages_made[name]
    assert window.ui.pages.currentWidget() is page
    return page


def test_pages_are_reached_by_keyboard_and_made_when_first_shown(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    assert not window.pages_made  # nothing but the indicator page at start-up
    for key, name in (
        (Qt.Key.Key_4, "mission"),
        (Qt.Key.Key_5, "findings"),
        (Qt.Key.Key_6, "plan"),
        (Qt.Key.Key_7, "treaty"),
    ):
        QTest.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        assert window.ui.pages.currentWidget() is window.pages_made[name]
        assert window.commands.page_actions[name].isChecked()
    shown = " ".join(a.shortcut().toString() for a in window.commands.page_actions.values())
    assert all(f"Ctrl+{n}" in shown for n in range(1, 8))


def test_mission_record_saves_undoes_and_refuses_an_impossible_date(open_window, demo_copy: Path, messages) -> None:
    window = open_window(demo_copy)
    page = _page(window, "mission")
    ui = page.ui
    doc = window.session.doc
    assert ui.host.text() == doc.mission().host != ""  # the demo's record is shown
    old_host = doc.mission().host
    ui.endDate.setText("2026-04-17")  # the end first: a start after the saved end would be refused
    ui.endDate.editingFinished.emit()
    ui.startDate.setText("2026-04-06")
    ui.startDate.editingFinished.emit()
    ui.host.setText("Ministry of Interior")
    ui.host.editingFinished.emit()
    record = doc.mission()
    assert (record.start_date, record.end_date, record.host) == ("2026-04-06", "2026-04-17", "Ministry of Interior")
    # a date that does not exist: a message, nothing saved changes, the field shows what is saved
    ui.endDate.setText("2026-02-30")
    ui.endDate.editingFinished.emit()
    assert "2026-02-30" in messages.texts()
    assert doc.mission().end_date == "2026-04-17" and ui.endDate.text() == "2026-04-17"
    window.undo()
    assert doc.mission().host == old_host
    assert ui.host.text() == old_host
    window.redo()
    assert doc.mission().host == "Ministry of Interior"


def test_team_and_consulted_rows_are_added_edited_and_removed_with_undo(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    page = _page(window, "mission")
    doc = window.session.doc
    before = len(doc.consulted())
    page.consulted.add()
    assert len(doc.consulted()) == before + 1
    row = page.consulted.table.rowCount() - 1
    page.consulted.table.item(row, 2).setText("Head of the cybercrime unit")
    assert doc.consulted()[-1].role == "Head of the cybercrime unit"
    page.consulted.table.setCurrentCell(row, 0)
    page.consulted.remove_selected()
    assert len(doc.consulted()) == before
    window.undo()  # the row comes back, with its role
    assert doc.consulted()[-1].role == "Head of the cybercrime unit"
    window.redo()
    assert len(doc.consulted()) == before


def test_findings_draft_is_a_proposal_until_used(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    page = _page(window, "findings")
    page.choose_section("D5")
    doc = window.session.doc
    mine = "Our own findings on electronic evidence."
    page.ui.editor.setPlainText(mine)
    assert page.flush()
    assert doc.narrative("D5") == mine
    page.propose()
    assert page.ui.proposalBox.isVisibleTo(page)
    proposal = page.ui.proposal.toPlainText()
    assert proposal and doc.narrative("D5") == mine  # proposing changes nothing
    page.ui.appendButton.click()
    assert doc.narrative("D5").startswith(mine) and proposal.strip() in doc.narrative("D5")
    window.undo()
    assert doc.narrative("D5") == mine


def test_action_plan_inline_edit_filter_priorities_and_undo(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    page = _page(window, "plan")
    doc = window.session.doc
    for action in doc.actions():
        doc.remove_action(action.id)
    page.refresh()
    page.add_priorities()
    added = doc.actions()
    assert added and all(a.indicator_ids for a in added)
    table = page.ui.table
    horizon = page._column("horizon")
    item = table.item(0, horizon)
    item.setData(KEY_ROLE, "short")  # as the drop-down delegate does
    assert doc.actions()[0].horizon == "short"
    owner = table.item(0, page._column("owner"))
    owner.setText("Ministry of Justice")
    assert doc.actions()[0].owner == "Ministry of Justice"
    page.ui.horizonFilter.setCurrentIndex(page.ui.horizonFilter.findData("short"))
    visible = [r for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert visible == [0]
    page.ui.horizonFilter.setCurrentIndex(0)
    window.undo()
    assert doc.actions()[0].owner == ""
    window.undo()
    assert doc.actions()[0].horizon is None
    window.undo()  # the priorities added at once go at once
    assert doc.actions() == []


def test_treaty_table_sorted_by_article_and_edited_inline(open_window, demo_copy: Path) -> None:
    window = open_window(demo_copy)
    page = _page(window, "treaty")
    budapest = [p for p in page.provisions if p.instrument == "budapest"]
    numbers = [int(p.article) for p in budapest if p.article.isdigit()]
    assert numbers == sorted(numbers) and 16 in numbers
    page.show_provision("budapest:16")
    row = page.ui.table.currentRow()
    assert page.provisions[row].key == "budapest:16"
    before = window.session.doc.treaty_entries().get("budapest:16")
    page.ui.table.item(row, 3).setData(KEY_ROLE, "none")
    page.ui.table.item(row, 4).setText("Criminal Procedure Code, s. 99 (draft)")
    entry = window.session.doc.treaty_entries()["budapest:16"]
    assert (entry.compliance, entry.national_provision) == ("none", "Criminal Procedure Code, s. 99 (draft)")
    assert page.ui.table.item(row, 3).text() == "None"
    window.undo()
    window.undo()
    after = window.session.doc.treaty_entries().get("budapest:16")
    assert (after.compliance, after.national_provision) == (
        (before.compliance, before.national_provision) if before else ("not-assessed", "")
    )


def test_read_only_file_shows_the_record_without_editing(controller, qtbot, demo_copy: Path) -> None:
    with Assessment.open(demo_copy) as doc:
        doc.set_mission(host="Ministry of Justice")
    controller.open_path(demo_copy, read_only=True)
    qtbot.waitUntil(lambda: bool(controller.windows) and controller.windows[-1].session is not None, timeout=20000)
    window = controller.windows[-1]
    qtbot.waitUntil(lambda: window.session.is_open, timeout=20000)
    page = _page(window, "mission")
    assert page.ui.host.text() == "Ministry of Justice" and not page.ui.host.isEnabled()
    assert not page.team.add_button.isEnabled()
    plan = _page(window, "plan")
    assert not plan.ui.addButton.isEnabled()


def test_guidance_links_open_the_article_then_the_treaty_table_and_add_a_step_to_the_plan(
    open_window, demo_copy: Path
) -> None:
    window = open_window(demo_copy)
    doc = window.session.doc
    for action in doc.actions():
        doc.remove_action(action.id)
    window.go_to("D4.2.1")
    html = window.page.ui.guidance.toHtml()
    assert "treaty:budapest:16" in html
    window.follow_link("treaty:budapest:16")  # the article view, on the Library page …
    assert window.pages_made["library"].article_key == "budapest:16"
    window.follow_link("treatytable:budapest:16")  # … whose link leads to the Treaty table
    treaty = window.pages_made["treaty"]
    assert window.ui.pages.currentWidget() is treaty
    assert treaty.provisions[treaty.ui.table.currentRow()].key == "budapest:16"
    window.show_page("assess")
    window.go_to("D4.2.1")
    answer = doc.answer("D4.2.1")
    if answer is not None and answer.level is not None and answer.level < 5:
        assert "plan:D4.2.1" in window.page.ui.guidance.toHtml()
    window.follow_link("plan:D4.2.1")
    assert [a.indicator_ids for a in doc.actions()] == [("D4.2.1",)]
    review = _page(window, "review")
    review.ui.priorityList.setCurrentItem(review.ui.priorityList.topLevelItem(0))
    review.add_to_plan.click()
    assert len(doc.actions()) >= 1


def test_a_file_on_an_older_framework_is_moved_to_the_installed_one_after_asking(
    controller, open_window, qtbot, messages, tmp_path: Path
) -> None:
    import shutil

    path = tmp_path / "old.cyberassess"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "format2-0.1.0-demo.cyberassess", path)
    window = open_window(path)
    assert window.session.framework.version == "1.0.0" and window.session.newer_framework is not None
    assert builtin_framework().version in window.ui.bannerText.text()
    assert window.commands.upgrade.isEnabled()
    messages.answer_yes = False
    window.commands.upgrade.trigger()
    assert window.session.framework.version == "1.0.0"  # declined: nothing changed
    messages.answer_yes = True
    window.commands.upgrade.trigger()
    qtbot.waitUntil(
        lambda: any(w.session is not None and w.session.is_open and w is not window for w in controller.windows),
        timeout=20000,
    )
    reopened = next(w for w in controller.windows if w is not window)
    assert reopened.session.framework.version == builtin_framework().version
    assert reopened.session.newer_framework is None
    assert (tmp_path / "old.framework-1.0.0-backup.cyberassess").is_file()
    assert "Framework updated" in messages.texts()
