"""One open assessment in the app: the core document, the answers as saved, and the undo stack.

Views never write to the file themselves: they call the session, which makes an undoable command
that calls the core API. What views show comes from the records the core *returned* after a
commit, so the window never shows an answer that is not on disk. The save status text changes
to "Saved hh:mm:ss" only after the core returned.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from .error_dialog import show_error
from .operations import Operation, Progress
from .qt import QCoreApplication, QObject, QUndoStack, QWidget, Signal
from .undo import AnswerCommand, AnswerState, EvidenceCommand

if TYPE_CHECKING:
    from ..framework import Framework
    from ..store import AnswerRecord, AnswerValue, Assessment, EvidenceRecord

log = logging.getLogger("cyberassess.app")

# answer states shown in the navigation and used by filters
UNANSWERED, NOTE, RATED, NOT_APPLICABLE, UNKNOWN = "unanswered", "note", "rated", "na", "unknown"


@dataclass
class Loaded:
    """What a background open hands to the UI thread."""

    doc: Assessment
    answers: dict[str, AnswerRecord]
    evidence: list[EvidenceRecord] = field(default_factory=list)
    requested_read_only: bool = False


def load_document(path: Path, *, read_only: bool = False, progress: Progress | None = None) -> Loaded:
    """Open ``path`` and read what the first screen needs (runs on a worker thread)."""
    if progress:
        progress(-1, QCoreApplication.translate("Session", "Opening {name}…").format(name=path.name))
    from ..store import Assessment  # the core's first import happens here, off the UI thread

    doc = Assessment.open(path, read_only=read_only)
    try:
        return Loaded(doc, doc.answers(), doc.evidence(), read_only)
    except BaseException:
        doc.close()
        raise


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
    documentChanged = Signal()  # path or read-only state changed (Save As)
    revealRequested = Signal(str)  # undo/redo changed this indicator: show it

    def __init__(self, loaded: Loaded, *, assessor: str = "", language: str = "en") -> None:
        super().__init__()
        self.doc = loaded.doc
        self.framework: Framework = loaded.doc.framework
        self.language = language
        self.assessor = assessor.strip() or None  # None: the core uses the document's first assessor
        self.requested_read_only = loaded.requested_read_only
        self.order = self.framework.indicator_ids()
        self._answers = dict(loaded.answers)
        self._evidence: dict[str, list[EvidenceRecord]] = {}
        for record in loaded.evidence:
            self._evidence.setdefault(record.indicator_id, []).append(record)
        self.undo_stack = QUndoStack(self)
        self.error_parent: QWidget | None = None
        self.last_saved_at: str | None = None  # UTC, ISO 8601: when the core last confirmed a change
        self.merge_key = 0  # a new visit to an indicator starts a new undo step for its text
        self.status = self.tr("Read-only") if self.read_only else self.tr("All changes saved")

    # ----------------------------------------------------------------- reading
    @property
    def path(self) -> Path:
        return self.doc.path

    @property
    def read_only(self) -> bool:
        return self.doc.read_only

    def text(self, localized: dict[str, str] | None) -> str:
        from ..framework import tr

        return tr(localized, self.language)

    def answer(self, indicator_id: str) -> AnswerRecord | None:
        return self._answers.get(indicator_id)

    def state(self, indicator_id: str) -> str:
        return state_of(self._answers.get(indicator_id))

    def evidence(self, indicator_id: str) -> list[EvidenceRecord]:
        return list(self._evidence.get(indicator_id, ()))

    def answered_count(self) -> int:
        return sum(1 for i in self.order if (a := self._answers.get(i)) is not None and a.rated)

    def next_unanswered(self, after: str | None) -> str | None:
        """The next indicator without a rating after ``after`` (wrapping round), or None."""
        start = self.order.index(after) + 1 if after in self.order else 0
        for indicator_id in self.order[start:] + self.order[:start]:
            record = self._answers.get(indicator_id)
            if record is None or not record.rated:
                return indicator_id
        return None

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
        if after == before:
            return True
        command = AnswerCommand(self, indicator_id, before, after, text, merge_key=self.merge_key if merge else None)
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
            else:
                self._answers[indicator_id] = self.doc.set_answer(
                    indicator_id,
                    state.value,
                    justification=state.justification,
                    confidence=state.confidence,
                    assessor=self.assessor,
                )
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
        try:
            self.doc.set_last_position(indicator_id)
        except Exception as exc:  # not worth a dialog: the next answer's save will report the problem
            log.warning("could not remember the position %s: %s", indicator_id, exc)

    def save_as(self, target: Path, on_done: Callable[[Path], object] | None = None) -> None:
        """Copy the assessment to ``target`` and continue there (in the background)."""

        def work(progress: Progress) -> Path:
            progress(-1, self.tr("Saving a copy as {name}…").format(name=target.name))
            return self.doc.save_as(target, switch=True)

        def done(path: Path) -> None:
            self.status = self.tr("Read-only") if self.read_only else self.tr("Saved as {name}").format(name=path.name)
            self.saveStatusChanged.emit(self.status)
            self.documentChanged.emit()
            if on_done is not None:
                on_done(path)

        Operation(self.error_parent, work, title=self.tr("Save As")).success(done).run_in_background()

    def close(self) -> None:
        self.undo_stack.clear()
        self.doc.close()

    # ----------------------------------------------------------------- status
    def note_pending(self) -> None:
        """Typing has started: the text will be saved in a moment (not saved yet)."""
        self._set_status(self.tr("Saving…"))

    def _set_status(self, text: str) -> None:
        self.status = text
        self.saveStatusChanged.emit(text)

    def _saved(self) -> None:
        self.last_saved_at = datetime.now(UTC).isoformat(timespec="milliseconds")
        self._set_status(self.tr("Saved {time}").format(time=datetime.now().strftime("%H:%M:%S")))
