"""The open assessment's search index for the Library page, (re)built off the UI thread.

The index (:class:`cyberassess.library.index.Index`) is the shipped part (opened from the file
built with the package, or the user cache) plus the assessment's justifications, narratives and
evidence text. Making it reads the document and extracts the text of evidence files: 12–18 ms for
the shipped part alone, but 0.8–2 s for an assessment with 100 evidence PDFs the first time
(``benchmarks/bench_search.py``), so it is made in the background (:class:`.operations.Operation`);
the UI keeps answering, and the query typed meanwhile runs once it is ready. A saved edit (an
answer, a narrative, evidence added or removed) marks the index out of date; it is made again, in
the background, before the next search (extracted evidence text is remembered by content hash, so
that costs 50–450 ms). A search itself takes a few milliseconds (p99 under 30 ms over the
library and 100 evidence files) and runs on the UI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..library.index import EvidenceTexts, Hit, Index
from .operations import Operation
from .qt import QObject, Signal
from .review_edits import NARRATIVE

if TYPE_CHECKING:
    from .operations import Progress
    from .qt import QWidget
    from .session import DocumentSession

RESULT_LIMIT = 60


class LibrarySearch(QObject):
    ready = Signal()  # the index was (re)made: run the current query again
    failed = Signal(str)  # the index could not be made (the message)

    def __init__(self, session: DocumentSession, owner: QWidget) -> None:
        super().__init__(owner)
        self.session = session
        self.owner = owner
        self.index: Index | None = None
        self.stale = True
        self.building = False
        self.evidence_text = EvidenceTexts()
        session.answerChanged.connect(self.mark_stale)
        session.evidenceChanged.connect(self.mark_stale)
        session.review.changed.connect(lambda kind: self.mark_stale() if kind == NARRATIVE else None)

    def mark_stale(self, *_changed: object) -> None:
        self.stale = True

    def current(self) -> bool:
        """Whether the index shows what is saved; if not, start making it (``ready`` follows)."""
        if self.index is not None and not self.stale:
            return True
        if not self.building:
            self._build()
        return False

    def _build(self) -> None:
        session = self.session
        framework, doc, texts = session.framework, session.doc, self.evidence_text
        self.building = True
        self.stale = False  # an edit saved while the index is being made marks it stale again

        def work(_progress: Progress) -> Index:
            return Index(framework, doc, evidence_text=texts, shared=True)

        Operation(self.owner, work, title=self.tr("Indexing the assessment")).success(self._built).failure(
            self._failed
        ).run_in_background(show_progress=False)

    def _built(self, index: Index) -> None:
        self.building = False
        old, self.index = self.index, index
        if old is not None:
            old.close()
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.building = False
        self.stale = True
        self.failed.emit(str(exc))

    def search(self, query: str, *, language: str | None, kinds: tuple[str, ...]) -> list[Hit]:
        """The best results in the index as it is (call :meth:`current` first to know if it is up to date)."""
        if self.index is None:
            return []
        return self.index.search(query, language=language, kinds=kinds or None, limit=RESULT_LIMIT)

    def unreadable(self) -> int:
        """How many evidence files (by content) have text that could not be read."""
        return len(self.evidence_text.problems)

    def close(self) -> None:
        if self.index is not None:
            self.index.close()
            self.index = None
