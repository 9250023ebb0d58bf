"""Undoable edits. Each command calls the core (through the session) to apply or revert one edit.

An edit is applied *before* its command is pushed (so a failure never leaves a command on the
stack claiming an edit that did not happen); the first ``redo`` that ``QUndoStack.push`` makes is
therefore skipped. If a later undo or redo fails (disk full, medium removed), the error has been
shown and the command is made obsolete, so the stack never lies about the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .qt import QUndoCommand

if TYPE_CHECKING:
    from ..store import AnswerValue, EvidenceRecord
    from .session import DocumentSession

TEXT_EDIT_ID = 1001


@dataclass(frozen=True)
class AnswerState:
    """What one indicator's answer holds; ``None`` in its place means "no answer at all"."""

    value: AnswerValue | None
    justification: str
    confidence: str | None


class AnswerCommand(QUndoCommand):
    """Change one indicator's answer from ``before`` to ``after``."""

    def __init__(
        self,
        session: DocumentSession,
        indicator_id: str,
        before: AnswerState | None,
        after: AnswerState | None,
        text: str,
        *,
        merge_key: int | None = None,
        carried: bool = False,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.indicator_id = indicator_id
        self.before = before
        self.after = after
        self._merge_key = merge_key  # consecutive text edits of one visit merge into one step
        self.carried = carried  # ``before`` was a follow-up's answer still to confirm: undo puts it back so
        self._pushed_applied = True

    def id(self) -> int:
        return TEXT_EDIT_ID if self._merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, AnswerCommand) or other.indicator_id != self.indicator_id:
            return False
        if self._merge_key is None or other._merge_key != self._merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self._pushed_applied:  # applied before it was pushed
            self._pushed_applied = False
            return
        if not self.session.write_answer(self.indicator_id, self.after, reveal=True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.session.write_answer(self.indicator_id, self.before, reveal=True):
            self.setObsolete(True)
        elif self.carried:  # saving the answer confirmed it (the core's rule): undoing that too
            self.session.unconfirm(self.indicator_id)


class ConfirmCommand(QUndoCommand):
    """Confirm a follow-up's carried-over answer as it stands; undo puts it back on the list to confirm."""

    def __init__(self, session: DocumentSession, indicator_id: str, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.indicator_id = indicator_id
        self._pushed_applied = True

    def redo(self) -> None:
        if self._pushed_applied:
            self._pushed_applied = False
            return
        if not self.session.apply_confirm(self.indicator_id, reveal=True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.session.unconfirm(self.indicator_id, reveal=True):
            self.setObsolete(True)


class EvidenceCommand(QUndoCommand):
    """Attach (``added=True``) or remove evidence files of one indicator.

    Removing keeps the files' bytes in the command, so undo can put them back.
    """

    def __init__(
        self,
        session: DocumentSession,
        items: list[tuple[EvidenceRecord, bytes | None]],
        *,
        added: bool,
        text: str,
    ) -> None:
        super().__init__(text)
        self.session = session
        self.items = items
        self.added = added
        self._pushed_applied = True

    def _attach(self) -> bool:
        restored: list[tuple[EvidenceRecord, bytes | None]] = []
        for record, content in self.items:
            new = self.session.restore_evidence(record, content or b"")
            if new is None:
                return False
            restored.append((new, None))
        self.items = restored
        return True

    def _detach(self) -> bool:
        kept: list[tuple[EvidenceRecord, bytes | None]] = []
        for record, _ in self.items:
            content = self.session.detach_evidence(record)
            if content is None:
                return False
            kept.append((record, content))
        self.items = kept
        return True

    def redo(self) -> None:
        if self._pushed_applied:
            self._pushed_applied = False
            return
        if not (self._attach() if self.added else self._detach()):
            self.setObsolete(True)

    def undo(self) -> None:
        if not (self._detach() if self.added else self._attach()):
            self.setObsolete(True)
