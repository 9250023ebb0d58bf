"""The Library page: search as you type, Ctrl+Shift+F, the article view, links from the guidance panel, RTL."""

from __future__ import annotations

from pathlib import Path

from cyberassess.app.library_html import article_html
from cyberassess.app.qt import QApplication, Qt, QTest, QUrl
from cyberassess.framework import builtin_framework
from cyberassess.library.provisions import view
from cyberassess.library.texts import Article


def _library(window, qtbot):
    window.search_library()
    page = window.pages_made["library"]
    assert window.ui.pages.currentWidget() is page
    return page


def _search(page, qtbot, text: str) -> None:
    page.ui.query.clear()
    if text.isascii():
        QTest.keyClicks(page.ui.query, text)  # as typed: the search runs after a pause, the index made meanwhile
    else:
        page.ui.query.setText(text)  # QTest types Latin-1 only
    qtbot.waitUntil(lambda: page.ui.leftStack.currentWidget() is page.ui.results and bool(page.hits), timeout=20000)


def _blocks(document) -> list[tuple[str, Qt.LayoutDirection]]:
    out, block = [], document.begin()
    while block.isValid():
        out.append((block.text(), block.blockFormat().layoutDirection()))
        block = block.next()
    return out


def test_a_word_typed_finds_the_budapest_article_and_opens_it_beside_its_counterparts(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    page = _library(window, qtbot)
    page.ui.kind.setCurrentIndex(page.ui.kind.findText("Treaty articles"))
    _search(page, qtbot, "expedited preservation")
    assert "budapest:16" in [h.ref for h in page.hits][:2]  # with art. 17, expedited preservation of traffic data
    assert {h.kind for h in page.hits} == {"article"}
    html = page.ui.results.toHtml()
    assert "article:budapest:16" in html and "Treaty articles" in page.ui.results.toPlainText()
    page.ui.results.anchorClicked.emit(QUrl("article:budapest:16"))
    reader = page.ui.reader.toPlainText()
    assert page.article_key == "budapest:16"
    assert "Each Party shall adopt such legislative and other measures" in reader  # the article's text
    assert "D4.2.1" in reader  # an indicator citing it …
    assert "UN Convention against Cybercrime, art. 25" in reader  # … and the corresponding provision
    # the counterpart is a link: it opens its own view (its text is not shipped: said so)
    page.ui.reader.anchorClicked.emit(QUrl("article:un:25"))
    assert page.article_key == "un:25"
    assert "not in the library" in page.ui.reader.toPlainText()
    assert "Budapest Convention, art. 16" in page.ui.reader.toPlainText()
    # an indicator citing it opens the indicator page
    page.ui.reader.anchorClicked.emit(QUrl("indicator:D4.2.1"))
    assert window.ui.pages.currentWidget() is window.page and window.current_id == "D4.2.1"


def test_ctrl_shift_f_focuses_the_library_search_from_any_page(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    window.show_page("review")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.pages_made["library"]
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.ui.query, timeout=5000)
    assert window.commands.page_actions["library"].isChecked()
    assert window.commands.page_actions["library"].shortcut().toString() == "Ctrl+9"


def test_a_treaty_reference_in_the_guidance_opens_its_article_then_the_treaty_table(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    window.go_to("D4.2.1")
    assert "treaty:budapest:16" in window.page.ui.guidance.toHtml()
    window.page.ui.guidance.anchorClicked.emit(QUrl("treaty:budapest:16"))
    page = window.pages_made["library"]
    assert window.ui.pages.currentWidget() is page and page.article_key == "budapest:16"
    assert "treatytable:budapest:16" in page.ui.reader.toHtml()
    page.ui.reader.anchorClicked.emit(QUrl("treatytable:budapest:16"))
    treaty = window.pages_made["treaty"]
    assert window.ui.pages.currentWidget() is treaty
    assert treaty.provisions[treaty.ui.table.currentRow()].key == "budapest:16"


def test_results_from_the_assessment_open_their_evidence_and_follow_saved_edits(
    open_window, demo_copy: Path, qtbot
) -> None:
    window = open_window(demo_copy)
    page = _library(window, qtbot)
    _search(page, qtbot, "Commandant curriculum")  # words of an evidence file's text
    evidence = [h for h in page.hits if h.kind == "evidence"]
    assert evidence and "Evidence" in page.ui.results.toPlainText()
    record_id = int(evidence[0].ref)
    page.ui.results.anchorClicked.emit(QUrl(f"evidence:{record_id}"))
    assert window.ui.pages.currentWidget() is window.page
    selected = window.page.ui.evidenceList.currentItem().data(Qt.ItemDataRole.UserRole)
    assert selected.id == record_id and window.current_id == selected.indicator_id
    # a justification saved after the index was made is found by the next search
    assert window.session.set_justification("D1.1.1", "The quokkafield memorandum settles it.")
    page = _library(window, qtbot)
    _search(page, qtbot, "quokkafield")
    assert [(h.kind, h.ref) for h in page.hits] == [("answer", "D1.1.1")]


def test_arabic_text_is_laid_out_right_to_left(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    page = _library(window, qtbot)
    page.ui.language.setCurrentIndex(page.ui.language.findData("ar"))
    _search(page, qtbot, "الأدلة")
    assert all(h.language in ("ar", "") for h in page.hits)
    blocks = _blocks(page.ui.results.document())
    arabic = [d for text, d in blocks if any("\u0600" <= ch <= "\u06ff" for ch in text)]
    assert arabic and all(d == Qt.LayoutDirection.RightToLeft for d in arabic)
    latin = [d for text, d in blocks if text.startswith("D") and not any("\u0600" <= ch <= "\u06ff" for ch in text)]
    assert all(d != Qt.LayoutDirection.RightToLeft for d in latin)


def test_an_arabic_article_text_is_right_to_left_in_the_article_view(qapp) -> None:
    from cyberassess.app.qt import QTextBrowser

    framework = builtin_framework()
    shown = view(framework, "budapest:16")
    arabic = Article("budapest", "ar", "16", "التحفظ العاجل على البيانات", "١. تعتمد كل دولة طرف التدابير التشريعية.")
    shown = type(shown)(shown.key, shown.instrument, shown.article, shown.cited, (arabic,), shown.counterparts)
    browser = QTextBrowser()
    browser.setHtml(article_html(shown, framework, "ar", {}, [], {}))
    blocks = dict(_blocks(browser.document()))
    assert blocks["١. تعتمد كل دولة طرف التدابير التشريعية."] == Qt.LayoutDirection.RightToLeft


def test_good_practice_chapters_are_listed_and_open_from_the_guidance_and_the_article(
    open_window, demo_copy: Path, qtbot
) -> None:
    from cyberassess.library.toolkit import chapters_for_indicator

    window = open_window(demo_copy)
    window.go_to("D4.2.1")
    # the chapters are read in the background once the window is painted, then the panel shows them
    qtbot.waitUntil(lambda: "Good practice" in window.page.ui.guidance.toPlainText(), timeout=20000)
    guidance = window.page.ui.guidance.toHtml()
    serving = chapters_for_indicator("D4.2.1")
    assert serving and all(f"toolkit:{c.id}" in guidance for c in serving)
    window.page.ui.guidance.anchorClicked.emit(QUrl("toolkit:preservation-orders"))
    page = window.pages_made["library"]
    assert window.ui.pages.currentWidget() is page and page.chapter_id == "preservation-orders"
    reader = page.ui.reader.toPlainText()
    assert "Expedited preservation orders" in reader and "What good looks like" in reader
    assert "article:budapest:16" in page.ui.reader.toHtml()  # the provisions it discusses are links
    # the contents list the chapters by dimension and by topic
    contents = page.ui.contents
    toolkit = next(
        contents.topLevelItem(i)
        for i in range(contents.topLevelItemCount())
        if "toolkit" in contents.topLevelItem(i).text(0)
    )
    assert {toolkit.child(i).text(0) for i in range(toolkit.childCount())} == {"By dimension", "By topic"}
    # the article view names the chapters citing the article
    page.open_link("article:budapest:16")
    assert "toolkit:preservation-orders" in page.ui.reader.toHtml()
    # a chapter is found by the search, under its own heading
    page.ui.kind.setCurrentIndex(page.ui.kind.findText("Toolkit chapters"))
    _search(page, qtbot, "freezes data that already exists")
    assert {h.kind for h in page.hits} == {"toolkit"} and "Toolkit chapters" in page.ui.results.toPlainText()


def test_down_then_enter_opens_the_first_result_from_the_keyboard(open_window, demo_copy: Path, qtbot) -> None:
    window = open_window(demo_copy)
    page = _library(window, qtbot)
    page.ui.kind.setCurrentIndex(page.ui.kind.findText("Treaty articles"))
    _search(page, qtbot, "expedited preservation")
    QTest.keyClick(page.ui.query, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.ui.results
    QTest.keyClick(page.ui.results, Qt.Key.Key_Return)
    assert page.article_key == page.hits[0].ref
