"""The Library page: full-text search, the treaty texts and the article view.

On the left, a search field (Ctrl+Shift+F from anywhere in the window) with a language and a kind
filter; results appear as one types (after a pause of :data:`SEARCH_AFTER_MS`), ranked, grouped by
kind, the matched words highlighted. With nothing typed, the library's contents are listed: the
shipped treaty texts article by article, every provision the framework cites, and the toolkit's
good-practice chapters by dimension then by topic.

On the right, the reader: a toolkit chapter, or an article's text (right-to-left for Arabic), the
indicators citing it, the corresponding provisions of the other instruments side by side, the
toolkit chapters citing it and a link to its row of the Treaty table. Activating a result opens
it: an article or a chapter in the reader, an indicator or a justification on the indicator page,
an evidence file selected on its indicator's page, a narrative on the Findings page
(:data:`linkActivated`, followed by the main window).
"""

from __future__ import annotations

from collections.abc import Iterator
from html import escape
from typing import TYPE_CHECKING, Any

from ..errors import CyberAssessError
from ..i18n import SUPPORTED
from ..library.provisions import view
from ..library.texts import articles_for, shipped_texts
from ..library.toolkit import chapter, chapters, chapters_citing
from ..review.treaty import KEY_PREFIX, provisions
from ..safetext import printable
from .forms.ui_library_page import Ui_LibraryPage
from .library_html import STYLE, article_html, chapter_html, instrument_name, results_html
from .library_search import LibrarySearch
from .qt import QEvent, QObject, Qt, QTimer, QTreeWidgetItem, QWidget, Signal
from .uikit import load_form

if TYPE_CHECKING:
    from ..library.index import Hit
    from .session import DocumentSession

SEARCH_AFTER_MS = 250
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
ASSESSMENT_KINDS = ("answer", "narrative", "evidence")


class LibraryPage(QWidget):
    indicatorChosen = Signal(str)
    linkActivated = Signal(str)  # a result the window opens: "evidence:ID", "narrative:S", "treatytable:KEY"

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.ui = ui = load_form(Ui_LibraryPage, self)
        self.hits: list[Hit] = []
        self.article_key: str | None = None  # the provision in the reader
        self.chapter_id: str | None = None  # the toolkit chapter in the reader
        self.search = LibrarySearch(session, self)
        self.search.ready.connect(self.run_search)
        self.search.failed.connect(self._index_failed)
        self._pause = QTimer(self, singleShot=True, interval=SEARCH_AFTER_MS)
        self._pause.timeout.connect(self.run_search)
        ui.language.addItem(self.tr("All languages"), "")
        for code in SUPPORTED:
            ui.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        ui.language.setCurrentIndex(max(0, ui.language.findData(session.language)))
        kinds = [
            (self.tr("Everything"), ()),
            (self.tr("Treaty articles"), ("article",)),
            (self.tr("Toolkit chapters"), ("toolkit",)),
            (self.tr("Framework guidance"), ("indicator",)),
            (self.tr("This assessment"), ASSESSMENT_KINDS),
        ]
        for label, value in kinds:
            ui.kind.addItem(label, value)
        ui.query.textChanged.connect(self._typed)
        ui.query.returnPressed.connect(self.run_search)
        ui.query.installEventFilter(self)  # Down: from the search field to the results
        ui.language.currentIndexChanged.connect(self._filters_changed)
        ui.kind.currentIndexChanged.connect(self._filters_changed)
        ui.results.anchorClicked.connect(lambda url: self.open_link(url.toString()))
        ui.reader.anchorClicked.connect(lambda url: self.open_link(url.toString()))
        ui.contents.itemActivated.connect(self._contents_activated)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)
        for browser in (ui.results, ui.reader):
            browser.document().setDefaultStyleSheet(STYLE)
        self._fill_contents()
        self._welcome()
        self.run_search()  # the contents, and how to search

    # ----------------------------------------------------------------- search
    def refresh(self) -> None:
        """Shown again: run the current query on what is saved now."""
        if self.ui.query.text().strip():
            self.run_search()

    def focus_search(self) -> None:
        self.ui.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.query.selectAll()

    def set_query(self, text: str) -> None:
        """Search for ``text`` now (no pause)."""
        self.ui.query.setText(text)
        self.run_search()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves to the first result (Tab and Enter then go from link to link)."""
        key_press = watched is self.ui.query and event.type() == QEvent.Type.KeyPress
        if key_press and event.key() == Qt.Key.Key_Down:  # type: ignore[attr-defined]
            shown = self.ui.leftStack.currentWidget()
            shown.setFocus(Qt.FocusReason.TabFocusReason)
            if shown is self.ui.results:
                shown.focusNextPrevChild(True)  # the first link, highlighted: Enter opens it
            return True
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        if self.ui.query.text().strip():
            self._pause.start()
        else:
            self._pause.stop()
            self.run_search()

    def _filters_changed(self) -> None:
        if self.article_key is not None:
            self.show_article(self.article_key)  # the article in the language now chosen
        elif self.chapter_id is not None:
            self.show_chapter(self.chapter_id)
        self.run_search()

    def _language(self) -> str:
        return self.ui.language.currentData() or ""

    def run_search(self) -> None:
        self._pause.stop()
        ui = self.ui
        query = ui.query.text().strip()
        if not query:
            self.hits = []
            ui.leftStack.setCurrentWidget(ui.contents)
            ui.status.setText(self.tr("Type words to search; every word must appear. End a word with * for a prefix."))
            return
        up_to_date = self.search.current()
        if self.search.index is None:
            ui.status.setText(self.tr("Indexing this assessment's justifications, narratives and evidence…"))
            return
        kinds = tuple(ui.kind.currentData() or ())
        self.hits = self.search.search(query, language=self._language() or None, kinds=kinds)
        ui.results.setHtml(
            results_html(self.hits, self.session.framework, self.session.language, self._section_names())
        )
        ui.leftStack.setCurrentWidget(ui.results)
        if self.hits:
            count = len(self.hits)
            status = self.tr("1 result") if count == 1 else self.tr("{n} results, best first").format(n=count)
        else:
            status = self.tr("Nothing found for “{query}”.").format(query=printable(query))
        if not up_to_date:
            status += " " + self.tr("(updating with your latest changes…)")
        unreadable = self.search.unreadable()
        if unreadable:
            status += " " + (
                self.tr("1 evidence file could not be read and is not searched.")
                if unreadable == 1
                else self.tr("{n} evidence files could not be read and are not searched.").format(n=unreadable)
            )
        ui.status.setText(status)

    def _index_failed(self, message: str) -> None:
        self.ui.status.setText(self.tr("The assessment could not be indexed: {why}").format(why=printable(message)))

    def _section_names(self) -> dict[str, str]:
        names = {
            "context": self.tr("Country context"),
            "summary": self.tr("Headline messages"),
            "acknowledgements": self.tr("Acknowledgements"),
        }
        for dim in self.session.framework.dimensions:
            names[dim.id] = f"{dim.number}. {self.session.text(dim.title)}"
        return names

    # ----------------------------------------------------------------- opening
    def open_link(self, link: str) -> None:
        kind, _, target = link.partition(":")
        if kind == "article":
            self.show_article(target)
        elif kind == "toolkit":
            self.show_chapter(target)
        elif kind == "indicator":
            self.indicatorChosen.emit(target)
        else:
            self.linkActivated.emit(link)

    def _contents_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        link = item.data(0, LINK_ROLE)
        if link:
            self.open_link(link)
        else:
            item.setExpanded(not item.isExpanded())

    def show_article(self, key: str) -> bool:
        """Show a provision (``budapest:16``) in the reader; False (and a note there) if it is unknown."""
        framework = self.session.framework
        language = self._language() or self.session.language
        try:
            shown = view(framework, key)
        except CyberAssessError as exc:
            self.ui.reader.setHtml(f"<p>{escape(printable(exc.message))}</p><p>{escape(printable(exc.hint))}</p>")
            self.article_key = None
            return False
        counterpart_texts = {
            c.provision.key: articles_for(c.provision.instrument, c.provision.article) for c in shown.counterparts
        }
        sources = {
            text.language: self.tr("{title}. {publisher}; {source} (retrieved {date}).").format(
                title=text.title, publisher=text.publisher, source=text.source, date=text.retrieved
            )
            for text in shipped_texts()
            if text.instrument == shown.instrument
        }
        self.article_key, self.chapter_id = shown.key, None
        citing = [(c.id, c.title) for c in chapters_citing(shown.key, language)]
        self.ui.reader.setHtml(article_html(shown, framework, language, counterpart_texts, citing, sources))
        self.ui.reader.verticalScrollBar().setValue(0)
        self._select_in_contents(f"article:{shown.key}")
        return True

    def show_chapter(self, chapter_id: str) -> bool:
        """Show a toolkit chapter in the reader; False (and a note there) if there is none of that id."""
        language = self._language() or self.session.language
        try:
            found = chapter(chapter_id, language)
        except CyberAssessError as exc:
            self.ui.reader.setHtml(f"<p>{escape(printable(exc.message))}</p><p>{escape(printable(exc.hint))}</p>")
            return False
        self.article_key = None
        self.chapter_id = found.id
        self.ui.reader.setHtml(chapter_html(found, self.session.framework, language))
        self.ui.reader.verticalScrollBar().setValue(0)
        self._select_in_contents(f"toolkit:{found.id}")
        return True

    # ----------------------------------------------------------------- contents
    def _fill_contents(self) -> None:
        tree, framework, language = self.ui.contents, self.session.framework, self.session.language
        tree.clear()
        texts = QTreeWidgetItem(tree, [self.tr("Treaty texts")])
        for text in shipped_texts():
            prefix = KEY_PREFIX.get(text.instrument, text.instrument)
            name = instrument_name(framework, text.instrument, language)
            node = QTreeWidgetItem(texts, [f"{name} ({LANGUAGE_NAMES.get(text.language, text.language)})"])
            node.setToolTip(0, text.title)
            for article in text.articles:
                label = self.tr("Art. {number} – {title}").format(number=article.number, title=article.title)
                child = QTreeWidgetItem(node, [label])
                child.setData(0, LINK_ROLE, f"article:{prefix}:{article.number}")
                child.setToolTip(0, label)
        cited = QTreeWidgetItem(tree, [self.tr("Provisions cited by the framework")])
        by_instrument: dict[str, QTreeWidgetItem] = {}
        for provision in provisions(framework):
            if provision.instrument not in by_instrument:
                name = instrument_name(framework, provision.instrument, language)
                by_instrument[provision.instrument] = QTreeWidgetItem(cited, [name])
            node = by_instrument[provision.instrument]
            number = self.tr("Art. {number}").format(number=provision.article) if provision.article else "–"
            label = f"{number} – {provision.title_in(language)}"
            child = QTreeWidgetItem(node, [label])
            child.setData(0, LINK_ROLE, f"article:{provision.key}")
            child.setToolTip(0, label + "\n" + self.tr("Cited by {ids}").format(ids=", ".join(provision.indicator_ids)))
        toolkit = QTreeWidgetItem(tree, [self.tr("Good practice (toolkit)")])
        groups = {
            "dimension": QTreeWidgetItem(toolkit, [self.tr("By dimension")]),
            "topic": QTreeWidgetItem(toolkit, [self.tr("By topic")]),
        }
        for found in chapters(language):
            child = QTreeWidgetItem(groups.get(found.kind, toolkit), [found.title])
            child.setData(0, LINK_ROLE, f"toolkit:{found.id}")
            child.setToolTip(0, found.title)
        for item in (texts, cited, toolkit, *groups.values()):
            item.setExpanded(True)

    def _select_in_contents(self, link: str) -> None:
        tree = self.ui.contents
        for item in _walk(tree.invisibleRootItem()):
            if item.data(0, LINK_ROLE) == link:
                tree.setCurrentItem(item)
                tree.scrollToItem(item)
                return

    def _welcome(self) -> None:
        count = sum(len(t.articles) for t in shipped_texts())
        framework, language = self.session.framework, self.session.language
        names = ", ".join(
            f"{instrument_name(framework, t.instrument, language)} ({LANGUAGE_NAMES.get(t.language, t.language)})"
            for t in shipped_texts()
        )
        self.ui.reader.setHtml(
            "<h2>{}</h2><p>{}</p><p>{}</p>".format(
                escape(self.tr("Library")),
                escape(
                    self.tr(
                        "Search the treaty texts, the framework's guidance in its four languages and this "
                        "assessment's justifications, narratives and evidence files. Open an article to read it "
                        "beside the corresponding provisions of the other instruments."
                    )
                ),
                escape(self.tr("Shipped: {texts} — {count} articles.").format(texts=names or "–", count=count)),
            )
        )


def _walk(item: Any) -> Iterator[Any]:
    for i in range(item.childCount()):
        child = item.child(i)
        yield child
        yield from _walk(child)
