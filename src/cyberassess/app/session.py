"""One open assessment in the app: the core document, the answers as saved, and the undo stack.

Views never write to the file themselves: they call the session, which makes an undoable command
that calls the core API. What views show comes from the records the core *returned* after a
commit, so the window never shows an answer that is not on disk. The save status text changes
to "Saved hh:mm:ss" only after the core returned.

Opening is in two steps so that the window shows the assessment at once: :func:`first_look` reads
what the first screen shows (a :mod:`~cyberassess.store.snapshot` of the file and its framework,
without SQLAlchemy), and once that is painted :meth:`DocumentSession.finish_opening` opens the
document for editing in the background (writer lock, integrity check). An edit made before that
has finished waits for it, the window painted meanwhile (with a progress dialog if it takes a
while); what changed on disk in between is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from ..framework import tr
from .error_dialog import show_error
from .operations import Operation, Progress
from .qt import QApplication, QCoreApplication, QObject, Qt, QUndoStack, QWidget, Signal
from .undo import AnswerCommand, AnswerState, ConfirmCommand, EvidenceCommand

if TYPE_CHECKING:
    from ..framework import Framework
    from ..store import AnswerRecord, AnswerValue, Assessment, AssessmentInfo, EvidenceRecord
    from .review_edits import ReviewEdits

log = logging.getLogger("cyberassess.app")

KEEP_PROTECTION = "keep"  # Save As: protect the copy as the original (a marker, not a passphrase)

# answer states shown in the navigation and used by filters
UNANSWERED, NOTE, RATED, NOT_APPLICABLE, UNKNOWN = "unanswered", "note", "rated", "na", "unknown"


@dataclass
class Loaded:
    """What opening hands to the UI thread: the open document, or (``doc`` is None) a first look at it."""

    path: Path
    info: AssessmentInfo
    framework: Framework
    answers: dict[str, AnswerRecord]
    evidence: list[EvidenceRecord] = field(default_factory=list)
    doc: Assessment | None = None
    requested_read_only: bool = False
    read_only_reason: str | None = None  # a first look's forecast; the open document says for itself
    to_confirm: frozenset[str] = frozenset()  # a follow-up's answers carried over, not yet confirmed
    baseline_answers: dict[str, AnswerRecord] = field(default_factory=dict)  # a follow-up's baseline

    @classmethod
    def from_document(cls, doc: Assessment, *, requested_read_only: bool = False) -> Loaded:
        try:
            answers, evidence = doc.answers(), doc.evidence()
            pending = doc.to_confirm()
            baseline = doc.baseline_answers() if pending else {}
        except BaseException:
            doc.close()
            raise
        return cls(
            doc.path,
            doc.info,
            doc.framework,
            answers,
            evidence,
            doc,
            requested_read_only,
            to_confirm=pending,
            baseline_answers=baseline,
        )


def load_document(
    path: Path, *, read_only: bool = False, progress: Progress | None = None, passphrase: bytes | None = None
) -> Loaded:
    """Open ``path`` for editing (or read-only) and read what the first screen needs (worker thread)."""
    if progress:
        progress(-1, QCoreApplication.translate("Session", "Opening {name}…").format(name=path.name))
    from ..store import Assessment  # SQLAlchemy's first import happens here, off the UI thread

    doc = Assessment.open(path, read_only=read_only, passphrase=passphrase)
    return Loaded.from_document(doc, requested_read_only=read_only)


def first_look(
    path: Path, *, read_only: bool = False, progress: Progress | None = None, passphrase: bytes | None = None
) -> Loaded:
    """What the first screen shows, quickly and without opening for editing (any thread).

    Falls back to :func:`load_document` for files that only the full open can read (an older format
    to upgrade, a newer one, an encrypted one: ``passphrase`` opens it).
    """
    from ..store.snapshot import read_snapshot

    snapshot = read_snapshot(path, read_only=read_only)
    if snapshot is None:
        return load_document(path, read_only=read_only, progress=progress, passphrase=passphrase)
    from ..errors import FrameworkError
    from ..framework import get_framework

    try:
        framework = get_framework(snapshot.info.framework_id)
    except FrameworkError:
        framework = None
    if framework is None or framework.content_hash != snapshot.info.framework_hash:
        # answered against another version: the full open reads the framework kept in the file
        return load_document(path, read_only=read_only, progress=progress)
    return Loaded(
        path, snapshot.info, framework, snapshot.answers, snapshot.evidence, None, read_only, snapshot.read_only_reason
    )


def state_of(record: AnswerRecord | None) -> str:
    if record is None or (record.value is None and not record.justification.strip()):
        return UNANSWERED
    if record.value is None:
        return NOTE
    if record.value == "na":
        return NOT_APPLICABLE
    if record.value == "unknown":
        return UNKNOWN
    return RATED


class DocumentSession(QObject):
    answerChanged = Signal(str)  # indicator id
    evidenceChanged = Signal(str)  # indicator id
    saveStatusChanged = Signal(str)  # text for the status bar
    documentChanged = Signal()  # path or read-only state changed (opened for editing, Save As)
    revealRequested = Signal(str)  # undo/redo changed this indicator: show it
    ready = Signal()  # the document is open (for editing, or read-only): see finish_opening
    openFailed = Signal(object)  # the full open failed after the first look (the exception)

    def __init__(self, loaded: Loaded, *, assessor: str = "", language: str = "en") -> None:
        super().__init__()
        self._doc = loaded.doc
        self._first_look = loaded
        self._opening: Operation | None = None  # the background open (finish_opening)
        self._open_failure_reported = False
        self._pending_position: str | None = None
        self._closed = False
        self.framework: Framework = loaded.framework
        self.language = language
        self.assessor = assessor.strip() or None  # None: the core uses the document's first assessor
        self.requested_read_only = loaded.requested_read_only
        self.order = self.framework.indicator_ids()
        self._answers = dict(loaded.answers)
        self._to_confirm = set(loaded.to_confirm)
        self._baseline = dict(loaded.baseline_answers)
        self._evidence: dict[str, list[EvidenceRecord]] = {}
        for record in loaded.evidence:
            self._evidence.setdefault(record.indicator_id, []).append(record)
        self.undo_stack = QUndoStack(self)
        self.error_parent: QWidget | None = None
        self.last_saved_at: str | None = None  # UTC, ISO 8601: when the core last confirmed a change
        self.merge_key = 0  # a new visit to an indicator starts a new undo step for its text
        self._review: ReviewEdits | None = None
        self.status = self.tr("Read-only") if self.read_only else self.tr("All changes saved")

    # ----------------------------------------------------------------- opening
    @property
    def is_open(self) -> bool:
        """Whether the document is open (the first look has been followed by the full open)."""
        return self._doc is not None

    @property
    def doc(self) -> Assessment:
        """The open document; if it is still opening in the background, wait for it here."""
        if self._doc is None:
            self._wait_until_open()
        assert self._doc is not None
        return self._doc

    def finish_opening(self) -> None:
        """After a first look: open the document for editing in the background (no-op if open)."""
        if self._doc is not None or self._opening is not None:
            return
        path, read_only = self._first_look.path, self._first_look.requested_read_only

        def work(progress: Progress) -> Loaded:
            return load_document(path, read_only=read_only)

        # No parent window: closing the window must not wait for this (closing waits for the document).
        self._opening = (
            Operation(None, work, title=self.tr("Opening {name}").format(name=path.name))
            .success(self._opened)
            .failure(self._open_failed)
            .run_in_background(show_progress=False)
        )

    def _wait_until_open(self) -> None:
        """An edit before the background open has finished: wait for it, the window painted meanwhile."""
        self.finish_opening()
        assert self._opening is not None
        self._set_status(self.tr("Finishing opening {name}…").format(name=self.path.name))
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._opening.wait_visibly()  # runs _opened (or _open_failed) before it returns
            loaded = self._opening.outcome()
        except BaseException as exc:
            self._open_failed(exc)
            raise
        finally:
            QApplication.restoreOverrideCursor()
        self._opened(loaded)  # no-op when the callback has already taken it

    def _opened(self, loaded: Loaded) -> None:
        """The full open is done: take the document, and show what changed on disk since the first look."""
        if self._closed or self._doc is not None or self._opening is None or self._opening.error is not None:
            return
        assert loaded.doc is not None
        self._doc = loaded.doc
        changed = [
            i
            for i in self.order
            if self._answers.get(i) != loaded.answers.get(i) or (i in self._to_confirm) != (i in loaded.to_confirm)
        ]
        self._answers = dict(loaded.answers)
        self._to_confirm, self._baseline = set(loaded.to_confirm), dict(loaded.baseline_answers)
        before = self._evidence
        self._evidence = {}
        for record in loaded.evidence:
            self._evidence.setdefault(record.indicator_id, []).append(record)
        if self._pending_position is not None:
            self.remember_position(self._pending_position)
        if self.read_only:
            self.status = self.tr("Read-only")
            self.saveStatusChanged.emit(self.status)
        for indicator_id in changed:
            self.answerChanged.emit(indicator_id)
        for indicator_id in set(before) | set(self._evidence):
            if before.get(indicator_id) != self._evidence.get(indicator_id):
                self.evidenceChanged.emit(indicator_id)
        self.documentChanged.emit()
        self.ready.emit()

    def _open_failed(self, exc: BaseException) -> None:
        if self._closed or self._opening is None or self._open_failure_reported:
            return
        self._open_failure_reported = True
        self.openFailed.emit(exc)

    # ----------------------------------------------------------------- reading
    @property
    def path(self) -> Path:
        return self._doc.path if self._doc is not None else self._first_look.path

    @property
    def info(self) -> AssessmentInfo:
        return self._doc.info if self._doc is not None else self._first_look.info

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def read_only_reason(self) -> str | None:
        return self._doc.read_only_reason if self._doc is not None else self._first_look.read_only_reason

    @property
    def framework_changed(self) -> bool:
        return self.framework.content_hash != self.info.framework_hash

    @property
    def newer_framework(self) -> Framework | None:
        """The installed version of the framework when the file keeps an older one (``cyberassess upgrade``)."""
        doc = self._doc
        if doc is None or doc.installed_framework is None:
            return None
        return doc.installed_framework if doc.installed_framework.content_hash != self.framework.content_hash else None

    @property
    def migrated_from(self) -> int | None:
        return self._doc.migrated_from if self._doc is not None else None

    @property
    def backup_path(self) -> Path | None:
        return self._doc.backup_path if self._doc is not None else None

    def text(self, localized: dict[str, str] | None) -> str:
        return tr(localized, self.language)

    def answer(self, indicator_id: str) -> AnswerRecord | None:
        return self._answers.get(indicator_id)

    def state(self, indicator_id: str) -> str:
        return state_of(self._answers.get(indicator_id))

    def evidence(self, indicator_id: str) -> list[EvidenceRecord]:
        return list(self._evidence.get(indicator_id, ()))

    def answered_count(self) -> int:
        """Indicators with a rating; in a follow-up, those carried over count once confirmed."""
        pending = self._to_confirm
        return sum(1 for i in self.order if (a := self._answers.get(i)) is not None and a.rated and i not in pending)

    def next_unanswered(self, after: str | None) -> str | None:
        """The next indicator without a rating, or still to confirm, after ``after`` (wrapping round), or None."""
        start = self.order.index(after) + 1 if after in self.order else 0
        for indicator_id in self.order[start:] + self.order[:start]:
            record = self._answers.get(indicator_id)
            if record is None or not record.rated or indicator_id in self._to_confirm:
                return indicator_id
        return None

    def carried(self, indicator_id: str) -> AnswerRecord | None:
        """In a follow-up, the baseline's answer when the one carried over is still to confirm."""
        return self._baseline.get(indicator_id) if indicator_id in self._to_confirm else None

    def confirm(self, indicator_id: str) -> bool:
        """Confirm a carried-over answer as it stands: an undoable step (Ctrl+Z puts it back to confirm)."""
        if not self.apply_confirm(indicator_id):
            return False
        self.undo_stack.push(ConfirmCommand(self, indicator_id, self.tr("Confirm {id}").format(id=indicator_id)))
        return True

    def apply_confirm(self, indicator_id: str, *, reveal: bool = False) -> bool:
        """Confirm through the core (recorded in the history); errors are shown here."""
        if self.read_only or indicator_id not in self._to_confirm:
            return False
        try:
            self.doc.confirm([indicator_id], by=self.assessor)
        except Exception as exc:
            show_error(self.error_parent, exc, doing=self.tr("Confirming {id}").format(id=indicator_id))
            return False
        self._to_confirm.discard(indicator_id)
        self._saved()
        self.answerChanged.emit(indicator_id)
        if reveal:
            self.revealRequested.emit(indicator_id)
        return True

    def unconfirm(self, indicator_id: str, *, reveal: bool = False) -> bool:
        """Put a confirmed answer back on the list to confirm (the undo of a confirmation); False if it
        could not be (the answer is no longer the baseline's, or the file could not be written)."""
        if self.read_only or indicator_id in self._to_confirm:
            return False
        try:
            done = self.doc.unconfirm([indicator_id], by=self.assessor)
        except Exception as exc:
            doing = self.tr("Undoing the confirmation of {id}").format(id=indicator_id)
            show_error(self.error_parent, exc, doing=doing)
            return False
        if indicator_id not in done:
            return False
        self._to_confirm.add(indicator_id)
        self._saved()
        self.answerChanged.emit(indicator_id)
        if reveal:
            self.revealRequested.emit(indicator_id)
        return True

    def to_confirm(self, indicator_id: str) -> bool:
        """Whether ``indicator_id``'s answer is carried over from the baseline and not yet confirmed."""
        return indicator_id in self._to_confirm

    # ----------------------------------------------------------------- answer edits (undoable)
    def _current(self, indicator_id: str) -> AnswerState | None:
        record = self._answers.get(indicator_id)
        if record is None:
            return None
        return AnswerState(record.value, record.justification, record.confidence)

    def _edit(self, indicator_id: str, text: str, merge: bool = False, **changes: object) -> bool:
        if self.read_only:
            return False
        before = self._current(indicator_id)
        base = before or AnswerState(None, "", None)
        after: AnswerState | None = AnswerState(
            changes.get("value", base.value),  # type: ignore[arg-type]
            changes.get("justification", base.justification),  # type: ignore[arg-type]
            changes.get("confidence", base.confidence),  # type: ignore[arg-type]
        )
        if after == AnswerState(None, "", None):
            after = None  # nothing left: the indicator goes back to "not answered"
        if after == before:  # the same stage chosen again confirms an answer carried over from the baseline
            return self.confirm(indicator_id) if "value" in changes and indicator_id in self._to_confirm else True
        command = AnswerCommand(
            self,
            indicator_id,
            before,
            after,
            text,
            merge_key=self.merge_key if merge else None,
            carried=indicator_id in self._to_confirm,
        )
        if not self.write_answer(indicator_id, after):
            return False
        self.undo_stack.push(command)
        return True

    def set_value(self, indicator_id: str, value: AnswerValue | None) -> bool:
        if value is None:
            label = self.tr("Clear the stage of {id}")
        elif value == "na":
            label = self.tr("Mark {id} not applicable")
        elif value == "unknown":
            label = self.tr("Mark {id} unknown")
        else:
            label = self.tr("Set {id} to stage {stage}")
        return self._edit(indicator_id, label.format(id=indicator_id, stage=value), value=value)

    def set_confidence(self, indicator_id: str, confidence: str | None) -> bool:
        return self._edit(
            indicator_id, self.tr("Change the confidence of {id}").format(id=indicator_id), confidence=confidence
        )

    def set_justification(self, indicator_id: str, text: str) -> bool:
        return self._edit(
            indicator_id,
            self.tr("Edit the justification of {id}").format(id=indicator_id),
            merge=True,
            justification=text,
        )

    def write_answer(self, indicator_id: str, state: AnswerState | None, *, reveal: bool = False) -> bool:
        """Commit one answer through the core; True once it is on disk. Errors are shown here."""
        self._set_status(self.tr("Saving…"))
        try:
            if state is None:
                self.doc.clear_answer(indicator_id, assessor=self.assessor)
                self._answers.pop(indicator_id, None)
                self._to_confirm.discard(indicator_id)  # saving confirms a carried-over answer (the core's rule)
            else:
                self._answers[indicator_id] = self.doc.set_answer(
                    indicator_id,
                    state.value,
                    justification=state.justification,
                    confidence=state.confidence,
                    assessor=self.assessor,
                )
                self._to_confirm.discard(indicator_id)
        except Exception as exc:
            self._set_status(self.tr("Not saved: see the message"))
            show_error(self.error_parent, exc, doing=self.tr("Saving {id}").format(id=indicator_id))
            return False
        self._saved()
        self.answerChanged.emit(indicator_id)
        if reveal:
            self.revealRequested.emit(indicator_id)
        return True

    def absorb_external_changes(self, text: str) -> list[str]:
        """After the core changed answers itself (a matrix import): show them, as one undo step."""
        try:
            now = self.doc.answers()
        except Exception as exc:
            show_error(self.error_parent, exc)
            return []
        changed = [i for i in self.order if self._answers.get(i) != now.get(i)]
        if changed:
            self.undo_stack.beginMacro(text)
            for indicator_id in changed:
                old, new = self._answers.get(indicator_id), now.get(indicator_id)
                self.undo_stack.push(
                    AnswerCommand(
                        self,
                        indicator_id,
                        AnswerState(old.value, old.justification, old.confidence) if old else None,
                        AnswerState(new.value, new.justification, new.confidence) if new else None,
                        text,
                    )
                )
            self.undo_stack.endMacro()
        self._answers = now
        for indicator_id in changed:
            self.answerChanged.emit(indicator_id)
        if changed:
            self._saved()
        return changed

    # ----------------------------------------------------------------- evidence (undoable)
    def add_evidence(self, indicator_id: str, paths: list[Path]) -> None:
        """Attach files in the background (they may be large); one undo step for all of them."""
        if self.read_only or not paths:
            return
        doc, assessor = self.doc, self.assessor

        def work(progress: Progress) -> tuple[list[EvidenceRecord], list[BaseException]]:
            added: list[EvidenceRecord] = []
            problems: list[BaseException] = []
            for n, path in enumerate(paths):
                progress(100 * n // len(paths), self.tr("Attaching {name}…").format(name=path.name))
                try:
                    added.append(doc.add_evidence(indicator_id, path, assessor=assessor))
                except Exception as exc:
                    problems.append(exc)
            return added, problems

        self._set_status(self.tr("Saving…"))
        Operation(self.error_parent, work, title=self.tr("Attaching evidence")).success(
            lambda result: self._evidence_added(indicator_id, *result)
        ).failure(self._evidence_failed).run_in_background()

    def _evidence_added(self, indicator_id: str, added: list[EvidenceRecord], problems: list[BaseException]) -> None:
        if added:
            self._evidence.setdefault(indicator_id, []).extend(added)
            names = ", ".join(r.file_name for r in added)
            self.undo_stack.push(
                EvidenceCommand(
                    self, [(r, None) for r in added], added=True, text=self.tr("Attach {names}").format(names=names)
                )
            )
            self._saved()
            self.evidenceChanged.emit(indicator_id)
        for exc in problems:
            self._set_status(self.tr("Not saved: see the message"))
            show_error(self.error_parent, exc, doing=self.tr("Attaching evidence"))

    def _evidence_failed(self, exc: BaseException) -> None:
        self._set_status(self.tr("Not saved: see the message"))
        show_error(self.error_parent, exc, doing=self.tr("Attaching evidence"))

    def remove_evidence(self, record: EvidenceRecord) -> bool:
        if self.read_only:
            return False
        content = self.detach_evidence(record)
        if content is None:
            return False
        self.undo_stack.push(
            EvidenceCommand(
                self, [(record, content)], added=False, text=self.tr("Remove {name}").format(name=record.file_name)
            )
        )
        return True

    def detach_evidence(self, record: EvidenceRecord) -> bytes | None:
        """Remove one file, returning its bytes (kept for undo); None after a failure (shown)."""
        self._set_status(self.tr("Saving…"))
        try:
            content = self.doc.evidence_content(record.id)
            self.doc.remove_evidence(record.id, assessor=self.assessor)
        except Exception as exc:
            self._set_status(self.tr("Not saved: see the message"))
            show_error(self.error_parent, exc, doing=self.tr("Removing {name}").format(name=record.file_name))
            return None
        items = self._evidence.get(record.indicator_id, [])
        self._evidence[record.indicator_id] = [r for r in items if r.id != record.id]
        self._saved()
        self.evidenceChanged.emit(record.indicator_id)
        self.revealRequested.emit(record.indicator_id)
        return content

    def restore_evidence(self, record: EvidenceRecord, content: bytes) -> EvidenceRecord | None:
        self._set_status(self.tr("Saving…"))
        try:
            new = self.doc.add_evidence(
                record.indicator_id, data=content, name=record.file_name, assessor=record.added_by or self.assessor
            )
        except Exception as exc:
            self._set_status(self.tr("Not saved: see the message"))
            show_error(self.error_parent, exc, doing=self.tr("Attaching {name}").format(name=record.file_name))
            return None
        self._evidence.setdefault(record.indicator_id, []).append(new)
        self._saved()
        self.evidenceChanged.emit(record.indicator_id)
        self.revealRequested.emit(record.indicator_id)
        return new

    def extract_evidence(self, record: EvidenceRecord, folder: Path) -> Path:
        return self.doc.extract_evidence(record.id, folder)

    # ----------------------------------------------------------------- position, copies, closing
    def remember_position(self, indicator_id: str) -> None:
        """Where the assessor is, so reopening returns there (not an edit: no undo, quiet on failure)."""
        self.merge_key += 1
        if self._doc is None:  # still opening: remembered once it is open (unless it is where the file says)
            saved = self._first_look.info.last_indicator_id
            self._pending_position = None if indicator_id == saved else indicator_id
            return
        try:
            self._doc.set_last_position(indicator_id)
        except Exception as exc:  # not worth a dialog: the next answer's save will report the problem
            log.warning("could not remember the position %s: %s", indicator_id, exc)

    def save_as(
        self,
        target: Path,
        on_done: Callable[[Path], object] | None = None,
        *,
        passphrase: bytes | str | None = KEEP_PROTECTION,
    ) -> None:
        """Copy the assessment to ``target`` and continue there (in the background).

        ``passphrase``: :data:`KEEP_PROTECTION` protects the copy as the original, ``None`` writes it plain,
        bytes encrypt it with that passphrase.
        """

        doc = self.doc

        def work(progress: Progress) -> Path:
            progress(-1, self.tr("Saving a copy as {name}…").format(name=target.name))
            if passphrase == KEEP_PROTECTION:
                return doc.save_as(target, switch=True)
            return doc.save_as(target, switch=True, passphrase=passphrase)

        def done(path: Path) -> None:
            self.status = self.tr("Read-only") if self.read_only else self.tr("Saved as {name}").format(name=path.name)
            self.saveStatusChanged.emit(self.status)
            self.documentChanged.emit()
            if on_done is not None:
                on_done(path)

        Operation(self.error_parent, work, title=self.tr("Save As")).success(done).run_in_background()

    def close(self) -> None:
        """Close the document (waiting for it first if it is still opening)."""
        self.undo_stack.clear()
        if self._doc is None and self._opening is None and self._pending_position is not None:
            self.finish_opening()  # the assessor moved on: open now so that reopening returns there
        if self._doc is None and self._opening is not None:
            try:
                self._doc = self._opening.outcome().doc
            except Exception:  # the open failed (and was reported): nothing to close
                self._doc = None
            if self._doc is not None and self._pending_position is not None:
                self.remember_position(self._pending_position)
        self._closed = True
        if self._doc is not None:
            self._doc.close()

    # ----------------------------------------------------------------- status
    def note_pending(self) -> None:
        """Typing has started: the text will be saved in a moment (not saved yet)."""
        self._set_status(self.tr("Saving…"))

    def show_status(self, text: str) -> None:
        """A short message in the status bar."""
        self._set_status(text)

    def note_saved(self) -> None:
        """An edit made elsewhere (the review record) is on disk."""
        self._saved()

    def report_failure(self, exc: BaseException, doing: str) -> None:
        """An edit failed: say so in the status bar and show why (nothing was changed)."""
        self._set_status(self.tr("Not saved: see the message"))
        show_error(self.error_parent, exc, doing=doing)

    @property
    def review(self) -> ReviewEdits:
        """The review record's undoable edits (made on first use)."""
        if self._review is None:
            from .review_edits import ReviewEdits

            self._review = ReviewEdits(self)
        return self._review

    def _set_status(self, text: str) -> None:
        self.status = text
        self.saveStatusChanged.emit(text)

    def _saved(self) -> None:
        self.last_saved_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        self._set_status(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))
